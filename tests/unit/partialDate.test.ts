import { describe, expect, it } from 'vitest';
import { compareDates, formatDate, isCertainlyAfter, parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';

const date = (written: string) => {
  const parsed = parsePartialDate(written);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};

describe('reading dates at the precision they are known', () => {
  it.each([
    ['2019-03-19', '2019-03-19', 'day', '19 March 2019'],
    ['2019-03', '2019-03', 'month', 'March 2019'],
    ['2019', '2019', 'year', '2019'],
    ['2020-02-29', '2020-02-29', 'day', '29 February 2020'],
  ])('%s is read as %s, known to the %s, shown "%s"', (written, iso, precision, shown) => {
    const parsed = date(written);
    expect(parsed.iso).toBe(iso);
    expect(parsed.precision).toBe(precision);
    expect(formatDate(parsed)).toBe(shown);
  });

  it.each([
    ['2019-02-29', 'February 2019 has 28 days'],
    ['2019-13', 'no month 13'],
    ['19 March 2019', 'write YYYY-MM-DD, YYYY-MM or YYYY'],
    ['2019-3-1', 'write YYYY-MM-DD'],
    ['0219-03-01', 'unlikely year'],
    ['', 'is not a date'],
  ])('%s is refused: %s', (written, reason) => {
    const parsed = parsePartialDate(written);
    expect(typeof parsed).toBe('string');
    expect(parsed).toContain(reason);
  });
});

describe('comparing dates of different precision', () => {
  it.each([
    ['2019-02-02', '2019-02-01', true],
    ['2019-02', '2019-02-28', false], // February 2019 may be the 28th or earlier
    ['2019-03', '2019-02-28', true],
    ['2022-01-13', '2022-01', false], // said in January, article of January: allowed
    ['2020', '2019-12-31', true],
    ['2019', '2019-06', false],
  ])('%s is certainly after %s: %s', (a, b, expected) => {
    expect(isCertainlyAfter(date(a), date(b))).toBe(expected);
  });

  it('orders a timeline: a year-only date heads its year, a month-only date heads its month', () => {
    const written = ['2019-02', '2019', '2019-01-25', '2018-12-31', '2019-01', '2019-02-01'];
    const sorted = written.map(date).sort(compareDates).map((d: PartialDate) => d.iso);
    expect(sorted).toEqual(['2018-12-31', '2019', '2019-01', '2019-01-25', '2019-02', '2019-02-01']);
  });
});
