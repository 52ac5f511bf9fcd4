/** The site as a reader sees it in Chromium: a header that fits every screen, and pages that print as records. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openRealSite, type RunningSite } from '../helpers/serve.ts';

let site: RunningSite;
let browser: Browser;
let close: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ site, browser, close } = await openRealSite());
});
afterAll(() => close());

const WIDTHS = [320, 390, 768, 1024, 1280, 1440, 1920];

describe('the header', () => {
  it.each(WIDTHS)('at %i px fits the screen, and from 1024 px the search field stands on the navigation’s line', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    for (const address of ['', 'statements/ryabkov-common-sense-will-prevail/', 'timeline/']) {
      await page.goto(`${site.url}${address}`);
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
        const nav = box('.site-nav');
        const search = box('#site-search');
        const links = [...document.querySelectorAll('.site-nav a')].map((a) => a.getBoundingClientRect());
        return {
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          navTop: nav?.top ?? -1,
          navBottom: nav?.bottom ?? -1,
          searchTop: search?.top ?? -1,
          searchRight: search?.right ?? -1,
          linksInside: links.every((r) => r.right <= window.innerWidth && r.left >= 0),
        };
      });
      expect(layout.scrollWidth, `/${address}`).toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.searchRight).toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.linksInside, `every section link is on screen at /${address}`).toBe(true);
      if (width >= 1024) {
        expect(layout.searchTop, `/${address}`).toBeGreaterThanOrEqual(layout.navTop - 12);
        expect(layout.searchTop, `/${address}`).toBeLessThan(layout.navBottom);
      } else {
        expect(layout.searchTop).toBeGreaterThanOrEqual(layout.navBottom - 1);
      }
    }
    await page.close();
  });
});

describe('printing', () => {
  const printed = async (address: string) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}${address}`);
    return page;
  };
  const shown = (page: Awaited<ReturnType<typeof printed>>, selector: string) => page.locator(selector).first().isVisible();

  it('prints a statement as a record: quote, speaker, date, source with its address, permanent link, and none of the site around it', async () => {
    const page = await printed('statements/ryabkov-common-sense-will-prevail/');
    for (const chrome of ['.site-header', '.site-footer', '#site-search', '.cite .styled-citations', 'button']) expect(await shown(page, chrome), chrome).toBe(false);
    expect(await shown(page, 'blockquote.quote')).toBe(true);
    expect(await page.locator('blockquote.quote').innerText()).toContain('common sense will prevail');
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('Sergey Ryabkov');
    expect(facts).toMatch(/Said\s+(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}/);
    const source = page.locator('dl.facts a.url');
    expect(await source.isVisible()).toBe(true);
    expect(await source.innerText()).toMatch(/^https?:\/\//);
    const permalink = page.locator('#permalink');
    expect(await permalink.isVisible()).toBe(true);
    expect(await permalink.inputValue()).toMatch(/^https?:\/\/.+\/statements\/ryabkov-common-sense-will-prevail\/$/);
    await page.close();
  });

  it('prints an article with its text, its statements, its source address and permanent link, without the chrome', async () => {
    const page = await printed('articles/2019-01-25-rt-russia-nato-council/');
    for (const chrome of ['.site-header', '.site-footer', '#site-search', 'button']) expect(await shown(page, chrome), chrome).toBe(false);
    expect(await shown(page, 'h1')).toBe(true);
    expect(await shown(page, '.article-body')).toBe(true);
    expect(await shown(page, '#statements + ol blockquote.quote')).toBe(true);
    expect(await shown(page, '#statements + ol .attribution .speaker')).toBe(true);
    expect(await page.locator('.provenance a.url').innerText()).toMatch(/^https?:\/\//);
    expect(await page.locator('#permalink').isVisible()).toBe(true);
    await page.close();
  });
});
