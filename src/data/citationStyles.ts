/**
 * A statement's or an article's citation in APA, Chicago and MLA, formatted by citeproc-js through
 * Citation.js from its CSL-JSON record (citations.ts), with the Citation Style Language project's
 * styles (https://citationstyles.org/): APA ships with Citation.js, Chicago and MLA are in ./csl/.
 *
 * citeproc-js takes several milliseconds per entry and style (at 1,000 articles, ~10,000 statements,
 * that is minutes), so:
 * - each record is formatted alone, never in one bibliography with the others, where styles would
 *   number same-year works "2019a", "2019b" or replace a repeated author with a dash;
 * - the styles are registered without what only a bibliography of several entries uses (sorting,
 *   disambiguation, a dash for a repeated author), which halves citeproc's time per entry and cannot
 *   change a lone entry (a test compares the two);
 * - each style's citeproc engine, as Citation.js prepares it, is kept and fed one record after another,
 *   a third faster than going through `new Cite(record).format(…)` each time (same output: tested);
 * - alike records share a skeleton, formatted once, into which each record's article title, outlet,
 *   date and address are put where that is sure to give what citeproc would (citationSkeletons.ts);
 * - what was formatted is kept in the cache folder between builds, keyed by what was formatted and the
 *   style, so a build formats only new skeletons and dates.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Cite, plugins, type CiteprocEngine } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './citations.ts';
import { SkeletonFormatter } from './citationSkeletons.ts';

// Read from the project's folder (the build, the tests and the citation worker thread all run there),
// not imported: the worker thread that formats ahead of the pages (src/integrations/citationWarmup.ts)
// runs outside Vite.
const style = (file: string) => readFileSync(path.resolve('src/data/csl', file), 'utf8');
const chicagoXml = style('chicago-notes-bibliography.csl');
const mlaXml = style('modern-language-association.csl');

export const CITATION_STYLES = [
  { id: 'apa', label: 'APA', edition: 'APA Style, 7th edition' },
  { id: 'chicago', label: 'Chicago', edition: 'Chicago Manual of Style, 18th edition (notes and bibliography)' },
  { id: 'mla', label: 'MLA', edition: 'MLA Handbook, 9th edition' },
] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];

/** A formatted citation: HTML whose only elements are <cite> (the italic title of a work) and <strong>, and the same as plain text. */
export interface StyledCitation {
  html: string;
  text: string;
}
export type StyledCitations = Record<CitationStyle, StyledCitation>;

/**
 * A style as it formats one entry alone: its sorting, disambiguation and subsequent-author options
 * removed. They act only between entries of one bibliography, and citeproc spends half of each entry's
 * time on them even when there is one.
 */
export function singleEntryStyle(xml: string): string {
  return xml
    .replace(/\s(?:disambiguate-add-year-suffix|disambiguate-add-names|disambiguate-add-givenname|givenname-disambiguation-rule|subsequent-author-substitute(?:-rule)?)="[^"]*"/g, '')
    .replace(/(<(?:bibliography|citation)\b[^>]*>)\s*<sort>[\s\S]*?<\/sort>/g, '$1');
}

const csl = plugins.config.get('@csl');
/** The styles as published, by the names the pages use; the single-entry forms are registered as `<name>-entry`. */
export const STYLE_XML: Record<CitationStyle, string> = { apa: csl.styles.get('apa'), chicago: chicagoXml, mla: mlaXml };
for (const [name, xml] of Object.entries(STYLE_XML)) {
  if (!csl.styles.has(name)) csl.styles.add(name, xml);
  if (!csl.styles.has(`${name}-entry`)) csl.styles.add(`${name}-entry`, singleEntryStyle(xml));
}

/** Bumped when what is made of citeproc's output changes (cleanCitationHtml, the < > guard), so the cache is not reused. */
const OUTPUT_VERSION = 'cite-strong-guarded-skeletons-1';
/** Changes whenever the styles, the formatter's version or the output would change what is written. */
const STYLE_VERSION = createHash('sha256').update(STYLE_XML.apa).update(chicagoXml).update(mlaXml).update(`citation-js 0.8.2; ${OUTPUT_VERSION}`).digest('hex').slice(0, 16);

/**
 * The global under which src/integrations/citationWarmup.ts, during a build, puts the promise that its
 * worker thread has formatted every record into the cache; the pages wait for it (citationStore.ts).
 * Absent in the dev server, where the pages format what they need.
 */
export const CITATIONS_WARMING = Symbol.for('inf-kb.citations-warming');

/**
 * citeproc's HTML reduced to what a citation needs: its italics (a periodical's or a work's title)
 * become <cite>, which browsers set in italics and which says what it is, its bold <strong>; its spans
 * carry inline styles, which the pages' policy forbids, and are dropped.
 */
