/** Pure helpers for dates known to a day, a month or a year. No `astro:*` imports. */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** As written and published in the dataset: `2019`, `2019-03` or `2019-03-19`. */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1–12, when known. */
  month?: number;
  /** 1–31, when known. */
  day?: number;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Parses a written date; returns the reason as a sentence when it is not one. */
export function parsePartialDate(written: string): PartialDate | string {
  const match = FORM.exec(written.trim());
  if (!match) {
    return `"${written}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2019-03-19, 2019-03 or 2019)`;
  }
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1900 || year > 2100) return `"${written}" has an unlikely year: check it (1900–2100)`;
  if (m === undefined) return { iso: `${y}`, precision: 'year', year };
  const month = Number(m);
  if (month < 1 || month > 12) return `"${written}" has no month ${m}: months run 01–12`;
  if (d === undefined) return { iso: `${y}-${m}`, precision: 'month', year, month };
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return `"${written}" is not a calendar date: ${MONTHS[month - 1]} ${year} has ${daysInMonth} days`;
  }
  return { iso: `${y}-${m}-${d}`, precision: 'day', year, month, day };
}

/** The first and last day a partial date can stand for, as `YYYY-MM-DD`. */
export function dateSpan(date: PartialDate): { first: string; last: string } {
  if (date.precision === 'day') return { first: date.iso, last: date.iso };
  if (date.precision === 'month') {
    const last = new Date(Date.UTC(date.year, date.month ?? 12, 0)).getUTCDate();
    return { first: `${date.iso}-01`, last: `${date.iso}-${String(last).padStart(2, '0')}` };
  }
  return { first: `${date.iso}-01-01`, last: `${date.iso}-12-31` };
}

/** True when `a` is certainly later than `b` (every day `a` can mean is after every day `b` can mean). */
export function isCertainlyAfter(a: PartialDate, b: PartialDate): boolean {
  return dateSpan(a).first > dateSpan(b).last;
}

/**
 * Orders dates for a timeline: by first possible day, and at the same start the coarser first, so
 * "2019" comes before "2019-01", which comes before "2019-01-01" and "2019-01-25". A date known only
 * to the month or year thus heads its month or year, where a reader looks for it, and no day is implied.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const first = dateSpan(a).first.localeCompare(dateSpan(b).first);
  if (first !== 0) return first;
  return RANK[a.precision] - RANK[b.precision];
}
const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** A reader's form at the date's own precision: "19 March 2019", "March 2019", "2019". */
export function formatDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  const month = MONTHS[(date.month ?? 1) - 1];
  if (date.precision === 'month') return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/** Words for the precision, for provenance lines ("known to the month"). */
export function describePrecision(date: PartialDate): string {
  return date.precision === 'day' ? 'known to the day' : `known to the ${date.precision} only`;
}
