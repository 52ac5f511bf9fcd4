/**
 * The browsing views of the real knowledge base, checked against its own dataset. Long lists are split
 * by year at stable addresses: every actor, outlet and topic page gives its statements' years, each
 * linking to a year page of its timeline that lists exactly that year's statements; every event page
 * lists its statements; the timeline's year pages together hold every statement and event in date order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite, readJson, readText } from '../helpers/build.ts';
import { LATEST, LATEST_DISPUTES, OVERVIEW_LIMIT } from '../../src/data/timeline.ts';

interface S { id: string; url: string; said: string; speaker: { id: string }; article: { id: string; outlet: string }; topics: string[]; event: string | null }
interface Named { id: string; url: string }

let outDir = '';
let statements: S[] = [];
beforeAll(async () => {
  const build = await buildRealSite();
  outDir = build.outDir;
  statements = await readJson<S[]>(outDir, 'data/statements.json');
});

const page = (url: string) => readText(outDir, `${url.replace(/^\//, '')}index.html`);
const linkedStatements = (html: string) => new Set([...html.matchAll(/href="\/statements\/([a-z0-9-]+)\/"/g)].map((m) => m[1]));
/** The statements a timeline page lists, in its order. */
const timelineStatements = (html: string) => [...html.matchAll(/<li class="timeline-item statement" data-type="statement" data-statement="([a-z0-9-]+)"/g)].map((m) => m[1] ?? '');
const yearOf = (date: string) => date.slice(0, 4);
/** A year page's html and, for a year split by month, its months' pages (`.../2022-03/`) too. */
async function yearPages(prefix: string, year: string): Promise<string[]> {
  const html = await page(`${prefix}${year}/`);
  const months = [...new Set([...html.matchAll(new RegExp(`href="${prefix}(${year}-\\d{2})/"`, 'g'))].map((m) => m[1]))];
  return [html, ...(await Promise.all(months.map((m) => page(`${prefix}${m}/`))))];
}
const bySaid = (a: S, b: S) => (a.said < b.said ? -1 : a.said > b.said ? 1 : 0);

describe('every actor, outlet and topic page leads, year by year, to all of its statements', () => {
  it.each([
    ['actors', 'actor', (s: S, id: string) => s.speaker.id === id],
    ['topics', 'topic', (s: S, id: string) => s.topics.includes(id)],
    ['outlets', 'outlet', (s: S, id: string) => s.article.outlet === id],
  ] as const)('%s', async (collection, kind, belongs) => {
    const entries = await readJson<Named[]>(outDir, `data/${collection}.json`);
    expect(entries.length).toBeGreaterThan(0);
    let years = 0;
    for (const entry of entries) {
      const html = await page(entry.url);
      const mine = statements.filter((s) => belongs(s, entry.id));
      const linkedYears = [...html.matchAll(new RegExp(`href="/timeline/${kind}/${entry.id}/(\\d{4})/"`, 'g'))].map((m) => m[1]);
      const expectedYears = [...new Set(mine.map((s) => yearOf(s.said)))].sort();
      expect([...new Set(linkedYears)].sort(), `${entry.url} links each year of its statements`).toEqual(expectedYears);
      for (const year of expectedYears) {
        const listed = (await yearPages(`/timeline/${kind}/${entry.id}/`, year)).flatMap(timelineStatements);
        const expected = mine.filter((s) => yearOf(s.said) === year).map((s) => s.id);
        expect([...listed].sort(), `/timeline/${kind}/${entry.id}/${year}/ lists exactly that year's statements`).toEqual([...expected].sort());
        years++;
      }
      // The page itself shows the latest few in full, never every statement of a long list.
      const latestList = html.slice(html.indexOf('id="latest-statements"'), html.indexOf('</ol>', html.indexOf('id="latest-statements"')));
      const shown = [...latestList.matchAll(/data-statement="([a-z0-9-]+)"/g)].map((m) => m[1] ?? '');
      expect(shown.length, `${entry.url} shows its latest statements`).toBe(Math.min(LATEST, mine.length));
      const newest = [...mine].sort(bySaid).slice(-LATEST);
      const oldestShown = shown.map((id) => mine.find((s) => s.id === id)?.said ?? '').sort()[0] ?? '';
      for (const s of mine.filter((x) => !shown.includes(x.id))) expect(s.said <= oldestShown, `${entry.url}: ${s.id} is not newer than those shown`).toBe(true);
      expect(newest.length).toBe(shown.length);
    }
    expect(years).toBeGreaterThan(0);
  });

  it('every event page lists all of its statements', async () => {
    for (const entry of await readJson<Named[]>(outDir, 'data/events.json')) {
      const linked = linkedStatements(await page(entry.url));
      for (const s of statements.filter((x) => x.event === entry.id)) expect(linked.has(s.id), `${entry.url} lists ${s.id}`).toBe(true);
    }
  });

  it('shows an actor’s latest statements, newest first', async () => {
    const html = await page('/actors/jens-stoltenberg/');
    const order = [...html.matchAll(/data-statement="([a-z0-9-]+)"/g)].map((m) => m[1]);
    const mine = statements.filter((s) => s.speaker.id === 'jens-stoltenberg');
    expect(mine.length).toBeGreaterThan(LATEST);
    expect(order.length).toBe(LATEST);
    const said = order.map((id) => statements.find((s) => s.id === id)?.said ?? '');
    expect([...said].sort().reverse()).toEqual(said);
    // Exactly the latest ones: none left out is newer than the oldest shown.
    const oldestShown = said.at(-1) ?? '';
    for (const s of mine.filter((x) => !order.includes(x.id))) expect(s.said <= oldestShown, `${s.id} is not newer than those shown`).toBe(true);
  });
});

