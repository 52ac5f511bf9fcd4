/**
 * `npm run addresses:record`: adds every permanent address the content publishes (statements, articles,
 * actors, the year and month pages) to the ledger, content/addresses.txt, and brings up to date the
 * file and fingerprint recorded with each address still published. Never removes one. Works from the
 * content alone, without building ($KB_CONTENT, or ./content). Run it after adding content, and commit
 * the ledger with it: `npm test` fails while a published address is not recorded.
 * Exits 1 when the content cannot be read, or when a recorded address is lost (the build would refuse it).
 */
import path from 'node:path';
import { addressProblems, siteAddresses } from '../src/data/addresses.ts';
import { readContentFolder } from '../src/data/contentFolder.ts';
import { settings } from '../src/settings.ts';
import { readAddressFiles, recordAddresses, showIn, writeLedger } from '../src/data/ledger.ts';
import { buildKnowledgeBase } from '../src/data/model.ts';
import { publishedContent } from '../src/data/drafts.ts';
import { ADDRESS_FILES } from '../src/schemas/addresses.ts';
import { checkIntegrity, formatProblems } from '../src/data/integrity.ts';

const root = settings.content;
const ledgerFile = path.relative(process.cwd(), path.join(root, ADDRESS_FILES.ledger));
const [{ content, problems }, files] = await Promise.all([readContentFolder(root), readAddressFiles(root)]);
problems.push(...files.problems.filter((p) => !files.untidy.includes(p)));
if (problems.length === 0) problems.push(...checkIntegrity(content));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\nThe content must pass the check before its addresses can be known; ${ledgerFile} is unchanged.`);
  process.exit(1);
}
const site = siteAddresses(buildKnowledgeBase(publishedContent(content)), files.withdrawals);
const { entries, added } = recordAddresses(files.ledger, site);
await writeLedger(root, entries);
console.log(`${ledgerFile}: ${added.length} address${added.length === 1 ? '' : 'es'} added, ${entries.length} in all.${added.length > 0 ? `\n  ${added.join('\n  ')}` : ''}`);
const lost = addressProblems({ ...files, ledger: entries }, site, showIn(root));
if (lost.length > 0) {
  console.error(`\n${formatProblems(lost, `Recorded; but the build will refuse to publish until ${lost.length === 1 ? 'this is' : 'these are'} mended:`)}`);
  process.exit(1);
}
