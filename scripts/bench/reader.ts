/**
 * What a reader pays for the built site: the gzip weight of one page of each kind with its CSS and
 * JS, the JavaScript shipped outside the search page, the search index on disk, and the bytes and
 * time of a first search in headless Chromium with a cold cache (every request counted through the
 * DevTools protocol's Network events).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Request } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveSite } from '../../tests/helpers/serve.ts';

/** gzip at level 6, what static hosts commonly apply to text. */
export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

export interface PageWeight {
  kind: string;
  /** Site path of the page measured. */
  page: string;
  htmlBytes: number;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** HTML + CSS + JS, gzip. */
  totalGzip: number;
}

const LINKED_CSS = /<link\b[^>]*rel="stylesheet"[^>]*>/g;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const HREF = /href="([^"]+)"/;
const SRC = /src="([^"]+)"/;
const isData = (attributes: string) => /type="application\/(ld\+)?json"/.test(attributes);
/** The copy buttons' script on statement and article pages (src/scripts/copyButtons.ts), allowed beside search's. */
const isCopyButtons = (attributes: string) => /src="[^"]*\/CiteBlock\.astro_astro_type_script_[^"]*\.js"/.test(attributes);

function fileOf(outDir: string, url: string): string {
  const clean = decodeURIComponent(url.split(/[?#]/)[0] as string);
  return path.join(outDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** The weight of one built page with the CSS and JS it loads. */
export async function weighPage(outDir: string, kind: string, page: string): Promise<PageWeight> {
  const html = await readFile(fileOf(outDir, page), 'utf8');
  let cssGzip = 0;
  for (const tag of html.match(LINKED_CSS) ?? []) {
    const href = HREF.exec(tag)?.[1];
    if (href && href.startsWith('/')) cssGzip += gzipSize(await readFile(fileOf(outDir, href)));
  }
  let jsGzip = 0;
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? '';
    if (isData(attributes)) continue;
    const src = SRC.exec(attributes)?.[1];
    if (src && src.startsWith('/')) jsGzip += gzipSize(await readFile(fileOf(outDir, src)));
  }
  const htmlGzip = gzipSize(html);
  return { kind, page, htmlBytes: Buffer.byteLength(html), htmlGzip, cssGzip, jsGzip, totalGzip: htmlGzip + cssGzip + jsGzip };
}

/** Pages of each kind: for collections, the median-sized and the largest page. */
export async function weighPageKinds(outDir: string): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const [kind, page] of [['home', '/'], ['search', '/search/'], ['articles list', '/articles/'], ['timeline (all)', '/timeline/'], ['dataset page', '/data/']] as const) {
    weights.push(await weighPage(outDir, kind, page));
  }
  for (const collection of ['articles', 'statements', 'actors', 'outlets', 'topics', 'events']) {
    const sized = await pageSizes(outDir, collection);
    if (sized.length === 0) continue;
    const median = sized[Math.floor(sized.length / 2)] as { page: string };
    const largest = sized.at(-1) as { page: string };
    weights.push(await weighPage(outDir, `${collection.replace(/s$/, '')} (median)`, median.page));
    weights.push(await weighPage(outDir, `${collection.replace(/s$/, '')} (largest)`, largest.page));
  }
  const filtered = (await pageSizes(outDir, 'timeline/actor')).at(-1);
  if (filtered) weights.push(await weighPage(outDir, 'timeline filtered (largest actor)', filtered.page));
  return weights;
}

/** The pages under `/<collection>/<id>/`, smallest first. */
async function pageSizes(outDir: string, collection: string): Promise<{ page: string; bytes: number }[]> {
  const dir = path.join(outDir, collection);
  const ids = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const sized: { page: string; bytes: number }[] = [];
  for (const id of ids) {
    if (!id.isDirectory()) continue;
    const file = path.join(dir, id.name, 'index.html');
    const info = await stat(file).catch(() => null);
    if (info) sized.push({ page: `/${collection}/${id.name}/`, bytes: info.size });
  }
  return sized.sort((a, b) => a.bytes - b.bytes || (a.page < b.page ? -1 : 1));
}

export interface ScriptScan {
  htmlPages: number;
  /** Pages other than /search/ that load or inline JavaScript (JSON-LD data is not JavaScript). */
  pagesWithJs: number;
  examples: string[];
  /** gzip bytes of the scripts those pages carry, counted once per distinct script. */
  jsGzipOutsideSearch: number;
  /** JavaScript files Astro emitted for pages (`/_astro/*.js`). */
  astroJsFiles: number;
  totalHtmlBytes: number;
}

/** Reads every HTML page of the build for scripts. */
export async function scanScripts(outDir: string): Promise<ScriptScan> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  let pagesWithJs = 0;
  let totalHtmlBytes = 0;
  const examples: string[] = [];
  const seen = new Map<string, number>();
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
        const html = await readFile(path.join(outDir, file), 'utf8');
        totalHtmlBytes += html.length;
        if (file === 'search/index.html' || !html.includes('<script')) continue;
        let hasJs = false;
        for (const match of html.matchAll(SCRIPT)) {
          const attributes = match[1] ?? '';
          if (isData(attributes) || isCopyButtons(attributes)) continue;
          hasJs = true;
          const src = SRC.exec(attributes)?.[1];
          const key = src ?? `inline:${match[2]}`;
          if (!seen.has(key)) seen.set(key, src ? gzipSize(await readFile(fileOf(outDir, src)).catch(() => Buffer.alloc(0))) : gzipSize(match[2] ?? ''));
        }
        if (hasJs) {
          pagesWithJs++;
          if (examples.length < 5) examples.push(`/${file}`);
        }
      }
    }),
  );
  const astroFiles = await readdir(path.join(outDir, '_astro')).catch(() => [] as string[]);
  return {
    htmlPages: files.length,
    pagesWithJs,
    examples,
    jsGzipOutsideSearch: [...seen.values()].reduce((a, b) => a + b, 0),
    astroJsFiles: astroFiles.filter((f) => f.endsWith('.js')).length,
    totalHtmlBytes,
  };
}

