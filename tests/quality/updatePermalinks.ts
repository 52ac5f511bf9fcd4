/**
 * `npm run permalinks:update`: builds the real content and adds every statement, article, actor and year-page
 * address it publishes to tests/quality/permalinks.json. Never removes one: an address that has
 * gone must be declared as moved in src/data/redirects.ts (the tests say which).
 */
import path from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { ROOT } from '../helpers/paths.ts';
import { readPages } from './lib/pages.ts';
import { LEDGER_FILE, mergeLedger, publishedPaths, readLedger, writeLedger } from './lib/permalinks.ts';

const build = await buildSite('permalinks', path.join(ROOT, 'content'));
if (build.code !== 0) {
  console.error(build.output);
  console.error('The real content does not build (above); the ledger is unchanged.');
  process.exit(1);
}
const published = publishedPaths(await readPages(build.outDir));
const before = await readLedger().catch(() => [] as string[]);
const after = mergeLedger(before, published);
await writeLedger(after);
const gone = before.filter((address) => !published.includes(address));
console.log(`${path.relative(process.cwd(), LEDGER_FILE)}: ${after.length - before.length} address(es) added, ${after.length} in all.`);
if (gone.length > 0) console.log(`${gone.length} recorded address(es) are not published now; each needs an entry in src/data/redirects.ts: ${gone.join(', ')}`);
