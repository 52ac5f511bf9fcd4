/** A citation of one statement, in a form a reader can paste into a paper or a fact-check. */

/** A title in double quotes, its own double quotes turned single, as citation styles nest them. */
export function quoteTitle(title: string): string {
  return `“${title.replace(/[“”]/g, (q) => (q === '“' ? '‘' : '’')).replace(/"([^"]*)"/g, '‘$1’')}”`;
}
import { formatDate } from './partialDate.ts';
import type { PartialDate } from './partialDate.ts';

export interface CitationInput {
  speaker: string;
  /** The actor through whose account the statement is known, so a citation never passes hearsay off as the speaker's own words. */
  via?: string;
  said: PartialDate;
  kind: 'direct' | 'indirect' | 'paraphrase';
  articleTitle: string;
  outlet: string;
  /** The original outlet, when the article republishes or translates one. */
  originalOutlet?: string;
  articleDate: PartialDate;
  articleUrl: string;
  permalink: string;
  siteName: string;
}

/**
 * Speaker, when, how reported, the source article, and the statement's permanent address:
 * `Sergei Ryabkov, statement of 25 January 2019, as reported (direct quote) in "…", Teller Report
 * (from RT), 25 January 2019, https://… Recorded in INF Treaty Statements: https://…/statements/…/`
 */
export function formatCitation(input: CitationInput): string {
  const how = input.kind === 'direct' ? 'quoted in' : input.kind === 'indirect' ? 'reported in' : 'as summarised in';
  const outlet = input.originalOutlet ? `${input.outlet} (from ${input.originalOutlet})` : input.outlet;
  const who = input.via ? `${input.speaker} (according to ${input.via})` : input.speaker;
  return `${who}, statement of ${formatDate(input.said)}, ${how} ${quoteTitle(input.articleTitle)}, ${outlet}, ${formatDate(input.articleDate)}, ${input.articleUrl}. Recorded in ${input.siteName}: ${input.permalink}`;
}
