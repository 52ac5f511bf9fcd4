/**
 * The dataset described once: every file of /data/, every field with its type and meaning, the keys
 * that tie the files together, the licence. The /data/ page and `data/datapackage.json` (a Frictionless
 * Data Package, https://specs.frictionlessdata.io/) are both made from it, and the tests check every
 * published record against it, so the documentation cannot drift from the files.
 *
 * Field names are part of the published interface (dataset.ts): add fields, never rename or remove them.
 */
import type { KnowledgeBase } from './model.ts';
import { ACTOR_KINDS } from '../schemas/actor.ts';
import { TRANSLATIONS } from '../schemas/article.ts';
import { CLAIM_KINDS } from '../schemas/claim.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../utils/site.ts';
import { absoluteUrl, type SiteUrls } from '../utils/urls.ts';

/** A Table Schema field (https://specs.frictionlessdata.io/table-schema/). */
export interface Field {
  name: string;
  type: 'string' | 'integer' | 'array' | 'object';
  format?: 'uri';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; pattern?: string };
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface DatasetFile {
  /** The resource's name in the data package. */
  name: string;
  path: string;
  format: 'json' | 'csv';
  mediatype: string;
  title: string;
  description: string;
  /** Null for a file whose records are not rows of a table (the CSL-JSON citation records). */
  fields: Field[] | null;
  primaryKey?: string;
  foreignKeys?: ForeignKey[];
  /** Read by the /data/ page: the number of records, filled in at build time. */
  count: (counts: DatasetCounts) => number;
}

export interface DatasetCounts { statements: number; actors: number; articles: number; outlets: number; events: number; topics: number }

/** How many records of each kind the knowledge base holds. */
export const datasetCounts = (kb: KnowledgeBase): DatasetCounts => ({ statements: kb.statements.length, actors: kb.actors.length, articles: kb.articles.length, outlets: kb.outlets.length, events: kb.events.length, topics: kb.topics.length });

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a date at the precision known. */
const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const ID = '^[a-z0-9][a-z0-9-]*$';
const PRECISIONS = ['day', 'month', 'year'] as const;

const required = { required: true } as const;
const id = (what: string): Field => ({ name: 'id', type: 'string', description: `The ${what}'s permanent id: never changed, never reused.`, constraints: { required: true, unique: true, pattern: ID } });
const ref = (name: string, what: string, isRequired = true): Field => ({ name, type: 'string', description: what, constraints: isRequired ? { required: true, pattern: ID } : { pattern: ID } });
const ids = (name: string, what: string): Field => ({ name, type: 'array', description: `${what} (a list of ids).`, constraints: required });
const page = (what: string): Field => ({ name: 'url', type: 'string', description: `The ${what}'s page on this site (a path under the site's base).`, constraints: required });
const partialDate = (name: string, what: string, isRequired = true): Field => ({ name, type: 'string', description: `${what}: YYYY-MM-DD, YYYY-MM or YYYY, at the precision known.`, constraints: { ...(isRequired ? required : {}), pattern: PARTIAL_DATE } });
const precision = (name: string, of: string): Field => ({ name, type: 'string', description: `How precisely ${of} is known: day, month or year.`, constraints: { required: true, enum: PRECISIONS } });

