/**
 * Dates known to the day, the month or only the year.
 * Written as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` and never padded with an invented day.
 */
import { z } from 'astro/zod';
import { parsePartialDate, type PartialDate } from '../utils/partialDate.ts';

export type { PartialDate };

/**
 * Accepts the three written forms. YAML turns an unquoted `2019-03-19` into a Date and an unquoted
 * `2019` into a number; both are taken back to their written form so authors need not quote dates.
 */
export const partialDate = z
  .union([z.string(), z.date(), z.number()], {
    error: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2019-03-19, 2019-03 or 2019)',
  })
  .transform((value, ctx): PartialDate => {
    const written =
      value instanceof Date
        ? Number.isNaN(value.getTime())
          ? 'an invalid date'
          : value.toISOString().slice(0, 10)
        : String(value);
    const parsed = parsePartialDate(written);
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }
    return parsed;
  });
