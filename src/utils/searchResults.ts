/**
 * Turns what Pagefind returns for a page into the results a reader sees. Pure; used by the search page
 * and by the tests that query the real index.
 *
 * Statements are not pages in the index (a page each would make every first search load ~8.5 bytes of
 * metadata per statement). Each one is a sub-result of the article that reports it: its `<mark>` starts a
 * sub-result whose anchor id is the statement id, and an empty anchor right after it ends it (see
 * src/integrations/rehypeClaimAnchors.ts). The statement's fields (speaker, kind, date, topics, whose
 * account) come from the article's `statements` metadata (src/utils/statementMeta.ts), never from a
 * title. So an article result unfolds into one Statement result per matching claim, linked to the
 * statement's permanent page, plus the article itself when its own text matched.
 */
import { formatDate, parsePartialDate } from './partialDate.ts';
import { excerptWords, safeExcerpt, withHighlight } from './searchState.ts';
import { decodeStatementMeta, type StatementMeta } from './statementMeta.ts';
import { escapeHtml, plural } from './text.ts';

export interface PagefindAnchor { element: string; id: string; text?: string; title?: string; location: number }
export interface PagefindSubResult { title: string; url: string; excerpt: string; anchor?: PagefindAnchor; locations?: number[] }
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
  /** Every anchor of the page (Pagefind returns no sub-results when there is no search term). */
  anchors?: PagefindAnchor[];
}

export interface StatementResult {
  type: 'Statement';
  id: string;
  speaker: string;
  /** The actor through whose account the statement is known, if it is not the speaker's own words. */
  via?: string;
  /** As written: `2019`, `2019-01` or `2019-01-25`. */
  said: string;
  /** The reader's form: "25 January 2019". */
  saidText: string;
  /** Topic names. */
  topics: string[];
  /** The speaker's kind: person, organisation or state. */
  kind: string;
  /** The statement's permanent page. */
  url: string;
  /** The passage in the article, with the matched words highlighted on arrival. */
  contextUrl: string;
  /** The quote as printed (whole, or a window around the match), as safe HTML with matched words in <mark>. */
  excerptHtml: string;
  articleTitle: string;
  /** The article's page: statements are counted by the articles they are in. */
  articleUrl: string;
  outlet: string;
  published: string;
}

export interface PageResult {
  type: string;
  title: string;
  url: string;
  details: string[];
  /** Pagefind's excerpt, safe to insert: every tag but <mark> is shown as text. */
  excerptHtml: string;
  passages: { title: string; url: string; excerptHtml: string }[];
}

export type ResultItem = StatementResult | PageResult;

export interface ResultOptions {
  /** False when only filters were chosen: then every statement of a matching article is a result. */
  term?: boolean | undefined;
  /** The kind of result asked for (`type` filter), if any. */
  type?: string | undefined;
  /** Only statements by this speaker (the `speaker` filter's value: the actor's name). */
  speaker?: string | undefined;
  /** Only statements by this kind of actor (person, organisation, state). */
  actorKind?: string | undefined;
  /** Only statements said in this year. */
  year?: string | undefined;
  /** Only statements on this topic (its name, the filter's value). */
  topic?: string | undefined;
  /** The permanent address of a statement. */
  statementUrl: (id: string) => string;
}

/** Shown after a passage over several paragraphs, whose anchor text is only the first. */
const CONTINUES = ' …';

const fold = (word: string) => word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The words Pagefind marked in an excerpt, folded for comparison. */
export function markedWords(excerptHtml: string): Set<string> {
  const words = new Set<string>();
  for (const match of excerptHtml.matchAll(/<mark>(.*?)<\/mark>/g)) {
    for (const word of excerptWords(match[1] ?? '')) {
      const folded = fold(word);
      if (folded) words.add(folded);
    }
  }
  return words;
}

/**
 * The quote as printed, escaped, with the words Pagefind matched wrapped in <mark>. A quote longer than
 * `maxWords` is cut to a window around the first match, with "…" where words were left out.
 */
