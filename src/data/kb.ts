/**
 * The one module between content and pages. It reads every collection once, with the address files
 * (src/data/ledger.ts), fails the build on any integrity problem or any published address that would
 * be lost (naming file, field and fix), and hands pages the linked knowledge base of published
 * entries (drafts are checked, never published), the moves and the withdrawals.
 * Pages import from here; they never call getCollection themselves.
 */
import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkIntegrity, formatProblems, type ContentEntries } from './integrity.ts';
import { publishedContent } from './drafts.ts';
import { makeUrls } from '../utils/urls.ts';
import { buildKnowledgeBase, type KnowledgeBase } from './model.ts';
import { findMisplacedFiles } from './contentFolder.ts';
import { buildDataset } from './dataset.ts';
import { storedHtmlPath, type StoredArticle } from './storedArticle.ts';
import { settings } from '../settings.ts';
import { addressProblems, siteAddresses } from './addresses.ts';
import { readAddressFiles, showIn } from './ledger.ts';
import type { Withdrawal } from '../schemas/addresses.ts';

export type { Actor, Article, Event, KnowledgeBase, Outlet, Statement, Topic } from './model.ts';
export type { Withdrawal } from '../schemas/addresses.ts';

/** The site's addresses under the configured base. */
export const urls = makeUrls(import.meta.env.BASE_URL);

/** The public origin, for permanent links and citations. */
export const site = import.meta.env.SITE ?? 'http://localhost:4321';

/** The entry's `rendered`, as the article loader stores it (StoredArticle). */
const stored = (entry: CollectionEntry<'articles'>) => entry.rendered as Partial<StoredArticle> | undefined;

/**
 * The printed passages the article loader stores with an article's HTML (the store keeps no body:
 * at 10,000 articles the bodies were a quarter of the data store the build loads into memory).
 */
function storedPassages(entry: CollectionEntry<'articles'>): ReadonlyMap<string, string | null> {
  const passages = stored(entry)?.metadata?.passages;
  return passages instanceof Map ? passages : new Map();
}


let loaded: ReturnType<typeof load> | undefined;

async function load() {
  const [articles, actors, outlets, events, topics] = await Promise.all([
    getCollection('articles'),
    getCollection('actors'),
    getCollection('outlets'),
    getCollection('events'),
    getCollection('topics'),
  ]);
  const file = (entry: { filePath?: string | undefined; id: string }, folder: string, ext: string) =>
    entry.filePath ?? `${folder}/${entry.id}${ext}`;
  const content: ContentEntries = {
    articles: articles.map((e) => ({ id: e.id, file: file(e, 'content/articles', '.mdx'), data: e.data, passages: storedPassages(e) })),
    actors: actors.map((e) => ({ id: e.id, file: file(e, 'content/actors', '.yaml'), data: e.data })),
    outlets: outlets.map((e) => ({ id: e.id, file: file(e, 'content/outlets', '.yaml'), data: e.data })),
    events: events.map((e) => ({ id: e.id, file: file(e, 'content/events', '.yaml'), data: e.data })),
    topics: topics.map((e) => ({ id: e.id, file: file(e, 'content/topics', '.yaml'), data: e.data })),
  };
  const root = settings.content;
  const addressFiles = await readAddressFiles(root);
  const problems = [...(await findMisplacedFiles(root)), ...addressFiles.problems, ...checkIntegrity(content)];
  if (problems.length > 0) throw new Error(formatProblems(problems));
  // Drafts are checked above with everything else, and left out of everything a page or data file sees.
  const kb = buildKnowledgeBase(publishedContent(content));
  // Every address ever published is still a page, a move or a withdrawal notice, or nothing is published.
  const lost = addressProblems(addressFiles, siteAddresses(kb, addressFiles.withdrawals), showIn(root));
  if (lost.length > 0) throw new Error(formatProblems(lost));
  return { kb, entries: new Map(articles.map((e) => [e.id, e])), redirects: addressFiles.redirects, withdrawals: addressFiles.withdrawals };
}

/** The checked, linked knowledge base; loaded once per build. */
export async function getKnowledgeBase(): Promise<KnowledgeBase> {
  loaded ??= load();
  return (await loaded).kb;
}

/** Addresses that moved, old → new, without the base (content/redirects.yaml), checked: each new one is a page. */
export async function getRedirects(): Promise<Readonly<Record<string, string>>> {
  loaded ??= load();
  return (await loaded).redirects;
}

/** Statements withdrawn on purpose (content/withdrawn.yaml), checked against the content. */
export async function getWithdrawals(): Promise<readonly Withdrawal[]> {
  loaded ??= load();
  return (await loaded).withdrawals;
}

/**
 * The article's body as HTML. The article loader keeps it in a file of its own, not in the data store
 * (src/integrations/articleLoader.ts), in this build's cache folder, so it is read here, page by page.
 */
export async function getArticleHtml(id: string): Promise<string> {
  loaded ??= load();
  const entry = (await loaded).entries.get(id);
  if (!entry) throw new Error(`No article "${id}"`);
  const file = stored(entry)?.metadata?.htmlFile;
  if (typeof file !== 'string') throw new Error(`The article "${id}" has no rendered HTML in the data store: build again (the content cache is from older code).`);
  return readFile(storedHtmlPath(file), 'utf8');
}

let dataset: Promise<ReturnType<typeof buildDataset>> | undefined;

/** The public dataset's records, built once per build for all the data files. */
export function getDataset(): Promise<ReturnType<typeof buildDataset>> {
  dataset ??= getKnowledgeBase().then((kb) => buildDataset(kb, urls, site));
  return dataset;
}
