/**
 * How a statement and an article are cited, as CSL-JSON (the Citation Style Language's data format,
 * which Zotero, Mendeley, pandoc and citeproc read). The CSL-JSON record is the one source of every
 * other form: the styled citations (citationStyles.ts), the BibTeX and RIS files (citationFiles.ts),
 * and `data/statements.csl.json`. Pure: built from the linked knowledge base and the site's URLs.
 *
 * A statement is cited as the speech reported in its article: the speaker is the author, the date is
 * when it was said, the title is "Statement", the genre says how and where it was reported
 * ("Quoted in “…”"), the container is the outlet, and the address is the statement's permanent page.
 * The quote itself travels as the abstract, which reference managers keep and styles do not print.
 * No access date: that is the reader's, on the day they read it.
 */
import { parse as parseName } from '@citation-js/name';
import type { Article, Statement } from './model.ts';
import type { PartialDate } from '../utils/partialDate.ts';
import { absoluteUrl, type SiteUrls } from '../utils/urls.ts';
import { quoteTitle } from '../utils/citation.ts';
import { SITE_NAME } from '../utils/site.ts';

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper';
  title: string;
  genre?: string;
  author?: CslName[];
  issued: { 'date-parts': [[number] | [number, number] | [number, number, number]] };
  'container-title': string;
  URL: string;
  abstract?: string;
  source: string;
}

/** How the article reports the statement, for the genre: mirrors the kinds on the statement page. */
const HOW: Record<Statement['kind'], string> = { direct: 'Quoted in', indirect: 'Reported in', paraphrase: 'Summarised in' };

/** CSL's date: as many parts as are known, so a statement dated to the month is never given a day. */
export function cslDate(date: PartialDate): CslItem['issued'] {
  if (date.precision === 'year') return { 'date-parts': [[date.year]] };
  if (date.precision === 'month') return { 'date-parts': [[date.year, date.month ?? 1]] };
  return { 'date-parts': [[date.year, date.month ?? 1, date.day ?? 1]] };
}

/**
 * A person's name in parts, so that styles can write "Ryabkov, S." or "Ryabkov, Sergey"; a ministry,
 * an alliance or a state is written as it is named.
 */
export function cslName(name: string, kind: string): CslName {
  if (kind !== 'person') return { literal: name };
  const parts = parseName(name) as CslName | undefined;
  return parts && parts.family ? parts : { literal: name };
}

/** "Teller Report (from RT)": the outlet, and the one whose work it republishes or translates. */
export const outletLabel = (article: Article): string => (article.original ? `${article.outlet.name} (from ${article.original.outlet.name})` : article.outlet.name);

export function statementCsl(s: Statement, urls: SiteUrls, site: string): CslItem {
  return {
    id: s.id,
    'citation-key': s.id,
    type: 'article-newspaper',
    title: 'Statement',
    // Hearsay says so in every style: whose account the statement is known through.
    genre: `${HOW[s.kind]} ${quoteTitle(s.article.title)}${s.via ? `, according to ${s.via.name}` : ''}`,
    author: [cslName(s.speaker.name, s.speaker.kind)],
    issued: cslDate(s.said),
    'container-title': outletLabel(s.article),
    URL: absoluteUrl(urls.statement(s.id), site),
    abstract: s.quote,
    source: SITE_NAME,
  };
}

/**
 * An article is cited as the outlet published it, at its source address; the summary is the
 * editors', so it is not given as the abstract. (Where its text is kept here is the page's permanent
 * link: the styles print an archive location as a sentence of its own, capitalised "Https://…".)
 */
export function articleCsl(a: Article): CslItem {
  const item: CslItem = {
    id: a.id,
    'citation-key': a.id,
    type: 'article-newspaper',
    title: a.title,
    issued: cslDate(a.date),
    'container-title': outletLabel(a),
    URL: a.url,
    source: SITE_NAME,
  };
  if (a.authors.length > 0) item.author = a.authors.map((name) => cslName(name, 'person'));
  return item;
}
