/**
 * Scoring proposed statements against the curated ones.
 *
 * A curated statement is found when a proposal's passage contains its core. The core is the curated
 * quote folded as the quote check folds it (white space, typographic quotes, apostrophes and dashes;
 * src/utils/quoteText.ts), in lower case, cut into sentences, and the longest sentence kept, without
 * the quotation marks and punctuation at its ends. So a proposal that cuts a long curated passage
 * differently still finds it if it holds its main sentence, and one that merely overlaps it does not.
 * Speaker accuracy counts, among found statements, those whose closest finding proposal (the shortest
 * passage containing the core) names the curated speaker. A proposal is correct (precision) when it
 * contains the core of at least one curated statement.
 */
import { normalizeQuoteText } from '../../src/utils/quoteText.ts';

export interface Curated { id: string; speaker: string; quote: string; kind?: string }
export interface Proposed { speaker: { id: string | null }; quote: string; kind?: string }

const fold = (text: string) => normalizeQuoteText(text).toLowerCase();

/** The longest sentence of a curated quote, folded, without the marks and punctuation at its ends. */
export function coreOf(quote: string): string {
  const sentences = fold(quote).split(/(?<=[.!?…])["']?\s+/);
  const longest = sentences.reduce((best, s) => (s.length > best.length ? s : best), '');
  return longest.replace(/^[\s"'.,;:!?…-]+|[\s"'.,;:!?…-]+$/g, '');
}

export interface Score {
  curated: number;
  found: number;
  speakerRight: number;
  kindRight: number;
  proposed: number;
  correct: number;
  missed: Curated[];
  wrongSpeaker: { curated: Curated; proposed: Proposed }[];
  unmatched: Proposed[];
}

export function score(curated: readonly Curated[], proposed: readonly Proposed[]): Score {
  const folded = proposed.map((p) => fold(p.quote));
  const cores = curated.map((c) => coreOf(c.quote));
  const result: Score = { curated: curated.length, found: 0, speakerRight: 0, kindRight: 0, proposed: proposed.length, correct: 0, missed: [], wrongSpeaker: [], unmatched: [] };
  curated.forEach((c, i) => {
    const holders = proposed.map((p, j) => ({ p, j })).filter(({ j }) => (folded[j] as string).includes(cores[i] as string));
    if (holders.length === 0) {
      result.missed.push(c);
      return;
    }
    result.found++;
    const closest = holders.sort((a, b) => a.p.quote.length - b.p.quote.length)[0]!.p;
    if (closest.speaker.id === c.speaker) result.speakerRight++;
    else result.wrongSpeaker.push({ curated: c, proposed: closest });
    if (closest.kind === c.kind) result.kindRight++;
  });
  proposed.forEach((p, j) => {
    if (cores.some((core) => (folded[j] as string).includes(core))) result.correct++;
    else result.unmatched.push(p);
  });
  return result;
}

/** A share as a percentage with one decimal, or "–" when there is nothing to share. */
export const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);
