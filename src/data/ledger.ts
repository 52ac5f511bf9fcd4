/**
 * The address files at the root of a content folder (src/schemas/addresses.ts), read from disk with
 * their problems named as the content check names them, and the ledger written back.
 *
 * The ledger, `addresses.txt`, holds one permanent address a line, sorted, never one removed:
 *
 *     /statements/lavrov-arms-race/  articles/2019-03-19-tass-arms-race-warning.mdx  3f2a9c1b7d0e
 *
 * the address, the content file that held it when it was last recorded, and a fingerprint of what it
 * showed (src/data/addresses.ts: a statement's quote, an article's source address, an actor's name).
 * Year and month pages have the address alone. The second and third columns are how the check names
 * the file an address was lost from, and finds the statement whose id was changed, from content alone.
 * `npm run addresses:record` (scripts/recordAddresses.ts) adds new addresses and brings those columns
 * up to date; nothing else writes the file.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ADDRESS_FILES, SITE_PATH_PATTERN } from '../schemas/addresses.ts';
import type { Problem } from './integrity.ts';
import { readContentFolder, shown } from './contentFolder.ts';
import { readOptional, readRedirects, readWithdrawals } from './redirects.ts';
import type { AddressFiles, LedgerEntry, SiteAddress } from './addresses.ts';

const HOLDER = /^(?:articles\/[a-z0-9-]+\.mdx|actors\/[a-z0-9-]+\.yaml|withdrawn\.yaml)$/;
const FINGERPRINT = /^[0-9a-f]{12}$/;

const LEDGER_HEADER = `# Every permanent address this site has published: statements, articles, actors, and the year and
# month pages of the timeline and the articles. An address is never removed and never reused: when a
# page goes, content/redirects.yaml says where it moved, or content/withdrawn.yaml why it was withdrawn,
# and the build refuses to publish until one of them does.
# Written by \`npm run addresses:record\`; do not edit by hand. Each line: the address, the content file
# that held it when last recorded, and a fingerprint of its quote, source address or name (by which a
# statement whose id was changed is found again).
`;

/** The ledger's lines; comments and blank lines skipped. `file` names it in messages. */
export function parseLedger(text: string, file: string): { entries: LedgerEntry[]; problems: Problem[]; untidy: Problem[] } {
  const entries: LedgerEntry[] = [];
  const problems: Problem[] = [];
  /** Lines out of order or repeated: `npm run addresses:record` mends them, losing nothing. */
  const untidy: Problem[] = [];
  const seen = new Map<string, number>();
  const report = (line: number, problem: string, fix: string, list = problems) => list.push({ file, field: `line ${line}`, problem, fix });
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const [address = '', holder, fingerprint, ...extra] = trimmed.split(/\s+/);
    if (!SITE_PATH_PATTERN.test(address) || (holder !== undefined && !HOLDER.test(holder)) || (fingerprint !== undefined && !FINGERPRINT.test(fingerprint)) || extra.length > 0) {
      report(line, `"${trimmed}" is not a ledger line (an address such as /statements/x/, then optionally the file that held it and a fingerprint)`, 'restore the line as `npm run addresses:record` wrote it (git shows it)');
      return;
    }
    const earlier = seen.get(address);
    if (earlier !== undefined) {
      report(line, `${address} is already recorded at line ${earlier}`, 'run `npm run addresses:record`, which keeps one', untidy);
      return;
    }
    const previous = entries.at(-1);
    if (previous && previous.address > address) report(line, `${address} is out of order: the ledger is sorted`, 'run `npm run addresses:record`, which sorts it', untidy);
    seen.set(address, line);
    entries.push({ address, holder, fingerprint, line });
  });
  return { entries, problems, untidy };
}

/** The ledger file's text: the header, then the entries sorted by address. */
export function formatLedger(entries: readonly LedgerEntry[]): string {
  const lines = [...entries].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0)).map((e) => [e.address, e.holder, e.fingerprint].filter(Boolean).join('  '));
  return `${LEDGER_HEADER}${lines.join('\n')}\n`;
}

/**
 * The ledger with every permanent address of the site added; addresses still published get their
 * present file and fingerprint, and those that are gone keep what they had. Nothing is removed.
 */
export function recordAddresses(ledger: readonly LedgerEntry[], site: readonly SiteAddress[]): { entries: LedgerEntry[]; added: string[] } {
  const byAddress = new Map(ledger.map((e) => [e.address, e]));
  const added: string[] = [];
  for (const page of site) {
    if (!page.permanent) continue;
    if (!byAddress.has(page.address)) added.push(page.address);
    byAddress.set(page.address, { address: page.address, holder: page.holder, fingerprint: page.fingerprint, line: 0 });
  }
  return { entries: [...byAddress.values()], added: added.sort() };
}

/**
 * The ledger, the redirects and the withdrawals of the content folder `root`, and what is wrong with
 * their form (`untidy`: the part of `problems` that recording mends).
 */
export async function readAddressFiles(root: string): Promise<AddressFiles & { problems: Problem[]; untidy: Problem[] }> {
  const ledgerText = (await readOptional(path.join(root, ADDRESS_FILES.ledger))) ?? '';
  const ledger = parseLedger(ledgerText, shown(path.join(root, ADDRESS_FILES.ledger)));
  const [redirects, withdrawals] = await Promise.all([readRedirects(root), readWithdrawals(root)]);
  return { ledger: ledger.entries, redirects: redirects.data, withdrawals: withdrawals.data, problems: [...ledger.problems, ...ledger.untidy, ...redirects.problems, ...withdrawals.problems], untidy: ledger.untidy };
}

export async function writeLedger(root: string, entries: readonly LedgerEntry[]): Promise<void> {
  await writeFile(path.join(root, ADDRESS_FILES.ledger), formatLedger(entries));
}

/** How a content file (relative to `root`) is named in messages, e.g. `content/articles/x.mdx`. */
export const showIn = (root: string) => (relative: string) => shown(path.join(root, relative));

/**
 * Every statement id that a new statement may not take: those published now, those ever recorded in
 * the ledger, those that moved (redirects) and those withdrawn. For tools that propose ids, such as a
 * new-article command.
 */
export async function takenStatementIds(root: string): Promise<Set<string>> {
  const [{ content }, files] = await Promise.all([readContentFolder(root, { passages: false }), readAddressFiles(root)]);
  const fromAddress = (address: string) => /^\/statements\/([^/]+)\/$/.exec(address)?.[1];
  return new Set(
    [
      ...content.articles.flatMap((a) => a.data.claims.map((c) => c.id)),
      ...files.ledger.map((e) => fromAddress(e.address)),
      ...Object.keys(files.redirects).map(fromAddress),
      ...files.withdrawals.map((w) => w.id),
    ].filter((id): id is string => id !== undefined),
  );
}

/**
 * Whether `address` (without the base, e.g. `/statements/<id>/`) has ever been given out: recorded in
 * the ledger, moved, withdrawn, or held by a statement, article or actor in the content now.
 */
export async function isAddressTaken(root: string, address: string): Promise<boolean> {
  const statement = /^\/statements\/([^/]+)\/$/.exec(address)?.[1];
  if (statement !== undefined) return (await takenStatementIds(root)).has(statement);
  const [{ content }, files] = await Promise.all([readContentFolder(root, { passages: false }), readAddressFiles(root)]);
  const held = [...content.articles.map((a) => `/articles/${a.id}/`), ...content.actors.map((a) => `/actors/${a.id}/`)];
  return [...held, ...files.ledger.map((e) => e.address), ...Object.keys(files.redirects)].includes(address);
}