export function highlightQuote(quote: string, marked: ReadonlySet<string>, maxWords = 60): string {
  const words = quote.split(/\s+/).filter(Boolean);
  const first = Math.max(0, words.findIndex((w) => marked.has(fold(w))));
  const start = words.length <= maxWords ? 0 : Math.max(0, Math.min(first - Math.floor(maxWords / 3), words.length - maxWords));
  const shown = words.slice(start, start + maxWords).map((word) => {
    if (!marked.has(fold(word))) return escapeHtml(word);
    // Mark the word, not the quotation marks or punctuation around it.
    const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
    return `${escapeHtml(before)}<mark>${escapeHtml(core)}</mark>${escapeHtml(after)}`;
  });
  return `${start > 0 ? '… ' : ''}${shown.join(' ')}${start + maxWords < words.length ? ' …' : ''}`;
}

/** A sub-result that is a statement: the mark that starts a passage whose fields the page's metadata holds. */
const isClaim = (sub: PagefindSubResult, fields: ReadonlyMap<string, StatementMeta>) => sub.anchor?.element === 'mark' && fields.has(sub.anchor.id);

function statementOf(sub: PagefindSubResult, data: PagefindData, fields: ReadonlyMap<string, StatementMeta>, options: ResultOptions): StatementResult | null {
  const anchor = sub.anchor;
  const parsed = anchor && fields.get(anchor.id);
  if (!anchor || !parsed) return null;
  const date = parsePartialDate(parsed.said);
  const quote = highlightQuote(anchor.text ?? '', markedWords(sub.excerpt));
  // Only the first paragraph of a passage over several is the anchor's text: say that more follows.
  const excerptHtml = parsed.continues && !quote.endsWith(CONTINUES) ? `${quote}${CONTINUES}` : quote;
  return {
    type: 'Statement',
    id: anchor.id,
    speaker: parsed.speaker,
    ...(parsed.via ? { via: parsed.via } : {}),
    said: parsed.said,
    saidText: typeof date === 'string' ? parsed.said : formatDate(date),
    topics: parsed.topics,
    kind: parsed.kind,
    url: options.statementUrl(anchor.id),
    contextUrl: withHighlight(sub.url, excerptHtml),
    excerptHtml,
    articleTitle: data.meta['title'] ?? '',
    articleUrl: data.url,
    outlet: data.meta['outlet'] ?? '',
    published: data.meta['published'] ?? '',
  };
}

/** Claims with more of the searched words first; otherwise in the article's order. */
function byMatches(subs: PagefindSubResult[]): PagefindSubResult[] {
  const score = new Map(subs.map((sub) => [sub, markedWords(sub.excerpt).size * 1000 + (sub.locations?.length ?? 0)]));
  return [...subs].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0));
}

function wanted(statement: StatementResult, options: ResultOptions): boolean {
  if (options.speaker && statement.speaker !== options.speaker) return false;
  if (options.year && !statement.said.startsWith(options.year)) return false;
  if (options.actorKind && statement.kind !== options.actorKind) return false;
  if (options.topic && !statement.topics.includes(options.topic)) return false;
  return true;
}

function pageDetails(type: string, meta: PagefindData['meta']): string[] {
  const details =
    type === 'Article' ? [meta['outlet'], meta['published']]
    : type === 'Event' ? [meta['date']]
    : type === 'Actor' ? [meta['role'], meta['statements']]
    : [meta['statements'] ?? meta['country']];
  return details.filter((d): d is string => Boolean(d));
}

/**
 * The results one Pagefind page gives: for an article, a Statement result for each claim whose own words
 * matched (filtered by the statement filters), then the article itself if its other text matched — or
 * always, when articles were asked for. Any other page is one result.
 */
