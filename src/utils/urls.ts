/**
 * Every internal address of the site, built in one place so that a configured `base`
 * (e.g. `/inf-kb/`) is respected everywhere, in pages and in the dataset alike.
 * Directory-style paths with a trailing slash: what the static host serves without redirects.
 */

export interface SiteUrls {
  home: string;
  articles: string;
  /** The articles published in one year: `articles/year/2019/`. */
  articlesYear: (year: number) => string;
  article: (id: string) => string;
  /** The statement's passage inside its article page. */
  statementAnchor: (articleId: string, statementId: string) => string;
  statement: (id: string) => string;
  /** Statements by year, linking to the timeline's years: what a reader finds who trims a statement's address. */
  statements: string;
  actors: string;
  actor: (id: string) => string;
  outlets: string;
  outlet: (id: string) => string;
  topics: string;
  topic: (id: string) => string;
  events: string;
  event: (id: string) => string;
  timeline: string;
  /** The timeline with one filter applied: `timeline/actor/<id>/`, `timeline/kind/person/`… */
  timelineFiltered: (kind: string, value: string) => string;
  /** One year of the timeline, whole (`timeline/2019/`) or filtered (`timeline/actor/<id>/2019/`): years never shift, page numbers would. */
  timelineYear: (year: number, filter?: { kind: string; value: string }) => string;
  /** One month of a year too long for one page: `timeline/2022-03/`, `timeline/kind/person/2022-03/`. */
  timelineMonth: (year: number, month: number, filter?: { kind: string; value: string }) => string;
  /** Who answers whom: the exchange graph and every exchange, grouped by pair of actors. */
  exchanges: string;
  /** One pair of actors' exchanges of one kind: a page of their own, so that the exchanges page lists pairs, not statements. */
  exchange: (edgeId: string) => string;
  search: string;
  data: string;
  dataFile: (name: string) => string;
  asset: (path: string) => string;
  /** An address written without the base, as content/redirects.yaml writes them (`/statements/x/`), under the base. */
  sitePath: (path: string) => string;
}

/** A timeline period's path segment: `2019`, or `2019-03` for a month. */
export const periodKey = (year: number, month?: number): string => (month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}`);

/** The anchor of a month on a year's timeline page (its first event or statement), for a chart's bar to link to: `m2019-03`. */
export const monthAnchor = (year: number, month: number): string => `m${periodKey(year, month)}`;

/** Builds the site's paths under `base` (leading and trailing slashes optional). */
export function makeUrls(base: string): SiteUrls {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const page = (...parts: string[]) => `${root}${parts.map(encodeURIComponent).join('/')}/`;
  const underBase = (path: string) => `${root}${path.replace(/^\/+/, '')}`;
  /** A year's or a month's page of the whole timeline, or of a filtered one. */
  const timelinePeriod = (period: string, filter?: { kind: string; value: string }) => (filter ? page('timeline', filter.kind, filter.value, period) : page('timeline', period));
  return {
    home: root,
    articles: page('articles'),
    articlesYear: (year) => page('articles', 'year', String(year)),
    article: (id) => page('articles', id),
    statementAnchor: (articleId, statementId) => `${page('articles', articleId)}#${encodeURIComponent(statementId)}`,
    statement: (id) => page('statements', id),
    statements: page('statements'),
    actors: page('actors'),
    actor: (id) => page('actors', id),
    outlets: page('outlets'),
    outlet: (id) => page('outlets', id),
    topics: page('topics'),
    topic: (id) => page('topics', id),
    events: page('events'),
    event: (id) => page('events', id),
    timeline: page('timeline'),
    timelineFiltered: (kind, value) => page('timeline', kind, value),
    timelineYear: (year, filter) => timelinePeriod(periodKey(year), filter),
    timelineMonth: (year, month, filter) => timelinePeriod(periodKey(year, month), filter),
    exchanges: page('exchanges'),
    exchange: (edgeId) => `${page('exchanges')}${encodeURIComponent(edgeId)}/`,
    search: page('search'),
    data: page('data'),
    dataFile: (name) => `${root}data/${encodeURIComponent(name)}`,
    asset: underBase,
    sitePath: underBase,
  };
}

/** The absolute address of a site path, for permanent links and citations. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site).href;
}