/** statements.csv, column by column, in the order of STATEMENT_COLUMNS (dataset.ts). */
const STATEMENT_CSV_FIELDS: Field[] = [
  id('statement'),
  { name: 'url', type: 'string', description: "The statement's page on this site (a path under the site's base).", constraints: required },
  { name: 'anchor', type: 'string', description: 'Its passage in the article page: the article page with #<statement id>.', constraints: required },
  { name: 'permalink', type: 'string', format: 'uri', description: 'The absolute permanent address to cite.', constraints: required },
  { name: 'quote', type: 'string', description: 'The passage exactly as the source printed it (white space runs made single), errors included.', constraints: required },
  { name: 'kind', type: 'string', description: 'direct (the speaker’s words, quoted), indirect (reported speech) or paraphrase (the outlet’s summary).', constraints: { required: true, enum: CLAIM_KINDS } },
  partialDate('said', 'When it was said'),
  precision('said_precision', 'the date said'),
  ref('speaker_id', 'Who said it: an id in actors.json.'),
  { name: 'speaker_name', type: 'string', description: "The speaker's name as this knowledge base writes it.", constraints: required },
  { name: 'speaker_kind', type: 'string', description: 'person, organisation or state.', constraints: { required: true, enum: ACTOR_KINDS } },
  ref('article_id', 'The article that reported it: an id in articles.json.'),
  { name: 'article_title', type: 'string', description: "The article's title as published.", constraints: required },
  { name: 'article_url', type: 'string', description: "The article's page on this site.", constraints: required },
  partialDate('article_date', 'When the article was published'),
  ref('article_outlet', 'The outlet that published the article: an id in outlets.json.'),
  { name: 'article_source_url', type: 'string', format: 'uri', description: 'The address the article was published at.', constraints: required },
  { name: 'topics', type: 'string', description: 'Topic ids (topics.json), joined with "|"; empty when none.' },
  ref('event', 'The event it is about or reacts to: an id in events.json; empty when none.', false),
  { name: 'responds_to', type: 'string', description: 'Ids of the statements it answers, joined with "|".' },
  { name: 'disputes', type: 'string', description: 'Ids of the statements it disputes, joined with "|".' },
  { name: 'note', type: 'string', description: "The editors' note on the statement; empty when none." },
  ref('via_id', 'The actor through whose account the statement is known (hearsay, not the speaker’s own words): an id in actors.json; empty when it is the speaker’s own.', false),
  { name: 'via_name', type: 'string', description: "That actor's name; empty when none." },
];

/** What every JSON file's description repeats. */
const json = (name: string, title: string, description: string) => ({ name, path: `${name}.json`, format: 'json' as const, mediatype: 'application/json', title, description });

