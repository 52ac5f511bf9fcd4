/**
 * Builds the Pagefind index from the finished site at `astro:build:done`, through Pagefind's Node
 * API. Any error Pagefind reports, or an index with no pages, fails the build: a site whose search
 * silently lost its index must not be published.
 *
 * `glob` names the files that hold indexed pages (those whose layout sets data-pagefind-body), so Pagefind
 * does not read and parse the tens of thousands of other pages (statements, timelines) only to drop them.
 * A test checks that every page marked for the index is in it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
}

export function pagefindIntegration(options: { glob?: string } = {}): AstroIntegration {
  return {
    name: 'inf-kb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          if (created.errors.length > 0 || !created.index) fail('starting', created.errors);
          const { index } = created;
          const added = await index.addDirectory({ path: site, ...(options.glob ? { glob: options.glob } : {}) });
          if (added.errors.length > 0) fail(`indexing ${site}`, added.errors);
          if (added.page_count === 0) fail(`indexing ${site}`, ['no page was indexed: is data-pagefind-body missing from the layout?']);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) fail('writing the index', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
