/**
 * The site's addresses, computed from content alone (no build), and the promise kept on them: an
 * address in the ledger (content/addresses.txt) is a page, a declared move (content/redirects.yaml)
 * or a withdrawal notice (content/withdrawn.yaml), for ever. Pure: the callers read the files
 * (src/data/ledger.ts) and decide to fail — `npm run check:content`, the build (src/data/kb.ts) and
 * `npm run addresses:record`.
 *
 * `siteAddresses` mirrors the routes under src/pages; tests/quality/permalinks.test.ts compares it
 * with every page of real builds, so a route added without it fails the tests.
 */
import { createHash } from 'node:crypto';
import { ADDRESS_FILES, type Withdrawal } from '../schemas/addresses.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import type { Problem } from './integrity.ts';
import { normalizeQuoteText } from '../utils/quoteText.ts';
import { makeUrls, type SiteUrls } from '../utils/urls.ts';
import type { KnowledgeBase } from './model.ts';
import { articleYears, timelineFilters, timelineFor, timelinePeriods } from './timeline.ts';
import { knowledgeBaseExchanges } from './exchanges.ts';

/** One page the content publishes. */
export interface SiteAddress {
  /** The address without the base, e.g. `/statements/lavrov-x/`. */
  address: string;
  /** Cited, so recorded in the ledger and kept for ever: statements, articles, actors and the year and month pages of long lists. */
  permanent: boolean;
  /** The content file that makes the page, relative to the content folder (`articles/x.mdx`); none for lists. */
  holder?: string;
  /** Where in the holder, when it holds many (`claims[2].id`). */
  field?: string;
  /**
   * A digest of what the page shows that outlives its id — a statement's quote, an article's source
   * address, an actor's name — so a page whose id was changed is found again by it.
   */
  fingerprint?: string;
}

/** A short digest of a text, compared as quotes are (white space, typographic quotes and dashes folded). */
export function fingerprintOf(text: string): string {
  return createHash('sha256').update(normalizeQuoteText(text)).digest('hex').slice(0, 12);
}

const ROOT_URLS: SiteUrls = makeUrls('/');
const holderOf = (collection: 'articles' | 'actors', id: string) => `${COLLECTIONS[collection].folder}/${id}${COLLECTIONS[collection].extensions[0]}`;

/** Every page the content publishes (the 404 page and redirect pages aside), in no particular order. */
export function siteAddresses(kb: KnowledgeBase, withdrawals: readonly Withdrawal[] = []): SiteAddress[] {
  const u = ROOT_URLS;
  const list = (address: string): SiteAddress => ({ address, permanent: false });
  const addresses: SiteAddress[] = [u.home, u.timeline, u.articles, u.actors, u.outlets, u.topics, u.events, u.search, u.data, u.statements, u.exchanges].map(list);
  for (const s of kb.statements) {
    addresses.push({ address: u.statement(s.id), permanent: true, holder: holderOf('articles', s.article.id), field: `claims[${s.position}].id`, fingerprint: fingerprintOf(s.quote) });
  }
  for (const w of withdrawals) addresses.push({ address: u.statement(w.id), permanent: true, holder: ADDRESS_FILES.withdrawn });
  for (const a of kb.articles) addresses.push({ address: u.article(a.id), permanent: true, holder: holderOf('articles', a.id), fingerprint: fingerprintOf(a.url) });
  for (const { year } of articleYears(kb.articles)) addresses.push({ address: u.articlesYear(year), permanent: true });
  for (const a of kb.actors) addresses.push({ address: u.actor(a.id), permanent: true, holder: holderOf('actors', a.id), fingerprint: fingerprintOf(a.name) });
  addresses.push(...kb.outlets.map((o) => list(u.outlet(o.id))), ...kb.topics.map((t) => list(u.topic(t.id))), ...kb.events.map((e) => list(u.event(e.id))));
  addresses.push(...knowledgeBaseExchanges(kb).graph.edges.map((edge) => list(u.exchange(edge.id))));
  const periods = (years: ReturnType<typeof timelineFor>, filter?: { kind: string; value: string }) =>
    timelinePeriods(years).map(({ year, month }): SiteAddress => ({ address: month === undefined ? u.timelineYear(year, filter) : u.timelineMonth(year, month, filter), permanent: true }));
  addresses.push(...periods(timelineFor(kb)));
  for (const filter of Object.values(timelineFilters(kb)).flat()) {
    addresses.push(list(u.timelineFiltered(filter.kind, filter.value)), ...periods(timelineFor(kb, filter), filter));
  }
  return addresses;
}

/** One line of the ledger: an address and what held it when it was last recorded. */
export interface LedgerEntry {
  address: string;
  holder?: string | undefined;
  fingerprint?: string | undefined;
  /** Line number in the ledger file, for messages. */
  line: number;
}

