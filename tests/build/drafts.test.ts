/**
 * A draft article (as `npm run new-article` writes it) and the draft actor it names are checked with
 * the rest of the fixture but published nowhere: no page, no dataset row, no search entry.
 */
import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import { buildFixtureSite, readJson, readText, type BuildResult } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { loadPagefind, searchFor, type NodePagefind } from '../helpers/pagefind.ts';

const DRAFT = '2020-11-02-wire-expert-reaction';
let build: BuildResult;
let pagefind: NodePagefind;
beforeAll(async () => {
  build = await buildFixtureSite();
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  pagefind = await loadPagefind(build.outDir);
});

const exists = (file: string) => access(path.join(build.outDir, file)).then(() => true, () => false);

describe('a draft article and a draft actor', () => {
  it('get no page: not the article, its statements or the actor', async () => {
    expect(await exists(`articles/${DRAFT}/index.html`)).toBe(false);
    expect(await exists('statements/sudakov-nato-will-not-answer/index.html')).toBe(false);
    expect(await exists('statements/putin-offer-stands/index.html')).toBe(false);
    expect(await exists('actors/sergei-sudakov/index.html')).toBe(false);
    // The published article beside it is built as usual.
    expect(await exists('articles/2019-02-01-wire-suspension/index.html')).toBe(true);
  });

  it('are in no data file', async () => {
    for (const file of await readdir(path.join(build.outDir, 'data'))) {
      const text = await readText(build.outDir, path.join('data', file));
      expect(text, file).not.toContain(DRAFT);
      expect(text, file).not.toContain('Kaliningrad');
      expect(text, file).not.toContain('sergei-sudakov');
    }
    // Every statement of the published articles, and none of the draft's.
    const { content } = await readContentFolder(path.join(FIXTURES, 'basic'));
    const published = content.articles.filter((a) => a.id !== DRAFT).flatMap((a) => a.data.claims.map((c) => c.id));
    const statements = await readJson<{ id: string }[]>(build.outDir, 'data/statements.json');
    expect(statements.map((s) => s.id).sort()).toEqual(published.sort());
  });

  it('are not linked from any page', async () => {
    for (const file of ['index.html', 'articles/index.html', 'actors/index.html', 'actors/vladimir-putin/index.html', 'timeline/index.html']) {
      const html = await readText(build.outDir, file);
      expect(html, file).not.toContain(DRAFT);
      expect(html, file).not.toContain('Sudakov');
    }
  });

  it('are not found by search, under any of their words', async () => {
    for (const term of ['Kaliningrad', 'Sudakov', 'expert']) {
      expect(await searchFor(pagefind, term), term).toEqual([]);
    }
  });
});
