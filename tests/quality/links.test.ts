/**
 * Every internal link and #anchor of the real site resolves, built at the root and under the
 * sub-path base /inf-kb/ (as on GitHub Pages); a broken link is reported with the page to fix.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite, builtSite, type BuildResult } from '../helpers/build.ts';
import { ROOT } from '../helpers/paths.ts';
import { checkLinks, formatLinkProblems } from './lib/links.ts';
import { listFiles, parsePage, readPages, type Page } from './lib/pages.ts';

const SITE = 'https://inf-treaty-kb.org';
let root: BuildResult;
let underBase: BuildResult;

beforeAll(async () => {
  root = await buildRealSite();
  underBase = await builtSite('real-base', path.join(ROOT, 'content'), { base: '/inf-kb/', shared: true });
});

describe('internal links of the real site', () => {
  it.each([
    ['at the root', () => root, '/'],
    ['under the base /inf-kb/', () => underBase, '/inf-kb/'],
  ] as const)('all resolve to a page and an anchor on it, built %s', async (_, build, base) => {
    const { outDir } = build();
    const report = checkLinks(await readPages(outDir, base), await listFiles(outDir), { base, site: SITE });
    expect(formatLinkProblems(report.problems)).toBe('');
    // Every page links to the rest, and statements' anchors into articles are among the links.
    expect(report.pages).toBeGreaterThan(250);
    expect(report.links).toBeGreaterThan(report.pages * 20);
    expect(report.anchors).toBeGreaterThan(100);
  });
});

describe('the link check reports, naming the page to fix', () => {
  let pages: Page[];
  let files: string[];
  beforeAll(async () => {
    pages = await readPages(root.outDir);
    files = await listFiles(root.outDir);
  });

  /** The real site with one page replaced by an edited copy. */
  const plant = (file: string, edit: (html: string) => string) => {
    const page = pages.find((p) => p.file === file);
    if (!page) throw new Error(`no ${file} in the build`);
    const edited = edit(page.html);
    if (edited === page.html) throw new Error(`the edit changed nothing in ${file}`);
    return pages.map((p) => (p === page ? parsePage(file, edited) : p));
  };

  it('a link to a page that does not exist', () => {
    const planted = plant('index.html', (html) => html.replace('href="/timeline/"', 'href="/timelime/"'));
    const { problems } = checkLinks(planted, files, { site: SITE });
    expect(problems).toEqual([expect.objectContaining({ file: 'index.html', href: '/timelime/', problem: expect.stringMatching(/^no page at \/timelime\/: the build has no timelime\/index\.html/) })]);
    expect(problems[0]?.line).toBeGreaterThan(0);
  });

  it('a link to an anchor that is not on the page it points to', () => {
    const article = pages.find((p) => p.file.startsWith('articles/') && p.file !== 'articles/index.html');
    const id = /<mark id="([^"]+)"/.exec(article?.html ?? '')?.[1];
    if (!article || !id) throw new Error('no article with a marked statement in the build');
    const planted = plant(article.file, (html) => html.replace(`<mark id="${id}"`, '<mark'));
    const { problems } = checkLinks(planted, files, { site: SITE });
    const statementPage = `statements/${id}/index.html`;
    expect(problems).toContainEqual(expect.objectContaining({ file: statementPage, problem: `no element with id="${id}" on /${article.file.replace(/index\.html$/, '')} (${article.file})` }));
  });

  it('a link that leaves out the base the site is served under', async () => {
    const basePages = await readPages(underBase.outDir, '/inf-kb/');
    const home = basePages.find((p) => p.file === 'index.html');
    if (!home) throw new Error('no home page');
    const planted = basePages.map((p) => (p === home ? parsePage('index.html', home.html.replace('href="/inf-kb/actors/"', 'href="/actors/"'), '/inf-kb/') : p));
    const { problems } = checkLinks(planted, await listFiles(underBase.outDir), { base: '/inf-kb/', site: SITE });
    expect(problems).toEqual([expect.objectContaining({ file: 'index.html', href: '/actors/', problem: expect.stringContaining("points outside the site's base /inf-kb/") })]);
  });

  it('a link to a page without its trailing slash', () => {
    const planted = plant('index.html', (html) => html.replace('href="/timeline/"', 'href="/timeline"'));
    const { problems } = checkLinks(planted, files, { site: SITE });
    expect(problems).toEqual([expect.objectContaining({ href: '/timeline', problem: expect.stringContaining('end the link with a slash') })]);
  });
});
