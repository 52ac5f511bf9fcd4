/**
 * The article render pool (src/integrations/articleRenderPool.ts): worker threads render exactly what
 * the loader's own thread would, fail the same way, and refuse plugins other than the config's.
 */
import os from 'node:os';
import path from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleBodyError } from '../../src/data/articleBody.ts';
import { createArticleRenderer, describePipeline, rendererOptionsFrom } from '../../src/integrations/articleRenderer.ts';
import { articleMarkdown } from '../../src/integrations/articleMarkdown.ts';
import { ArticleRenderPool, RenderPoolError, renderWorkerCount } from '../../src/integrations/articleRenderPool.ts';
import { readSettings } from '../../src/settings.ts';
import { ROOT } from '../helpers/paths.ts';

// The options astro.config.mjs gives the loader: markdown.processor is unified(articleMarkdown).
const options = rendererOptionsFrom(unified(articleMarkdown));
const here = createArticleRenderer(options);
const pool = new ArticleRenderPool(2, describePipeline(options));
afterAll(() => pool.close());

const FILE = path.join(ROOT, 'tests/fixtures/basic/articles/2019-02-01-wire-suspension.mdx');
const file = (body: string) => `---\ntitle: A title\n---\n\n${body}\n`;
const claim = { id: 'pompeo-suspends', speaker: 'mike-pompeo', said: new Date('2019-02-01'), quote: 'the United States would suspend its obligations.' };
const outcome = (promise: Promise<unknown>) => promise.then((value) => ({ value }), (error: unknown) => ({ error: error instanceof ArticleBodyError ? { body: error.problems } : { message: (error as Error).message } }));

describe('a worker renders as the loader would', () => {
  it.each([
    ['Markdown, a table and a heading', '## Reactions\n\n*a* **b** [c](https://example.org)\n\n| a | b |\n| :-: | - |\n| 1 | 2 |', []],
    ['a caption and a comment', 'Text.\n\n{/* note */}\n\n<PhotoCaption items={["Mike Pompeo", "© Photographer"]} />', []],
    ["a claim's passage (a dated claim crosses the thread as a date)", 'Pompeo said the United States would suspend its obligations. Moscow replied.', [claim]],
    ['a body MDX would run code in: the same problems', 'Text <Chart /> and {price}.', []],
    ['a quote not in the text: the same message', 'Some other text.', [{ ...claim, quote: 'Not here.' }]],
  ])('%s', async (_, body, claims) => {
    const frontmatter = { title: 'A title', claims };
    const expected = await outcome(here.render(file(body), FILE, frontmatter));
    expect(await outcome(pool.render(file(body), FILE, frontmatter))).toEqual(expected);
  });

  it('many articles at once come back each to its own caller', async () => {
    const bodies = Array.from({ length: 40 }, (_, i) => `Paragraph number ${i}.`);
    const html = await Promise.all(bodies.map((body) => pool.render(file(body), FILE, { title: 'A title', claims: [] })));
    expect(html.map((r) => r.html)).toEqual(bodies.map((body) => `<p>${body}</p>`));
  });
});

describe('the pool refuses plugins other than the config gives', () => {
  it('names both pipelines and the fix', async () => {
    const other = new ArticleRenderPool(1, describePipeline({ ...options, rehypePlugins: [] }));
    try {
      const error = await other.render(file('Text.'), FILE, {}).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(RenderPoolError);
      expect((error as Error).message).toMatch(/markdown\.processor renders with remark plugins \[remarkGfm\], rehype plugins \[none\].*worker threads import remark plugins \[remarkGfm\], rehype plugins \[rehypeClaimAnchors\].*src\/integrations\/articleMarkdown\.ts/);
    } finally {
      await other.close();
    }
  });

  it('and a config with an unnamed plugin, which could not be told apart', () => {
    expect(() => rendererOptionsFrom(unified({ ...articleMarkdown, rehypePlugins: [() => () => {}] }))).toThrow(/must be a named function/);
  });
});

describe('how many workers', () => {
  const cores = Math.min(os.availableParallelism(), 8);
  it.each([
    ['no articles', 0, undefined, 0],
    ['a few articles: one worker per 8', 5, undefined, 1],
    ['many articles: one per core, 8 at most', 1000, undefined, cores],
    ['as many as KB_ARTICLE_WORKERS says', 100, '3', 3],
    ['but no more than one per 8 articles', 5, '4', 1],
    ['none: render on the loader\'s thread', 100, '0', 0],
    ['a setting that is not a number is ignored', 1000, 'many', cores],
  ])('%s (%i articles, KB_ARTICLE_WORKERS=%s)', (_, articles, setting, expected) => {
    const wanted = readSettings(setting === undefined ? {} : { KB_ARTICLE_WORKERS: setting }, '/', os.availableParallelism()).articleWorkers;
    expect(renderWorkerCount(articles, wanted)).toBe(expected);
  });
});
