/**
 * Permanent links: every statement, article and actor address in the ledger (tests/quality/permalinks.json)
 * is still published by the real content, or declared as moved in src/data/redirects.ts; a declared
 * move is a page that sends readers on, and in Chromium lands on the new address.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIRECTS, redirectsUnder } from '../../src/data/redirects.ts';
import { buildRealSite } from '../helpers/build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveSite, type RunningSite } from '../helpers/serve.ts';
import { attr, find, metaContent, readPages, type Page } from './lib/pages.ts';
import { checkPermalinks, mergeLedger, publishedPaths, readLedger } from './lib/permalinks.ts';
import { isRedirectPage } from './lib/security.ts';

const SITE = 'https://inf-treaty-kb.org';
let outDir: string;
let pages: Page[];
let ledger: string[];
let published: string[];
let realPages: Set<string>;

beforeAll(async () => {
  const build = await buildRealSite();
  outDir = build.outDir;
  pages = await readPages(outDir);
  ledger = await readLedger();
  published = publishedPaths(pages);
  realPages = new Set(pages.filter((p) => !isRedirectPage(p)).map((p) => p.path));
});

describe('the ledger of permanent addresses', () => {
  it('is sorted, without repeats, and holds paths without the base', () => {
    expect(ledger).toEqual(mergeLedger([], ledger));
    for (const address of ledger) expect(address).toMatch(/^\/((statements|articles|actors)\/[a-z0-9-]+|timeline(\/[a-z]+\/[a-z0-9-]+)?\/\d{4}(-\d{2})?|articles\/year\/\d{4})\/$/);
  });

  it('still resolves in full on the real site: each address is a page or a declared move', () => {
    expect(checkPermalinks(ledger, published, REDIRECTS, realPages)).toEqual([]);
    expect(ledger.length).toBeGreaterThanOrEqual(190);
  });

  describe('fails, saying what to do, when', () => {
    const statement = () => {
      const address = ledger.find((a) => a.startsWith('/statements/'));
      if (!address) throw new Error('no statement in the ledger');
      return address;
    };

    it('a recorded statement address is no longer published', () => {
      const gone = statement();
      expect(checkPermalinks(ledger, published.filter((a) => a !== gone), REDIRECTS, realPages)).toEqual([
        `${gone} was published and is gone: restore it, or declare where it moved in src/data/redirects.ts ('${gone}': '/new/address/')`,
      ]);
    });

    it('an address is declared as moved to an address that is not a page', () => {
      const gone = statement();
      const problems = checkPermalinks(ledger, published.filter((a) => a !== gone), { ...REDIRECTS, [gone]: '/statements/nowhere/' }, realPages);
      expect(problems).toEqual([expect.stringContaining(`${gone} is declared as moved to /statements/nowhere/ in src/data/redirects.ts, but there is no page at /statements/nowhere/`)]);
    });

    it('a newly published address has not been added with `npm run permalinks:update`', () => {
      const added = statement();
      expect(checkPermalinks(ledger.filter((a) => a !== added), published, REDIRECTS, realPages)).toEqual([
        `1 published address is not in tests/quality/permalinks.json (${added}): run \`npm run permalinks:update\` and commit the ledger`,
      ]);
    });
  });

  it('passes when a vanished address is declared as moved to a page', () => {
    const [gone, home] = ledger.filter((a) => a.startsWith('/statements/'));
    if (!gone || !home) throw new Error('too few statements in the ledger');
    expect(checkPermalinks(ledger, published.filter((a) => a !== gone), { ...REDIRECTS, [gone]: home }, realPages)).toEqual([]);
  });

  it('is only ever added to by `npm run permalinks:update`', () => {
    expect(mergeLedger(['/actors/b/', '/statements/gone/'], ['/actors/a/', '/actors/b/'])).toEqual(['/actors/a/', '/actors/b/', '/statements/gone/']);
  });
});

describe('a declared redirect', () => {
  const entries = Object.entries(REDIRECTS);

  it('puts the base in front of the new address, as Astro does not', () => {
    expect(redirectsUnder('/inf-kb/', { '/statements/old/': '/statements/new/' })).toEqual({ '/statements/old/': '/inf-kb/statements/new/' });
    expect(redirectsUnder('/', { '/statements/old/': '/statements/new/' })).toEqual({ '/statements/old/': '/statements/new/' });
  });

  it.each(entries)('%s is a page that sends readers on to %s, canonical there and not indexed', (from, to) => {
    const page = pages.find((p) => p.path === from);
    if (!page) throw new Error(`no page at ${from}`);
    expect(realPages.has(to)).toBe(true);
    expect(metaContent(page, 'robots')).toBe('noindex');
    const refresh = find(page, (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'refresh')[0];
    expect(refresh && attr(refresh, 'content')).toBe(`0;url=${to}`);
    const canonical = find(page, (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')[0];
    expect(canonical && attr(canonical, 'href')).toBe(`${SITE}${to}`);
  });

  describe('in Chromium', () => {
    let site: RunningSite;
    let browser: Browser;
    beforeAll(async () => {
      site = await serveSite(outDir);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it.each(entries)('%s lands on %s', async (from, to) => {
      const page = await browser.newPage();
      await page.goto(`${site.origin}${from}`);
      await page.waitForURL(`${site.origin}${to}`);
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
      await page.close();
    });
  });
});
