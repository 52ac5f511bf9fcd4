/**
 * Permanent links: every statement, article and actor address, and every year page of a long list
 * (`/timeline/2019/`, `/timeline/actor/<id>/2019/`, `/articles/year/2019/`), ever published is kept in a ledger
 * (tests/quality/permalinks.json, paths without the base, sorted). An address may move but never
 * vanish: each must still be a page, or be declared as moved in src/data/redirects.ts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRedirectPage } from './security.ts';
import type { Page } from './pages.ts';

export const LEDGER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'permalinks.json');

/** The kinds of page whose addresses are cited and so must last. */
// Statements, articles and actors, and the year pages of long lists (whose addresses never shift).
const PERMANENT = /^(statements|articles|actors)\/[^/]+\/index\.html$|^timeline\/([^/]+\/[^/]+\/)?\d{4}(-\d{2})?\/index\.html$|^articles\/year\/\d{4}\/index\.html$/;

/** The permanent addresses a build publishes (paths without base, e.g. `/statements/x/`), sorted. */
export function publishedPaths(pages: Page[]): string[] {
  return pages.filter((p) => PERMANENT.test(p.file) && !isRedirectPage(p)).map((p) => `/${p.file.replace(/index\.html$/, '')}`).sort();
}

export async function readLedger(file = LEDGER_FILE): Promise<string[]> {
  return JSON.parse(await readFile(file, 'utf8')) as string[];
}

/** The ledger with newly published addresses added; nothing is ever removed. */
export function mergeLedger(ledger: readonly string[], published: readonly string[]): string[] {
  return [...new Set([...ledger, ...published])].sort();
}

export async function writeLedger(ledger: readonly string[], file = LEDGER_FILE): Promise<void> {
  await writeFile(file, `${JSON.stringify(ledger, null, 2)}\n`);
}

/**
 * What is wrong with the published addresses: a ledger address that is no longer a page and is not
 * declared as moved, a move to an address that is not a page, and a published address missing from
 * the ledger. `pages` are the built addresses (without base) of every real page, not redirect pages.
 */
export function checkPermalinks(ledger: readonly string[], published: readonly string[], redirects: Readonly<Record<string, string>>, pages: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const live = new Set(published);
  for (const address of ledger) {
    if (live.has(address)) continue;
    const to = redirects[address];
    if (to === undefined) {
      problems.push(`${address} was published and is gone: restore it, or declare where it moved in src/data/redirects.ts ('${address}': '/new/address/')`);
    } else if (!pages.has(to)) {
      problems.push(`${address} is declared as moved to ${to} in src/data/redirects.ts, but there is no page at ${to}: correct the new address`);
    }
  }
  const ledgered = new Set(ledger);
  const unrecorded = published.filter((address) => !ledgered.has(address));
  if (unrecorded.length > 0) {
    problems.push(`${unrecorded.length} published address${unrecorded.length === 1 ? ' is' : 'es are'} not in tests/quality/permalinks.json (${unrecorded.slice(0, 3).join(', ')}${unrecorded.length > 3 ? ', …' : ''}): run \`npm run permalinks:update\` and commit the ledger`);
  }
  return problems;
}
