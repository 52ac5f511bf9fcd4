/**
 * Every page the site builds from its content, with the props each one gets: the one place a route's
 * `getStaticPaths` comes from (in the manner of Starlight's routing module). Route files under
 * src/pages take their paths from here and hand the props to one page component; they compute nothing.
 */
import type { GetStaticPaths } from 'astro';
import { getKnowledgeBase, getRedirects, getWithdrawals, urls, type Article, type Statement, type Withdrawal } from './kb.ts';
import { actorChart, articleYears, eventChart, timelineViews } from './timeline.ts';
import { knowledgeBaseExchanges } from './exchanges.ts';

/** `/actors/<id>/`. */
export const actorPaths = (async () => {
  const kb = await getKnowledgeBase();
  return kb.actors.map((actor) => ({ params: { id: actor.id }, props: { actor, chart: actorChart(kb, actor, urls) } }));
}) satisfies GetStaticPaths;

/** `/articles/<id>/`. */
export const articlePaths = (async () => (await getKnowledgeBase()).articles.map((article) => ({ params: { id: article.id }, props: { article } }))) satisfies GetStaticPaths;

/** `/events/<id>/`. */
export const eventPaths = (async () => {
  const kb = await getKnowledgeBase();
  return kb.events.map((event) => ({ params: { id: event.id }, props: { event, chart: eventChart(kb, event, urls) } }));
}) satisfies GetStaticPaths;

/** `/outlets/<id>/`. */
export const outletPaths = (async () => (await getKnowledgeBase()).outlets.map((outlet) => ({ params: { id: outlet.id }, props: { outlet } }))) satisfies GetStaticPaths;

/** What stands at a statement's address: the statement, or the notice of its withdrawal (content/withdrawn.yaml). */
export type StatementAddress =
  | { statement: Statement }
  | { withdrawal: Withdrawal; replacement: Statement | undefined; article: Article | undefined };

/** `/statements/<id>/`: every statement, and every withdrawn one, which keeps its address. */
export const statementPaths = (async () => {
  const kb = await getKnowledgeBase();
  const withdrawn = (await getWithdrawals()).map((withdrawal) => ({
    params: { id: withdrawal.id },
    props: {
      withdrawal,
      replacement: withdrawal.replacedBy === undefined ? undefined : kb.statement(withdrawal.replacedBy),
      article: withdrawal.article === undefined ? undefined : kb.article(withdrawal.article),
    } as StatementAddress,
  }));
  return [...kb.statements.map((statement) => ({ params: { id: statement.id }, props: { statement } as StatementAddress })), ...withdrawn];
}) satisfies GetStaticPaths;

/** `/topics/<id>/`. */
export const topicPaths = (async () => (await getKnowledgeBase()).topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }))) satisfies GetStaticPaths;

/** `/articles/year/<year>/`: each year's articles, with every year for the links between them. */
export const articleYearPaths = (async () => {
  const years = articleYears((await getKnowledgeBase()).articles);
  return years.map(({ year, articles }) => ({ params: { year: String(year) }, props: { year, articles, years } }));
}) satisfies GetStaticPaths;

/**
 * Every timeline page: `/timeline/`, `/timeline/<year or year-month>/`, `/timeline/<kind>/<value>/`
 * and `/timeline/<kind>/<value>/<year or year-month>/` (src/data/timeline.ts, timelineViews).
 */
export const timelinePaths = (async () => timelineViews(await getKnowledgeBase(), urls).map(({ path, view }) => ({ params: { path }, props: { view } }))) satisfies GetStaticPaths;

/** A page at every address that moved (content/redirects.yaml): the old address, and where it went. */
export const movedPaths = (async () =>
  Object.entries(await getRedirects()).map(([from, to]) => ({ params: { moved: from.replace(/^\/|\/$/g, '') }, props: { from, to } }))) satisfies GetStaticPaths;

/** `/exchanges/`: every exchange between actors (src/data/exchanges.ts), for its graph and its list. */
export const exchangesProps = async () => knowledgeBaseExchanges(await getKnowledgeBase());

/** `/exchanges/<from>--<kind>--<to>/`: one pair of actors' exchanges of one kind, every statement of them. */
export const exchangePairPaths = (async () =>
  knowledgeBaseExchanges(await getKnowledgeBase()).graph.edges.map((edge) => ({ params: { id: edge.id }, props: { edge } }))) satisfies GetStaticPaths;
