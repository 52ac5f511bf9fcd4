/**
 * The browsing views of the real knowledge base, checked against its own dataset: every actor,
 * outlet, topic and event has a page listing all of its statements, and the timeline holds every
 * statement and event in date order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite, readJson, readText } from '../helpers/build.ts';

interface S { id: string; url: string; said: string; speaker: { id: string }; article: { id: string; outlet: string }; topics: string[]; event: string | null }
interface Named { id: string; url: string }

let outDir = '';
let statements: S[] = [];
beforeAll(async () => {
  const build = await buildRealSite();
  if (build.code !== 0) throw new Error(`real content build failed:\n${build.output}`);
  outDir = build.outDir;
  statements = await readJson<S[]>(outDir, 'data/statements.json');
});

const page = (url: string) => readText(outDir, `${url.replace(/^\//, '')}index.html`);
const linkedStatements = (html: string) => new Set([...html.matchAll(/href="\/statements\/([a-z0-9-]+)\/"/g)].map((m) => m[1]));

describe('every actor, outlet, topic and event has a page listing all of its statements', () => {
  it.each([
    ['actors', (s: S, id: string) => s.speaker.id === id],
    ['topics', (s: S, id: string) => s.topics.includes(id)],
    ['events', (s: S, id: string) => s.event === id],
    ['outlets', (s: S, id: string) => s.article.outlet === id],
  ] as const)('%s', async (collection, belongs) => {
    const entries = await readJson<Named[]>(outDir, `data/${collection}.json`);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const linked = linkedStatements(await page(entry.url));
      const expected = statements.filter((s) => belongs(s, entry.id)).map((s) => s.id);
      for (const id of expected) expect(linked.has(id), `${entry.url} lists ${id}`).toBe(true);
    }
  });

  it('lists an actor’s statements in the order they were made', async () => {
    const html = await page('/actors/jens-stoltenberg/');
    const order = [...html.matchAll(/data-statement="([a-z0-9-]+)"/g)].map((m) => m[1]);
    const said = order.map((id) => statements.find((s) => s.id === id)?.said ?? '');
    expect(order.length).toBe(statements.filter((s) => s.speaker.id === 'jens-stoltenberg').length);
    expect([...said].sort()).toEqual(said);
  });
});

describe('disputed claims on topic pages', () => {
  it('shows every dispute with either side on the topic, claim and counter-claim side by side', async () => {
    const full = await readJson<(S & { disputes: string[] })[]>(outDir, 'data/statements.json');
    const topics = await readJson<Named[]>(outDir, 'data/topics.json');
    let checked = 0;
    for (const topic of topics) {
      const html = await page(topic.url);
      const shown = [...html.matchAll(/<div class="grid-2 dispute">([\s\S]*?)<\/article>\s*<\/div>\s*<div>[\s\S]*?data-statement="([a-z0-9-]+)"/g)].map((m) => `${/data-statement="([a-z0-9-]+)"/.exec(m[1] ?? '')?.[1]} ${m[2]}`);
      const onTopic = new Set(full.filter((s) => s.topics.includes(topic.id)).map((s) => s.id));
      for (const counter of full) {
        for (const claim of counter.disputes) {
          if (!onTopic.has(claim) && !onTopic.has(counter.id)) continue;
          expect(shown, `${topic.url}: ${claim} disputed by ${counter.id}`).toContain(`${claim} ${counter.id}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the timeline', () => {
  it('holds every statement and every event, in date order', async () => {
    const html = await page('/timeline/');
    const events = await readJson<(Named & { date: string })[]>(outDir, 'data/events.json');
    const items = [...html.matchAll(/<li class="timeline-item (event|statement)"[^>]*>[\s\S]*?<time datetime="([^"]+)"[\s\S]*?href="\/(events|statements)\/([a-z0-9-]+)\/"/g)].map((m) => ({ kind: m[1], date: m[2] ?? '', id: m[4] }));
    expect(items.filter((i) => i.kind === 'statement').map((i) => i.id).sort()).toEqual(statements.map((s) => s.id).sort());
    expect(items.filter((i) => i.kind === 'event').map((i) => i.id).sort()).toEqual(events.map((e) => e.id).sort());
    const dates = items.map((i) => i.date);
    // Partial dates sort as text ("2019" < "2019-01" < "2019-01-25"), which is the timeline's order.
    expect([...dates].sort()).toEqual(dates);
  });

  it('shows a date known only to the month or year at that precision', async () => {
    const html = await page('/timeline/');
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
    const ids = [...filtered.matchAll(/data-statement="([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(new Set(ids)).toEqual(new Set(statements.filter((s) => s.speaker.id === 'jens-stoltenberg').map((s) => s.id)));
  });
});