describe('disputed claims on topic pages', () => {
  it('shows the latest disputes with either side on the topic, claim and counter-claim side by side', async () => {
    const full = await readJson<(S & { disputes: string[] })[]>(outDir, 'data/statements.json');
    const topics = await readJson<Named[]>(outDir, 'data/topics.json');
    let checked = 0;
    for (const topic of topics) {
      const html = await page(topic.url);
      const shown = [...html.matchAll(/<div class="grid-2 dispute">([\s\S]*?)<\/article>\s*<\/div>\s*<div>[\s\S]*?data-statement="([a-z0-9-]+)"/g)].map((m) => `${/data-statement="([a-z0-9-]+)"/.exec(m[1] ?? '')?.[1]} ${m[2]}`);
      const onTopic = new Set(full.filter((s) => s.topics.includes(topic.id)).map((s) => s.id));
      const disputes = full.flatMap((counter) => counter.disputes.filter((claim) => onTopic.has(claim) || onTopic.has(counter.id)).map((claim) => `${claim} ${counter.id}`));
      expect(shown.length, `${topic.url} shows its latest disputes`).toBe(Math.min(LATEST_DISPUTES, disputes.length));
      for (const pair of shown) expect(disputes, `${topic.url}: ${pair} is a dispute on the topic`).toContain(pair);
      if (disputes.length <= LATEST_DISPUTES) expect([...shown].sort()).toEqual([...disputes].sort());
      checked += shown.length;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the timeline', () => {
  type Item = { kind: string; date: string; id: string };
  const timelineItems = (html: string): Item[] =>
    [...html.matchAll(/<li class="timeline-item (event|statement)"[^>]*>[\s\S]*?<time datetime="([^"]+)"[\s\S]*?href="\/(events|statements)\/([a-z0-9-]+)\/"/g)].map((m) => ({ kind: m[1] ?? '', date: m[2] ?? '', id: m[4] ?? '' }));
  // Partial dates sort as text ("2019" < "2019-01" < "2019-01-25"), which is the timeline's order.
  const inOrder = (items: Item[]) => expect([...items.map((i) => i.date)].sort()).toEqual(items.map((i) => i.date));

  it('has a page per year, linked from the overview, listing exactly that year’s statements and events in date order', async () => {
    const events = await readJson<(Named & { date: string })[]>(outDir, 'data/events.json');
    const overview = await page('/timeline/');
    const years = [...new Set([...statements.map((s) => yearOf(s.said)), ...events.map((e) => yearOf(e.date))])].sort();
    const linked = [...new Set([...overview.matchAll(/href="\/timeline\/(\d{4})\/"/g)].map((m) => m[1]))].sort();
    expect(linked).toEqual(years);
    for (const year of years) {
      const items = (await yearPages('/timeline/', year)).flatMap(timelineItems);
      expect(items.filter((i) => i.kind === 'statement').map((i) => i.id).sort(), `/timeline/${year}/`).toEqual(statements.filter((s) => yearOf(s.said) === year).map((s) => s.id).sort());
      expect(items.filter((i) => i.kind === 'event').map((i) => i.id).sort(), `/timeline/${year}/`).toEqual(events.filter((e) => yearOf(e.date) === year).map((e) => e.id).sort());
      inOrder(items);
    }
  });

  it('holds everything on the overview while it fits, and only the years beyond that', async () => {
    const events = await readJson<(Named & { date: string })[]>(outDir, 'data/events.json');
    const items = timelineItems(await page('/timeline/'));
    if (statements.length + events.length <= OVERVIEW_LIMIT) {
      expect(items.filter((i) => i.kind === 'statement').map((i) => i.id).sort()).toEqual(statements.map((s) => s.id).sort());
      expect(items.filter((i) => i.kind === 'event').map((i) => i.id).sort()).toEqual(events.map((e) => e.id).sort());
      inOrder(items);
    } else {
      expect(items).toEqual([]);
    }
  });

  it('lists every article on the page of the year it was published, linked from the article list', async () => {
    const articles = await readJson<(Named & { date: string })[]>(outDir, 'data/articles.json');
    const years = [...new Set(articles.map((a) => yearOf(a.date)))].sort();
    const overview = await page('/articles/');
    expect([...new Set([...overview.matchAll(/href="\/articles\/year\/(\d{4})\/"/g)].map((m) => m[1]))].sort()).toEqual(years);
    for (const year of years) {
      const html = await page(`/articles/year/${year}/`);
      const listed = [...html.matchAll(/<h2 class="h3"><a href="\/articles\/([a-z0-9-]+)\/">/g)].map((m) => m[1]);
      expect(listed.sort(), `/articles/year/${year}/`).toEqual(articles.filter((a) => yearOf(a.date) === year).map((a) => a.id).sort());
    }
  });

  it('shows a date known only to the month or year at that precision', async () => {
    const html = await page('/timeline/2019/');
    expect(html).toMatch(/<time datetime="2019-09">September 2019<\/time>/);
    expect(html).not.toMatch(/<time datetime="2019-09">\d+ September 2019/);
  });

  it('offers filters as plain links whose address carries the state', async () => {
    const html = await page('/timeline/');
    expect(html).toContain('href="/timeline/actor/jens-stoltenberg/"');
    expect(html).toContain('href="/timeline/kind/organisation/"');
    expect(html).toContain('href="/timeline/outlet/tass/"');
    expect(html).toContain('href="/timeline/topic/9m729-missile/"');
    const filtered = await page('/timeline/actor/jens-stoltenberg/');
    const ids = timelineStatements(filtered);
    expect(new Set(ids)).toEqual(new Set(statements.filter((s) => s.speaker.id === 'jens-stoltenberg').map((s) => s.id)));
    expect(filtered).toContain('href="/timeline/actor/jens-stoltenberg/2019/"');
  });
});

describe('the statements page', () => {
  it('gives the statements per year, each linking to its year of the timeline, and the latest, newest first', async () => {
    const html = await page('/statements/');
    const years = [...new Set(statements.map((s) => yearOf(s.said)))].sort();
    const counts = [...html.matchAll(/<a href="\/timeline\/(\d{4})\/"[^>]*>\d{4}<\/a> <span class="muted">(\d+) statements?<\/span>/g)].map((m) => [m[1], Number(m[2])]);
    expect(counts).toEqual(years.map((y) => [y, statements.filter((s) => yearOf(s.said) === y).length]));
    const latest = [...html.matchAll(/<li class="statement-row" data-statement="([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(latest).toEqual([...statements].sort(bySaid).slice(-LATEST * 2).reverse().map((s) => s.id));
  });
});

describe('article pages', () => {
  it('list the events they report in date order, each event once', async () => {
    const articles = await readJson<{ url: string }[]>(outDir, 'data/articles.json');
    const events = await readJson<{ id: string; date: string; articles: string[] }[]>(outDir, 'data/events.json');
    let checked = 0;
    for (const article of articles) {
      const html = await page(article.url);
      const section = /aria-labelledby="events-heading">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      const listed = [...section.matchAll(/href="\/events\/([^/]+)\/"/g)].map((m) => m[1] ?? '');
      const id = article.url.split('/').at(-2) ?? '';
      const expected = events.filter((e) => e.articles.includes(id)).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      expect(listed, article.url).toEqual(expected.map((e) => e.id));
      if (listed.length > 1) checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
