/**
 * Every page the site builds from its content, with the props each one gets: the one place a route's
 * `getStaticPaths` comes from (in the manner of Starlight's routing module). Route files under
 * src/pages take their paths from here and hand the props to one page component; they compute nothing.
 */
import type { GetStaticPaths } from 'astro';
import { getKnowledgeBase, urls } from './kb.ts';
import { articleYears, timelineViews } from './timeline.ts';

/** `/actors/<id>/`. */
export const actorPaths = (async () => (await getKnowledgeBase()).actors.map((actor) => ({ params: { id: actor.id }, props: { actor } }))) satisfies GetStaticPaths;

/** `/articles/<id>/`. */
export const articlePaths = (async () => (await getKnowledgeBase()).articles.map((article) => ({ params: { id: article.id }, props: { article } }))) satisfies GetStaticPaths;

/** `/events/<id>/`. */
export const eventPaths = (async () => (await getKnowledgeBase()).events.map((event) => ({ params: { id: event.id }, props: { event } }))) satisfies GetStaticPaths;

/** `/outlets/<id>/`. */
export const outletPaths = (async () => (await getKnowledgeBase()).outlets.map((outlet) => ({ params: { id: outlet.id }, props: { outlet } }))) satisfies GetStaticPaths;

/** `/statements/<id>/`. */
export const statementPaths = (async () => (await getKnowledgeBase()).statements.map((statement) => ({ params: { id: statement.id }, props: { statement } }))) satisfies GetStaticPaths;

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
