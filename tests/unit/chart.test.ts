/**
 * The timeline chart as drawn (src/utils/chart.ts) and as counted (src/data/charts.ts): valid markup,
 * bars that say and measure their counts, partial dates placed honestly, event marks that never
 * collide, and a size that stays within budget at the scale of 10,000 articles.
 */
import { gzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { monthsBetween, renderChart, spreadMarks, type ChartEvent, type ChartInput } from '../../src/utils/chart.ts';
import { keyEvents, MAX_CHART_EVENTS, monthSpan, statementChart } from '../../src/data/charts.ts';
import { parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';
import type { Event, Statement } from '../../src/data/model.ts';

const date = (written: string) => parsePartialDate(written) as PartialDate;
const statement = (said: string, kind: 'person' | 'organisation' | 'state' = 'person') => ({ said: date(said), speaker: { kind } }) as unknown as Statement;
const event = (id: string, when: string, statements = 0) => ({ id, title: `Event ${id}`, date: date(when), statements: Array.from({ length: statements }) }) as unknown as Event;
const href = (year: number, month: number) => `/timeline/${year}/#m${year}-${String(month).padStart(2, '0')}`;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (_name, _path, _leaf, attribute) => !attribute, textNodeName: '#text', parseTagValue: false });
type Node = Record<string, unknown>;
/** Every element named `name` anywhere under `node`. */
function all(node: unknown, name: string): Node[] {
  if (Array.isArray(node)) return node.flatMap((n) => all(n, name));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node as Node).flatMap(([k, v]) => [...(k === name ? (v as Node[]) : []), ...all(v, name)]);
}
const text = (node: Node | string) => (typeof node === 'string' ? node : String([node['#text']].flat()[0] ?? ''));

const sample: ChartInput = {
  id: 'c',
  title: 'Statements per month in 2019',
  description: 'Statements <and> “quotes” & more.',
  series: [{ key: 'person', label: 'People' }, { key: 'state', label: 'States' }],
  from: { year: 2019, month: 1 },
  to: { year: 2019, month: 12 },
  bars: [
    { year: 2019, month: 2, counts: [3, 1], href: href(2019, 2) },
    { year: 2019, month: 8, counts: [0, 8], href: href(2019, 8) },
  ],
  events: [{ year: 2019, month: 8, day: 2, title: 'Withdrawal & after', date: '2 August 2019', href: '/events/w/' }],
  yearOnly: [{ year: 2019, counts: [2, 0] }],
};

