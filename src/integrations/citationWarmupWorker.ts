/**
 * The citation worker thread (citationWarmup.ts): reads the content folder, makes every statement's
 * and article's CSL-JSON record as the pages will, and formats those the cache folder does not hold
 * yet, so that the pages find them all there. The quotes are not needed: no style prints them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readContentFolder } from '../data/contentFolder.ts';
import { buildKnowledgeBase } from '../data/model.ts';
import { publishedContent } from '../data/drafts.ts';
import { articleCsl, statementCsl } from '../data/citations.ts';
import { formatCitations, openCitationCache } from '../data/citationStyles.ts';
import { makeUrls } from '../utils/urls.ts';

export interface WarmupJob { root: string; cacheDir: string; base: string; site: string; share: { index: number; of: number } }
/** `formatted`: how many times citeproc ran (skeletons, speakers, days and checks; none for what the cache held). */
export interface WarmupResult { records: number; formatted: number; seconds: number }

const { root, cacheDir, base, site, share } = workerData as WarmupJob;
const started = performance.now();
const { content, problems } = await readContentFolder(root, { passages: false });
// Content with problems fails the build (contentCheck.ts); the pages would not be built.
if (problems.length === 0) {
  const kb = buildKnowledgeBase(publishedContent(content));
  const urls = makeUrls(base);
  const records = [...kb.statements.map((s) => statementCsl(s, urls, site)), ...kb.articles.map((a) => articleCsl(a))];
  const cache = await openCitationCache(cacheDir, `thread-${share.index}`);
  let formatted = 0;
  formatCitations(records, cache, share, (calls) => (formatted = calls.whole));
  await cache.save();
  parentPort?.postMessage({ records: records.length, formatted, seconds: (performance.now() - started) / 1000 } satisfies WarmupResult);
} else {
  parentPort?.postMessage({ records: 0, formatted: 0, seconds: 0 } satisfies WarmupResult);
}
