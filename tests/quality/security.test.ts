/**
 * Security headers for static hosts: the Content-Security-Policy in public/_headers and in every
 * page's <meta> agree, allow no inline script or style, and break nothing on the real site —
 * checked over the built HTML and in Chromium with both policies in force, search included.
 * Every link to another site carries rel="noopener noreferrer".
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page as BrowserPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite, readJson } from '../helpers/build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';
import { serveSite, type RunningSite } from '../helpers/serve.ts';
import { attr, elements, readPages, parsePage, type Page } from './lib/pages.ts';
import { checkPages, formatSecurityProblems, headersFor, isCspMeta, isRedirectPage, metaPolicy, parsePolicy, type Policy } from './lib/security.ts';

const SITE = 'https://inf-treaty-kb.org';
let outDir: string;
let pages: Page[];
let headersFile: string;
let headers: Record<string, string>;
let header: Policy;

beforeAll(async () => {
  const build = await buildRealSite();
  outDir = build.outDir;
  pages = await readPages(outDir);
  headersFile = await readFile(path.join(ROOT, 'public/_headers'), 'utf8');
  headers = headersFor(headersFile, '/statements/some-statement/');
  header = parsePolicy(headers['content-security-policy'] ?? '');
});

const pageOf = (file: string) => {
  const page = pages.find((p) => p.file === file);
  if (!page) throw new Error(`no ${file} in the build`);
  return page;
};

describe('the Content-Security-Policy', () => {
  it('is sent for every path by public/_headers, with what only a header can say', () => {
    expect(headersFor(headersFile, '/')['content-security-policy']).toBe(headers['content-security-policy']);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    // A reader's search (the query is in the address) must not leak to the sites that statements link to.
    expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(headers['referrer-policy']);
  });

  it('lets scripts and styles come only from the site itself, with WebAssembly for search and nothing inline', () => {
    expect(header.get('default-src')).toEqual(["'self'"]);
    expect(header.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(header.get('style-src')).toEqual(["'self'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
  });

  it('is carried by every page as a <meta> ahead of anything it governs, the same as the header apart from frame-ancestors', () => {
    // Nothing inline is allowed, by hash or otherwise: a hash in the meta policy would be an exception
    // the header does not make, and the two must read alike.
    const withoutFrameAncestors = (policy: Policy) => Object.fromEntries([...policy].filter(([name]) => name !== 'frame-ancestors'));
    const expected = withoutFrameAncestors(header);
    let checked = 0;
    for (const page of pages.filter((p) => !isRedirectPage(p))) {
      const meta = metaPolicy(page);
      expect(meta && withoutFrameAncestors(meta), page.file).toEqual(expected);
      // A meta policy governs only the elements after it: nothing that loads or runs may come first.
      const loading = [...elements(page.document)].filter((e) => ['meta', 'title', 'link', 'script', 'style', 'base'].includes(e.tagName));
      const at = loading.findIndex(isCspMeta);
      expect(loading.slice(0, at).map((e) => (attr(e, 'charset') === undefined ? e.tagName : 'meta charset')), page.file).toEqual(['meta charset']);
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('blocks nothing on any page of the real site, and every link to another site has rel="noopener noreferrer"', () => {
    expect(formatSecurityProblems(checkPages(pages, header, SITE))).toBe('');
    const external = pages.flatMap((p) => [...p.html.matchAll(/<a [^>]*href="https?:\/\/(?!inf-treaty-kb\.org)/g)]);
    expect(external.length).toBeGreaterThan(5);
  });

  it.each([
    ['an inline script', 'timeline/index.html', (html: string) => html.replace('</main>', '<script>document.title = "x"</script></main>'), /has an inline <script> that the page’s meta policy blocks: .*allow its hash 'sha256-/],
    ['an inline style', 'actors/index.html', (html: string) => html.replace('</head>', '<style>h1 { color: red }</style></head>'), /has an inline <style> that the header policy in public\/_headers blocks/],
    ['a style attribute', 'topics/index.html', (html: string) => html.replace('<h1>', '<h1 style="color: red">'), /has a style="" attribute on <h1>/],
    ['an inline event handler', 'events/index.html', (html: string) => html.replace('<h1>', '<h1 onclick="alert(1)">'), /has an inline event handler onclick=""/],
    ['a link to another site without rel="noopener noreferrer"', 'outlets/index.html', (html: string) => html.replace('<h1>', '<h1><a href="https://example.org/">elsewhere</a>'), /links to another site \(https:\/\/example\.org\/\) without rel="noopener noreferrer"/],
    ['a page without the policy', 'data/index.html', (html: string) => html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''), /has no <meta http-equiv="content-security-policy">/],
  ])('is checked: %s is reported with the page and line', (_, file, edit, expected) => {
    const page = pageOf(file);
    const planted = edit(page.html);
    expect(planted).not.toBe(page.html);
    const problems = checkPages([parsePage(file, planted)], header, SITE);
    expect(formatSecurityProblems(problems)).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+: ${expected.source}`, 'm'));
  });
});

describe('in Chromium, with the header and the meta policy in force', () => {
  let site: RunningSite;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    site = await serveSite(outDir);
    browser = await launchBrowser();
    context = await browser.newContext();
    // Serve every response with the headers a static host would add from public/_headers.
    await context.route(`${site.origin}/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(headersFile, new URL(route.request().url()).pathname) } });
    });
    // Recorded before any page script runs; the listener itself is not subject to the page's policy.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? `: ${e.sample}` : ''}`));
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const violationsOf = (page: BrowserPage) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  it('shows every kind of page, and runs a search, without a single violation', async () => {
    const statements = await readJson<{ url: string; anchor: string }[]>(outDir, 'data/statements.json');
    const paths = ['', 'timeline/', 'actors/', 'data/', statements[0]?.url.slice(1), statements[0]?.anchor.slice(1), 'no-such-page/'];
    const page = await context.newPage();
    const found: string[] = [];
    for (const p of paths) {
      await page.goto(`${site.url}${p}`);
      found.push(...(await violationsOf(page)).map((v) => `/${p}: ${v}`));
    }
    await page.goto(`${site.url}search/?q=moratorium`);
    await page.locator('#search-results li').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    found.push(...(await violationsOf(page)).map((v) => `/search/: ${v}`));
    expect(found).toEqual([]);
    expect(headersFor(headersFile, '/search/')['content-security-policy']).toBe(headers['content-security-policy']);
    await page.close();
  });

  it('blocks a script planted in a page, and the check sees it', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}timeline/`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.plantedRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { plantedRan?: boolean }).plantedRan === true;
    });
    expect(ran).toBe(false);
    expect(await violationsOf(page)).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
    await page.close();
  });
});