export function resultsFor(data: PagefindData, options: ResultOptions): ResultItem[] {
  const type = data.meta['type'] ?? 'Page';
  const fields = decodeStatementMeta(data.meta);
  const claimOf = (sub: PagefindSubResult) => isClaim(sub, fields);
  const page = (passages: PagefindSubResult[], excerpt: string): PageResult => ({
    type,
    title: data.meta['title'] ?? data.url,
    url: type === 'Article' ? data.url : withHighlight(data.url, ''),
    details: pageDetails(type, data.meta),
    excerptHtml: safeExcerpt(excerpt),
    passages: passages.slice(0, 3).map((sub) => ({ title: claimOf(sub) ? sub.title : 'In the text', url: withHighlight(sub.url, sub.excerpt), excerptHtml: safeExcerpt(sub.excerpt) })),
  });
  if (type !== 'Article') return options.type && options.type !== type ? [] : [page([], data.excerpt)];

  const claims = options.term === false
    ? (data.anchors ?? []).filter((anchor) => anchor.element === 'mark' && fields.has(anchor.id)).map((anchor) => ({ title: anchor.title ?? '', url: `${data.url}#${anchor.id}`, excerpt: '', anchor }))
    : byMatches(data.sub_results.filter(claimOf));
  const text = data.sub_results.filter((sub) => !claimOf(sub));
  const items: ResultItem[] = [];
  if (!options.type || options.type === 'Statement') {
    for (const sub of claims) {
      const statement = statementOf(sub, data, fields, options);
      if (statement && wanted(statement, options)) items.push(statement);
    }
  }
  if (options.type === 'Article') items.push(page(data.sub_results.filter((sub) => sub.anchor), data.excerpt));
  else if (!options.type && text.length > 0) items.push(page(text.filter((sub) => sub.anchor), text[0]?.excerpt ?? data.excerpt));
  return items;
}

/**
 * Pagefind's pages reordered so that those that can give statements (the articles that answer the
 * `Statement` kind filter for the same query) come first, each group in Pagefind's order: a reader who
 * types words someone said wants who said them before the topic and event pages that mention them.
 */
export function statementPagesFirst<T extends { id: string }>(pages: readonly T[], withStatements: ReadonlySet<string>): T[] {
  return [...pages.filter((p) => withStatements.has(p.id)), ...pages.filter((p) => !withStatements.has(p.id))];
}

/**
 * What to show of a batch of results, given the results held back so far: while pages that may give
 * statements are left to fetch, only the batch's statements, the rest held; after that, the batch's
 * statements, then everything held, then its other results. So statements lead the list however many
 * batches it takes to fetch them.
 */
export function nextBatch(items: readonly ResultItem[], held: readonly ResultItem[], statementPagesLeft: boolean): { show: ResultItem[]; hold: ResultItem[] } {
  const statements = items.filter((i) => i.type === 'Statement');
  const others = items.filter((i) => i.type !== 'Statement');
  return statementPagesLeft ? { show: statements, hold: [...held, ...others] } : { show: [...statements, ...held, ...others], hold: [] };
}

const KIND_PLURALS: Record<string, string> = { Article: 'articles', Actor: 'actors', Event: 'events', Topic: 'topics', Outlet: 'outlets', Page: 'pages' };
const kindCount = (type: string, count: number) => plural(count, type.toLowerCase(), KIND_PLURALS[type] ?? `${type.toLowerCase()}s`);

/**
 * The line above the results: statements counted as statements in the articles that report them, then the
 * other pages, by kind when they are all of one ("9 statements in 4 articles, and 2 other pages (1 actor,
 * 1 topic), for “moratorium”."). `more` says that pages are left to fetch, so the counts are of those shown.
 */
export function resultSummary(items: readonly ResultItem[], described: string, more = false): string {
  if (items.length === 0) return `No results for ${described}.`;
  const statements = items.filter((i): i is StatementResult => i.type === 'Statement');
  const others = items.filter((i) => i.type !== 'Statement');
  const byKind = new Map<string, number>();
  for (const item of others) byKind.set(item.type, (byKind.get(item.type) ?? 0) + 1);
  const kinds = [...byKind].map(([type, count]) => kindCount(type, count));
  const otherText = byKind.size === 1 ? kinds[0] : `${plural(others.length, statements.length > 0 ? 'other page' : 'page', statements.length > 0 ? 'other pages' : 'pages')} (${kinds.join(', ')})`;
  const parts = [
    statements.length > 0 && `${plural(statements.length, 'statement')} in ${plural(new Set(statements.map((s) => s.articleUrl)).size, 'article')}`,
    others.length > 0 && otherText,
  ].filter(Boolean);
  return `${parts.join(', and ')}${parts.length > 1 ? ',' : ''} for ${described}${more ? ' so far; more below' : ''}.`;
}
