/** The timeline's pagination by year and month: stable addresses, nothing lost, nothing twice. */
import { describe, expect, it } from 'vitest';
import { articleYears, buildTimeline, latest, splitByMonth, statementYears, timelinePeriods } from '../../src/data/timeline.ts';
import { periodKey } from '../../src/utils/urls.ts';
import { parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';
import type { Event, Statement } from '../../src/data/model.ts';

const date = (written: string) => parsePartialDate(written) as PartialDate;
const statement = (id: string, said: string) => ({ id, said: date(said) }) as unknown as Statement;
const event = (id: string, when: string) => ({ id, date: date(when) }) as unknown as Event;

describe('splitByMonth', () => {
  const [year] = buildTimeline([event('e', '2022-03-02')], [statement('y', '2022'), statement('m', '2022-03'), statement('a', '2022-01-05'), statement('b', '2022-03-09')]);
  it('keeps a year that fits on one page whole', () => {
    expect(year && splitByMonth(year, 10)).toBeUndefined();
  });
  it('splits a long year by month, in date order, leaving what is dated only to the year on the year page', () => {
    const split = year && splitByMonth(year, 3);
    const ids = (items: { type: string; statement?: Statement; event?: Event }[]) => items.map((i) => (i.type === 'event' ? i.event?.id : i.statement?.id));
    expect(split && ids(split.yearOnly)).toEqual(['y']);
    expect(split?.months.map((m) => [m.month, ids(m.items)])).toEqual([[1, ['a']], [3, ['m', 'e', 'b']]]);
  });
  it('names a page per year and per month of a split year', () => {
    const years = buildTimeline([], Array.from({ length: 201 }, (_, i) => statement(`s${i}`, `2020-0${(i % 2) + 1}-01`)).concat(statement('t', '2021-05')));
    expect(timelinePeriods(years).map(({ year, month }) => periodKey(year, month))).toEqual(['2020', '2020-01', '2020-02', '2021']);
  });
});

describe('list summaries', () => {
  it('counts statements per year and takes the latest newest first', () => {
    const list = [statement('a', '2019-01-01'), statement('b', '2019-05'), statement('c', '2021')];
    expect(statementYears(list)).toEqual([{ year: 2019, count: 2 }, { year: 2021, count: 1 }]);
    expect(latest(list, 2).map((s) => s.id)).toEqual(['c', 'b']);
  });
  it('groups articles by year, newest year first', () => {
    expect(articleYears([{ date: date('2022-01') }, { date: date('2020-10-30') }, { date: date('2020-10-26') }]).map((y) => [y.year, y.articles.length])).toEqual([[2022, 1], [2020, 2]]);
  });
});
