/**
 * Writes each statement's and article's citation files beside its page at the end of the build:
 * `statements/<id>/cite.json` (CSL-JSON), `cite.bib` (BibTeX) and `cite.ris` (RIS), and the same under
 * `articles/<id>/`. They are made from the build's own `data/statements.csl.json` and
 * `data/articles.csl.json` (src/pages/data/), so every form says the same, and written here rather than
 * as Astro routes: three more routes per statement would put ~30,000 files at 1,000 articles through
 * Astro's per-page work (request, response, folder, file), which costs a few milliseconds each.
 *
 * They are written while Pagefind indexes (its own process): citationFilesIntegration() gives two
 * integrations, one listed before Pagefind's, which starts the writing, and one after, which waits for it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { toBibtex, toRis } from '../data/citationExports.ts';
import type { CslItem } from '../data/citations.ts';

/** Files written at once: enough to keep the disk busy, few enough not to exhaust file handles. */
const AT_ONCE = 64;

export async function writeCitationFiles(outDir: string): Promise<number> {
  let written = 0;
  for (const [folder, data] of [['statements', 'statements.csl.json'], ['articles', 'articles.csl.json']] as const) {
    const items = JSON.parse(await readFile(path.join(outDir, 'data', data), 'utf8')) as CslItem[];
    const jobs = items.flatMap((item) => {
      const dir = path.join(outDir, folder, item.id);
      return [
        () => writeFile(path.join(dir, 'cite.json'), `${JSON.stringify([item], null, 2)}\n`),
        () => writeFile(path.join(dir, 'cite.bib'), toBibtex(item)),
        () => writeFile(path.join(dir, 'cite.ris'), toRis(item)),
      ];
    });
    for (let i = 0; i < jobs.length; i += AT_ONCE) await Promise.all(jobs.slice(i, i + AT_ONCE).map((job) => job()));
    written += jobs.length;
  }
  return written;
}

export function citationFilesIntegration(): { start: AstroIntegration; finish: AstroIntegration } {
  let writing: Promise<{ count: number; seconds: number }> | undefined;
  return {
    start: {
      name: 'inf-kb:citation-files',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const started = performance.now();
          writing = writeCitationFiles(fileURLToPath(dir)).then((count) => ({ count, seconds: (performance.now() - started) / 1000 }));
          // Awaited by `finish`; until then a failure must not count as unhandled.
          writing.catch(() => undefined);
        },
      },
    },
    finish: {
      name: 'inf-kb:citation-files-written',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!writing) return;
          const { count, seconds } = await writing;
          logger.info(`wrote ${count} citation files in ${seconds.toFixed(1)} s, while the search index was built`);
        },
      },
    },
  };
}
