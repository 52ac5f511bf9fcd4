/**
 * The article renderer (src/integrations/articleRenderer.ts, with the body rules of src/data/articleBody.ts): bodies are read as MDX and rendered with
 * the site's plugins (remark-gfm, rehypeClaimAnchors) to the HTML the pages print, and anything MDX
 * would run is refused with the file, the line and the fix.
 */
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { ArticleBodyError, articleBodyProblems } from '../../src/data/articleBody.ts';
import { createArticleRenderer } from '../../src/integrations/articleRenderer.ts';
import { rehypeClaimAnchors } from '../../src/integrations/rehypeClaimAnchors.ts';
import { ROOT } from '../helpers/paths.ts';

// The plugins astro.config.mjs gives `markdown.processor: unified({...})`.
const renderer = createArticleRenderer({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeClaimAnchors] });
const FILE = path.join(ROOT, 'tests/fixtures/basic/articles/2019-02-01-wire-suspension.mdx');
const file = (body: string) => `---\ntitle: A title\n---\n\n${body}\n`;
const render = async (body: string, claims: unknown[] = []) => (await renderer.render(file(body), FILE, { title: 'A title', claims })).html;

describe('an article body renders as MDX reads it', () => {
  it.each([
    ['a backslash escape of "<" prints "<"', 'Read \\<script> here.', '<p>Read &lt;script&gt; here.</p>'],
    ['a backslash escape of "{" prints "{"', 'Braces \\{like this\\} stay.', '<p>Braces {like this} stay.</p>'],
    ['a character reference prints its character', 'Tom &amp; Jerry &lt;b>', '<p>Tom &amp; Jerry &lt;b&gt;</p>'],
    ['straight quotes and dashes stay as typed (no smartypants), escaped as Astro escapes text', '"Quoted" -- it\'s', '<p>&quot;Quoted&quot; -- it&#39;s</p>'],
    ['an editors\' comment on its own line is dropped', 'Before.\n\n{/* an editors\' comment */}\n\nAfter.', '<p>Before.</p>\n\n<p>After.</p>'],
    ['an editors\' comment inside a paragraph is dropped', 'Before {/* note */} after.', '<p>Before  after.</p>'],
    ['emphasis and links are Markdown', '*a* **b** [c](https://example.org)', '<p><em>a</em> <strong>b</strong> <a href="https://example.org">c</a></p>'],
    ['a GFM table becomes a <table>', '| Missile | Range |\n| --- | --- |\n| 9M729 | 480 km |', '<table><thead><tr><th>Missile</th><th>Range</th></tr></thead><tbody><tr><td>9M729</td><td>480 km</td></tr></tbody></table>'],
    ['a column\'s alignment is a style, as MDX wrote it', '| a |\n| :-: |\n| b |', '<table><thead><tr><th style="text-align:center">a</th></tr></thead><tbody><tr><td style="text-align:center">b</td></tr></tbody></table>'],
    ['a hard line break and a rule are written as MDX wrote them', 'one  \ntwo\n\n---', '<p>one<br/>\ntwo</p>\n<hr/>'],
    ['GFM strikethrough and autolinks', '~~old~~ www.example.org', '<p><del>old</del> <a href="http://www.example.org">www.example.org</a></p>'],
    ['a heading gets its id, as MDX gave it', '## Reactions in Moscow', '<h2 id="reactions-in-moscow">Reactions in Moscow</h2>'],
    [
      'a photo caption becomes its note, outside any paragraph',
      '<PhotoCaption items={["Mike Pompeo", \'© Photographer\']} />',
      '<aside class="photo-caption" role="note" data-pagefind-ignore aria-label="Photo caption from the original page">\n  <span class="visually-hidden">Photo caption: </span>Mike Pompeo · © Photographer\n</aside>',
    ],
  ])('%s', async (_, body, html) => {
    expect(await render(body)).toBe(html);
  });

  it('GFM footnotes get their section', async () => {
    const html = await render('A claim.[^1]\n\n[^1]: The source.');
    expect(html).toContain('<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref');
    expect(html).toMatch(/<section data-footnotes class="footnotes">[\s\S]*<li id="user-content-fn-1">/);
  });

  it("each claim's passage is marked where it stands, with its id and search title", async () => {
    const html = await render('Pompeo said the United States would suspend its obligations. Moscow replied.', [
      { id: 'pompeo-suspends', speaker: 'mike-pompeo', said: '2019-02-01', quote: 'the United States would suspend its obligations.' },
    ]);
    expect(html).toMatch(/^<p>Pompeo said <mark id="pompeo-suspends" class="claim" data-claim="pompeo-suspends" data-pagefind-title="Mike Pompeo"[^>]*>the United States would suspend its obligations\.<\/mark>/);
  });

  it('a quote that is not in the rendered text fails, naming the file and the claim', async () => {
    await expect(render('Some other text.', [{ id: 'missing', speaker: 'mike-pompeo', said: '2019-02-01', quote: 'Not here.' }])).rejects.toThrow(
      /tests\/fixtures\/basic\/articles\/2019-02-01-wire-suspension\.mdx → claims\[0\]\.quote: the quote of "missing" does not occur/,
    );
  });
});

