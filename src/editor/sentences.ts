/**
 * Sentences of a paragraph, as [start, end) offsets into it, by compromise's sentence splitter (it
 * knows abbreviations such as "Ms." and "U.S." that a plain splitter breaks on). The sentences cover
 * the paragraph without gaps, so a passage cut from them is the text as printed.
 */
import nlp from 'compromise';

export interface Range {
  start: number;
  end: number;
}

export function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let from = 0;
  for (const sentence of nlp(text).sentences().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
    // The splitter's offsets, checked against the text; its own text is trusted only to find the end.
    const end = Math.max(from, Math.min(text.length, sentence.offset.start + sentence.offset.length));
    if (end > from) ranges.push({ start: from, end });
    from = end;
  }
  if (from < text.length && text.slice(from).trim()) {
    if (ranges.length > 0) (ranges[ranges.length - 1] as Range).end = text.length;
    else ranges.push({ start: from, end: text.length });
  }
  // A sentence that is only a stray quotation mark or white space belongs to the one before it.
  return ranges.reduce<Range[]>((out, range) => {
    const last = out.at(-1);
    if (last && /^[\s"“”«»„]*$/u.test(text.slice(range.start, range.end))) last.end = range.end;
    else out.push({ ...range });
    return out;
  }, []);
}

/** The text of a range without the white space at its ends, as [start, end). */
export function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** True when the words have a verb: "An important document." has none and is no statement on its own. */
export function hasVerb(text: string): boolean {
  return nlp(text).verbs().length > 0;
}
