/**
 * Searches a built site's Pagefind index from Node: imports `pagefind/pagefind.js` from the build
 * with a `fetch` that answers the index's `file:` URLs from disk, as a browser would over HTTP.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resultsFor, type PagefindData, type ResultItem } from '../../src/utils/searchResults.ts';
import { makeUrls } from '../../src/utils/urls.ts';

export interface SearchHit { url: string; meta: Record<string, string>; excerpt: string; sub_results: { url: string; title: string; excerpt: string; anchor?: unknown }[] }
export interface NodePagefind {
  search: (term: string | null, options?: Record<string, unknown>) => Promise<{ results: { data: () => Promise<SearchHit> }[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let fetchInstalled = false;
function installFileFetch() {
  if (fetchInstalled) return;
  fetchInstalled = true;
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return original(input, init);
    const body = await readFile(fileURLToPath(url.split('?')[0] ?? url));
    return new Response(body, { status: 200 });
  }) as typeof fetch;
}

export async function loadPagefind(outDir: string, options: Record<string, unknown> = {}): Promise<NodePagefind> {
  installFileFetch();
  const bundle = pathToFileURL(path.join(outDir, 'pagefind', 'pagefind.js')).href;
  const module = (await import(`${bundle}?${Date.now()}`)) as NodePagefind & { options: (o: Record<string, unknown>) => Promise<void>; init: () => Promise<void> };
  await module.options({ basePath: `${pathToFileURL(path.join(outDir, 'pagefind')).href}/`, baseUrl: '/', noWorker: true, ...options });
  await module.init();
  return module;
}

/** The first `count` results' data for a query. */
export async function searchFor(pagefind: NodePagefind, term: string | null, options: Record<string, unknown> = {}, count = 5): Promise<SearchHit[]> {
  const found = await pagefind.search(term, options);
  return Promise.all(found.results.slice(0, count).map((r) => r.data()));
}

/**
 * What the search page shows for a query: Pagefind's first `pages` results turned into results with the
 * page's own code (statements unfolded from their articles), for the filters given as the page reads them.
 */
export async function searchResults(
  pagefind: NodePagefind,
  term: string | null,
  filters: { type?: string; speaker?: string; 'actor kind'?: string; outlet?: string; topic?: string; year?: string } = {},
  pages = 10,
  sort?: Record<string, 'asc' | 'desc'>,
): Promise<ResultItem[]> {
  const found = await pagefind.search(term, { filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, [v]])), ...(sort ? { sort } : {}) });
  const data = await Promise.all(found.results.slice(0, pages).map((r) => r.data()));
  const options = { term: Boolean(term), type: filters.type, speaker: filters.speaker, actorKind: filters['actor kind'], year: filters.year, topic: filters.topic, statementUrl: makeUrls('/').statement };
  return data.flatMap((d) => resultsFor(d as unknown as PagefindData, options));
}