export interface IndexSize {
  bytes: number;
  files: number;
  /** Bytes by kind of file: the metadata every search loads, word-index chunks, result fragments, WASM, UI code. */
  parts: Record<string, { bytes: number; files: number }>;
}

export async function measureIndex(outDir: string): Promise<IndexSize> {
  const dir = path.join(outDir, 'pagefind');
  const parts: IndexSize['parts'] = {};
  let bytes = 0;
  let files = 0;
  for (const file of await readdir(dir, { recursive: true })) {
    const info = await stat(path.join(dir, file));
    if (!info.isFile()) continue;
    const kind = file.endsWith('.pf_meta')
      ? 'meta (pf_meta)'
      : file.endsWith('.pf_index')
        ? 'word index (pf_index)'
        : file.endsWith('.pf_fragment')
          ? 'fragments (pf_fragment)'
          : file.endsWith('.pf_filter')
            ? 'filters (pf_filter)'
            : file.startsWith('wasm.')
              ? 'wasm'
              : 'ui and js';
    const part = (parts[kind] ??= { bytes: 0, files: 0 });
    part.bytes += info.size;
    part.files++;
    bytes += info.size;
    files++;
  }
  return { bytes, files, parts };
}

export interface SearchRequest {
  url: string;
  type: string;
  /** Bytes on the wire from the test server, headers included (it does not compress). */
  wireBytes: number;
  /** The same response as a gzip-serving host would send it: text bodies gzipped; Pagefind's own files are compressed already. */
  gzipBytes: number;
  /** When the request started and its response ended, ms after the first request of the measurement. */
  startMs: number;
  endMs: number;
}

export interface FirstSearch {
  query: string;
  /** Results listed (an article may give several: its matching statements). */
  results: number;
  /**
   * A reader on /search/ (loaded, network idle) types the query at 120 ms a key and presses Enter:
   * milliseconds from Enter to the first result shown. Median of `runs` cold-cache runs.
   */
  typedMs: number;
  /** Opening /search/?q=<query>: milliseconds from navigation to the first result shown. Median of `runs`. */
  addressMs: number;
  /** Every run's figures, in order. */
  typedRunsMs: number[];
  addressRunsMs: number[];
  /** Requests of one opening of /search/?q= with a cold cache (the page, its CSS and JS, and Pagefind's files). */
  wireBytes: number;
  gzipBytes: number;
  requests: SearchRequest[];
  /** The same for one typed search (index chunks fetched while typing included). */
  typedWireBytes: number;
  typedGzipBytes: number;
  typedRequests: number;
}

const TEXT_TYPES = /^(text\/|application\/(javascript|json|xml)|image\/svg)/;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * Runs before any script of the page (self-contained: it is serialised into the page): reports
 * through the `__benchShown` binding the moment the results list gets its first item, and keeps
 * the moment Enter is pressed. A listener, not Playwright's polling, whose injected script would
 * run on the page's main thread in the middle of the search being timed.
 */
function watchResults(): void {
  const w = window as unknown as { __benchEnter?: number; __benchShown: (at: number) => void };
  addEventListener('keydown', (event) => {
    if (event.key === 'Enter') w.__benchEnter = performance.now();
  }, true);
  new MutationObserver((_, observer) => {
    const list = document.querySelector('#search-results');
    if (list && list.children.length > 0) {
      observer.disconnect();
      w.__benchShown(performance.now());
    }
  }).observe(document, { childList: true, subtree: true });
}

