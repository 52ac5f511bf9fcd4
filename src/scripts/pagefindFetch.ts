/**
 * Pagefind's data files (`.pf_meta`, `.pf_index`, `.pf_fragment`, `.pf_filter` and its WebAssembly,
 * `wasm.*.pagefind`) are gzip files, which pagefind.js inflates in JavaScript. On a first search at
 * 10,000 articles that took ~100 ms of the main thread (npm run bench, a CPU profile of /search/):
 * the browser's own DecompressionStream does the same in ~5 ms.
 *
 * pagefind.js skips its own inflating when a file already begins with its signature `pagefind_dcd`,
 * and it fetches with the global `fetch`. So the search page wraps `fetch`: a Pagefind data file
 * that arrives as gzip is handed on inflated. Anything else, or a browser without
 * DecompressionStream, goes through untouched and Pagefind inflates as before.
 */

/** Pagefind's data files under its bundle folder; pagefind.js, its entry JSON and the UI files are plain. */
const DATA_FILE = /\/(?:[^/?#]+\.pf_(?:meta|index|fragment|filter)|wasm\.[^/?#]+\.pagefind)(?:[?#].*)?$/;

/** Whether `url` is one of Pagefind's gzip data files under `bundle` (the folder of pagefind.js, ending in "/"). */
export function isPagefindDataFile(url: string, bundle: string): boolean {
  return url.startsWith(bundle) && DATA_FILE.test(url.slice(bundle.length - 1));
}

const isGzip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The response with its body inflated, if the body is gzip; else the same bytes. */
export async function inflated(response: Response): Promise<Response> {
  if (!response.ok || typeof DecompressionStream === 'undefined') return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (!isGzip(bytes)) return new Response(bytes, init);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(await new Response(stream).arrayBuffer(), init);
}

/**
 * A `fetch` that inflates Pagefind's data files under `bundle` (absolute URL of the folder of
 * pagefind.js, ending in "/") and passes every other request to `base` as it was.
 */
export function pagefindFetch(base: typeof fetch, bundle: string): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const absolute = new URL(url, bundle).href;
    const response = await base(input, init);
    return isPagefindDataFile(absolute, bundle) ? inflated(response) : response;
  };
}
