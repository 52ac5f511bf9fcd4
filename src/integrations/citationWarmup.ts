/**
 * Formats every record's APA, Chicago and MLA citation (src/data/citationStyles.ts) on a worker thread
 * from the start of the build, into the cache folder, while Astro syncs content and compiles; the
 * pages then read them from the cache (src/data/citationStore.ts waits for this). citeproc takes a
 * millisecond or more per formatting: at 1,000 articles, even with skeletons (citationSkeletons.ts),
 * that is seconds of CPU on a cold cache, which this takes off the pages' thread. A failure here costs
 * only time: the pages format what the cache lacks.
 *
 * With skeletons there is little left to share: one thread on a two-core machine (the other core renders
 * pages), two where there are more cores. Each thread finds the same speakers' and days' writings.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWorkerThread } from './workerThread.ts';
import type { AstroIntegration } from 'astro';
import { settings } from '../settings.ts';
import { CITATIONS_WARMING } from '../data/citationStyles.ts';
import type { WarmupJob, WarmupResult } from './citationWarmupWorker.ts';

const THREADS = Math.max(1, Math.min(2, os.availableParallelism() - 1));
const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'citationWarmupWorker.ts');

export function warmCitations(job: WarmupJob): Promise<WarmupResult> {
  return runWorkerThread<WarmupResult>(WORKER_FILE, job, 'citation worker');
}

export function citationWarmupIntegration(): AstroIntegration {
  return {
    name: 'inf-kb:citation-warmup',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const job = { root: settings.content, cacheDir: settings.cacheDir, base: config.base, site: config.site ?? 'http://localhost:4321' };
        const warming = Promise.all(Array.from({ length: THREADS }, (_, index) => warmCitations({ ...job, share: { index, of: THREADS } }))).then(
          (results) => {
            const [first] = results;
            if (first && first.records > 0) logger.info(`${first.records} citation records in APA, Chicago and MLA (citeproc ran ${results.reduce((sum, r) => sum + r.formatted, 0)} times; the rest from skeletons and the cache) in ${Math.max(...results.map((r) => r.seconds)).toFixed(1)} s on ${THREADS} thread${THREADS > 1 ? 's' : ''} of its own`);
            return results;
          },
          (error: unknown) => logger.warn(`the citation worker failed, so the pages format the citations themselves: ${(error as Error).message}`),
        );
        (globalThis as Record<symbol, unknown>)[CITATIONS_WARMING] = warming;
      },
    },
  };
}
