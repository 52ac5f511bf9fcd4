/**
 * Permanent links, judged on a built site: the kinds of page whose addresses are cited (statements,
 * articles, actors, and the year and month pages of long lists: `/timeline/2019/`,
 * `/timeline/actor/<id>/2019/`, `/articles/year/2019/`), read off the build independently of
 * src/data/addresses.ts, and whether the ledger (content/addresses.txt) holds each of them.
 */
import { isRedirectPage } from './security.ts';
import type { Page } from './pages.ts';

/** The kinds of page whose addresses are cited and so must last. */
const PERMANENT = /^(statements|articles|actors)\/[^/]+\/index\.html$|^timeline\/([^/]+\/[^/]+\/)?\d{4}(-\d{2})?\/index\.html$|^articles\/year\/\d{4}\/index\.html$/;

/** The address of a built page without the base: `statements/x/index.html` → `/statements/x/`. */
export const addressOfFile = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** The permanent addresses a build publishes (paths without base, e.g. `/statements/x/`), sorted. */
export function publishedPaths(pages: Page[]): string[] {
  return pages.filter((p) => PERMANENT.test(p.file) && !isRedirectPage(p)).map((p) => addressOfFile(p.file)).sort();
}

/** What `npm test` says when a build publishes an address the ledger lacks: nothing is published unrecorded. */
export function unrecordedProblem(published: readonly string[], ledger: readonly string[]): string | undefined {
  const recorded = new Set(ledger);
  const unrecorded = published.filter((address) => !recorded.has(address));
  if (unrecorded.length === 0) return undefined;
  return `${unrecorded.length} published address${unrecorded.length === 1 ? ' is' : 'es are'} not in content/addresses.txt (${unrecorded.slice(0, 3).join(', ')}${unrecorded.length > 3 ? ', …' : ''}): run \`npm run addresses:record\` and commit the ledger`;
}
