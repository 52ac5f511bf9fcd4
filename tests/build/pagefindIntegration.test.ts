/**
 * The Pagefind integration on its own, run through its hook as Astro runs it at the end of a build:
 * the pages its glob names end up in the index, and anything that goes wrong fails the build instead
 * of publishing a site without search.
 */
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pagefindIntegration } from '../../src/integrations/pagefind.ts';
import { loadPagefind } from '../helpers/pagefind.ts';
import { TMP } from '../helpers/paths.ts';

type Hook = (options: Record<string, unknown>) => Promise<void>;
const logger = { info: () => {}, warn: () => {}, error: () => {} };
const page = (title: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Words about ${title}.</p></main></body></html>`;

async function site(pages: Record<string, string>): Promise<string> {
  // Under the tests' scratch folder, which `npm test` empties before it runs.
  await mkdir(path.join(TMP, 'content'), { recursive: true });
  const dir = await mkdtemp(path.join(TMP, 'content', 'pagefind-'));
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  }
  return dir;
}
const buildDone = (dir: string, glob?: string) =>
  (pagefindIntegration(glob ? { glob } : {}).hooks['astro:build:done'] as unknown as Hook)({ dir: pathToFileURL(`${dir}/`), logger, pages: [] });

describe('the Pagefind integration', () => {
  it('indexes the pages its glob names, and no others', async () => {
    const dir = await site({ 'articles/one/index.html': page('Moratorium'), 'statements/two/index.html': page('Moratorium statement') });
    await buildDone(dir, 'articles/*/index.html');
    expect(await readdir(path.join(dir, 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'index', 'fragment']));
    const pagefind = await loadPagefind(dir);
    const found = await pagefind.search('moratorium');
    expect(await Promise.all(found.results.map(async (r) => (await r.data()).url))).toEqual(['/articles/one/']);
  });

  it('fails the build when its glob finds no page (say, a route was renamed)', async () => {
    const dir = await site({ 'reports/one/index.html': page('Moratorium') });
    await expect(buildDone(dir, 'articles/*/index.html')).rejects.toThrow(/Pagefind failed while indexing .*:\s+no page was indexed/);
  });

  it('fails the build with Pagefind’s own message when Pagefind reports an error', async () => {
    const dir = await site({ 'articles/one/index.html': page('Moratorium') });
    await expect(buildDone(dir, '[')).rejects.toThrow(/Pagefind failed while indexing .*:\s+Error: Provided glob .* did not parse as a valid glob/);
  });
});
