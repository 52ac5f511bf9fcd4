/**
 * Hostile text: every text field of tests/fixtures/hostile carries markup (<script>, <img onerror>,
 * </script>, </title>, <!--), quotes and ampersands. Each is shown as text wherever it appears —
 * pages, <title>, meta tags, the statement's JSON-LD, the dataset (JSON and CSV) and the search index —
 * and none of it ever becomes an element, an attribute or a running script, even with the
 * Content-Security-Policy switched off.
 *
 * The quote carries `<script>` and braces too: the MDX body must write them `&lt;` and `\{`, and the
 * integrity check reads those escapes back to the printed characters before matching the quote.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import { readWithdrawals } from '../../src/data/redirects.ts';
import type { Withdrawal } from '../../src/schemas/addresses.ts';
import type { ContentEntries } from '../../src/data/integrity.ts';
import { builtSite, readJson, readText, type BuildResult } from '../helpers/build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { loadPagefind, searchFor, searchResults, type NodePagefind, type SearchHit } from '../helpers/pagefind.ts';
import type { StatementResult } from '../../src/utils/searchResults.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { serveSite, type RunningSite } from '../helpers/serve.ts';
import { parseCsv } from './lib/csv.ts';
import { attr, elements, find, metaContent, parsePage, readPages, textOf, type Element, type Page } from './lib/pages.ts';

const FIXTURE = path.join(FIXTURES, 'hostile');
const ARTICLE = '2019-02-01-hostile-article';

/** JSON read back from the build, walked by the paths in the table below. */
type Json = Record<string, any>;
type Place = 'title' | 'description' | 'og:title' | 'og:description' | 'text';
interface Payload {
  field: string;
  text: (c: ContentEntries) => string;
  /** Pages (paths without the leading slash) and where on each the text must be shown. */
  pages: [string, Place[]][];
  /** Dataset files and the value in each that must be the text, exactly. */
  data?: [string, (json: Json) => unknown][];
  jsonLd?: (ld: Json) => unknown;
  csv?: string;
  /** A word to search for, the result's address and the metadata that must be the text. */
  search?: [string, string, string];
}

const one = <T,>(list: T[], id: string, of: (x: T) => string) => {
  const found = list.find((x) => of(x) === id);
  if (!found) throw new Error(`no ${id} in the hostile fixture`);
  return found;
};
const eve = (c: ContentEntries) => one(c.actors, 'eve-hostile', (a) => a.id).data;
const state = (c: ContentEntries) => one(c.actors, 'hostile-state', (a) => a.id).data;
const outlet = (c: ContentEntries) => one(c.outlets, 'hostile-wire', (o) => o.id).data;
const topic = (c: ContentEntries) => one(c.topics, 'hostile-topic', (t) => t.id).data;
const event = (c: ContentEntries) => one(c.events, 'hostile-event', (e) => e.id).data;
const article = (c: ContentEntries) => one(c.articles, ARTICLE, (a) => a.id).data;
const claim = (c: ContentEntries) => {
  const first = article(c).claims[0];
  if (!first) throw new Error('the hostile article has no claim');
  return first;
};
const byId = (list: Json[], id: string) => list.find((x) => x['id'] === id) ?? {};

const ACTOR = 'actors/eve-hostile/';
const WITHDRAWN = 'statements/hostile-withdrawn/';
const STATEMENT = 'statements/hostile-statement/';
const ARTICLE_PAGE = `articles/${ARTICLE}/`;

