/**
 * Accessibility of the real site in Chromium: axe (WCAG 2.1 A and AA) on one page of every kind, in the
 * light and the dark colour scheme, with every disclosure opened so that its contents are checked too;
 * and the keyboard reaches the header's search field and the timeline's filters.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite, readJson } from '../helpers/build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveSite, type RunningSite } from '../helpers/serve.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let site: RunningSite;
let browser: Browser;
let pages: [kind: string, path: string][];

beforeAll(async () => {
  const build = await buildRealSite();
  site = await serveSite(build.outDir);
  browser = await launchBrowser();
  const statements = await readJson<{ id: string; url: string; anchor: string; said: string; speaker: { id: string }; topics: string[]; event: string | null; article: { outlet: string; date: string } }[]>(build.outDir, 'data/statements.json');
  // A statement that has a speaker, a topic, an event and an outlet gives one page of each kind.
  const s = statements.find((x) => x.topics.length > 0 && x.event !== null);
  if (!s) throw new Error('no statement with a topic and an event in the real content');
  const path = (url: string) => url.replace(/^\//, '');
  // One pair of actors' exchanges: the first the exchanges page lists.
  const pair = (await readdir(join(build.outDir, 'exchanges'), { withFileTypes: true })).find((d) => d.isDirectory())?.name;
  if (!pair) throw new Error('no pair of actors with exchanges in the real content');
  pages = [
    ['home', ''],
    ['article index', 'articles/'],
    ['article, at a statement’s passage', path(s.anchor)],
    ['statement', path(s.url)],
    ['statements by year', 'statements/'],
    ['actor index', 'actors/'],
    ['actor', `actors/${s.speaker.id}/`],
    ['outlet index', 'outlets/'],
    ['outlet', `outlets/${s.article.outlet}/`],
    ['topic index', 'topics/'],
    ['topic', `topics/${s.topics[0]}/`],
    ['event index', 'events/'],
    ['event', `events/${s.event}/`],
    ['who answers whom', 'exchanges/'],
    ['one pair of actors’ exchanges', `exchanges/${pair}/`],
    ['timeline', 'timeline/'],
    ['timeline filtered by speaker', `timeline/actor/${s.speaker.id}/`],
    ['timeline, one year', `timeline/${s.said.slice(0, 4)}/`],
    ['timeline filtered by speaker, one year', `timeline/actor/${s.speaker.id}/${s.said.slice(0, 4)}/`],
    ['articles of one year', `articles/year/${s.article.date.slice(0, 4)}/`],
    ['dataset', 'data/'],
    ['page not found', 'no-such-page/'],
    ['search, with results', 'search/?q=treaty'],
  ];
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page ready for checking: search results shown, every <details> open. */
async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  if (path.startsWith('search/')) await page.locator('#search-results li').first().waitFor({ timeout: 60_000 });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  return page;
}

/** Axe's findings on the page: every WCAG 2.1 A/AA rule, or only those named. */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const result = await (rules ? axe.withRules(rules) : axe.withTags(WCAG_21_AA)).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

// The colour scheme changes colours only, so the dark one is checked for contrast alone.
describe.each([
  ['light', undefined],
  ['dark', ['color-contrast']],
] as const)('axe in the %s colour scheme', (colorScheme, rules) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme });
  });
  afterAll(() => context?.close());

  it(`finds no ${rules ? 'contrast' : 'WCAG 2.1 AA'} violation on a page of every kind`, async () => {
    const found: string[] = [];
    for (const [kind, path] of pages) {
      const page = await open(context, path);
      found.push(...(await violations(page, rules ? [...rules] : undefined)).map((v) => `${kind} (/${path}): ${v}`));
      await page.close();
    }
    expect(found).toEqual([]);
    expect(pages).toHaveLength(23);
  });

  it('catches text whose contrast is too low in this scheme', async () => {
    const page = await open(context, 'actors/');
    // Readable in one scheme, not in the other: grey text too close to the page's background.
    await page.evaluate((scheme) => {
      document.querySelectorAll<HTMLElement>('.meta, .muted').forEach((el) => (el.style.color = scheme === 'dark' ? '#55575b' : '#b3b0a8'));
    }, colorScheme);
    expect(await violations(page, ['color-contrast'])).toContainEqual(expect.stringMatching(/^color-contrast \(serious\): /));
    await page.close();
  });
});

describe('axe catches', () => {
  it('a search field that has lost its label', async () => {
    const context = await browser.newContext();
    const page = await open(context, 'topics/');
    await page.evaluate(() => {
      document.querySelector('label[for="site-search"]')?.remove();
      document.querySelector('#site-search')?.removeAttribute('placeholder');
    });
    expect(await violations(page)).toContainEqual(expect.stringMatching(/^label \(critical\): #site-search/));
    await context.close();
  });
});

/** Presses Tab until `selector` has the focus; returns how many presses it took, or null. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<number | null> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  return null;
}

const focusVisible = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return el !== null && getComputedStyle(el).outlineStyle !== 'none';
});

describe('the keyboard', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(() => context?.close());

  it('reaches the header search field with Tab, with a visible focus, and searches with Enter', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}articles/`);
    expect(await tabTo(page, '#site-search', 15)).not.toBeNull();
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.type('moratorium');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=moratorium/);
    await page.close();
  });

  it('opens a timeline filter and follows it with Tab and Enter alone', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}timeline/`);
    expect(await tabTo(page, '.filters summary')).not.toBeNull();
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await tabTo(page, '.filters details[open] a', 3)).not.toBeNull();
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    expect(target).toMatch(/^\/timeline\/actor\/[a-z0-9-]+\/$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}${target}`);
    await page.close();
  });

  it('cannot reach a field taken out of the tab order (the check can fail)', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}articles/`);
    await page.evaluate(() => document.querySelector('#site-search')?.setAttribute('tabindex', '-1'));
    expect(await tabTo(page, '#site-search', 15)).toBeNull();
    await page.close();
  });
});
