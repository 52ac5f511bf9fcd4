/** Frontmatter of a source article (`content/articles/<id>.mdx`); the body is the text as published. */
import { z } from 'astro/zod';
import { claimSchema } from './claim.ts';
import { slug, text, uniqueList, webAddress } from './common.ts';
import { partialDate } from './partialDate.ts';

/** How the text we hold came from the original outlet's article. */
export const TRANSLATIONS = ['machine', 'human', 'none'] as const;

export const originalSchema = z.strictObject({
  /** The outlet that first published the article. */
  outlet: slug('an outlet'),
  /** machine | human | none (a republication in the same language). */
  translation: z.enum(TRANSLATIONS, {
    error: 'must be machine, human or none (none: republished in its own language)',
  }),
  /** Optional: the original's language, as a BCP 47 code such as `ru`. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'must be a language code such as "ru"' }).optional(),
  /** Optional: what else is known of the original (bylines, insertions). */
  note: text('note on the original').optional(),
});

export const editorNoteSchema = z.strictObject({
  /** Optional: the word or abbreviation as printed that the note explains, e.g. `PRSMD`. */
  term: text('term as printed').optional(),
  /** The note, in the editors' words. */
  text: text("editor's note"),
});

export const articleSchema = z.strictObject({
  /** The headline as published, or the editors' title where none was printed. */
  title: text('title'),
  /** Publication date at the precision known: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: partialDate,
  /** Optional: how a date that is not printed was inferred. */
  dateNote: text('note on how the date was inferred').optional(),
  /** The outlet that published the text we hold. */
  outlet: slug('an outlet'),
  /** Optional: the original outlet and translation, when the text republishes or translates another's. */
  original: originalSchema.optional(),
  /** The address the text was taken from. */
  url: webAddress,
  /** Bylines as printed. Default: none known. */
  authors: z.array(text('author name')).default([]),
  /** One paragraph in the editors' words. */
  summary: text('summary'),
  /** Actor ids of everyone the article quotes or reports. */
  speakers: uniqueList(slug('an actor'), 'speaker'),
  /** The statements the article reports. */
  claims: z.array(claimSchema).default([]),
  /** Editor's notes on garbled terms or translation faults, shown apart from the text. Default: none. */
  notes: z.array(editorNoteSchema).default([]),
  /**
   * Optional: true while the article is a draft (as `npm run new-article` writes it): checked like any
   * article but never published. Remove it once every statement is reviewed. Default: published.
   */
  draft: z.boolean({ error: 'must be true or left out (true: a draft, checked but not published)' }).optional(),
});

export type ArticleData = z.output<typeof articleSchema>;
