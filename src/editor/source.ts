/**
 * A source as published, read into blocks: the headline, the bylines, and the body's paragraphs,
 * sub-headings and photo captions, each paragraph's words untouched.
 *
 * Plain text: paragraphs are separated by blank lines (or by a line break after a sentence's end);
 * a line beginning with `•` is a photo caption or credit; a short line without a sentence's end is a
 * sub-heading, or before the text begins the headline. Navigation words before the headline ("All
 * news"), a printed date line, "Written by …" and the names under it, and an "About the author" footer
 * are not part of the text. (Saved web pages are read by htmlSource.ts into the same blocks.)
 */
import { paragraphsOf } from '../utils/quoteText.ts';

export type Block = { type: 'paragraph' | 'heading'; text: string } | { type: 'caption'; items: string[] };

export interface Source {
  /** The headline as printed, when the source has one. */
  title?: string;
  /** Bylines as printed. */
  authors: string[];
  /** A date printed apart from the text (a date line), as printed. */
  printedDate?: string;
  /** The address the page names as its own (canonical link), for HTML. */
  url?: string;
  blocks: Block[];
}

const SENTENCE_END = /[.!?…:;,]["”»’)]*\s*$/u;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_LINE = new RegExp(`^(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`, 'i');
const BYLINE = /^(?:written by|by|author|authors)\b[:\s]/i;
/** One to a few names: "Irina Taran, Elizaveta Komarova", "Anna Schmidt and Paul Carrel". */
const AUTHORS = /^(?!The\s)[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,2}(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,2})*$/u;
const FOOTER = /^(?:about the authors?|related (?:news|articles|stories)|read more|share this|comments?)$/i;
export const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Reads a plain-text source. `title`, when given, is the headline to look for and leave out of the body. */
export function readTextSource(source: string, title?: string): Source {
  const lines = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n');
  // Paragraphs: blank lines separate them, and so does a line break after a sentence's end.
  const raw: string[][] = [[]];
  for (const line of lines) {
    const current = raw[raw.length - 1] as string[];
    if (line.trim() === '') {
      if (current.length > 0) raw.push([]);
      continue;
    }
    const previous = current.at(-1);
    const caption = /^\s*•/.test(line);
    // A line after a sentence's end, or after a short line (a sub-heading set on a line of its own), starts a paragraph of its own.
    const startsAnew = /^\s*[\p{Lu}\p{N}"“„«‘]/u.test(line) && (SENTENCE_END.test(previous ?? '') || words(previous ?? '') <= 10);
    const breaks = previous !== undefined && (caption !== /^\s*•/.test(previous) || (!caption && startsAnew));
    if (breaks) raw.push([line]);
    else current.push(line);
  }
  const texts = raw.filter((block) => block.length > 0);

  const result: Source = { authors: [], blocks: [] };
  let bodyStarted = false;
  let afterByline = false;
  // Short lines before the text: navigation words, then the headline, which is the last of them.
  const heads: string[] = [];
  for (const block of texts) {
    if (/^\s*•/.test(block[0] as string)) {
      result.blocks.push({ type: 'caption', items: block.map((line) => line.replace(/^\s*•\s*/, '').trim()).filter(Boolean) });
      continue;
    }
    const text = block.map((line) => line.trim()).join(' ');
    if (FOOTER.test(text)) break;
    const short = words(text) <= 16 && !SENTENCE_END.test(text);
    if (!bodyStarted) {
      if (title !== undefined && text === title.trim()) {
        result.title = text;
        continue;
      }
      if (DATE_LINE.test(text)) {
        result.printedDate = text;
        continue;
      }
      if (BYLINE.test(text)) {
        // "By Anna Schmidt and Paul Carrel": the names may follow on the same line.
        const names = text.replace(BYLINE, '').trim();
        if (AUTHORS.test(names)) result.authors.push(...names.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean));
        afterByline = true;
        continue;
      }
      if (afterByline && AUTHORS.test(text)) {
        result.authors.push(...text.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean));
        continue;
      }
      if (short) {
        heads.push(text);
        continue;
      }
      if (title === undefined && heads.length > 0) result.title = heads.at(-1) as string;
    }
    bodyStarted = true;
    result.blocks.push({ type: short && words(text) <= 10 && result.blocks.length > 0 ? 'heading' : 'paragraph', text });
  }
  return result;
}

/** The body's paragraphs as printed: what statements are proposed from. */
export const paragraphTexts = (blocks: readonly Block[]): string[] => blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));

/** The paragraphs of an article's MDX body as printed: sub-headings, photo captions and comments left out. */
export function mdxParagraphs(body: string): string[] {
  return paragraphsOf(body).map((block) => block.trim()).filter((block) => !/^#{1,6}\s/.test(block) && !/^<PhotoCaption\b/.test(block) && !/^\{\/\*[\s\S]*\*\/\}$/.test(block));
}