/** The finished requests of a browser context (its Web Workers' included, which the page's own DevTools session does not see). */
function collectRequests(context: BrowserContext): Request[] {
  const finished: Request[] = [];
  context.on('requestfinished', (request) => finished.push(request));
  return finished;
}

/** Sizes and times of the requests, read once the search is timed (gzip work would otherwise run during it). */
async function weighRequests(outDir: string, finished: Request[]): Promise<SearchRequest[]> {
  const requests: SearchRequest[] = [];
  for (const request of finished) {
    const response = await request.response();
    if (!response) continue;
    const sizes = await request.sizes();
    const url = new URL(request.url());
    const type = (response.headers()['content-type'] ?? '').split(';')[0] as string;
    const body = await readFile(fileOf(outDir, url.pathname)).catch(() => null);
    // Chromium reports no body size for a worker's script: the file's size stands in.
    const wireBytes = sizes.responseHeadersSize + (sizes.responseBodySize || (body?.length ?? 0));
    const gzipBytes = TEXT_TYPES.test(type) && body !== null ? sizes.responseHeadersSize + 23 + gzipSize(body) : wireBytes;
    const timing = request.timing();
    requests.push({ url: url.pathname + url.search, type, wireBytes, gzipBytes, startMs: timing.startTime, endMs: timing.startTime + Math.max(timing.responseEnd, 0) });
  }
  const origin = Math.min(...requests.map((r) => r.startMs));
  for (const r of requests) {
    r.startMs = Math.round(r.startMs - origin);
    r.endMs = Math.round(r.endMs - origin);
  }
  return requests.sort((a, b) => a.startMs - b.startMs);
}

const total = (requests: SearchRequest[], key: 'wireBytes' | 'gzipBytes') => requests.reduce((n, r) => n + r[key], 0);

interface SearchRun { ms: number; results: number; requests: SearchRequest[] }

/**
 * Serves the build and performs first searches with a cold cache (a fresh browser context each):
 * `runs` openings of /search/?q= and `runs` typed searches, every one timed, the first of each
 * with its requests counted.
 */
export async function measureFirstSearch(outDir: string, query: string, runs = 3): Promise<FirstSearch> {
  const site = await serveSite(outDir);
  const browser = await launchBrowser();
  try {
    const once = async (mode: 'address' | 'typed', count: boolean): Promise<SearchRun> => {
      const context = await browser.newContext();
      const page = await context.newPage();
      let shown!: (at: number) => void;
      const shownAt = new Promise<number>((resolve) => (shown = resolve));
      await page.exposeBinding('__benchShown', (_source, at: number) => shown(at));
      await page.addInitScript(watchResults);
      const finished = count ? collectRequests(context) : [];
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no search result for "${query}" within 30 s`)), 30_000)));
      let ms: number;
      try {
        if (mode === 'address') {
          await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
          ms = await Promise.race([shownAt, timeout]);
        } else {
          await page.goto(`${site.url}search/`, { waitUntil: 'networkidle' });
          await page.locator('#search-input').pressSequentially(query, { delay: 120 });
          await page.keyboard.press('Enter');
          const at = await Promise.race([shownAt, timeout]);
          ms = at - (await page.evaluate(() => (window as unknown as { __benchEnter: number }).__benchEnter));
        }
      } finally {
        clearTimeout(timer);
      }
      const results = await page.locator('#search-results > li').count();
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const requests = await weighRequests(outDir, finished);
      await context.close();
      return { ms, results, requests };
    };

    const address: SearchRun[] = [];
    const typed: SearchRun[] = [];
    for (let run = 0; run < runs; run++) {
      address.push(await once('address', run === 0));
      typed.push(await once('typed', run === 0));
    }
    const [firstAddress, firstTyped] = [address[0] as SearchRun, typed[0] as SearchRun];
    const addressRunsMs = address.map((r) => Math.round(r.ms));
    const typedRunsMs = typed.map((r) => Math.round(r.ms));
    return {
      query,
      results: firstAddress.results,
      typedMs: median(typedRunsMs),
      addressMs: median(addressRunsMs),
      typedRunsMs,
      addressRunsMs,
      wireBytes: total(firstAddress.requests, 'wireBytes'),
      gzipBytes: total(firstAddress.requests, 'gzipBytes'),
      requests: firstAddress.requests,
      typedWireBytes: total(firstTyped.requests, 'wireBytes'),
      typedGzipBytes: total(firstTyped.requests, 'gzipBytes'),
      typedRequests: firstTyped.requests.length,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
