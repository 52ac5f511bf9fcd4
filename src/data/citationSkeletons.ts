/**
 * Formatting every statement's citation with citeproc takes ~1–2 ms per record and style: at 1,000
 * articles (~10,000 statements) that was most of a minute of the build. Most of a statement's citation
 * has the same shape as many others': how it was reported, whose account it is. What changes from
 * record to record is the speaker, the article's title, the outlet, the date and the address. So each
 * style formats a *skeleton* once: the record with those replaced by stand-ins; each record's citation
 * is then the skeleton's with the stand-ins replaced by the record's own values, as that style writes them.
 *
 * It is only done where it is sure to give what citeproc gives for the whole record:
 * - a title or an outlet's name is put in only if the style prints it exactly as given (a probe, once
 *   per style, checks that a mixed-case stand-in comes out verbatim: no title case, no sentence case),
 *   and only when the value is plain text: letters, digits, spaces and plain punctuation, no quotes,
 *   apostrophes or markup characters (which citeproc rewrites), not ending in punctuation that could
 *   meet the style's own;
 * - a date and a speaker are written as the style writes them: a probe record is formatted with the
 *   stand-in and with the record's value, and what differs between the two outputs is how each is
 *   written (a speaker only when there is one, a person by given and family name without stops, or
 *   an organisation whose name is plain text);
 * - every stand-in must be found exactly once in the skeleton's output;
 * - the first record of each skeleton is also formatted whole and compared; if the two differ, every
 *   record of that skeleton is formatted whole.
 * Anything else is formatted whole. Tests compare every record of the real content and of a synthetic
 * corpus with whole formatting. Citeproc then runs a few times per style, once per speaker and once
 * per day (bounded by actors and days, not by statements), and each result is kept in the cache folder.
 *
 * Pure but for citeproc, which it is handed (`format`), and the cache.
 */
import { createHash } from 'node:crypto';
import type { CslItem, CslName } from './citations.ts';

/** A record as the styles print it: without the abstract (the quote), which no style prints. */
export type Printed = Omit<CslItem, 'abstract'>;
/** Formats one record, whole, in one style (citeproc; citationStyles.ts). */
export type FormatWhole<S extends string> = (item: Printed, style: S) => string;

/** Stand in for a record's id and address. */
const STAND_IN_ID = 'zyqx-record';
const URL_STAND_IN = 'https://zyqx.invalid/zyqx-record/';
/** An address citeproc prints as given (no & or ', which it rewrites). */
const SAFE_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$()*+,;=%]+$/;
/** Mixed case, so that a style that changes a field's case is caught by the probe. */
const TITLE_STAND_IN = 'zyqx Titlestand in Words';
const OUTLET_STAND_IN = 'zyqv Outletstand in Words';
/** A date no record has: whatever of its writing a record's date shares is left in place. */
const DATE_STAND_IN = [1357, 10, 29] as const;
/** Speakers no record has, a person and an organisation (written differently by the styles). */
const PERSON_STAND_IN: CslName = { family: 'Zyqxfam', given: 'Zyqxgiv' };
const ORGANISATION_STAND_IN: CslName = { literal: 'Zyqx Organisation' };
/** A person's name part without stops, particles or anything citeproc reads as markup. */
const NAME_PART = /^\p{Lu}[\p{L}\p{M}]*(?:[ -]\p{Lu}[\p{L}\p{M}]*)*$/u;

/** Text citeproc prints as given (where the style does not change its case): see the module's comment. */
const PLAIN = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M} ,;:()\-–—/]*[\p{L}\p{N})])?$/u;
export const isPlainText = (text: string): boolean => PLAIN.test(text) && !text.includes('  ');

/** A genre as statements have it: how it was reported, the article's title in quotes, whose account. */
const GENRE = /^([^“”]*“)([^“”]*)(”[^“”]*)$/;

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

const WORD = /[\p{L}\p{N}]/u;

/**
 * `text` with its one occurrence of `part` replaced; undefined if `part` is not in it exactly once.
 * An occurrence is whole: "29" is not found in "9M729".
 */
function replaceOnce(text: string, part: string, by: string): string | undefined {
  const found: number[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) {
    const before = text[at - 1];
    const after = text[at + part.length];
    const cutsWord = (before !== undefined && WORD.test(before) && WORD.test(part[0]!)) || (after !== undefined && WORD.test(after) && WORD.test(part[part.length - 1]!));
    if (!cutsWord) found.push(at);
  }
  return found.length === 1 ? text.slice(0, found[0]) + by + text.slice(found[0]! + part.length) : undefined;
}

/**
 * Where two outputs differ: the first's differing middle and the second's, after their common start
 * and end, widened to whole words and numbers (so "2" against "29" is not read as "" against "9").
 * Two equal outputs give two empty middles.
 */
export function differingMiddle(a: string, b: string): [string, string] {
  if (a === b) return ['', ''];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  while (start > 0 && WORD.test(a[start - 1]!)) start--;
  while (end > 0 && WORD.test(a[a.length - end]!)) end--;
  return [a.slice(start, a.length - end), b.slice(start, b.length - end)];
}

