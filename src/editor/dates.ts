/**
 * When a statement was made, at the precision the text supports. The date is looked for only in the
 * words that attribute the statement ("said on Tuesday", "On February 1, X announced", "in November
 * 2019 X said that"), never in what was said, where dates are of other things ("will cease to exist
 * on August 2"). Without one, the statement takes the article's date. A day is never invented: a
 * month alone stays a month, a weekday is counted back from an article dated to the day, and a
 * relative phrase ("the next day") is left to the editor.
 */
import * as chrono from 'chrono-node';
import { dateSpan, formatDate, isCertainlyAfter, parsePartialDate, type PartialDate } from '../utils/partialDate.ts';

export interface SaidDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  said: string;
  /** How it was worked out, when the text prints a date. */
  saidNote?: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

function partial(written: string): PartialDate {
  const parsed = parsePartialDate(written);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/** The date printed in `words` (the attributing words of a statement), or the article's date. */
export function saidDate(words: string, articleDate: string): SaidDate {
  const article = partial(articleDate);
  const latest = new Date(`${dateSpan(article).last}T12:00:00Z`);
  const found = printedDate(words, article, latest);
  if (!found || isCertainlyAfter(partial(found.said), article)) return { said: articleDate };
  return found;
}

function printedDate(words: string, article: PartialDate, latest: Date): SaidDate | null {
  for (const result of chrono.en.parse(words, { instant: latest, timezone: 0 }, { forwardDate: false })) {
    const { start } = result;
    const quoted = `"${result.text.trim()}"`;
    if (start.isCertain('month')) {
      const month = start.get('month') as number;
      // Without a printed year: the latest such month or day not after the article.
      let year = start.isCertain('year') ? (start.get('year') as number) : article.year;
      const day = start.isCertain('day') ? (start.get('day') as number) : undefined;
      const written = (y: number) => (day === undefined ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`);
      if (!start.isCertain('year') && isCertainlyAfter(partial(written(year)), article)) year -= 1;
      const said = written(year);
      const how = start.isCertain('year') ? '' : ` (the year is the latest not after the article's date)`;
      return { said, saidNote: `The text dates it ${quoted}${how}.` };
    }
    if (start.isCertain('weekday') && article.precision === 'day') {
      // The last such weekday on or before the article's date.
      const target = start.get('weekday') as number;
      const date = new Date(`${article.iso}T12:00:00Z`);
      while (date.getUTCDay() !== target) date.setUTCDate(date.getUTCDate() - 1);
      const said = date.toISOString().slice(0, 10);
      return { said, saidNote: `The text dates it ${quoted}: the last such day on or before the article's date (${formatDate(article)}).` };
    }
  }
  // A year alone ("in 2019, Moscow proposed"), which the parser leaves to the reader.
  const year = /\b(?:in|since|by|during|throughout)\s+((?:19|20)\d{2})\b(?!\s*[-–]?\s*(?:km|kilometers|kilometres|missiles|warheads))/i.exec(words);
  if (year) return { said: year[1] as string, saidNote: `The text dates it "${year[0]}".` };
  return null;
}
