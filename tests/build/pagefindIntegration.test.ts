/**
 * The Pagefind integration on its own, driven through its hooks as Astro drives them: pages handed over
 * while rendering end up in the index, and anything that goes wrong fails the build instead of
 * publishing a site without search.
 */
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentPagefindBuild, pagefindIntegration } from '../../src/integrations/pagefind.ts';

type Hooks = Record<string, (options: Record<string, unknown>) => Promise<void> | void>;
const logger = { info: () => {}, warn: () => {}, error: () => {} };
const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Words about ${title}.</p></main></body></html>`;

async function run(pages: [string, string][]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-pagefind-'));
  const hooks = pagefindIntegration().hooks as unknown as Hooks;
  await hooks['astro:build:start']?.({ logger });
  for (const [file, html] of pages) currentPagefindBuild()?.add(file, html);
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dir}/`), logger, pages: [] });
  return dir;
}

describe('the Pagefind integration', () => {
  it('indexes the pages handed to it during the build and writes the index into the site', async () => {
    const dir = await run([['articles/one/index.html', page('Moratorium')], ['actors/two/index.html', page('Ryabkov')]]);
    expect(await readdir(path.join(dir, 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'index', 'fragment']));
    expect(currentPagefindBuild()).toBeUndefined();
  });

  it('fails the build when no page was marked for the index', async () => {
    await expect(run([])).rejects.toThrow(/Pagefind failed while indexing:\s+no page was indexed/);
  });

  it('fails the build, naming the page, when Pagefind reports an error for one', async () => {
    // A page handed over without a path: Pagefind answers with an error instead of indexing it.
    const broken = run([['articles/one/index.html', page('Moratorium')], [undefined as unknown as string, page('Nowhere')]]);
    await expect(broken).rejects.toThrow(/Pagefind failed while indexing:\s+undefined: Either source_path or url must be provided/);
  });
});