const PAYLOADS: Payload[] = [
  {
    field: 'actor name',
    text: (c) => eve(c).name,
    pages: [[ACTOR, ['title', 'og:title', 'text']], [STATEMENT, ['title', 'description', 'text']], ['actors/', ['text']], ['timeline/', ['text']]],
    data: [['data/actors.json', (j) => byId(j as Json[], 'eve-hostile')['name']], ['data/statements.json', (j) => (j as Json[])[0]?.['speaker']?.['name']]],
    jsonLd: (ld) => ld['creator']?.['name'],
    csv: 'speaker_name',
    search: ['Mallory', `/${ACTOR}`, 'title'],
  },
  { field: 'actor alias with </script>', text: (c) => eve(c).aliases[0] ?? '', pages: [[ACTOR, ['text']]], data: [['data/actors.json', (j) => byId(j as Json[], 'eve-hostile')['aliases']?.[0]]] },
  { field: 'actor alias with written-out entities', text: (c) => eve(c).aliases[1] ?? '', pages: [[ACTOR, ['text']]], data: [['data/actors.json', (j) => byId(j as Json[], 'eve-hostile')['aliases']?.[1]]] },
  { field: 'role title', text: (c) => eve(c).roles[0]?.title ?? '', pages: [[ACTOR, ['text']]], data: [['data/actors.json', (j) => byId(j as Json[], 'eve-hostile')['roles']?.[0]?.['title']]] },
  { field: 'actor description', text: (c) => eve(c).description, pages: [[ACTOR, ['description', 'og:description', 'text']]], data: [['data/actors.json', (j) => byId(j as Json[], 'eve-hostile')['description']]] },
  { field: 'state name', text: (c) => state(c).name, pages: [['actors/hostile-state/', ['title', 'text']], [ACTOR, ['text']]], data: [['data/actors.json', (j) => byId(j as Json[], 'hostile-state')['name']]] },
  { field: 'state description', text: (c) => state(c).description, pages: [['actors/hostile-state/', ['description', 'text']]] },
  {
    field: 'outlet name',
    text: (c) => outlet(c).name,
    pages: [['outlets/hostile-wire/', ['title', 'og:title', 'text']], [ARTICLE_PAGE, ['text']], ['outlets/', ['text']]],
    data: [['data/outlets.json', (j) => byId(j as Json[], 'hostile-wire')['name']]],
    jsonLd: (ld) => ld['isBasedOn']?.['publisher']?.['name'],
  },
  { field: 'outlet country', text: (c) => outlet(c).country, pages: [['outlets/hostile-wire/', ['text']]], data: [['data/outlets.json', (j) => byId(j as Json[], 'hostile-wire')['country']]] },
  { field: 'outlet ownership', text: (c) => outlet(c).ownership, pages: [['outlets/hostile-wire/', ['text']]], data: [['data/outlets.json', (j) => byId(j as Json[], 'hostile-wire')['ownership']]] },
  { field: 'outlet description with </title> and <!--', text: (c) => outlet(c).description ?? '', pages: [['outlets/hostile-wire/', ['description', 'og:description', 'text']]] },
  { field: 'topic name', text: (c) => topic(c).name, pages: [['topics/hostile-topic/', ['title', 'text']], ['topics/', ['text']], [STATEMENT, ['text']]], data: [['data/topics.json', (j) => byId(j as Json[], 'hostile-topic')['name']]] },
  { field: 'topic description', text: (c) => topic(c).description, pages: [['topics/hostile-topic/', ['description', 'text']]], data: [['data/topics.json', (j) => byId(j as Json[], 'hostile-topic')['description']]] },
  { field: 'event title', text: (c) => event(c).title, pages: [['events/hostile-event/', ['title', 'og:title', 'text']], ['events/', ['text']], ['timeline/', ['text']]], data: [['data/events.json', (j) => byId(j as Json[], 'hostile-event')['title']]] },
  { field: 'event description', text: (c) => event(c).description, pages: [['events/hostile-event/', ['description', 'text']]], data: [['data/events.json', (j) => byId(j as Json[], 'hostile-event')['description']]] },
  { field: 'facts an event rests on', text: (c) => event(c).sources[0]?.facts ?? '', pages: [['events/hostile-event/', ['text']]], data: [['data/events.json', (j) => byId(j as Json[], 'hostile-event')['sources']?.[0]?.['facts']]] },
  { field: 'note on an event’s sources', text: (c) => event(c).sourceNote ?? '', pages: [['events/hostile-event/', ['text']]], data: [['data/events.json', (j) => byId(j as Json[], 'hostile-event')['sourceNote']]] },
  {
    field: 'article title',
    text: (c) => article(c).title,
    pages: [[ARTICLE_PAGE, ['title', 'og:title', 'text']], ['articles/', ['text']], [STATEMENT, ['text']], ['', ['text']]],
    data: [['data/articles.json', (j) => byId(j as Json[], ARTICLE)['title']], ['data/statements.json', (j) => (j as Json[])[0]?.['article']?.['title']]],
    jsonLd: (ld) => ld['isBasedOn']?.['headline'],
    csv: 'article_title',
    search: ['Headline', `/${ARTICLE_PAGE}`, 'title'],
  },
  { field: 'article summary', text: (c) => article(c).summary, pages: [[ARTICLE_PAGE, ['description', 'og:description', 'text']]], data: [['data/articles.json', (j) => byId(j as Json[], ARTICLE)['summary']]] },
  { field: 'article date note', text: (c) => article(c).dateNote ?? '', pages: [[ARTICLE_PAGE, ['text']]], data: [['data/articles.json', (j) => byId(j as Json[], ARTICLE)['dateNote']]] },
  { field: 'note on the original', text: (c) => article(c).original?.note ?? '', pages: [[ARTICLE_PAGE, ['text']]] },
  { field: 'author', text: (c) => article(c).authors[0] ?? '', pages: [[ARTICLE_PAGE, ['text']]], data: [['data/articles.json', (j) => byId(j as Json[], ARTICLE)['authors']?.[0]]] },
  { field: "editor's note term", text: (c) => article(c).notes[0]?.term ?? '', pages: [[ARTICLE_PAGE, ['text']]] },
  { field: "editor's note text", text: (c) => article(c).notes[0]?.text ?? '', pages: [[ARTICLE_PAGE, ['text']]] },
  {
    field: 'quote (markup, braces, quotes, apostrophes, ampersands)',
    text: (c) => claim(c).quote,
    pages: [[STATEMENT, ['title', 'description', 'og:description', 'text']], [ARTICLE_PAGE, ['text']], [ACTOR, ['text']], ['timeline/', ['text']]],
    data: [['data/statements.json', (j) => (j as Json[])[0]?.['quote']]],
    jsonLd: (ld) => ld['text'],
    csv: 'quote',
    search: ['final', `/${STATEMENT}`, 'title'],
  },
  { field: 'note on when it was said', text: (c) => claim(c).saidNote ?? '', pages: [[STATEMENT, ['text']]] },
  { field: 'statement note', text: (c) => claim(c).note ?? '', pages: [[STATEMENT, ['text']]], data: [['data/statements.json', (j) => (j as Json[])[0]?.['note']]], csv: 'note' },
  { field: 'withdrawal reason', text: () => withdrawal().reason, pages: [[WITHDRAWN, ['description', 'text']]] },
  { field: 'withdrawn statement’s speaker', text: () => withdrawal().speaker, pages: [[WITHDRAWN, ['title', 'text']], ['statements/', ['text']]] },
  { field: 'withdrawn statement’s quote with </title> and <!--', text: () => withdrawal().quote, pages: [[WITHDRAWN, ['title', 'text']]] },
  { field: 'article text with escaped markup', text: () => '<script>alert("body")</script> and {alert("body-brace")}', pages: [[ARTICLE_PAGE, ['text']]] },
];

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