export const DATASET_FILES: DatasetFile[] = [
  {
    ...json('statements', 'Statements', 'Every statement: who said what, when, and where it was reported. In the order the statements were made.'),
    fields: [
      id('statement'),
      { name: 'url', type: 'string', description: "The statement's page on this site.", constraints: required },
      { name: 'anchor', type: 'string', description: 'Its passage in the article page.', constraints: required },
      { name: 'permalink', type: 'string', format: 'uri', description: 'The absolute permanent address to cite.', constraints: required },
      { name: 'quote', type: 'string', description: 'The passage exactly as the source printed it, errors included.', constraints: required },
      { name: 'kind', type: 'string', description: 'direct, indirect or paraphrase.', constraints: { required: true, enum: CLAIM_KINDS } },
      partialDate('said', 'When it was said'),
      precision('saidPrecision', 'the date said'),
      { name: 'speaker', type: 'object', description: 'Who said it: {id, name, kind}; id is in actors.json.', constraints: required },
      { name: 'article', type: 'object', description: 'Where it was reported: {id, title, url, date, outlet, sourceUrl}; id is in articles.json, outlet in outlets.json.', constraints: required },
      ids('topics', 'Topics it is about, in topics.json'),
      ref('event', 'The event it is about, in events.json, or null.', false),
      ids('respondsTo', 'Statements it answers'),
      ids('disputes', 'Statements it disputes'),
      { name: 'note', type: 'string', description: "The editors' note, or null." },
      { name: 'via', type: 'object', description: 'The actor through whose account the statement is known (hearsay, not the speaker’s own words): {id, name, kind}, or null.' },
    ],
    primaryKey: 'id',
    count: (c) => c.statements,
  },
  {
    name: 'statements-csv',
    path: 'statements.csv',
    format: 'csv',
    mediatype: 'text/csv',
    title: 'Statements as CSV',
    description: 'The same statements as a table (RFC 4180, UTF-8, CRLF line ends), one row each: nested fields flattened, lists joined with "|".',
    fields: STATEMENT_CSV_FIELDS,
    primaryKey: 'id',
    foreignKeys: [
      { fields: 'speaker_id', reference: { resource: 'actors', fields: 'id' } },
      { fields: 'article_id', reference: { resource: 'articles', fields: 'id' } },
      { fields: 'article_outlet', reference: { resource: 'outlets', fields: 'id' } },
      { fields: 'event', reference: { resource: 'events', fields: 'id' } },
      { fields: 'via_id', reference: { resource: 'actors', fields: 'id' } },
    ],
    count: (c) => c.statements,
  },
  {
    ...json('actors', 'Actors', 'People, organisations and states who made statements or took part in events, by name.'),
    fields: [
      id('actor'),
      { name: 'name', type: 'string', description: 'The name as this knowledge base writes it.', constraints: required },
      { name: 'aliases', type: 'array', description: 'Every other spelling printed in a source (transliterations, misprints).', constraints: required },
      { name: 'kind', type: 'string', description: 'person, organisation or state.', constraints: { required: true, enum: ACTOR_KINDS } },
      page('actor'),
      { name: 'statementCount', type: 'integer', description: 'How many statements they made.', constraints: required },
      { name: 'roles', type: 'array', description: 'Roles held: {title, organisation (an actor id or null), from, to (dates or null)}.', constraints: required },
      ref('affiliation', 'The actor they belong to (a ministry’s state), or null.', false),
      { name: 'description', type: 'string', description: 'A short neutral description.', constraints: required },
    ],
    primaryKey: 'id',
    count: (c) => c.actors,
  },
  {
    ...json('articles', 'Articles', 'The source articles, newest first, with where and when each was published.'),
    fields: [
      id('article'),
      { name: 'title', type: 'string', description: 'The title as published.', constraints: required },
      page('article'),
      partialDate('date', 'When it was published'),
      precision('datePrecision', 'the publication date'),
      { name: 'dateNote', type: 'string', description: 'How a date that is not printed was inferred, or null.' },
      ref('outlet', 'The outlet that published it: an id in outlets.json.'),
      { name: 'original', type: 'object', description: `The outlet whose work it republishes or translates: {outlet, translation (${TRANSLATIONS.join(', ')}), language}, or null.` },
      { name: 'sourceUrl', type: 'string', format: 'uri', description: 'The address it was published at.', constraints: required },
      { name: 'authors', type: 'array', description: 'Bylines as printed; empty when none.', constraints: required },
      { name: 'summary', type: 'string', description: "The editors' summary.", constraints: required },
      ids('speakers', 'Actors it quotes'),
      ids('statements', 'Statements it reports'),
    ],
    primaryKey: 'id',
    foreignKeys: [{ fields: 'outlet', reference: { resource: 'outlets', fields: 'id' } }],
    count: (c) => c.articles,
  },
  {
    ...json('outlets', 'Outlets', 'The news outlets that published or first printed the articles.'),
    fields: [
      id('outlet'),
      { name: 'name', type: 'string', description: 'The outlet’s name.', constraints: required },
      page('outlet'),
      { name: 'country', type: 'string', description: 'Where it is based.', constraints: required },
      { name: 'ownership', type: 'string', description: 'Who owns it (state, private…).', constraints: required },
      { name: 'homepage', type: 'string', format: 'uri', description: 'Its home page.', constraints: required },
      ids('articles', 'Its articles in this knowledge base'),
    ],
    primaryKey: 'id',
    count: (c) => c.outlets,
  },
  {
    ...json('events', 'Events', 'Events the statements are about or react to, in date order.'),
    fields: [
      id('event'),
      partialDate('date', 'When it happened'),
      precision('datePrecision', 'the date'),
      { name: 'title', type: 'string', description: 'What happened.', constraints: required },
      page('event'),
      { name: 'description', type: 'string', description: 'A short neutral description.', constraints: required },
      ids('actors', 'Actors involved'),
      ids('articles', 'Articles that report it'),
      { name: 'sources', type: 'array', description: 'On what each of its facts rests: [{article, facts}], article an id in articles.json, or null for a source outside the knowledge base.', constraints: required },
      { name: 'sourceNote', type: 'string', description: 'What else a reader should know of its sources, or null.' },
      ids('statements', 'Statements about it'),
    ],
    primaryKey: 'id',
    count: (c) => c.events,
  },
  {
    ...json('topics', 'Topics', 'The topics statements are filed under.'),
    fields: [
      id('topic'),
      { name: 'name', type: 'string', description: 'The topic’s name.', constraints: required },
      page('topic'),
      { name: 'description', type: 'string', description: 'What it covers.', constraints: required },
      { name: 'statementCount', type: 'integer', description: 'How many statements are filed under it.', constraints: required },
    ],
    primaryKey: 'id',
    count: (c) => c.topics,
  },
  {
    name: 'statements-csl',
    path: 'statements.csl.json',
    format: 'json',
    mediatype: 'application/vnd.citationstyles.csl+json',
    title: 'Statements as citations (CSL-JSON)',
    description: 'Every statement as a citation record in CSL-JSON (https://citationstyles.org/), for importing into Zotero, Mendeley or pandoc at once: the speaker as author, the date said, "Quoted in “<article>”" as genre, the outlet as container, the permanent address, the quote as abstract. Valid against the CSL-JSON schema (https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json). Each statement page links to its own record, and to BibTeX and RIS.',
    fields: null,
    count: (c) => c.statements,
  },
  {
    name: 'articles-csl',
    path: 'articles.csl.json',
    format: 'json',
    mediatype: 'application/vnd.citationstyles.csl+json',
    title: 'Articles as citations (CSL-JSON)',
    description: 'Every article as a citation record in CSL-JSON, as its outlet published it, at its source address.',
    fields: null,
    count: (c) => c.articles,
  },
];

