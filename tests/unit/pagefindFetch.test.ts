import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflated, isPagefindDataFile, pagefindFetch } from '../../src/scripts/pagefindFetch.ts';

const BUNDLE = 'https://kb.example/inf-kb/pagefind/';
const signed = (text: string) => Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(text)]);

describe('isPagefindDataFile', () => {
  it.each([
    ['https://kb.example/inf-kb/pagefind/pagefind.en_44a61cdde2.pf_meta', true],
    ['https://kb.example/inf-kb/pagefind/index/en_ea2b4a9.pf_index', true],
    ['https://kb.example/inf-kb/pagefind/fragment/en_0107e55.pf_fragment', true],
    ['https://kb.example/inf-kb/pagefind/filter/en_2460abb.pf_filter', true],
    ['https://kb.example/inf-kb/pagefind/wasm.en.pagefind', true],
    ['https://kb.example/inf-kb/pagefind/wasm.unknown.pagefind', true],
    ['https://kb.example/inf-kb/pagefind/pagefind.en_44a61cdde2.pf_meta?ts=1', true],
    // Plain files of the bundle: its script and entry JSON.
    ['https://kb.example/inf-kb/pagefind/pagefind.js', false],
    ['https://kb.example/inf-kb/pagefind/pagefind-entry.json?ts=1795409983068', false],
    // Not under the bundle: the site's own files, even with a look-alike name.
    ['https://kb.example/inf-kb/data/statements.json', false],
    ['https://kb.example/inf-kb/articles/x.pf_meta', false],
    ['https://other.example/inf-kb/pagefind/wasm.en.pagefind', false],
  ])('%s → %s', (url, expected) => {
    expect(isPagefindDataFile(url, BUNDLE)).toBe(expected);
  });
});

describe('inflated', () => {
  it('inflates a gzip body to the bytes Pagefind reads without inflating them itself', async () => {
    const response = await inflated(new Response(gzipSync(signed('{"meta":1}')), { headers: { 'content-type': 'application/octet-stream' } }));
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('pagefind_dcd{"meta":1}');
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('hands on a body that is not gzip unchanged', async () => {
    const response = await inflated(new Response(signed('plain')));
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('pagefind_dcd' + 'plain');
  });

  it('leaves an error response alone, for Pagefind to report', async () => {
    const failed = new Response('missing', { status: 404 });
    expect(await inflated(failed)).toBe(failed);
  });
});

describe('pagefindFetch', () => {
  const server = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    return new Response(/\.json(\?|$)/.test(url) ? '{"version":"1.6.0"}' : gzipSync(signed(url)));
  }) as typeof fetch;
  const wrapped = pagefindFetch(server, BUNDLE);

  it.each([
    // pagefind.js asks for its files by path, under the base it was given.
    ['/inf-kb/pagefind/index/en_1.pf_index', 'pagefind_dcd/inf-kb/pagefind/index/en_1.pf_index'],
    [`${BUNDLE}wasm.en.pagefind`, `pagefind_dcd${BUNDLE}wasm.en.pagefind`],
  ])('inflates the data file %s', async (url, expected) => {
    expect(Buffer.from(await (await wrapped(url)).arrayBuffer()).toString()).toBe(expected);
  });

  it('passes any other request through as it was', async () => {
    expect(await (await wrapped(`${BUNDLE}pagefind-entry.json?ts=1`)).text()).toBe('{"version":"1.6.0"}');
    expect(new Uint8Array(await (await wrapped('https://kb.example/inf-kb/about/')).arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x1f, 0x8b]));
  });
});
