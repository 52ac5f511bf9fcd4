/**
 * Matching a claim's quote against the article text. The match forgives exactly what copying from a
 * web page changes — runs of white space, typographic quotes, apostrophes and dashes — and nothing more:
 * spelling, case and punctuation otherwise must be as printed.
 */

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\uFF07]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /\s+/g;

/** Quotes, apostrophes and dashes made plain: one character for one, so offsets are kept. */
const foldMarks = (value: string) => value.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASHES, '-');

/** The text as compared: quotes, apostrophes and dashes made plain, white space runs made one space, ends trimmed. */
export function normalizeQuoteText(value: string): string {
  return foldMarks(value).replace(SPACES, ' ').trim();
}

/** Text folded for comparison, and for every character of it the index of the character it came from. */
export interface FoldedText {
  text: string;
  origin: number[];
}

/**
 * Folds `value` as normalizeQuoteText does but without trimming the ends, keeping offsets: a quote
 * (folded, trimmed, never empty) occurs in `foldText(value).text` exactly when it occurs in
 * `normalizeQuoteText(value)`. Fold a text once and look up every quote in it with findFoldedQuote.
 */
export function foldText(value: string): FoldedText {
  const marks = foldMarks(value);
  const origin: number[] = [];
  let from = 0;
  // Each run of white space becomes one space that stands for the run's first character.
  for (const run of marks.matchAll(SPACES)) {
    for (let index = from; index <= run.index; index++) origin.push(index);
    from = run.index + run[0].length;
  }
  for (let index = from; index < marks.length; index++) origin.push(index);
  return { text: marks.replace(SPACES, ' '), origin };
}

/** Where `quote` stands in the text `folded` came from, as [start, end) offsets into that text, or null. The first occurrence wins. */
export function findFoldedQuote(folded: FoldedText, quote: string): { start: number; end: number } | null {
  const needle = normalizeQuoteText(quote);
  if (needle.length === 0) return null;
  const at = folded.text.indexOf(needle);
  if (at < 0) return null;
  const start = folded.origin[at] as number;
  const end = (folded.origin[at + needle.length - 1] as number) + 1;
  return { start, end };
}

/**
 * Where `quote` stands in `text`, as [start, end) offsets into the original `text`, or null.
 * The first occurrence wins.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  return normalizeQuoteText(quote).length === 0 ? null : findFoldedQuote(foldText(text), quote);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * An MDX body as a reader sees it: MDX makes an author write `<` as `&lt;` and `{` as `\{`, so those
 * escapes (HTML entities and backslash escapes) are read back to the characters printed.
 */
export function printedText(body: string): string {
  return body
    .replace(/\\([\\`*_{}\[\]()#+\-.!<>|~])/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** The body's paragraphs (blocks separated by a blank line), as printed. */
export function paragraphsOf(body: string): string[] {
  return printedText(body).split(/\n[ \t]*\n/).filter((block) => block.trim().length > 0);
}

/**
 * For each quote, the passage as printed in `body` (its characters, white space runs made one space),
 * or null when the quote does not stand within one paragraph. This is all the integrity check and the
 * pages need of a body, so the build keeps these passages in the data store instead of the body.
 */
export function printedPassages(body: string, quotes: Iterable<string>): Map<string, string | null> {
  const lookup = quotesInBody(body);
  const passages = new Map<string, string | null>();
  for (const quote of quotes) {
    if (passages.has(quote)) continue;
    const found = lookup.find(quote);
    passages.set(quote, found ? found.paragraph.slice(found.start, found.end).replace(/\s+/g, ' ').trim() : null);
  }
  return passages;
}

/**
 * Finds quotes in a list of texts (an article's paragraphs, or its rendered blocks): each text is
 * normalised once, and folded with offsets the first time a quote is found in it, so looking up every
 * claim of an article costs one pass over its text rather than one per claim. The first text that
 * holds the quote wins; the offsets are into that text.
 */
export function quoteFinder(texts: readonly string[]): (quote: string) => { index: number; start: number; end: number } | null {
  const normalized = texts.map(normalizeQuoteText);
  const folded: (FoldedText | undefined)[] = [];
  return (quote) => {
    const needle = normalizeQuoteText(quote);
    const index = needle ? normalized.findIndex((text) => text.includes(needle)) : -1;
    const text = texts[index];
    if (text === undefined) return null;
    const range = findFoldedQuote((folded[index] ??= foldText(text)), quote);
    return range ? { index, ...range } : null;
  };
}

/** The quotes of one article's body, looked up paragraph by paragraph (quoteFinder). */
export function quotesInBody(body: string): {
  /** True when the quote stands within one paragraph. */
  has: (quote: string) => boolean;
  /** The paragraph and the passage's [start, end) offsets in it, or null. */
  find: (quote: string) => { paragraph: string; start: number; end: number } | null;
} {
  const paragraphs = paragraphsOf(body);
  const find = quoteFinder(paragraphs);
  return {
    has: (quote) => find(quote) !== null,
    find: (quote) => {
      const found = find(quote);
      return found ? { paragraph: paragraphs[found.index] as string, start: found.start, end: found.end } : null;
    },
  };
}