type Parts = CslItem['issued']['date-parts'][0];

/** A record's skeleton in one style: what is formatted once, and how to make the record's own citation of it. */
interface Skeleton {
  key: string;
  item: Printed;
  /** Stand-in → the record's value, each to be found once in the output. */
  values: [string, string][];
  /** What stands in the skeleton and is written as the style writes the record's own (a date, a speaker). */
  written: Written[];
}

/** A field whose writing is found by formatting the probe record with the stand-in and with the record's value. */
interface Written { field: 'issued' | 'author' | 'container-title'; standIn: Printed['issued'] | CslName[] | string; value: Printed['issued'] | CslName[] | string }

/** What a style prints verbatim, found once per style by a probe. */
interface StyleFacts { genreTitle: boolean; title: boolean; url: boolean; year: boolean }

export interface SkeletonCache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/**
 * Formats records in one or more styles, each skeleton and each date once (see the module's comment);
 * `whole` is citeproc on one record. Counts what it asked citeproc for, for the tests and the log.
 */
export class SkeletonFormatter<S extends string> {
  readonly calls = { whole: 0, skeletons: 0, writings: 0, checks: 0, fallbacks: 0 };
  private facts = new Map<S, StyleFacts>();
  private writings = new Map<string, [string, string] | null>();
  private checked = new Map<string, boolean>();

  private readonly whole: FormatWhole<S>;
  private readonly cache: SkeletonCache | undefined;

  constructor(whole: FormatWhole<S>, cache?: SkeletonCache) {
    this.whole = whole;
    this.cache = cache;
  }

  private format(item: Printed, style: S): string {
    this.calls.whole++;
    return this.whole(item, style);
  }

  /** What this formatter made, by key: kept whether or not there is a cache folder. */
  private made = new Map<string, string>();

  /** Formats once per key: from what was made, else the cache, else `make`. */
  private cached(key: string, make: () => string): string {
    let value = this.made.get(key) ?? this.cache?.get(key);
    if (value === undefined) {
      value = make();
      this.cache?.set(key, value);
    }
    this.made.set(key, value);
    return value;
  }

  private probe(style: S): StyleFacts {
    let facts = this.facts.get(style);
    if (!facts) {
      const once = (text: string, part: string) => text.split(part).length === 2;
      const statement = this.cached(`${style}:probe:statement`, () => this.format(probeItem({ genre: `Quoted in “${TITLE_STAND_IN}”`, URL: URL_STAND_IN }), style));
      const article = this.cached(`${style}:probe:article`, () => this.format(probeItem({ title: TITLE_STAND_IN, genre: undefined }), style));
      const year = String(DATE_STAND_IN[0]);
      facts = { genreTitle: once(statement, TITLE_STAND_IN), url: once(statement, URL_STAND_IN), title: once(article, TITLE_STAND_IN), year: once(statement, year) && once(article, year) };
      this.facts.set(style, facts);
    }
    return facts;
  }

  /** How `style` writes a field's stand-in and the record's value: the differing middles of the probe formatted with each. */
  private writing(style: S, { field, standIn, value }: Written): [string, string] | null {
    const key = `${style}:${field}:${JSON.stringify(value)}`;
    let found = this.writings.get(key);
    if (found === undefined) {
      const a = this.cached(`${style}:probe:${field}:${JSON.stringify(standIn)}`, () => this.format(probeItem({ [field]: standIn }), style));
      const b = this.cached(key, () => {
        this.calls.writings++;
        return this.format(probeItem({ [field]: value }), style);
      });
      const [from, to] = differingMiddle(a, b);
      // Equal outputs: the value is written as the stand-in is (nothing to put in); else the stand-in's writing must be found.
      found = a === b || from ? [from, to] : null;
      this.writings.set(key, found);
    }
    return found;
  }

