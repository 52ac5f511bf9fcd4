/**
 * The search page's state as it lives in the address (`/search/?q=moratorium&speaker=…&sort=newest`),
 * so a search can be linked and shared, and the text fragment that highlights matched words on arrival.
 * Pure; used by the page script and tested with tables.
 */
import { encodeTextDirective } from './textFragment.ts';

/** The filters Pagefind records (see SearchFacets.astro), with their address parameter and label. */
export const SEARCH_FILTERS = [
  { key: 'type', param: 'type', label: 'Kind of result' },
  { key: 'speaker', param: 'speaker', label: 'Speaker' },
  { key: 'actor kind', param: 'actor', label: 'Kind of actor' },
  { key: 'outlet', param: 'outlet', label: 'Outlet' },
  { key: 'topic', param: 'topic', label: 'Topic' },
  { key: 'year', param: 'year', label: 'Year' },
] as const;

export const SORTS = {
  relevance: { label: 'Best match', pagefind: undefined },
  newest: { label: 'Newest first', pagefind: { date: 'desc' } },
  oldest: { label: 'Oldest first', pagefind: { date: 'asc' } },
} as const;
export type SortName = keyof typeof SORTS;

export interface SearchState {
  q: string;
  /** Filter key (as recorded by Pagefind) → chosen value. */
  filters: Record<string, string>;
  sort: SortName;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const filter of SEARCH_FILTERS) {
    const value = params.get(filter.param);
    if (value) filters[filter.key] = value;
  }
  const sort = params.get('sort');
  return { q: params.get('q')?.trim() ?? '', filters, sort: sort && sort in SORTS ? (sort as SortName) : 'relevance' };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const filter of SEARCH_FILTERS) {
    const value = state.filters[filter.key];
    if (value) params.set(filter.param, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Text directives reserve `-`, `,` and `&`; everything else is ordinary percent-encoding. */

/** The words of an excerpt's HTML as text: tags dropped, Pagefind's entities read back. */
export const excerptWords = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .split(/\s+/)
    .filter(Boolean);

/**
 * `:~:text=` directive for the first highlighted words of a Pagefind excerpt, with up to three words
 * of context either side so the browser highlights them in the passage the result points to rather
 * than at an earlier occurrence. Empty when the excerpt marks nothing.
 */
export function textFragment(excerptHtml: string): string {
  const match = /<mark>(.*?)<\/mark>/.exec(excerptHtml);
  if (!match) return '';
  const marked = excerptWords(match[1] ?? '').join(' ');
  if (!marked) return '';
  const before = excerptWords(excerptHtml.slice(0, match.index)).slice(-3).join(' ');
  const after = excerptWords(excerptHtml.slice(match.index + match[0].length)).slice(0, 3).join(' ');
  return `:~:text=${before ? `${encodeTextDirective(before)}-,` : ''}${encodeTextDirective(marked)}${after ? `,-${encodeTextDirective(after)}` : ''}`;
}

/** Adds the text directive to a result address that has (or gets) a fragment. */
export function withHighlight(url: string, excerptHtml: string): string {
  const directive = textFragment(excerptHtml);
  if (!directive) return url;
  return url.includes('#') ? `${url}${directive}` : `${url}#${directive}`;
}

/** Pagefind's excerpt with every tag but <mark> neutralised, so page text can never become markup. */
export function safeExcerpt(excerptHtml: string): string {
  return excerptHtml.replace(/<(?!\/?mark>)/g, '&lt;');
}
