/**
 * The content cache (Astro's data store and the rendered article HTML beside it) is reused between
 * builds (dated alike, SOURCE_DATE_EPOCH, so that only the cache differs). A cache that moves (a renamed project folder, a CI cache restored elsewhere), that last
 * built another content folder, or that lost a file must still give the very same site.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../helpers/build.ts';
import { FIXTURES, TMP } from '../helpers/paths.ts';

const BASIC = path.join(FIXTURES, 'basic');
const cacheRoot = path.join(TMP, 'cache', 'moving');

/** Every file of a built site with a digest of its bytes, by path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const entries = await Promise.all(
    files.map(async (e) => {
      const full = path.join(e.parentPath, e.name);
      return [path.relative(dir, full), createHash('sha256').update(await readFile(full)).digest('hex')] as const;
    }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

const build = (name: string, cacheDir: string, content = BASIC): Promise<BuildResult> => builtSite(name, content, { env: { KB_CACHE_DIR: cacheDir, SOURCE_DATE_EPOCH: '1764633600' } });

let reference: Record<string, string>;
beforeAll(async () => {
  await rm(cacheRoot, { recursive: true, force: true });
  // A build with a cache of its own and nothing in it: the site every other build must equal.
  reference = await snapshot((await build('cache-fresh', path.join(cacheRoot, 'fresh'))).outDir);
});

describe('a warm content cache', () => {
  it('still builds the same site after the cache moves to another folder and the old one is gone', async () => {
    const before = path.join(cacheRoot, 'before-move');
    await build('cache-before-move', before);
    const after = path.join(cacheRoot, 'elsewhere', 'after-move');
    await rm(path.dirname(after), { recursive: true, force: true });
    await mkdir(path.dirname(after), { recursive: true });
    await rename(before, after);
    const moved = await build('cache-after-move', after);
    expect(await snapshot(moved.outDir)).toEqual(reference);
  });

  it('builds the same site after building another content folder with it, and back', async () => {
    const cache = path.join(cacheRoot, 'two-folders');
    await build('cache-two-first', cache);
    await build('cache-two-other', cache, path.join(FIXTURES, 'hostile'));
    const back = await build('cache-two-back', cache);
    expect(await snapshot(back.outDir)).toEqual(reference);
  });

  it('renders an article again when its cached HTML file was deleted', async () => {
    const cache = path.join(cacheRoot, 'lost-file');
    await build('cache-lost-first', cache);
    const html = path.join(cache, 'articles-html');
    const [first] = (await readdir(html)).filter((f) => f.endsWith('.html'));
    expect(first).toBeDefined();
    await rm(path.join(html, first as string));
    const rebuilt = await build('cache-lost-again', cache);
    expect(await snapshot(rebuilt.outDir)).toEqual(reference);
  });
});
