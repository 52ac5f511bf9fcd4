/** The same site under a sub-path base, as on GitHub Pages: every internal URL carries the base. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, readJson, readText, type BuildResult } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';

let build: BuildResult;
beforeAll(async () => {
  build = await builtSite('basic-base', path.join(FIXTURES, 'basic'), { base: '/inf-kb/', shared: true });
});

describe('a build under the base /inf-kb/', () => {
  it('puts the base in every internal link of a page', async () => {
    const html = await readText(build.outDir, 'statements/mfa-regrets-suspension/index.html');
    const hrefs = [...html.matchAll(/(?:href|action)="([^"]+)"/g)].map((m) => m[1] ?? '');
    const internal = hrefs.filter((h) => h.startsWith('/'));
    expect(internal.length).toBeGreaterThan(10);
    for (const href of internal) expect(href).toMatch(/^\/inf-kb\//);
    expect(html).toContain('href="/inf-kb/articles/2019-02-01-wire-suspension/#mfa-regrets-suspension"');
  });

  it('puts the base in the dataset URLs', async () => {
    const statements = await readJson<{ url: string; anchor: string; article: { url: string } }[]>(build.outDir, 'data/statements.json');
    for (const s of statements) {
      expect(s.url).toMatch(/^\/inf-kb\/statements\//);
      expect(s.anchor).toMatch(/^\/inf-kb\/articles\/.+#/);
      expect(s.article.url).toMatch(/^\/inf-kb\/articles\//);
    }
  });

  it('puts the base in a moved address’s page, where it sends readers, and in a withdrawal notice’s links', async () => {
    const moved = await readText(build.outDir, 'statements/pompeo-announces-suspension/index.html');
    expect(moved).toContain('<meta http-equiv="refresh" content="0; url=/inf-kb/statements/pompeo-suspension-announced/">');
    expect(moved).toContain('<link rel="canonical" href="https://inf-treaty-kb.org/inf-kb/statements/pompeo-suspension-announced/">');
    const withdrawn = await readText(build.outDir, 'statements/mfa-threatens-retaliation/index.html');
    expect(withdrawn).toContain('href="/inf-kb/statements/mfa-regrets-suspension/"');
    expect(withdrawn).toContain('href="/inf-kb/articles/2019-02-01-wire-suspension/"');
  });
});