export interface AddressFiles {
  ledger: readonly LedgerEntry[];
  redirects: Readonly<Record<string, string>>;
  withdrawals: readonly Withdrawal[];
}

/** How a file is named in messages: a path relative to the content folder (`articles/x.mdx`) → `content/articles/x.mdx`. */
export type ShowFile = (relative: string) => string;

const LEDGERED_KINDS = ['statements', 'articles', 'actors'] as const;
const SINGULAR = { statements: 'statement', articles: 'article', actors: 'actor' } as const;
const kindOf = (address: string) => LEDGERED_KINDS.find((kind) => address.startsWith(`/${kind}/`) && !address.startsWith('/articles/year/'));
const idOf = (address: string) => address.split('/').at(-2) ?? '';
const redirectLine = (from: string, to: string) => `"${from}: ${to}"`;

/**
 * What keeps the content from being published, as far as addresses go: a recorded address that is
 * neither a page nor moved nor withdrawn, a move that does not end on a page (nowhere, a chain, a
 * loop), a move that would hide a page, and a withdrawal that contradicts the content.
 */
export function addressProblems(files: AddressFiles, site: readonly SiteAddress[], show: ShowFile): Problem[] {
  const problems: Problem[] = [];
  const pages = new Map(site.map((s) => [s.address, s]));
  const { redirects } = files;
  const context: Context = { site, pages, recorded: new Set(files.ledger.map((e) => e.address)), redirects, show };
  const withdrawn = new Map(files.withdrawals.map((w) => [ROOT_URLS.statement(w.id), w]));

  for (const entry of files.ledger) {
    if (pages.has(entry.address) || Object.hasOwn(redirects, entry.address)) continue;
    problems.push(goneProblem(entry, context));
  }

  const redirectsFile = show(ADDRESS_FILES.redirects);
  for (const [from, to] of Object.entries(redirects)) {
    const field = `"${from}"`;
    const page = pages.get(from);
    if (page && withdrawn.has(from)) {
      problems.push({ file: redirectsFile, field, problem: `${from} is the withdrawal notice of statement "${idOf(from)}" (${show(ADDRESS_FILES.withdrawn)}), which this redirect would hide`, fix: `keep one: remove this line, or the statement's entry in ${show(ADDRESS_FILES.withdrawn)}` });
      continue;
    }
    if (page) {
      const by = page.holder ? ` (${show(page.holder)})` : '';
      problems.push({ file: redirectsFile, field, problem: `${from} is a page the site publishes${by}, which this redirect would hide`, fix: `remove this line if the page has come back; if a new ${kindOf(from) ? SINGULAR[kindOf(from)!] : 'page'} took the old id, give it another id instead (an address is never reused)` });
      continue;
    }
    const path = [from];
    let at = to;
    while (Object.hasOwn(redirects, at) && !path.includes(at)) {
      path.push(at);
      at = redirects[at] as string;
    }
    if (path.includes(at)) {
      problems.push({ file: redirectsFile, field, problem: `the redirects go round in a loop and never reach a page: ${[...path, at].join(' → ')}`, fix: `point ${from} at the page it moved to, e.g. ${redirectLine(from, '/statements/<id>/')}` });
    } else if (path.length > 1) {
      problems.push({ file: redirectsFile, field, problem: `redirects to ${to}, which itself redirects (${[...path, at].join(' → ')}): readers would be sent on twice`, fix: `point it straight at the end: ${redirectLine(from, at)}` });
    } else if (!pages.has(to)) {
      problems.push({ file: redirectsFile, field, problem: `redirects to ${to}, where there is no page`, fix: `point it at a page the site publishes, e.g. ${redirectLine(from, suggestion(from, context) ?? '/statements/<id>/')}` });
    }
  }

  const withdrawnFile = show(ADDRESS_FILES.withdrawn);
  const seen = new Map<string, number>();
  files.withdrawals.forEach((w, index) => {
    const at = `[${index}]`;
    const earlier = seen.get(w.id);
    if (earlier !== undefined) problems.push({ file: withdrawnFile, field: `${at}.id`, problem: `statement "${w.id}" is already withdrawn at [${earlier}]`, fix: 'keep one entry' });
    seen.set(w.id, index);
    const live = site.find((s) => s.address === ROOT_URLS.statement(w.id) && s.holder !== ADDRESS_FILES.withdrawn);
    if (live) problems.push({ file: withdrawnFile, field: `${at}.id`, problem: `statement "${w.id}" is withdrawn, but ${show(live.holder ?? '')} still publishes it`, fix: 'remove the claim from the article, or this entry if the statement stands' });
    const replacement = w.replacedBy === undefined ? undefined : site.find((s) => s.address === ROOT_URLS.statement(w.replacedBy!));
    if (w.replacedBy !== undefined && (!replacement || replacement.holder === ADDRESS_FILES.withdrawn)) {
      problems.push({ file: withdrawnFile, field: `${at}.replacedBy`, problem: `refers to statement "${w.replacedBy}", which is not published`, fix: 'use the id of a published statement, or leave the field out when nothing replaces it' });
    }
    if (w.article !== undefined && !pages.has(ROOT_URLS.article(w.article))) {
      problems.push({ file: withdrawnFile, field: `${at}.article`, problem: `refers to article "${w.article}", which does not exist`, fix: `correct the id, or leave the field out if the article is no longer on the site` });
    }
  });
  return problems;
}

