/** A reader browsing the real site in Chromium: filtering the timeline, and from a statement to its speaker and back through the speaker's year pages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openRealSite, type RunningSite } from '../helpers/serve.ts';

let site: RunningSite;
let browser: Browser;
let page: Page;
let close: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ site, browser, close } = await openRealSite());
  page = await browser.newPage({ javaScriptEnabled: false });
});
afterAll(() => close());

describe('browsing without JavaScript', () => {
  it('filters the timeline by a speaker with a plain link, and the filtered view has its own address', async () => {
    const all = ((await (await fetch(`${site.url}data/statements.json`)).json()) as unknown[]).length;
    await page.goto(`${site.url}timeline/`);
    await page.getByText('Speaker', { exact: true }).click();
    await page.getByRole('link', { name: 'Jens Stoltenberg', exact: true }).first().click();
    expect(new URL(page.url()).pathname).toBe('/timeline/actor/jens-stoltenberg/');
    const shown = await page.locator('li.timeline-item.statement').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    for (const speaker of await page.locator('li.timeline-item.statement .timeline-title a:first-child').allTextContents()) {
      expect(speaker).toBe('Jens Stoltenberg');
    }
    await page.getByRole('link', { name: 'Show everything' }).click();
    expect(new URL(page.url()).pathname).toBe('/timeline/');
  });

  it('follows a statement to its speaker, and from the speaker back to the statement', async () => {
    await page.goto(`${site.url}statements/ryabkov-common-sense-will-prevail/`);
    const quote = (await page.locator('blockquote p').first().textContent()) ?? '';
    await page.locator('dl.facts').getByRole('link', { name: 'Sergey Ryabkov' }).click();
    expect(new URL(page.url()).pathname).toBe('/actors/sergey-ryabkov/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Sergey Ryabkov');
    // The actor's page shows the latest few; every statement is on the page of its year.
    await page.getByRole('navigation', { name: 'Sergey Ryabkov’s statements by year' }).getByRole('link', { name: '2019', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/timeline/actor/sergey-ryabkov/2019/');
    await page.locator('[data-statement="ryabkov-common-sense-will-prevail"] a[href$="/statements/ryabkov-common-sense-will-prevail/"]').click();
    expect(new URL(page.url()).pathname).toBe('/statements/ryabkov-common-sense-will-prevail/');
    expect(await page.locator('blockquote p').first().textContent()).toBe(quote);
  });

  it('lands on a statement’s passage in its article, highlighted', async () => {
    await page.goto(`${site.url}statements/ryabkov-common-sense-will-prevail/`);
    await page.locator('dl.facts').getByRole('link', { name: /^“/ }).click();
    const url = new URL(page.url());
    expect(url.hash).toBe('#ryabkov-common-sense-will-prevail');
    const target = page.locator(':target');
    await expect(target.getAttribute('class')).resolves.toBe('claim');
    expect(await target.textContent()).toContain('we expect that common sense will prevail');
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('lands on a quotation that runs over several paragraphs with every paragraph of it highlighted, and nothing else', async () => {
    const id = 'peskov-president-issued-de-escalation-statement';
    await page.goto(`${site.url}statements/${id}/`);
    expect(await page.locator('blockquote.quote-large p').allTextContents()).toEqual([
      '“You know that the President issued a statement on additional steps to de-escalate the situation in Europe in the context of the termination of the INF Treaty.',
      'An important document.',
    ]);
    await page.locator('dl.facts').getByRole('link', { name: /^“/ }).click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    const background = (selector: string) => page.locator(selector).evaluateAll((marks) => marks.map((el) => getComputedStyle(el).backgroundColor));
    const pieces = await background(`mark[data-claim="${id}"]`);
    expect(pieces).toHaveLength(2);
    for (const colour of pieces) expect(colour).not.toBe('rgba(0, 0, 0, 0)');
    // The statement that closes the quotation, in the paragraph after, is not the target.
    expect(await background('mark[data-claim="peskov-putin-consistently-de-escalating"]')).toEqual(['rgba(0, 0, 0, 0)']);
  });
});