/**
 * The licences. The records (the ids, dates, attributions, links, summaries and notes) are this
 * project's; the quoted passages and article texts remain their sources', quoted for research and
 * reporting, and are not relicensed.
 */
export const LICENCES = [
  { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/', covers: 'the records: ids, dates, attributions, links, relations, summaries and notes' },
  { name: 'MIT', title: 'MIT License', path: 'https://opensource.org/license/mit', covers: 'the code that builds the site and the dataset' },
] as const;

export const QUOTES_NOTICE = 'Quoted passages and article texts remain the property of their publishers; they are reproduced exactly, with attribution, for research and reporting, and are not covered by the licences above.';

/** The Frictionless Data Package descriptor of the /data/ folder. */
export function dataPackage(options: { urls: SiteUrls; site: string; built: Date; counts: DatasetCounts }) {
  const { urls, site, built } = options;
  return {
    profile: 'tabular-data-package',
    name: 'inf-treaty-statements',
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    homepage: absoluteUrl(urls.home, site),
    version: built.toISOString().slice(0, 10),
    created: built.toISOString(),
    keywords: ['INF Treaty', 'arms control', 'statements', 'quotations', 'fact-checking'],
    licenses: LICENCES.map(({ name, title, path }) => ({ name, title, path })),
    rights: QUOTES_NOTICE,
    resources: DATASET_FILES.map((file) => ({
      name: file.name,
      path: file.path,
      title: file.title,
      description: file.description,
      format: file.format,
      mediatype: file.mediatype,
      encoding: 'utf-8',
      ...(file.fields
        ? {
            profile: 'tabular-data-resource',
            ...(file.format === 'csv' ? { dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } } : {}),
            schema: {
              fields: file.fields.map(({ name, type, format, description, constraints }) => ({ name, type, ...(format ? { format } : {}), description, ...(constraints ? { constraints } : {}) })),
              missingValues: file.format === 'csv' ? [''] : [],
              ...(file.primaryKey ? { primaryKey: file.primaryKey } : {}),
              ...(file.foreignKeys ? { foreignKeys: file.foreignKeys } : {}),
            },
          }
        : { profile: 'data-resource' }),
    })),
  };
}
