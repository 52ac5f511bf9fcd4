/**
 * Where direct speech stands in an article's paragraphs: the spans between quotation marks.
 *
 * Published text uses every kind of mark (“ ” " „ « » ‘ ’), and machine translations break them: a
 * closing mark written as an opening one (`, “the expert said`), a mark with a space on its wrong side
 * (`prevail, ”said Ryabkov`), a stray mark with spaces on both sides, a closing mark put too early.
 * So a mark's glyph is not trusted to tell opening from closing: marks pair up in order, and a
 * paragraph whose marks do not pair is read again the few ways a typist or translator breaks them.
 * A quotation that opens at a paragraph's start and does not close runs on into the next paragraphs
 * (with or without an opening mark at their start, as in English and in translations) until a mark
 * closes it.
 */

/** A quoted span: [start, end) offsets into the paragraph, marks included. */
export interface QuoteSpan {
  start: number;
  end: number;
}

export interface ParagraphQuotes {
  /** The quoted spans, in order. */
  spans: QuoteSpan[];
  /** The paragraph continues a quotation opened in an earlier paragraph (its first span starts at 0 without a mark). */
  continues: boolean;
  /** The paragraph's last span runs on into the next paragraph. */
  runsOn: boolean;
}

const DOUBLE = /["“”„‟«»″]/g;
/** Paragraphs a quotation may run over: past that, an unclosed mark is taken as a typing slip. */
const MAX_RUN = 8;

/** Double quotation marks in the text, as offsets. */
function doubleMarks(text: string): number[] {
  return [...text.matchAll(DOUBLE)].map((match) => match.index);
}

/** A mark with white space (or the text's edge) on both sides belongs to no word: often a stray. */
function isolated(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : (text[at - 1] as string);
  const after = at + 1 >= text.length ? ' ' : (text[at + 1] as string);
  return /\s/.test(before) && /\s/.test(after);
}

/** Single marks used as quotation marks (‘…’), not as apostrophes: an opening ‘ before a word, a closing ’ after one and not before a letter. */
function singleSpans(text: string, taken: QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const inside = (at: number) => taken.some((span) => at >= span.start && at < span.end);
  for (const open of text.matchAll(/(?<=^|[\s(\[—–-])‘(?=\S)/g)) {
    if (inside(open.index) || spans.some((span) => open.index < span.end)) continue;
    const close = /(?<=\S)’(?![\p{L}\p{N}])/gu;
    close.lastIndex = open.index + 1;
    const found = close.exec(text);
    if (found) spans.push({ start: open.index, end: found.index + 1 });
  }
  return spans;
}

interface Pairing {
  spans: QuoteSpan[];
  /** Offset of a mark left open at the end, if any. */
  open: number | null;
}

function pair(marks: number[], carried: boolean): Pairing {
  const spans: QuoteSpan[] = [];
  let open: number | null = carried ? 0 : null;
  for (const at of marks) {
    if (open === null) open = at;
    else {
      spans.push({ start: open, end: at + 1 });
      open = null;
    }
  }
  return { spans, open };
}

/** True when the words after offset `at` read as an attribution: `said Ryabkov`, `the expert noted`, `Peskov stressed`. */
export type AttributionTest = (text: string, at: number) => boolean;

/**
 * One paragraph's quoted spans, given whether a quotation runs on into it; `quotationFollows` says
 * whether a later paragraph can close a quotation left open here.
 */
function paragraphQuotes(text: string, carried: boolean, closesLater: () => boolean, attributed: AttributionTest): ParagraphQuotes & { open: boolean } {
  const all = doubleMarks(text);
  // A quotation carried over may start its paragraph with a fresh opening mark, as English prints it.
  const firstWord = text.search(/\S/);
  const marks = carried && all[0] === firstWord && /[“„«"]/.test(text[firstWord] ?? '') && !isolated(text, firstWord) ? all.slice(1) : all;
  const readings = [marks, marks.filter((at) => !isolated(text, at))];
  let best: Pairing | undefined;
  for (const reading of readings) {
    const result = pair(reading, carried);
    const clean = result.open === null || (result.open === (carried ? 0 : firstWord) && closesLater());
    if (clean) {
      best = result;
      break;
    }
    best ??= result;
  }
  let { spans, open } = best as Pairing;
  if (open !== null && !(open === (carried ? 0 : firstWord) && closesLater())) {
    const last = spans.at(-1);
    if (last && attributed(text, open + 1)) {
      // A closing mark put too early (`…effect.” Of course, …, ”Ryabkov said.`): the quotation runs to the last mark.
      spans = [...spans.slice(0, -1), { start: last.start, end: open + 1 }];
    } else if (/^\s*\p{Lu}/u.test(text.slice(open + 1)) || open === firstWord) {
      // An opening mark whose closing one was never printed: the quotation runs to the paragraph's end.
      spans = [...spans, { start: open, end: text.trimEnd().length }];
    }
    open = null;
  }
  if (open !== null) spans = [...spans, { start: open, end: text.trimEnd().length }];
  spans = [...spans, ...singleSpans(text, spans)].sort((a, b) => a.start - b.start);
  return { spans, continues: carried, runsOn: open !== null, open: open !== null };
}

/** The quoted spans of each paragraph of an article, quotations running over paragraphs followed through. */
export function findQuotes(paragraphs: readonly string[], attributed: AttributionTest): ParagraphQuotes[] {
  const result: ParagraphQuotes[] = [];
  let carried = false;
  paragraphs.forEach((text, index) => {
    // A quotation left open here is closed by the first later paragraph (within reach) that has an odd number of marks.
    const closesLater = () => {
      for (const next of paragraphs.slice(index + 1, index + 1 + MAX_RUN)) {
        const count = doubleMarks(next).length;
        if (count % 2 === 1) return true;
        if (count > 0) return false;
      }
      return false;
    };
    const found = paragraphQuotes(text, carried, closesLater, attributed);
    result.push({ spans: found.spans, continues: found.continues, runsOn: found.runsOn });
    carried = found.open;
  });
  return result;
}
