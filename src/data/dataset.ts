/**
 * The public dataset: plain records for researchers, written as JSON and CSV at build time.
 * Pure: takes the linked knowledge base and the site's URL builders. Field names are part of the
 * published interface; add fields, never rename or remove them.
 */
import type { KnowledgeBase } from './model.ts';
import { absoluteUrl, type SiteUrls } from '../utils/urls.ts';

export interface StatementRecord {
  id: string;
  /** The statement's page (site path, including the base). */
  url: string;
  /** Its passage in the article page: `…/articles/<article>/#<id>`. */
  anchor: string;
  /** Absolute permanent link. */
  permalink: string;
  /** As printed; a passage over several paragraphs has a blank line ("\n\n") between them. */
  quote: string;
  kind: 'direct' | 'indirect' | 'paraphrase';
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  said: string;
  saidPrecision: 'day' | 'month' | 'year';
  speaker: { id: string; name: string; kind: string };
  /** The actor through whose account the statement is known (hearsay: not the speaker's own words), or null. */
  via: { id: string; name: string; kind: string } | null;
  article: { id: string; title: string; url: string; date: string; outlet: string; sourceUrl: string };
  topics: string[];
  event: string | null;
  respondsTo: string[];
  disputes: string[];
  note: string | null;
}

/**
 * A file's records, made one by one as they are read and then dropped: at 10,000 articles the
 * statements alone would otherwise hold ~100,000 objects in memory for the rest of the build.
 */
export interface Records<T> extends Iterable<T> {
  readonly length: number;
}
function records<S, T>(rows: readonly S[], make: (row: S) => T): Records<T> {
  return {
    length: rows.length,
    *[Symbol.iterator]() {
      for (const row of rows) yield make(row);
    },
  };
}

export function buildDataset(kb: KnowledgeBase, urls: SiteUrls, site: string) {
  const statements = records(kb.statements, (s): StatementRecord => ({
    id: s.id,
    url: urls.statement(s.id),
    anchor: urls.statementAnchor(s.article.id, s.id),
    permalink: absoluteUrl(urls.statement(s.id), site),
    quote: s.quote,
    kind: s.kind,
    said: s.said.iso,
    saidPrecision: s.said.precision,
    speaker: { id: s.speaker.id, name: s.speaker.name, kind: s.speaker.kind },
    via: s.via ? { id: s.via.id, name: s.via.name, kind: s.via.kind } : null,
    article: { id: s.article.id, title: s.article.title, url: urls.article(s.article.id), date: s.article.date.iso, outlet: s.article.outlet.id, sourceUrl: s.article.url },
    topics: s.topics.map((t) => t.id),
    event: s.event?.id ?? null,
    respondsTo: s.respondsTo.map((x) => x.id),
    disputes: s.disputes.map((x) => x.id),
    note: s.note ?? null,
  }));
  const actors = records(kb.actors, (a) => ({
    id: a.id,
    name: a.name,
    aliases: a.aliases,
    kind: a.kind,
    url: urls.actor(a.id),
    statementCount: a.statements.length,
    roles: a.roles.map((r) => ({ title: r.title, organisation: r.organisation?.id ?? null, from: r.from?.iso ?? null, to: r.to?.iso ?? null })),
    affiliation: a.affiliation?.id ?? null,
    description: a.description,
  }));
  const articles = records(kb.articles, (a) => ({
    id: a.id,
    title: a.title,
    url: urls.article(a.id),
    date: a.date.iso,
    datePrecision: a.date.precision,
    dateNote: a.dateNote ?? null,
    outlet: a.outlet.id,
    original: a.original ? { outlet: a.original.outlet.id, translation: a.original.translation, language: a.original.language ?? null } : null,
    sourceUrl: a.url,
    authors: a.authors,
    summary: a.summary,
    speakers: a.speakers.map((x) => x.id),
    statements: a.statements.map((x) => x.id),
  }));
  const outlets = records(kb.outlets, (o) => ({
    id: o.id,
    name: o.name,
    url: urls.outlet(o.id),
    country: o.country,
    ownership: o.ownership,
    homepage: o.homepage,
    articles: o.articles.map((a) => a.id),
  }));
  const events = records(kb.events, (e) => ({
    id: e.id,
    date: e.date.iso,
    datePrecision: e.date.precision,
    title: e.title,
    url: urls.event(e.id),
    description: e.description,
    actors: e.actors.map((a) => a.id),
    articles: e.articles.map((a) => a.id),
    sources: e.sources.map((source) => ({ article: source.article?.id ?? null, facts: source.facts })),
    sourceNote: e.sourceNote ?? null,
    statements: e.statements.map((s) => s.id),
  }));
  const topics = records(kb.topics, (t) => ({
    id: t.id,
    name: t.name,
    url: urls.topic(t.id),
    description: t.description,
    statementCount: t.statements.length,
  }));
  return { statements, actors, articles, outlets, events, topics };
}

/** The columns of statements.csv: the JSON record flattened, lists joined with "|". */
export const STATEMENT_COLUMNS: [string, (r: StatementRecord) => string][] = [
  ['id', (r) => r.id],
  ['url', (r) => r.url],
  ['anchor', (r) => r.anchor],
  ['permalink', (r) => r.permalink],
  ['quote', (r) => r.quote],
  ['kind', (r) => r.kind],
  ['said', (r) => r.said],
  ['said_precision', (r) => r.saidPrecision],
  ['speaker_id', (r) => r.speaker.id],
  ['speaker_name', (r) => r.speaker.name],
  ['speaker_kind', (r) => r.speaker.kind],
  ['article_id', (r) => r.article.id],
  ['article_title', (r) => r.article.title],
  ['article_url', (r) => r.article.url],
  ['article_date', (r) => r.article.date],
  ['article_outlet', (r) => r.article.outlet],
  ['article_source_url', (r) => r.article.sourceUrl],
  ['topics', (r) => r.topics.join('|')],
  ['event', (r) => r.event ?? ''],
  ['responds_to', (r) => r.respondsTo.join('|')],
  ['disputes', (r) => r.disputes.join('|')],
  ['note', (r) => r.note ?? ''],
  // Added later than the others, so at the end: a reader's column numbers stay as they were.
  ['via_id', (r) => r.via?.id ?? ''],
  ['via_name', (r) => r.via?.name ?? ''],
];
