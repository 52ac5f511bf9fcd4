/**
 * The knowledge base as pages use it: every reference resolved to its object and every reverse
 * link (an actor's statements, an event's reactions, who answers whom) computed from the data,
 * never written by hand. Pure: built from checked entries, with no `astro:*` imports.
 */
import type { ActorData, ArticleData, Claim, EventData, OutletData, PartialDate, TopicData } from '../schemas/index.ts';
import type { ContentEntries } from './integrity.ts';
import { compareDates } from '../utils/partialDate.ts';
import { printedQuote } from '../utils/quoteText.ts';

export interface Outlet extends OutletData {
  id: string;
  /** Articles it published, oldest first. */
  articles: Article[];
  /** Articles by other outlets that republish or translate its work. */
  republishedIn: Article[];
  /** Outlets whose work its articles republish or translate. */
  republishes: Outlet[];
  /** Outlets that republish or translate its work. */
  republishedBy: Outlet[];
  /** Statements its articles report, in the order they were made. */
  statements: Statement[];
  /** Actors it quotes, most statements first. */
  quoted: { actor: Actor; count: number }[];
}

export interface Topic extends TopicData {
  id: string;
  /** Statements in the order they were made. */
  statements: Statement[];
  /** Events in date order. */
  events: Event[];
}

export interface Role {
  title: string;
  organisation?: Actor;
  from?: PartialDate;
  to?: PartialDate;
}

export interface Actor extends Omit<ActorData, 'roles' | 'affiliation'> {
  id: string;
  roles: Role[];
  affiliation?: Actor;
  /** Actors affiliated to this one (a ministry's officials, a state's ministries). */
  members: Actor[];
  /** Statements in the order they were made. */
  statements: Statement[];
  /** Others' statements known only through this actor's account (claims whose `via` is this actor), in the order they were made. */
  relayed: Statement[];
  /** Articles that quote them, oldest first. */
  articles: Article[];
  /** Topics they speak on, most statements first. */
  topics: { topic: Topic; count: number }[];
  /** Actors whose statements theirs answer or dispute. */
  answers: Actor[];
  /** Actors whose statements answer or dispute theirs. */
  answeredBy: Actor[];
  /** Events in date order. */
  events: Event[];
}

export interface Statement {
  id: string;
  /**
   * The passage as printed in the article body (white space runs made single), whatever typography the
   * claim was typed with; a passage over several paragraphs has a blank line between them (quoteParts splits it).
   */
  quote: string;
  kind: Claim['kind'];
  said: PartialDate;
  saidNote?: string;
  note?: string;
  speaker: Actor;
  /** The actor through whose account the statement is known, when the article does not report the speaker's own words. */
  via?: Actor;
  article: Article;
  /** Position in its article's claims, from 0. */
  position: number;
  topics: Topic[];
  event?: Event;
  respondsTo: Statement[];
  disputes: Statement[];
  respondedBy: Statement[];
  disputedBy: Statement[];
}

export interface Article extends Omit<ArticleData, 'outlet' | 'original' | 'speakers' | 'claims'> {
  id: string;
  outlet: Outlet;
  original?: { outlet: Outlet; translation: NonNullable<ArticleData['original']>['translation']; language?: string; note?: string };
  speakers: Actor[];
  statements: Statement[];
  events: Event[];
}

export interface EventSource {
  /** The article the facts come from; none when the source is outside the knowledge base (named in `facts`). */
  article?: Article;
  facts: string;
}

export interface Event extends Omit<EventData, 'actors' | 'articles' | 'topics' | 'sources'> {
  id: string;
  actors: Actor[];
  articles: Article[];
  topics: Topic[];
  /** On what each of its facts rests. */
  sources: EventSource[];
  /** How many distinct sources those are: one report, however many of its facts it gives, is one source. */
  sourceCount: number;
  /** Statements about or reacting to it, in the order they were made. */
  statements: Statement[];
}

export interface KnowledgeBase {
  articles: Article[];
  statements: Statement[];
  actors: Actor[];
  outlets: Outlet[];
  events: Event[];
  topics: Topic[];
  article: (id: string) => Article;
  statement: (id: string) => Statement;
  actor: (id: string) => Actor;
  outlet: (id: string) => Outlet;
  event: (id: string) => Event;
  topic: (id: string) => Topic;
}

/** Newest first for article lists. */
export const byDateDescending = (a: { date: PartialDate }, b: { date: PartialDate }) => compareDates(b.date, a.date);

/** Statements in the order they were made; ties keep the order they were reported in. */
export function compareStatements(a: Statement, b: Statement): number {
  return compareDates(a.said, b.said) || compareDates(a.article.date, b.article.date) || a.article.id.localeCompare(b.article.id) || a.position - b.position;
}

function lookup<T extends { id: string }>(items: T[], kind: string): (id: string) => T {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`Unknown ${kind} "${id}": the integrity check should have caught this.`);
    return found;
  };
}

const uniqueBy = <T>(items: T[]) => [...new Set(items)];

