/**
 * Every page is valid HTML by the W3C's Nu HTML Checker, the real site's and the fixture's (whose
 * content has a moved address and a withdrawn statement, so that redirect and withdrawal pages are
 * checked too); and by parse5, nothing follows `</html>` and every meta refresh is well-formed.
 *
 * The Nu checker needs Java, which npm cannot install. Without it, the parse5 checks below still run
 * and this file prints a note saying how to get Java; under CI (CI set) a missing Java fails instead,
 * so the check cannot lapse unnoticed where it counts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, buildRealSite, type BuildResult } from '../helpers/build.ts';
import { formatMarkupProblems, markupProblems } from './lib/markup.ts';
import { JAVA_HELP, checkWithNu, findJava, formatNuProblems } from './lib/nu.ts';
import { parsePage, readPages, type Page } from './lib/pages.ts';

/** A redirect page of the fixture (tests/fixtures/basic/redirects.yaml). */
const MOVED = 'statements/pompeo-announces-suspension/index.html';
let real: BuildResult;
let fixture: BuildResult;
let pages: Page[];

beforeAll(async () => {
  real = await buildRealSite();
  if (real.code !== 0) throw new Error(`real content build failed:\n${real.output}`);
  fixture = await buildFixtureSite();
  if (fixture.code !== 0) throw new Error(`fixture build failed:\n${fixture.output}`);
  pages = [...(await readPages(real.outDir)), ...(await readPages(fixture.outDir))];
});

const pageOf = (file: string) => {
  const page = pages.find((p) => p.file === file);
  if (!page) throw new Error(`no ${file} in the build`);
  return page;
};

describe('the Nu HTML Checker', () => {
  const java = findJava();

  it('reports no error on any page of the real site or the fixture, and would catch a stray script or a refresh written "0;url="', async () => {
    if (!java) {
      if (process.env['CI']) throw new Error(`No Java, so no Nu HTML Checker: ${JAVA_HELP}.`);
      console.warn(`Note: the Nu HTML Checker did not run: ${JAVA_HELP}. The parse5 checks ran.`);
      return;
    }
    const planted = await mkdtemp(path.join(tmpdir(), 'nu-'));
    await writeFile(path.join(planted, 'search.html'), `${pageOf('search/index.html').html}<script type="module" src="/x.js"></script>`);
    await writeFile(path.join(planted, 'moved.html'), pageOf(MOVED).html.replace('content="0; url=', 'content="0;url='));
    const problems = await checkWithNu(java, [real.outDir, fixture.outDir, planted]);
    await rm(planted, { recursive: true });
    expect(formatNuProblems(problems.filter((p) => !['search.html', 'moved.html'].includes(p.file)))).toBe('');
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'moved.html', message: expect.stringContaining('Bad value “0;url=/statements/pompeo-suspension-announced/” for attribute “content” on element “meta”'), line: expect.any(Number) }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'search.html', message: 'Stray start tag “script”.', line: expect.any(Number) }));
  });
});

describe('parse5 checks', () => {
  it('find nothing after </html> and every redirect well-formed, canonical and not indexed, on every page', () => {
    expect(formatMarkupProblems(pages.flatMap(markupProblems))).toBe('');
    // Redirect and withdrawal pages are among them.
    expect(pages.map((p) => p.file)).toEqual(expect.arrayContaining([MOVED, 'statements/mfa-threatens-retaliation/index.html', 'statements/index.html']));
  });

  it.each([
    ['a script after </html>', 'search/index.html', (html: string) => `${html}<script type="module" src="/x.js"></script>`, /has markup after <\/html> \("<script type="module"/],
    ['a refresh written "0;url="', MOVED, (html: string) => html.replace('content="0; url=', 'content="0;url='), /has <meta http-equiv="refresh" content="0;url=\/statements\/pompeo-suspension-announced\/">, which is not a valid refresh: write "0; url=\/new\/address\/"/],
    ['a redirect whose canonical points elsewhere', MOVED, (html: string) => html.replace(/rel="canonical" href="[^"]+"/, 'rel="canonical" href="https://inf-treaty-kb.org/timeline/"'), /redirects to \/statements\/pompeo-suspension-announced\/ but its <link rel="canonical"> is https:\/\/inf-treaty-kb\.org\/timeline\//],
    ['a redirect that may be indexed', MOVED, (html: string) => html.replace('<meta name="robots" content="noindex">', ''), /redirects but lacks <meta name="robots" content="noindex">/],
  ])('catch %s, naming the page and the line', (_, file, edit, message) => {
    const page = pageOf(file);
    const planted = edit(page.html);
    expect(planted).not.toBe(page.html);
    expect(markupProblems(parsePage(file, planted))).toEqual([{ file, line: expect.any(Number), problem: expect.stringMatching(message) }]);
  });
});
