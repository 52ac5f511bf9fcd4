/** Every page of the real site is valid, accessible HTML by html-validate (config: tests/quality/htmlvalidate.json). */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite } from '../helpers/build.ts';
import { formatHtmlProblems, validateHtml } from './lib/htmlValidate.ts';
import { readPages, type Page } from './lib/pages.ts';

let pages: Page[];
beforeAll(async () => {
  const build = await buildRealSite();
  pages = await readPages(build.outDir);
});

const pageOf = (file: string) => {
  const page = pages.find((p) => p.file === file);
  if (!page) throw new Error(`no ${file} in the build`);
  return page;
};

describe('html-validate', () => {
  it('reports no error on any page of the real site', async () => {
    const problems = (await Promise.all(pages.map((page) => validateHtml(page.file, page.html)))).flat();
    expect(formatHtmlProblems(problems)).toBe('');
    expect(pages.length).toBeGreaterThan(250);
    expect(pages.map((p) => p.file)).toContain('statements/index.html');
  });

  it.each([
    ['an id used twice', 'index.html', (html: string) => html.replace('<main id="main"', '<main id="site-search"'), 'no-dup-id'],
    ['a field without a label', 'search/index.html', (html: string) => html.replace(/<label[^>]*for="search-input"[^>]*>[^<]*<\/label>/, ''), 'input-missing-label'],
    ['an element closed in the wrong order', 'actors/index.html', (html: string) => html.replace('<h1>Actors</h1>', '<h1><em>Actors</h1></em>'), 'close-order'],
    ['a heading level skipped', 'events/index.html', (html: string) => html.replace('<h1>Events</h1>', '<h1>Events</h1><h4>Skipped</h4>'), 'heading-level'],
  ])('catches %s, naming the page and the line', async (_, file, edit, rule) => {
    const page = pageOf(file);
    const planted = edit(page.html);
    expect(planted).not.toBe(page.html);
    const problems = await validateHtml(file, planted);
    expect(problems).toContainEqual(expect.objectContaining({ file, rule, line: expect.any(Number) }));
    expect(formatHtmlProblems(problems)).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+:\\d+: `));
  });
});