export function cleanCitationHtml(html: string): string {
  return html
    .replace(/^\s*<div[^>]*>|<\/div>\s*$/g, '')
    .replace(/<(?!\/?(?:i|b)>)[^>]*>/g, '')
    .replace(/<(\/?)i>/g, '<$1cite>')
    .replace(/<(\/?)b>/g, '<$1strong>')
    .trim();
}

/** The text a reader copies: the HTML's tags dropped and its character references read back. */
export function citationText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * citeproc reads <i>, <b>, <sup>, <sub> and some <span>s in a field as markup (CSL's rich text): a
 * title that prints "<b>" would come out bold. Every < and > of the data is handed to it as a
 * private-use character and written back as a character reference, so the data stays text.
 */
const LT = '\uE000';
const GT = '\uE001';
const guard = <T>(value: T): T =>
  (typeof value === 'string' ? value.replace(/</g, LT).replace(/>/g, GT) : Array.isArray(value) ? value.map(guard) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, guard(v)])) : value) as T;
const unguard = (html: string) => html.replace(/\uE000/g, '&#60;').replace(/\uE001/g, '&#62;');

/** One record in one style through Citation.js's front door; `published` uses the style as published instead of its single-entry form (for the tests). */
export function formatOne(item: Omit<CslItem, 'abstract'>, style: CitationStyle, published = false): string {
  const html = new Cite(guard(item)).format('bibliography', { template: published ? style : `${style}-entry`, format: 'html', lang: 'en-US' }) as string;
  return unguard(cleanCitationHtml(html));
}

const engines = new Map<CitationStyle, CiteprocEngine>();
let entryCount = 0;

/** One record in one style, on the style's kept engine: what formatOne gives, faster. */
export function formatEntry(item: Omit<CslItem, 'abstract'>, style: CitationStyle): string {
  let engine = engines.get(style);
  if (!engine) {
    engine = csl.engine([], `${style}-entry`, 'en-US', 'html');
    engines.set(style, engine);
  }
  // citeproc keeps what it retrieved by id: every call gets an id of its own, so no record is read from an earlier one.
  const id = `entry-${++entryCount}`;
  const guarded = { ...guard(item), id };
  engine.sys.retrieveItem = () => guarded;
  engine.updateItems([id]);
  const [, entries] = engine.makeBibliography();
  return unguard(cleanCitationHtml(entries[0] ?? ''));
}

/** A cache of formatted citations, kept in a file between builds. */
export interface CitationCache {
  get(key: string): string | undefined;
  set(key: string, html: string): void;
  save(): Promise<void>;
}

/**
 * The cache is a folder of JSON files, one per writer (`writer`: the pages, or each worker thread that
 * formats a share of the records at once), each holding what its writer knew; reading takes them all.
 */
export async function openCitationCache(folder: string, writer = 'pages'): Promise<CitationCache> {
  const dir = path.join(folder, `citations-${STYLE_VERSION}`);
  const file = path.join(dir, `${writer}.json`);
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
  const entries = new Map<string, string>();
  for (const f of files) for (const [key, html] of Object.entries(JSON.parse(await readFile(path.join(dir, f), 'utf8').catch(() => '{}')) as Record<string, string>)) entries.set(key, html);
  let changed = false;
  return {
    get: (key) => entries.get(key),
    set: (key, html) => {
      entries.set(key, html);
      changed = true;
    },
    save: async () => {
      if (!changed) return;
      await mkdir(dir, { recursive: true });
      // Written under a temporary name and renamed, so a reader never sees half a file.
      await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(Object.fromEntries(entries)));
      await rename(`${file}.${process.pid}.tmp`, file);
      changed = false;
    },
  };
}

/**
 * Every record's citation in every style, by id, each made from its skeleton where that is sure to be
 * right (citationSkeletons.ts). With `share`, only the records whose skeleton falls to that share
 * (`index` of `of`), so that several threads can each format a part, alike records together.
 * `calls` receives what citeproc was asked to do.
 */
export function formatCitations(items: readonly CslItem[], cache?: CitationCache, share?: { index: number; of: number }, calls?: (count: SkeletonFormatter<CitationStyle>['calls']) => void): Map<string, StyledCitations> {
  const out = new Map<string, StyledCitations>();
  const formatter = new SkeletonFormatter<CitationStyle>(formatEntry, cache);
  for (const item of items) {
    const { abstract: _quote, ...printed } = item;
    if (share && parseInt(formatter.shareKey(printed, CITATION_STYLES[0].id).slice(0, 8), 16) % share.of !== share.index) continue;
    const styled = {} as StyledCitations;
    for (const { id: style } of CITATION_STYLES) {
      const html = formatter.citation(printed, style);
      styled[style] = { html, text: citationText(html) };
    }
    out.set(item.id, styled);
  }
  calls?.(formatter.calls);
  return out;
}