describe('a body that MDX would run code in is refused, naming the file, the line and the fix', () => {
  it.each([
    ['a component', 'Text <Chart data="x" /> here.', /line 5, column 6: "<Chart …>" is a component/, /write a "<" that is part of the text as "\\<"/],
    ['an HTML element', 'A <b>bold</b> word.', /line 5, column 3: "<b>" is an HTML element/, /"&lt;"/],
    ['a component on a line of its own', '<Aside>\nText\n</Aside>', /line 5, column 1: "<Aside>" is a component/, /<PhotoCaption items=/],
    ['an expression', 'It costs {price} dollars.', /line 5, column 10: the expression "\{price\}" would be run as code/, /write a "\{" that is part of the text as "\\\{"/],
    ['an expression on a line of its own', '{1 + 1}', /line 5, column 1: the expression "\{1 \+ 1\}" would be run as code/, /\{\/\* … \*\/\}/],
    ['an import', 'import Chart from "./chart.js"', /line 5, column 1: "import Chart from "\.\/chart\.js"" is an import statement/, /cannot import or export/],
    ['an export', 'export const a = 1', /"export const a = 1" is an export statement/, /&#101;xport/],
    ['a caption that is not a list of texts', '<PhotoCaption items={names} />', /this <PhotoCaption> is not a plain list of caption texts/, /one attribute, items/],
    ['a caption with a second attribute', '<PhotoCaption items={["a"]} credit="b" />', /this <PhotoCaption> is not a plain list/, /one attribute, items/],
    ['a "<" MDX cannot read', 'Range <500 km.', /line 5, column 8: MDX cannot read the text: Unexpected character/, /"\\<"/],
    ['a "{" MDX cannot read', 'Open { brace.', /line 5, column 14: MDX cannot read the text: Unexpected end of file in expression/, /and a "\{" as "\\\{"/],
  ])('%s', async (_, body, problem, fix) => {
    const problems = articleBodyProblems('content/articles/x.mdx', file(body));
    expect(problems).toContainEqual({ file: 'content/articles/x.mdx', field: 'body', problem: expect.stringMatching(problem), fix: expect.stringMatching(fix) });
    // The build's renderer refuses the same body with the same problems.
    const error = await render(body).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleBodyError);
    expect((error as ArticleBodyError).problems.map((p) => p.problem)).toEqual(problems.map((p) => p.problem));
  });

  it('and passes text, escapes, comments and captions', () => {
    expect(articleBodyProblems('x.mdx', file('Text \\<b> \\{x\\} &lt;\n\n{/* note */}\n\n<PhotoCaption items={["a", "b"]} />'))).toEqual([]);
  });
});

describe('the check skips parsing only bodies the parser would pass', () => {
  // articleBodyProblems reads a body with plain captions and no other "<", "{", import or export without
  // parsing it; the loader always parses. Both must agree.
  it.each([
    ['plain captions', '<PhotoCaption items={["Jens Stoltenberg", "© nato.int"]} />\n\nText.\n\n<PhotoCaption items={[ "a" ,"b" ]} />'],
    ['a caption in a paragraph', 'Text before\n<PhotoCaption items={["a"]} />'],
    ['a caption in a code block', '```\n<PhotoCaption items={["a"]} />\n```'],
    ['a caption whose text has a brace', '<PhotoCaption items={["a } b"]} />'],
    ['a caption whose text has an escaped quote', '<PhotoCaption items={["a \\" b"]} />'],
    ['a caption with a second attribute', '<PhotoCaption items={["a"]} x="1" />'],
    ['a caption beside an element', '<PhotoCaption items={["a"]} />\n\nA <b>word</b>.'],
  ])('%s', async (_, body) => {
    const checked = articleBodyProblems('x.mdx', file(body)).map((p) => p.problem);
    const rendered = await render(body).then(() => [] as string[], (e: unknown) => (e instanceof ArticleBodyError ? e.problems.map((p) => p.problem) : [String(e)]));
    expect(checked).toEqual(rendered);
  });
});