  /** The record's skeleton in `style`, or undefined where it would be the record's alone (an article whose title the style rewrites). */
  private skeleton(item: Printed, style: S): Skeleton | undefined {
    const facts = this.probe(style);
    const values: [string, string][] = [];
    const shell: Printed = { ...item, id: STAND_IN_ID, 'citation-key': STAND_IN_ID };
    const genre = item.genre?.match(GENRE);
    if (facts.genreTitle && genre && isPlainText(genre[2]!)) {
      shell.genre = `${genre[1]}${TITLE_STAND_IN}${genre[3]}`;
      values.push([TITLE_STAND_IN, genre[2]!]);
    } else if (!item.genre) {
      if (!facts.title || !isPlainText(item.title)) return undefined;
      shell.title = TITLE_STAND_IN;
      values.push([TITLE_STAND_IN, item.title]);
    }
    if (facts.url && SAFE_URL.test(item.URL)) {
      shell.URL = URL_STAND_IN;
      values.push([URL_STAND_IN, item.URL]);
    }
    const written: Written[] = [];
    const years: [string, string][] = [];
    const parts = item.issued['date-parts'][0];
    const standInDate = DATE_STAND_IN.slice(0, parts.length) as unknown as Parts;
    if (facts.year) {
      // The year as digits, put in like a title; the day and month written as the style writes them
      // (at most 366 writings a style, whatever the years).
      if (parts.length > 1) written.push({ field: 'issued', standIn: { 'date-parts': [standInDate] }, value: { 'date-parts': [[DATE_STAND_IN[0], ...parts.slice(1)] as unknown as Parts] } });
      years.push([String(DATE_STAND_IN[0]), String(parts[0])]);
    } else {
      written.push({ field: 'issued', standIn: { 'date-parts': [standInDate] }, value: item.issued });
    }
    if (isPlainText(item['container-title'])) written.push({ field: 'container-title', standIn: OUTLET_STAND_IN, value: item['container-title'] });
    const speaker = item.author?.length === 1 ? item.author[0]! : undefined;
    if (speaker && isPlainName(speaker)) written.push({ field: 'author', standIn: [speaker.literal === undefined ? PERSON_STAND_IN : ORGANISATION_STAND_IN], value: [speaker] });
    for (const w of written) Object.assign(shell, { [w.field]: w.standIn });
    shell.issued = { 'date-parts': [standInDate] };
    // The year before the title and the address, which may hold the same digits.
    return { key: digest(shell), item: shell, values: [...years, ...values], written };
  }

  /** The skeleton's output made the record's own; undefined where a stand-in is not found exactly once. */
  private fill(output: string, skeleton: Skeleton, style: S): string | undefined {
    let text: string | undefined = output;
    // What the style writes first, while the output holds only stand-ins; then what is put in as given.
    for (const field of skeleton.written) {
      const writing = this.writing(style, field);
      if (writing && writing[0] === '' && writing[1] === '') continue;
      text = text && writing ? replaceOnce(text, writing[0], writing[1]) : undefined;
    }
    for (const [standIn, value] of skeleton.values) text = text && replaceOnce(text, standIn, value);
    return text;
  }

  /** A record's citation in `style`: from its skeleton where that is sure to be right, else whole. */
  citation(item: Printed, style: S): string {
    const skeleton = this.skeleton(item, style);
    if (!skeleton) return this.formatWhole(item, style);
    const output = this.cached(`${style}:skeleton:${skeleton.key}`, () => {
      this.calls.skeletons++;
      return this.format(skeleton.item, style);
    });
    const checkKey = `${style}:checked:${skeleton.key}`;
    let sound = this.checked.get(checkKey);
    const known = sound === undefined ? this.cache?.get(checkKey) : undefined;
    if (known !== undefined) sound = known === 'same';
    let filled = this.fill(output, skeleton, style);
    if (sound === undefined && filled !== undefined) {
      // The skeleton's first record, formatted whole too: the two must agree.
      this.calls.checks++;
      const wholeOutput = this.format(item, style);
      sound = wholeOutput === filled;
      this.cache?.set(checkKey, sound ? 'same' : 'differs');
      if (!sound) filled = wholeOutput;
    }
    if (sound !== undefined) this.checked.set(checkKey, sound);
    if (filled !== undefined && sound !== false) return filled;
    this.calls.fallbacks++;
    return this.formatWhole(item, style);
  }

  private formatWhole(item: Printed, style: S): string {
    return this.cached(`${style}:whole:${digest(item)}`, () => this.format(item, style));
  }

  /**
   * The key by which threads divide the records so that alike records fall to one thread: the record's
   * skeleton in `style` (the record itself where it has none).
   */
  shareKey(item: Printed, style: S): string {
    return this.skeleton(item, style)?.key ?? digest(item);
  }
}

/** A speaker whose writing can be found by the probe: a person by given and family name alone, or an organisation named in plain text. */
function isPlainName(name: CslName): boolean {
  const keys = Object.keys(name).sort().join(' ');
  if (keys === 'literal') return isPlainText(name.literal!);
  return keys === 'family given' && NAME_PART.test(name.family!) && NAME_PART.test(name.given!);
}

/**
 * The probes' record, a statement of a person reported in a newspaper with plain values, with some
 * fields replaced; a field given as undefined is left out (an article's probe has no genre).
 */
function probeItem(overrides: { [K in keyof Printed]?: Printed[K] | undefined }): Printed {
  const item: Printed = {
    id: 'probe',
    'citation-key': 'probe',
    type: 'article-newspaper',
    title: 'Statement',
    genre: 'Quoted in “Probe”',
    author: [{ family: 'Probe', given: 'Pat' }],
    issued: { 'date-parts': [[...DATE_STAND_IN]] },
    'container-title': 'Probe',
    URL: 'https://probe.invalid/probe/',
    source: 'Probe',
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete (item as unknown as Record<string, unknown>)[key];
    else (item as unknown as Record<string, unknown>)[key] = value;
  }
  return item;
}