/** Links checked entries into the knowledge base. Call only after `checkIntegrity` found nothing. */
export function buildKnowledgeBase(content: ContentEntries): KnowledgeBase {
  const outlets: Outlet[] = content.outlets.map(({ id, data }) => ({ ...data, id, articles: [], republishedIn: [], republishes: [], republishedBy: [], statements: [], quoted: [] }));
  const topics: Topic[] = content.topics.map(({ id, data }) => ({ ...data, id, statements: [], events: [] }));
  const actors: Actor[] = content.actors.map(({ id, data }) => {
    const { roles: _roles, affiliation: _affiliation, ...rest } = data;
    return { ...rest, id, roles: [], members: [], statements: [], relayed: [], articles: [], topics: [], answers: [], answeredBy: [], events: [] };
  });
  const outlet = lookup(outlets, 'outlet');
  const topic = lookup(topics, 'topic');
  const actor = lookup(actors, 'actor');

  content.actors.forEach(({ data }, index) => {
    const target = actors[index] as Actor;
    target.roles = data.roles.map((role) => {
      const resolved: Role = { title: role.title };
      if (role.organisation) resolved.organisation = actor(role.organisation);
      if (role.from) resolved.from = role.from;
      if (role.to) resolved.to = role.to;
      return resolved;
    });
    if (data.affiliation) {
      target.affiliation = actor(data.affiliation);
      target.affiliation.members.push(target);
    }
  });

  const articles: Article[] = content.articles.map(({ id, data }) => {
    const { outlet: outletId, original, speakers, claims: _claims, ...rest } = data;
    const article: Article = { ...rest, id, outlet: outlet(outletId), speakers: speakers.map(actor), statements: [], events: [] };
    if (original) {
      const resolved: NonNullable<Article['original']> = { outlet: outlet(original.outlet), translation: original.translation };
      if (original.language) resolved.language = original.language;
      if (original.note) resolved.note = original.note;
      article.original = resolved;
    }
    return article;
  });
  const article = lookup(articles, 'article');

  const events: Event[] = content.events.map(({ id, data }) => ({
    ...data,
    id,
    actors: data.actors.map(actor),
    articles: data.articles.map(article),
    topics: data.topics.map(topic),
    sources: data.sources.map((source) => (source.article ? { article: article(source.article), facts: source.facts } : { facts: source.facts })),
    sourceCount: new Set(data.sources.map((source) => source.article ?? source.facts)).size,
    statements: [],
  }));
  const event = lookup(events, 'event');

  const statements: Statement[] = [];
  content.articles.forEach(({ data, passages }, index) => {
    const home = articles[index] as Article;
    data.claims.forEach((claim, position) => {
      const statement: Statement = {
        id: claim.id,
        // The quote as the source printed it: quoted readers and the dataset see the article's characters, not the typist's.
        quote: printedQuote(passages.get(claim.quote) ?? claim.quote),
        kind: claim.kind,
        said: claim.said,
        speaker: actor(claim.speaker),
        article: home,
        position,
        topics: claim.topics.map(topic),
        respondsTo: [],
        disputes: [],
        respondedBy: [],
        disputedBy: [],
      };
      if (claim.saidNote) statement.saidNote = claim.saidNote;
      if (claim.note) statement.note = claim.note;
      if (claim.event) statement.event = event(claim.event);
      if (claim.via) statement.via = actor(claim.via);
      home.statements.push(statement);
      statements.push(statement);
    });
  });
  const statement = lookup(statements, 'statement');
  content.articles.forEach(({ data }) => {
    for (const claim of data.claims) {
      const from = statement(claim.id);
      for (const id of claim.respondsTo) {
        const to = statement(id);
        from.respondsTo.push(to);
        to.respondedBy.push(from);
      }
      for (const id of claim.disputes) {
        const to = statement(id);
        from.disputes.push(to);
        to.disputedBy.push(from);
      }
    }
  });

  statements.sort(compareStatements);
  for (const s of statements) {
    s.speaker.statements.push(s);
    s.via?.relayed.push(s);
    s.article.outlet.statements.push(s);
    for (const t of s.topics) t.statements.push(s);
    s.event?.statements.push(s);
  }
  // Sorted before they are handed out, so every list of events built from them is in date order.
  events.sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
  for (const e of events) {
    for (const a of e.articles) a.events.push(e);
    for (const a of e.actors) a.events.push(e);
    for (const t of e.topics) t.events.push(e);
  }
  articles.sort(byDateDescending);
  const oldestFirst = [...articles].reverse();
  for (const a of oldestFirst) {
    a.outlet.articles.push(a);
    if (a.original) {
      a.original.outlet.republishedIn.push(a);
      if (!a.outlet.republishes.includes(a.original.outlet)) a.outlet.republishes.push(a.original.outlet);
      if (!a.original.outlet.republishedBy.includes(a.outlet)) a.original.outlet.republishedBy.push(a.outlet);
    }
  }

  for (const a of actors) {
    a.articles = uniqueBy(oldestFirst.filter((art) => art.speakers.includes(a) || art.statements.some((s) => s.speaker === a)));
    a.topics = countBy(a.statements.flatMap((s) => s.topics)).map(([item, count]) => ({ topic: item, count }));
    a.answers = uniqueBy(a.statements.flatMap((s) => [...s.respondsTo, ...s.disputes].map((t) => t.speaker))).filter((x) => x !== a);
    a.answeredBy = uniqueBy(a.statements.flatMap((s) => [...s.respondedBy, ...s.disputedBy].map((t) => t.speaker))).filter((x) => x !== a);
  }
  for (const o of outlets) {
    o.quoted = countBy(o.articles.flatMap((a) => a.statements.map((s) => s.speaker))).map(([item, count]) => ({ actor: item, count }));
  }
  actors.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  outlets.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  topics.sort((a, b) => a.name.localeCompare(b.name, 'en'));

  return { articles, statements, actors, outlets, events, topics, article, statement, actor, outlet, event, topic };
}

/** Items with how often each occurs, most frequent first, ties in first-seen order. */
function countBy<T>(items: T[]): [T, number][] {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