describe('the drawn chart', () => {
  const markup = renderChart(sample);
  const doc = parser.parse(markup);
  const svg = all(doc, 'svg')[0] as Node;

  it('is well-formed XML with a title and description, its text escaped', () => {
    expect(XMLValidator.validate(markup)).toBe(true);
    expect(text(all(svg, 'title')[0] as Node)).toBe('Statements per month in 2019');
    expect(markup).toContain('Statements &lt;and&gt; “quotes” &amp; more.');
  });

  it('links a bar for each month with statements, saying its count, and none for an empty month', () => {
    const bars = all(all(svg, 'g').find((g) => g['class'] === 'bars'), 'a');
    expect(bars.map((a) => [a['href'], text(all(a, 'title')[0] as Node)])).toEqual([
      [href(2019, 2), 'February 2019: 4 statements'],
      [href(2019, 8), 'August 2019: 8 statements'],
    ]);
  });

  it('draws each band in proportion to its count, a series absent from a month drawing nothing', () => {
    const bars = all(all(svg, 'g').find((g) => g['class'] === 'bars'), 'a');
    const bands = (a: Node) => all(a, 'rect').filter((r) => r['class'] !== 'hit').map((r) => [r['class'], Number(r['height'])]);
    const [feb, aug] = bars.map(bands);
    expect(feb?.map(([c]) => c)).toEqual(['c-person', 'c-state']);
    expect(aug?.map(([c]) => c)).toEqual(['c-state']);
    const unit = Number(aug?.[0]?.[1]) / 8;
    expect(Number(feb?.[0]?.[1])).toBeCloseTo(3 * unit, 0);
    expect(Number(feb?.[1]?.[1])).toBeCloseTo(unit, 0);
  });

  it('marks an event with a numbered link, listed below with its title and date', () => {
    const marks = all(all(svg, 'g').find((g) => g['class'] === 'events'), 'a');
    expect(marks.map((a) => [a['href'], text(all(a, 'text')[0] as Node)])).toEqual([['/events/w/', '1']]);
    expect(markup).toContain('<ol class="chart-events"><li><a href="/events/w/">Withdrawal &amp; after</a> <span class="meta">2 August 2019</span></li></ol>');
  });

  it('gives the same numbers in a table, statements dated only to the year in a row of their own', () => {
    const rows = all(all(doc, 'tbody'), 'tr').map((tr) => [text(all(tr, 'th')[0] as Node), ...all(tr, 'td').map((td) => Number(text(td)))]);
    expect(rows).toEqual([['February 2019', 3, 1, 4], ['August 2019', 0, 8, 8], ['Dated only to 2019', 2, 0, 2]]);
    expect(markup).toContain('Not in the bars: 2 statements dated only to 2019');
  });

  it('labels a year’s twelve months, and years on a long span', () => {
    const axis = (input: ChartInput) => all(all(parser.parse(renderChart(input)), 'g').find((g) => g['class'] === 'axis'), 'text').map(text);
    expect(axis(sample)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(axis({ ...sample, from: { year: 2019, month: 7 }, to: { year: 2022, month: 1 } })).toEqual(['2019', '2020', '2021', '2022']);
  });
});

describe('months and marks', () => {
  it.each([
    [{ year: 2019, month: 11 }, { year: 2020, month: 2 }, ['2019-11', '2019-12', '2020-01', '2020-02']],
    [{ year: 2019, month: 3 }, { year: 2019, month: 3 }, ['2019-03']],
  ])('months from %o to %o', (from, to, expected) => {
    expect(monthsBetween(from, to).map((m) => `${m.year}-${String(m.month).padStart(2, '0')}`)).toEqual(expected);
  });

  it.each([
    ['apart stay where they are', [10, 50, 90], [10, 50, 90]],
    ['crowded spread to the right', [10, 12, 14], [10, 25, 40]],
    ['crowded at the edge spread to the left', [95, 98, 100], [70, 85, 100]],
  ])('marks %s', (_, xs, expected) => {
    expect(spreadMarks(xs, 15, 5, 100)).toEqual(expected);
  });
});

describe('what a chart counts', () => {
  const statements = [statement('2019'), statement('2019-02-01'), statement('2019-02', 'state'), statement('2019-02-28'), statement('2020-10-26', 'state')];

  it('spans the months of the statements dated to a month, ignoring those dated only to a year', () => {
    expect(monthSpan(statements)).toEqual({ from: { year: 2019, month: 2 }, to: { year: 2020, month: 10 } });
    expect(monthSpan([statement('2019')])).toBeUndefined();
  });

  it('puts a statement dated to a month in its month, one dated only to a year in a row of its own', () => {
    const chart = statementChart({ id: 'x', title: 't', about: 'a', statements, span: monthSpan(statements) as NonNullable<ReturnType<typeof monthSpan>>, events: [], href });
    expect(chart.series.map((s) => s.key)).toEqual(['person', 'state']);
    expect(chart.bars.map((b) => [b.year, b.month, b.counts])).toEqual([[2019, 2, [2, 1]], [2020, 10, [0, 1]]]);
    expect(chart.yearOnly).toEqual([{ year: 2019, counts: [1, 0] }]);
    expect(chart.bars[0]?.href).toBe(href(2019, 2));
  });

  it('marks the most discussed events inside the span, in date order, and none known only to the year', () => {
    const span = { from: { year: 2019, month: 1 }, to: { year: 2019, month: 12 } };
    const events = [event('a', '2019-01-05', 1), event('b', '2019-02', 9), event('c', '2019-03-01', 5), event('y', '2019', 50), event('out', '2020-01-01', 50)];
    expect(keyEvents(events, span, (id) => `/events/${id}/`, 2).map((e: ChartEvent) => [e.title, e.day])).toEqual([['Event b', undefined], ['Event c', 1]]);
  });
});

describe('the size budget', () => {
  it('a chart of 10,000 articles’ statements, twelve years by month with every mark, is at most 10 kB gzipped', () => {
    // About three statements an article, every month of twelve years busy, three kinds of speaker.
    const bars = monthsBetween({ year: 2015, month: 1 }, { year: 2026, month: 12 }).map(({ year, month }, i) => ({
      year, month, counts: [120 + ((i * 37) % 90), 40 + ((i * 11) % 50), 30 + ((i * 7) % 40)], href: `/timeline/kind/organisation/${year}-${String(month).padStart(2, '0')}/`,
    }));
    const events = Array.from({ length: MAX_CHART_EVENTS }, (_, i) => ({
      year: 2015 + i, month: (i % 12) + 1, day: 15, title: `The Russian Foreign Ministry’s statement on the INF Treaty’s suspension, number ${i}`, date: `15 March ${2015 + i}`, href: `/events/russian-foreign-ministry-statement-${2015 + i}-03-15/`,
    }));
    const input: ChartInput = {
      ...sample,
      series: [{ key: 'person', label: 'People' }, { key: 'organisation', label: 'Organisations' }, { key: 'state', label: 'States' }],
      from: { year: 2015, month: 1 },
      to: { year: 2026, month: 12 },
      bars,
      events,
      yearOnly: Array.from({ length: 12 }, (_, i) => ({ year: 2015 + i, counts: [40, 30, 20] })),
    };
    const markup = renderChart(input);
    expect(XMLValidator.validate(markup)).toBe(true);
    expect(bars.reduce((n, b) => n + b.counts.reduce((a, c) => a + c, 0), 0)).toBeGreaterThan(25_000);
    expect(gzipSync(markup).length).toBeLessThanOrEqual(10 * 1024);
  });
});
