/** A statement an article reports: who said what, when, as printed. */
import { z } from 'astro/zod';
import { slug, text, uniqueList } from './common.ts';
import { partialDate } from './partialDate.ts';

/** How the article carries the statement. */
export const CLAIM_KINDS = ['direct', 'indirect', 'paraphrase'] as const;
export const claimKind = z.enum(CLAIM_KINDS, {
  error: (issue) =>
    `"${String(issue.input)}" is not a kind of statement: use direct (quoted words), indirect ("X said that…") or paraphrase (the outlet's summary of a position)`,
});

export const claimSchema = z.strictObject({
  /** Permanent id, unique across the knowledge base and never reused: it is the statement's address. */
  id: slug('a statement'),
  /** The actor who made the statement; must be listed in the article's `speakers`. */
  speaker: slug('an actor'),
  /**
   * Optional: the actor through whose account the statement is known, when the article does not report
   * the speaker's own words but someone else's account of them ("according to X, Y said"; Y's words inside
   * X's quotation). Must be another actor than the speaker, and listed in the article's `speakers` (the
   * article reports X's account). Pages, search and the dataset then say "according to X".
   */
  via: slug('an actor').optional(),
  /**
   * The passage exactly as printed in the article body: one sentence or a few within one paragraph, or a
   * quotation that runs over several paragraphs, written with a blank line between them (each part as
   * printed; the first ends its paragraph, the last begins its own).
   */
  quote: text('quoted passage, copied exactly from the article body'),
  /** direct | indirect | paraphrase. */
  kind: claimKind,
  /** When it was said, at the precision the text gives; the article's date when the text says nothing. */
  said: partialDate,
  /** Optional: how `said` was worked out, when the text does not print it plainly. */
  saidNote: text('note on how the date was worked out').optional(),
  /** Topic ids. Default: none. */
  topics: uniqueList(slug('a topic'), 'topic').default([]),
  /** Statement ids this one answers (e.g. a reply to a proposal). Default: none. */
  respondsTo: uniqueList(slug('a statement'), 'statement').default([]),
  /** Statement ids this one disputes (e.g. a contrary claim about a missile's range). Default: none. */
  disputes: uniqueList(slug('a statement'), 'statement').default([]),
  /** Optional: the event the statement is about or reacts to. */
  event: slug('an event').optional(),
  /** Optional editor's note shown with the statement, never inside the quote. */
  note: text("editor's note").optional(),
});

export type Claim = z.output<typeof claimSchema>;
