/**
 * Builds the Pagefind index through Pagefind's Node API while Astro renders the site.
 *
 * Pagefind indexes in its own process, so the work can run on the second core instead of after the
 * build: the index is created when the build starts, a middleware (pagefindMiddleware.ts) hands it
 * each page marked for the index (data-pagefind-body, set by the layout's `indexed`) as soon as that
 * page is rendered, and `astro:build:done` only waits for those pages and writes the index files.
 * Statement pages, timelines and lists are never sent: they are not in the index at all.
 *
 * Any error Pagefind reports, or an index with no pages, fails the build: a site whose search silently
 * lost its index must not be published. A test checks that every page marked for the index is in it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** What the middleware and the integration share within one build (one process). */
export interface PagefindBuild {
  /** Queues one rendered page, given by its path under the site's root (`articles/x/index.html`). */
  add: (sourcePath: string, content: string) => void;
}
const SHARED = Symbol.for('inf-kb.pagefind-build');
type WithBuild = typeof globalThis & { [SHARED]?: PagefindBuild };

/** The index being built, if a build is running (undefined in `astro dev`). */
export const currentPagefindBuild = (): PagefindBuild | undefined => (globalThis as WithBuild)[SHARED];

export function pagefindIntegration(): AstroIntegration {
  let index: PagefindIndex | undefined;
  let started = 0;
  const pending: Promise<string[]>[] = [];
  return {
    name: 'inf-kb:pagefind',
    hooks: {
      'astro:config:setup': ({ addMiddleware, command }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./pagefindMiddleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        started = performance.now();
        const created = await pagefind.createIndex({ forceLanguage: 'en' });
        if (created.errors.length > 0 || !created.index) fail('starting', created.errors);
        index = created.index;
        const into = index;
        (globalThis as WithBuild)[SHARED] = {
          add: (sourcePath, content) => {
            pending.push(into.addHTMLFile({ sourcePath, content }).then((r) => r.errors.map((e) => `${sourcePath}: ${e}`), (e: Error) => [`${sourcePath}: ${e.message}`]));
          },
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          if (!index) fail('indexing', ['the index was never created: did astro:build:start run?']);
          const errors = (await Promise.all(pending)).flat();
          if (errors.length > 0) fail('indexing', errors);
          if (pending.length === 0) fail('indexing', ['no page was indexed: is data-pagefind-body missing from the layout, or the middleware not running?']);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) fail('writing the index', written.errors);
          logger.info(`indexed ${pending.length} pages (${((performance.now() - started) / 1000).toFixed(1)} s since the build started)`);
        } finally {
          delete (globalThis as WithBuild)[SHARED];
          await pagefind.close();
        }
      },
    },
  };
}