/** What the checks of lost addresses look things up in. */
interface Context {
  site: readonly SiteAddress[];
  pages: ReadonlyMap<string, SiteAddress>;
  recorded: ReadonlySet<string>;
  redirects: Readonly<Record<string, string>>;
  show: ShowFile;
}

/** The problem for a recorded address that is no longer anything: named in the file that last held it, with the redirect line that would mend it. */
function goneProblem(entry: LedgerEntry, context: Context): Problem {
  const { pages, show } = context;
  const { address } = entry;
  const kind = kindOf(address);
  const target = suggestion(address, context, entry);
  const moved = target ? `add the line ${redirectLine(address, target)} to ${show(ADDRESS_FILES.redirects)}` : '';
  if (!kind) {
    return { file: show(ADDRESS_FILES.ledger), field: `line ${entry.line}`, problem: `${address} was published and is no longer a page`, fix: `${moved}, or restore what it listed` };
  }
  const what = SINGULAR[kind];
  const id = idOf(address);
  if (entry.holder === ADDRESS_FILES.withdrawn) {
    return { file: show(ADDRESS_FILES.withdrawn), field: '(file)', problem: `the withdrawal notice of statement "${id}" (${address}) was published and is gone`, fix: `restore its entry in ${show(ADDRESS_FILES.withdrawn)}` };
  }
  const file = entry.holder ? show(entry.holder) : show(ADDRESS_FILES.ledger);
  const found = target ? pages.get(target) : undefined;
  if (found && kind === 'statements' && found.holder === entry.holder && found.field) {
    return { file, field: found.field, problem: `statement "${idOf(target!)}" was published as "${id}": its address ${address} would be lost, and a statement's id is permanent`, fix: `${moved}, or give the claim back its id "${id}"` };
  }
  const where = entry.holder ? ' from this file' : '';
  const generic = target ? moved : `if it moved, add the line ${redirectLine(address, `/${kind}/<new-id>/`)} to ${show(ADDRESS_FILES.redirects)}`;
  const withdraw = kind === 'statements' ? `; if it was wrong, withdraw it in ${show(ADDRESS_FILES.withdrawn)}` : '';
  const elsewhere = found?.holder && found.holder !== entry.holder ? ` (${show(found.holder)} has the same ${kind === 'statements' ? 'quote' : kind === 'articles' ? 'source address' : 'name'} at ${target})` : '';
  return {
    file,
    field: kind === 'statements' && entry.holder?.startsWith('articles/') ? 'claims' : '(file)',
    problem: `${what} "${id}" was published${where} at ${address} and is gone${elsewhere}`,
    fix: `${generic}${withdraw}; or restore the ${what}`,
  };
}

/**
 * Where a vanished address most likely went: for a statement, article or actor, the page with the same
 * fingerprint (in the same file first, then one not yet recorded); for a year or month page of an
 * actor's, outlet's or topic's timeline whose id moved, the same page under the new id; otherwise the
 * overview it belonged to.
 */
function suggestion(address: string, { site, pages, recorded, redirects }: Context, entry?: LedgerEntry): string | undefined {
  const kind = kindOf(address);
  if (kind) {
    if (!entry?.fingerprint) return undefined;
    const same = site.filter((s) => s.address !== address && s.fingerprint === entry.fingerprint && kindOf(s.address) === kind);
    const best = same.filter((s) => s.holder === entry.holder);
    const pick = best.length > 0 ? best : same.filter((s) => !recorded.has(s.address));
    return pick.length === 1 ? pick[0]!.address : same.length === 1 ? same[0]!.address : undefined;
  }
  const filtered = /^\/timeline\/(actor|outlet|topic)\/([^/]+)\/([^/]+)\/$/.exec(address);
  const movedTo = filtered && redirects[`/${filtered[1]}s/${filtered[2]}/`]?.split('/')[2];
  if (filtered && movedTo) {
    const same = `/timeline/${filtered[1]}/${movedTo}/${filtered[3]}/`;
    if (pages.has(same)) return same;
  }
  // /timeline/<kind>/<value>/<period>/ → /timeline/<kind>/<value>/; /timeline/<period>/ → /timeline/; /articles/year/<y>/ → /articles/
  const up = address.startsWith('/articles/year/') ? ROOT_URLS.articles : address.replace(/[^/]+\/$/, '');
  return pages.has(up) ? up : ROOT_URLS.timeline;
}
