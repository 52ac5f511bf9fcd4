/**
 * Small schema pieces shared by every collection.
 * Imported by Astro's content config, the command-line content check and the tests alike,
 * so `z` comes from `astro/zod` (plain zod 4, usable outside Vite too).
 */
import { z } from 'astro/zod';

/** Readable lowercase kebab-case, e.g. `lavrov-moratorium-2019`. Used for every id and reference. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its id (file name without extension). Resolved by the integrity check. */
export const slug = (what: string) =>
  z
    .string({ error: `must be the id of ${what} (lowercase kebab-case text, e.g. "jens-stoltenberg")` })
    .regex(SLUG_PATTERN, {
      error: (issue) =>
        `"${String(issue.input)}" is not a valid id of ${what}: use lowercase letters, digits and single hyphens, e.g. "jens-stoltenberg"`,
    });

/** Text that must say something: an empty or whitespace-only string is an error, not a default. */
export const text = (what: string) =>
  z
    .string({ error: `must be text (${what})` })
    .refine((value) => value.trim().length > 0, {
      error: `must not be empty or blank: write the ${what}, or remove the field if it is optional`,
    });

/** An absolute http(s) address. */
export const webAddress = z.url({
  protocol: /^https?$/,
  error: 'must be a full web address starting with https:// or http://',
});

/** A list with no repeated item; repeated ids are an editing slip, so they are reported, not silently merged. */
export const uniqueList = <T extends z.ZodType<string>>(item: T, what: string) =>
  z.array(item).refine((list) => new Set(list).size === list.length, {
    error: (issue) => {
      const list = issue.input as string[];
      const repeated = list.filter((value, index) => list.indexOf(value) !== index);
      return `lists ${what} "${repeated.join('", "')}" more than once: keep one`;
    },
  });
