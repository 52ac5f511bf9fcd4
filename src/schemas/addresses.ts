/**
 * The files at the root of the content folder that keep published addresses alive:
 * - `addresses.txt`, the ledger: every permanent address ever published, one a line (read by
 *   src/data/ledger.ts; its line format is described there);
 * - `redirects.yaml`: addresses that moved, old → new;
 * - `withdrawn.yaml`: statements taken down on purpose, each keeping its address as a notice.
 * Each may be absent, which means empty (small fixture content trees need none of them).
 */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';
import { partialDate } from './partialDate.ts';

export const ADDRESS_FILES = {
  ledger: 'addresses.txt',
  redirects: 'redirects.yaml',
  withdrawn: 'withdrawn.yaml',
} as const;

/** An address on the site without the base: lowercase segments, a slash at each end, e.g. `/statements/lavrov-x/`. */
export const SITE_PATH_PATTERN = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;

export const sitePath = z.string({ error: 'must be an address on this site, e.g. "/statements/lavrov-arms-race/"' }).regex(SITE_PATH_PATTERN, {
  error: (issue) => `"${String(issue.input)}" is not an address on this site: write it without the site's origin or base, lowercase, with a "/" at each end, e.g. "/statements/lavrov-arms-race/"`,
});

/**
 * `redirects.yaml`: old address → new address, one a line (`/statements/old-id/: /statements/new-id/`).
 * The new address must be a page (not another moved address); the old one must not be a page.
 */
export const redirectsSchema = z.record(sitePath, sitePath, { error: 'must be a list of lines "old address: new address", e.g. "/statements/old-id/: /statements/new-id/"' });

/**
 * One statement withdrawn on purpose (it was wrong): its address keeps a page that says so, shows
 * what was published there, and links to what replaced it.
 */
export const withdrawalSchema = z.strictObject({
  /** The statement's id as it was published; `/statements/<id>/` becomes the withdrawal notice. */
  id: slug('a statement'),
  /** When it was withdrawn. */
  withdrawn: partialDate,
  /** Why, in the editors' words: what was wrong with it. */
  reason: text('reason it was withdrawn'),
  /** Optional: the id of the statement that replaces it. */
  replacedBy: slug('a statement').optional(),
  /** What was published, as it was shown, so that a reader who cited it can recognise it: the speaker's name… */
  speaker: text("speaker's name as it was shown"),
  /** …the date it was said… */
  said: partialDate,
  /** …and the quote. */
  quote: text('quote as it was published'),
  /** Optional: the id of the article that reported it, while that article is on the site. */
  article: slug('an article').optional(),
});

/** `withdrawn.yaml`: a list of withdrawals. */
export const withdrawalsSchema = z.array(withdrawalSchema, { error: 'must be a list of withdrawn statements, each starting with "- id: …"' });

export type Redirects = z.output<typeof redirectsSchema>;
export type Withdrawal = z.output<typeof withdrawalSchema>;
