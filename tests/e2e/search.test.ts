/** Searching the real site in Chromium: type a query, apply a filter, follow a result to the highlighted passage. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { ROOT } from '../helpers/paths.ts';
import { openRealSite, serveSite, type RunningSite } from '../helpers/serve.ts';

let site: RunningSite;
let browser: Browser;
let page: Page;
let close: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ site, browser, close } = await openRealSite());
  page = await browser.newPage();
});
afterAll(() => close());

describe('search', () => {
  it('loads no search code until a search is made', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.url}search/`);
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.getByLabel('Search statements, articles, actors and events').fill('moratorium');
    await page.locator('.search-result').first().waitFor();
    expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    page.removeAllListeners('request');
  });

  it('hands Pagefind its data files already inflated by the browser, so its JavaScript does not inflate them', async () => {
    await page.goto(`${site.url}search/?q=moratorium`);
    await page.locator('.search-result').first().waitFor();
    // The page's fetch is the one Pagefind uses: its WebAssembly arrives beginning with Pagefind's signature, not gzip's.
    const head = await page.evaluate(async () => {
      const language = document.documentElement.lang;
      const bytes = new Uint8Array(await (await fetch(`/pagefind/wasm.${language}.pagefind`)).arrayBuffer());
      return new TextDecoder().decode(bytes.slice(0, 12));
    });
    expect(head).toBe('pagefind_dcd');
  });

  it('types a query, applies a filter, keeps both in the address, and follows a result to the highlighted passage', async () => {
    await page.goto(`${site.url}search/`);
    await page.getByLabel('Search statements, articles, actors and events').fill('untrustworthy');
    await page.locator('.search-result').first().waitFor();
    await page.getByLabel('Kind of result').selectOption('Article');
    await expect.poll(() => page.locator('.search-result').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['type']))).toEqual(['Article']);
    const address = new URL(page.url());
    expect(address.searchParams.get('q')).toBe('untrustworthy');
    expect(address.searchParams.get('type')).toBe('Article');
    expect(await page.locator('#search-status').textContent()).toBe('1 article for “untrustworthy”, kind of result: Article.');
    const passage = page.locator('.search-passages a').first();
    await passage.click();
    await page.waitForURL(/\/articles\/2022-01-frontier-post-difficult-dialogue\//);
    const url = new URL(page.url());
    expect(url.hash).toMatch(/^#[a-z0-9-]+:~:text=.*untrustworthy/);
    // Some Chromium builds set :target a moment after the navigation has committed.
    const target = () => page.evaluate(() => ({ id: document.querySelector(':target')?.id ?? '', text: document.querySelector(':target')?.textContent ?? '' }));
    await expect.poll(async () => (await target()).text).toContain('untrustworthy');
    expect(url.hash.startsWith(`#${(await target()).id}`)).toBe(true);
  });

  it('leads with who said what: statements come before any other page, and are counted as statements in articles', async () => {
    await page.goto(`${site.url}search/?q=moratorium`);
    await page.locator('.search-result').first().waitFor();
    // Every page Pagefind found, statements' articles first, is fetched by showing more until none is left.
    while (await page.locator('#search-more').isVisible()) {
      const before = await page.locator('.search-result').count();
      await page.locator('#search-more').click();
      await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(before);
    }
    const kinds = await page.locator('.search-result').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['type']));
    const firstOther = kinds.findIndex((k) => k !== 'Statement');
    expect(kinds[0]).toBe('Statement');
    expect(firstOther).toBeGreaterThan(0);
    expect(kinds.slice(firstOther)).not.toContain('Statement');
    const articles = new Set(await page.locator('.search-result[data-type="Statement"] p.meta:last-of-type a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)));
    const others = kinds.length - firstOther;
    const status = (await page.locator('#search-status').textContent()) ?? '';
    expect(status).toMatch(new RegExp(`^${firstOther} statements in ${articles.size} articles?, and ${others} `));
    expect(status).toMatch(/ for “moratorium”\.$/);
  });

  it('opens a shared search address with its query and filters already applied', async () => {
    await page.goto(`${site.url}search/?q=moratorium&speaker=Oana+Lungescu&type=Statement`);
    await page.locator('.search-result').first().waitFor();
    await expect(page.getByLabel('Search statements, articles, actors and events').inputValue()).resolves.toBe('moratorium');
    await expect(page.getByLabel('Speaker').inputValue()).resolves.toBe('Oana Lungescu');
    const details = await page.locator('.search-result p.meta:last-of-type').allTextContents();
    expect(details.length).toBeGreaterThan(0);
    for (const line of details) expect(line).toMatch(/^Oana Lungescu · said .+ · reported by /);
    const kinds = await page.locator('.search-result').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['type']));
    expect(new Set(kinds)).toEqual(new Set(['Statement']));
  });

  it('shows each matching statement as a result of its own: its permanent page, and the passage in its article', async () => {
    await page.goto(`${site.url}search/?q=round+dances`);
    const result = page.locator('.search-result[data-type="Statement"]').first();
    await result.waitFor();
    expect(await result.locator('.search-quote mark').allTextContents()).toEqual(expect.arrayContaining(['round', 'dances']));
    await result.locator('.search-result-title a').click();
    await page.waitForURL(/\/statements\/lukashevich-no-round-dances\/$/);
    expect(await page.locator('blockquote').textContent()).toContain('round dances');
    await page.goBack();
    await page.locator('.search-result[data-type="Statement"]').first().locator('p.meta a').click();
    await page.waitForURL(/\/articles\/[a-z0-9-]+\/#lukashevich-no-round-dances/);
    // The address changes before the page has scrolled to its target: wait for it, on a busy machine too.
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('lukashevich-no-round-dances');
  });

  it('finds an actor under another spelling', async () => {
    await page.goto(`${site.url}search/?q=Yermakov`);
    await page.locator('.search-result').first().waitFor();
    const links = await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toContain('/actors/sergei-ermakov/');
  });

  it('is usable from the keyboard: the header search field leads to the search page with the query', async () => {
    await page.goto(`${site.url}`);
    await page.keyboard.press('Tab');
    for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement?.id === 'site-search')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('Ryabkov');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Ryabkov/);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  });

  it('says plainly without JavaScript that search needs it, and points to the indexes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.url}search/`);
    const text = await plain.locator('noscript').evaluate((n) => n.textContent);
    expect(text).toMatch(/needs JavaScript/);
    expect(await plain.locator('main').innerHTML()).toContain('href="/timeline/"');
    await context.close();
  });
});

describe('search under a sub-path base', () => {
  it('loads the index from under the base and links results under it', async () => {
    const build = await buildSite('real-base', path.join(ROOT, 'content'), { base: '/inf-kb/', shared: true });
    expect(build.code, build.output).toBe(0);
    const based = await serveSite(build.outDir, '/inf-kb/');
    try {
      const tab = await browser.newPage();
      await tab.goto(`${based.url}search/?q=Ryabkov`);
      await tab.locator('.search-result').first().waitFor();
      const hrefs = await tab.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^\/inf-kb\//);
      await tab.locator('.search-result-title a').first().click();
      await tab.waitForLoadState();
      expect(new URL(tab.url()).pathname).toMatch(/^\/inf-kb\/(statements|actors|articles)\/[a-z0-9-]+\/$/);
      expect(await tab.title()).not.toMatch(/not found/i);
      await tab.close();
    } finally {
      await based.close();
    }
  });
});
