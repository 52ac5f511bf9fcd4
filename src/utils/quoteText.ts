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
 * The paragraphs a quote is written in. A quote that runs over several paragraphs is written in YAML
 * with a blank line between them (`>-` folds every other line break into a space, and the blank line
 * into one line break), so each line break in the value is a paragraph break.
 */
export function quoteParts(quote: string): string[] {
  return quote.split(/[ \t]*\r?\n\s*/).map((part) => part.trim()).filter((part) => part.length > 0);
}

/** How paragraphs of a passage are joined in the passage kept for pages and the dataset: a blank line. */
export const PARAGRAPH_BREAK = '\n\n';

/** A passage as shown: within each paragraph white space runs made one space; paragraphs joined by a blank line. */
export function printedQuote(passage: string): string {
  return quoteParts(passage).map((part) => part.replace(/\s+/g, ' ')).join(PARAGRAPH_BREAK);
}

/** Where one paragraph's part of a passage stands: the text's index in the list, and [start, end) offsets in it. */
export interface QuotePiece {
  index: number;
  start: number;
  end: number;
}

/**
 * For each quote, the passage as printed in `body` (printedQuote: its characters, white space runs made
 * one space, paragraphs joined by a blank line), or null when the quote is not in the body as written.
 * This is all the integrity check and the pages need of a body, so the build keeps these passages in the
 * data store instead of the body.
 */
export function printedPassages(body: string, quotes: Iterable<string>): Map<string, string | null> {
  const lookup = quotesInBody(body);
  const passages = new Map<string, string | null>();
  for (const quote of quotes) {
    if (passages.has(quote)) continue;
    const found = lookup.find(quote);
    passages.set(quote, found ? found.map((piece) => piece.paragraph.slice(piece.start, piece.end).replace(/\s+/g, ' ').trim()).join(PARAGRAPH_BREAK) : null);
  }
  return passages;
}

/**
 * Finds quotes in a list of texts (an article's paragraphs, or its rendered blocks): each text is
 * normalised once, and folded with offsets the first time a quote is found in it, so looking up every
 * claim of an article costs one pass over its text rather than one per claim.
 *
 * A quote of one paragraph is found inside one text; the first text that holds it wins. A quote of
 * several paragraphs (quoteParts) is found in as many consecutive texts: its first part ends a text,
 * each middle part is a whole text, its last part begins a text — so the passage is continuous, with
 * nothing printed between its parts but the paragraph breaks. An empty text (a photo caption, in the
 * rendered blocks) stands between paragraphs and is never part of a passage. The result has a piece per
 * paragraph, in order, or is null.
 */
export function quoteFinder(texts: readonly string[]): (quote: string) => QuotePiece[] | null {
  const normalized = texts.map(normalizeQuoteText);
  const folded: (FoldedText | undefined)[] = [];
  const foldedAt = (index: number) => (folded[index] ??= foldText(texts[index] as string));
  /** The piece of text `index` that its normalised text's [from, from + length) stands for. */
  const piece = (index: number, from: number, length: number): QuotePiece => {
    const { text, origin } = foldedAt(index);
    const at = text.length - text.trimStart().length + from;
    return { index, start: origin[at] as number, end: (origin[at + length - 1] as number) + 1 };
  };
  return (quote) => {
    const needles = quoteParts(quote).map(normalizeQuoteText);
    const [first, ...rest] = needles;
    if (first === undefined) return null;
    if (rest.length === 0) {
      const index = normalized.findIndex((text) => text.includes(first));
      if (index < 0) return null;
      const range = findFoldedQuote(foldedAt(index), first);
      return range ? [{ index, ...range }] : null;
    }
    const last = rest.pop() as string;
    for (let index = 0; index + needles.length <= texts.length; index++) {
      const head = normalized[index] as string;
      if (!head.endsWith(first)) continue;
      if (!rest.every((middle, k) => normalized[index + 1 + k] === middle)) continue;
      const tailIndex = index + needles.length - 1;
      if (!(normalized[tailIndex] as string).startsWith(last)) continue;
      return [
        piece(index, head.length - first.length, first.length),
        ...rest.map((middle, k) => piece(index + 1 + k, 0, middle.length)),
        piece(tailIndex, 0, last.length),
      ];
    }
    return null;
  };
}

/** The quotes of one article's body, looked up paragraph by paragraph (quoteFinder). */
export function quotesInBody(body: string): {
  /** True when the quote is in the body as written (within one paragraph, or over consecutive ones). */
  has: (quote: string) => boolean;
  /** Each paragraph the passage stands in and the passage's [start, end) offsets in it, or null. */
  find: (quote: string) => { paragraph: string; start: number; end: number }[] | null;
} {
  const paragraphs = paragraphsOf(body);
  const find = quoteFinder(paragraphs);
  return {
    has: (quote) => find(quote) !== null,
    find: (quote) => find(quote)?.map(({ index, start, end }) => ({ paragraph: paragraphs[index] as string, start, end })) ?? null,
  };
}
