/**
 * The charts of the built fixture site: on the timeline, a year page, a filtered timeline, an actor and
 * an event page, each chart is well-formed, holds the counts the dataset gives (statements per month
 * and kind of speaker, those dated only to a year apart), links every bar and event mark to a page
 * that exists and, for a month on a year's page, to an anchor on it; and the pages ship no script.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, readJson, readText } from '../helpers/build.ts';
import { MONTHS } from '../../src/utils/partialDate.ts';

interface S { said: string; speaker: { id: string; kind: string }; event: string | null }

let outDir = '';
let statements: S[] = [];
beforeAll(async () => {
  outDir = (await buildFixtureSite()).outDir;
  statements = await readJson<S[]>(outDir, 'data/statements.json');
});

const page = (url: string) => readText(outDir, `${url.replace(/^\//, '')}index.html`);
const figureOf = (html: string) => /<figure class="chart"[\s\S]*?<\/figure>/.exec(html)?.[0];
const KIND_COLUMNS: Record<string, string> = { person: 'People', organisation: 'Organisations', state: 'States' };

/** The chart's table as { row heading → { column heading → count } }. */
function tableOf(figure: string): Record<string, Record<string, number>> {
  const heads = [...figure.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1] as string).slice(1);
  const rows: Record<string, Record<string, number>> = {};
  for (const [, name, cells] of figure.matchAll(/<tr><th scope="row">([^<]+)<\/th>((?:<td>\d+<\/td>)+)<\/tr>/g)) {
    const counts = [...(cells as string).matchAll(/<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
    rows[name as string] = Object.fromEntries(heads.map((h, i) => [h, counts[i] as number]));
  }
  return rows;
}

/** What the table should say for these statements, counted from the dataset. */
function expectedTable(list: S[]): Record<string, Record<string, number>> {
  const kinds = Object.keys(KIND_COLUMNS).filter((k) => list.some((s) => s.speaker.kind === k));
  const rows: Record<string, Record<string, number>> = {};
  for (const s of list) {
    const [year, month] = s.said.split('-');
    const name = month ? `${MONTHS[Number(month) - 1]} ${year}` : `Dated only to ${year}`;
    const row = (rows[name] ??= Object.fromEntries([...kinds.map((k) => [KIND_COLUMNS[k] as string, 0]), ...(kinds.length > 1 ? [['All', 0]] : [])]));
    if (kinds.length > 1) {
      row[KIND_COLUMNS[s.speaker.kind] as string]! += 1;
      row['All']! += 1;
    } else {
      row['Statements'] = (row['Statements'] ?? 0) + 1;
      delete row[KIND_COLUMNS[s.speaker.kind] as string];
    }
  }
  return rows;
}

const PAGES: [string, (s: S) => boolean][] = [
  ['/timeline/', () => true],
  ['/timeline/2019/', (s) => s.said.startsWith('2019')],
  ['/timeline/actor/vladimir-putin/', (s) => s.speaker.id === 'vladimir-putin'],
  ['/actors/vladimir-putin/', (s) => s.speaker.id === 'vladimir-putin'],
  ['/events/us-suspension/', (s) => s.event === 'us-suspension'],
];

describe('each chart', () => {
  it.each(PAGES)('%s is well-formed and holds the dataset’s counts', async (url, belongs) => {
    const figure = figureOf(await page(url));
    expect(figure, `${url} has a chart`).toBeDefined();
    expect(XMLValidator.validate(figure as string)).toBe(true);
    const mine = statements.filter(belongs);
    expect(mine.length).toBeGreaterThan(0);
    expect(tableOf(figure as string)).toEqual(expectedTable(mine));
    // The bars say the same totals as the table.
    const bars = [...(figure as string).matchAll(/<title>(\w+ \d{4}): (\d+) statements?<\/title>/g)].map((m) => [m[1], Number(m[2])]);
    const monthly = Object.entries(expectedTable(mine)).filter(([name]) => !name.startsWith('Dated only')).map(([name, row]) => [name, row['All'] ?? row['Statements']]);
    expect(bars).toEqual(monthly);
  });

  it.each(PAGES)('%s links every bar and event mark to a page that exists, and its anchor', async (url) => {
    const figure = figureOf(await page(url)) as string;
    const links = [...figure.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [target, anchor] = link.split('#') as [string, string | undefined];
      const file = path.join(outDir, target, 'index.html');
      await expect(access(file), `${url} links ${link}`).resolves.toBeUndefined();
      if (anchor) expect(await readText(outDir, path.join(target, 'index.html')), `${url} links ${link}`).toContain(`id="${anchor}"`);
    }
  });

  it.each(PAGES)('%s ships no script', async (url) => {
    expect(await page(url)).not.toMatch(/<script/);
  });
});

describe('an event’s chart', () => {
  it('marks the event and says how many statements came before it, after it, and at a date that may be its own', async () => {
    const figure = figureOf(await page('/events/us-suspension/')) as string;
    expect(figure).toMatch(/<ol class="chart-events"><li><a href="\/events\/us-suspension\/">/);
    const event = (await readJson<{ id: string; date: string }[]>(outDir, 'data/events.json')).find((e) => e.id === 'us-suspension');
    const day = event?.date ?? '';
    const mine = statements.filter((s) => s.event === 'us-suspension');
    // Partial dates written alike (2019-02 and 2019-02-01) may be the same day: neither before nor after.
    const overlaps = (s: S) => s.said.startsWith(day) || day.startsWith(s.said);
    const before = mine.filter((s) => !overlaps(s) && s.said < day).length;
    const after = mine.filter((s) => !overlaps(s) && s.said > day).length;
    const same = mine.filter(overlaps).length;
    expect(same).toBeGreaterThan(0);
    expect(figure).toContain(`${before} before it, ${after} after it, ${same} at the same date, as far as the dates tell`);
  });
});
