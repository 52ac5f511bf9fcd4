/**
 * The structured fields of each statement an article reports, as the search index carries them.
 *
 * Statements are found as sub-results of their article (see src/utils/searchResults.ts), and Pagefind
 * keeps metadata per page, not per sub-result. So the article page carries one metadata field,
 * `statements`, holding every statement's fields by id as JSON: written by `encodeStatementMeta` at
 * build time (src/data/searchFields.ts) and read by `decodeStatementMeta` in the browser. The fields
 * travel as structure; nothing is parsed back out of a title.
 */

/** One statement's fields in the index. */
export interface StatementMeta {
  /** The speaker's name as the site shows it. */
  speaker: string;
  /** person | organisation | state. */
  kind: string;
  /** The actor through whose account the statement is known (claim `via`), by name. */
  via?: string;
  /** As written: `2019`, `2019-01` or `2019-01-25`. */
  said: string;
  /** Topic names. */
  topics: string[];
  /** The passage runs over several paragraphs; the index holds its first paragraph as its text. */
  continues?: boolean;
}

/** The metadata key of the field. */
export const STATEMENT_META_KEY = 'statements';

export const encodeStatementMeta = (statements: Readonly<Record<string, StatementMeta>>): string => JSON.stringify(statements);

/** The statements' fields from a page's metadata; an empty map for a page without any, or with a field that is not ours. */
export function decodeStatementMeta(meta: Readonly<Record<string, string | undefined>>): Map<string, StatementMeta> {
  const text = meta[STATEMENT_META_KEY];
  if (!text) return new Map();
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return new Map();
    return new Map(Object.entries(parsed as Record<string, StatementMeta>).filter(([, value]) => value && typeof value.speaker === 'string' && typeof value.said === 'string'));
  } catch {
    return new Map();
  }
}