let build: BuildResult;
let content: ContentEntries;
let withdrawals: Withdrawal[];
let pages: Page[];
const withdrawal = () => one(withdrawals, 'hostile-withdrawn', (w) => w.id);
beforeAll(async () => {
  withdrawals = (await readWithdrawals(FIXTURE)).data;
  build = await builtSite('hostile', FIXTURE, { shared: true });
  const read = await readContentFolder(FIXTURE);
  if (read.problems.length > 0) throw new Error(JSON.stringify(read.problems));
  content = read.content;
  pages = await readPages(build.outDir);
});

const pageAt = (address: string) => {
  const page = pages.find((p) => p.path === `/${address}`);
  if (!page) throw new Error(`no page at /${address}`);
  return page;
};

function shown(page: Page, place: Place): string {
  if (place === 'title') return textOf(find(page, (e) => e.tagName === 'title')[0] ?? page.document);
  if (place === 'text') return flat(textOf(find(page, (e) => e.tagName === 'main')[0] ?? page.document));
  return metaContent(page, place) ?? '';
}

describe('hostile text is shown as text', () => {
  it.each(PAYLOADS.map((p) => [p.field, p] as const))('%s: on every page it appears on', (_, payload) => {
    const text = payload.text(content);
    expect(text).toMatch(/[<>&"']/);
    for (const [address, places] of payload.pages) {
      const page = pageAt(address);
      for (const place of places) {
        expect(shown(page, place), `${place} of /${address}`).toContain(place === 'text' ? flat(text) : text);
      }
    }
  });

  it.each(PAYLOADS.filter((p) => p.data).map((p) => [p.field, p] as const))('%s: in the JSON dataset, exactly', async (_, payload) => {
    for (const [file, get] of payload.data ?? []) expect(get(await readJson<Json>(build.outDir, file)), file).toBe(payload.text(content));
  });

  it.each(PAYLOADS.filter((p) => p.csv).map((p) => [p.field, p] as const))('%s: in statements.csv, exactly', async (_, payload) => {
    const [row] = parseCsv(await readText(build.outDir, 'data/statements.csv'));
    expect(row?.[payload.csv ?? '']).toBe(payload.text(content));
  });

  it.each(PAYLOADS.filter((p) => p.jsonLd).map((p) => [p.field, p] as const))('%s: in the statement page’s JSON-LD, exactly', (_, payload) => {
    const [block] = find(pageAt(STATEMENT), (e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json');
    const json = textOf(block ?? pageAt(STATEMENT).document);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(payload.jsonLd?.(JSON.parse(json) as Json)).toBe(payload.text(content));
  });

  describe('in the search index', () => {
    let pagefind: NodePagefind;
    beforeAll(async () => {
      pagefind = await loadPagefind(build.outDir);
    });

    it.each(PAYLOADS.filter((p) => p.search && !p.search[1].startsWith('/statements/')).map((p) => [p.field, p] as const))('%s: as the result’s metadata, exactly', async (_, payload) => {
      const [query, url, key] = payload.search ?? ['', '', ''];
      const hit = (await searchFor(pagefind, query, {}, 10)).find((h) => h.url === url);
      expect(hit?.meta[key]).toBe(payload.text(content));
    });

    it('quote and speaker: as the statement result, the quote shown as text and the speaker exactly', async () => {
      const quote = PAYLOADS.find((p) => p.search?.[1] === `/${STATEMENT}`);
      const speaker = PAYLOADS.find((p) => p.search?.[1] === `/${ACTOR}`);
      const items = await searchResults(pagefind, quote?.search?.[0] ?? '', { type: 'Statement' });
      const item = items.find((i): i is StatementResult => i.type === 'Statement' && i.url === `/${STATEMENT}`);
      expect(item?.speaker).toBe(speaker?.text(content));
      expect(item?.excerptHtml.replace(/<\/?mark>/g, '')).not.toMatch(/</);
      const shown = item?.excerptHtml.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      expect(shown).toBe(quote?.text(content).split(/\s+/).join(' '));
    });

    it('as excerpts that are escaped text with only <mark> for the matched words', async () => {
      const hits: SearchHit[] = [];
      for (const word of ['Mallory', 'Headline', 'Hostile', 'Topic', 'Event', 'final', 'Wire']) hits.push(...(await searchFor(pagefind, word, {}, 10)));
      expect(hits.length).toBeGreaterThan(7);
      for (const hit of hits) {
        expect(hit.excerpt.replace(/<\/?mark>/g, ''), hit.url).not.toMatch(/</);
      }
      const actor = hits.find((h) => h.url === `/${ACTOR}`);
      expect(actor?.excerpt).toContain('&lt;script&gt;alert("actor-description")&lt;/script&gt;');
    });
  });
});

const classes = (element: Element | undefined) => (element ? (attr(element, 'class') ?? '').split(/\s+/) : []);

/**
 * The SVGs the templates draw, each where only a template puts it: a chart as its figure's child, an
 * exchange graph as its canvas's, a legend's line sample in the legend's list. An SVG anywhere else
 * (in a caption, a heading, a name) was made by text.
 */
const DRAWN_SVG = 'figure.chart > svg.chart-svg, div.exchange-graph-canvas > svg, ul.exchange-legend > li > svg.legend-line';
function drawnSvg(svg: Element): boolean {
  const parent = svg.parentNode as Element;
  const grandparent = parent.parentNode as Element | undefined;
  return (parent.tagName === 'figure' && classes(parent).includes('chart') && classes(svg).includes('chart-svg'))
    || (parent.tagName === 'div' && classes(parent).includes('exchange-graph-canvas'))
    || (parent.tagName === 'li' && classes(svg).includes('legend-line') && grandparent?.tagName === 'ul' && classes(grandparent).includes('exchange-legend'));
}

/** Every element and attribute on the pages that hostile text could have created. */
function injected(list: Page[]): string[] {
  const found: string[] = [];
  for (const page of list) {
    // The page's own <title>, not an SVG's (which names a chart or a graph).
    const titles = find(page, (e) => e.tagName === 'title' && e.namespaceURI === 'http://www.w3.org/1999/xhtml').length;
    if (titles !== 1) found.push(`${page.file}: ${titles} <title> elements`);
    for (const element of elements(page.document)) {
      const where = `${page.file}:${element.sourceCodeLocation?.startLine ?? 0}`;
      if (['img', 'iframe', 'b', 'i', 'u', 'abbr'].includes(element.tagName) || (element.tagName === 'svg' && !drawnSvg(element))) found.push(`${where}: <${element.tagName}>`);
      if (element.tagName === 'script' && attr(element, 'src') === undefined && attr(element, 'type') !== 'application/ld+json') found.push(`${where}: inline <script>`);
      for (const { name, value } of element.attrs) {
        if (/^on/i.test(name)) found.push(`${where}: ${name}=""`);
        if (/^\s*javascript:/i.test(value)) found.push(`${where}: ${name}="${value}"`);
      }
    }
  }
  return found;
}

/** The actor page as it would be if a component wrote the actor's name as HTML (`set:html`). */
const unescapedActorPage = () => pageAt(ACTOR).html.replace('<h1>Eve &lt;img src=x onerror=alert(&quot;actor-name&quot;)&gt;', '<h1>Eve <img src=x onerror=alert("actor-name")>');

describe('hostile text never becomes markup', () => {
  it('creates no element and no attribute on any page', () => {
    expect(injected(pages)).toEqual([]);
    expect(pages.length).toBeGreaterThan(15);
  });

  it('would be caught if a page wrote it as HTML', () => {
    const planted = unescapedActorPage();
    expect(planted).not.toBe(pageAt(ACTOR).html);
    expect(injected([parsePage(pageAt(ACTOR).file, planted)])).toEqual([expect.stringMatching(/: <img>$/), expect.stringMatching(/: onerror=""$/)]);
    // An SVG is drawn only where a template puts it: one in a chart's caption was made by text.
    const plantedSvg = pageAt(ACTOR).html.replace('<figcaption class="chart-title">', '<figcaption class="chart-title"><svg onload="alert(1)"></svg>');
    expect(plantedSvg).not.toBe(pageAt(ACTOR).html);
    expect(injected([parsePage(pageAt(ACTOR).file, plantedSvg)])).toEqual([expect.stringMatching(/: <svg>$/), expect.stringMatching(/: onload=""$/)]);
  });

  it('never runs in Chromium, even with the Content-Security-Policy off, search results included', async () => {
    const site: RunningSite = await serveSite(build.outDir);
    const browser: Browser = await launchBrowser();
    try {
      const context = await browser.newContext({ bypassCSP: true });
      const dialogs: string[] = [];
      context.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const page = await context.newPage();
      for (const address of ['', ACTOR, 'actors/hostile-state/', STATEMENT, ARTICLE_PAGE, 'outlets/hostile-wire/', 'topics/hostile-topic/', 'events/hostile-event/', 'timeline/', 'data/']) {
        await page.goto(`${site.url}${address}`);
        expect(await page.locator(`img, iframe, b, i, u, abbr, svg:not(${DRAWN_SVG})`).count(), `/${address}`).toBe(0);
      }
      await page.goto(`${site.url}search/?q=Mallory`);
      const first = page.locator('#search-results li').first();
      await first.waitFor({ timeout: 60_000 });
      expect(await page.locator('#search-results').getByRole('link', { name: eve(content).name, exact: true }).count()).toBeGreaterThan(0);
      expect(await page.locator('#search-results img, #search-results svg, #search-results script').count()).toBe(0);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      // The same check on the page written unescaped does see the script run.
      await page.setContent(unescapedActorPage());
      await expect.poll(() => dialogs).toEqual(['actor-name']);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
