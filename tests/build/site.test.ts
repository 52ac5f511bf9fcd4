/** Builds the small fixture site once and checks what a reader and a researcher get from it. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, readJson, readText, type BuildResult } from '../helpers/build.ts';

interface StatementRecord {
  id: string; url: string; anchor: string; quote: string; kind: string; said: string;
  speaker: { id: string; name: string }; article: { id: string; title: string; url: string; date: string; outlet: string }; topics: string[];
}

let build: BuildResult;
beforeAll(async () => {
  build = await buildFixtureSite();
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

const page = (file: string) => readText(build.outDir, file);
const id = (html: string, value: string) => new RegExp(`id="${value}"`).test(html);

describe('the fixture site', () => {
  it('renders GitHub-flavoured Markdown: a table in an article becomes a <table>', async () => {
    const html = await page('articles/2019-02-01-wire-suspension/index.html');
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Missile<\/th>/);
    expect(html).toContain('<td>480 km</td>');
  });

  it('marks each claim where it stands in the text, with the statement id as the element id', async () => {
    const html = await page('articles/2019-02-01-wire-suspension/index.html');
    expect(html).toMatch(/<mark id="pompeo-suspension-announced" class="claim"[^>]*>&quot;Russia has jeopardized/);
    expect(html).toMatch(/<mark id="mfa-regrets-suspension" class="claim"[^>]*>The ministry said Washington’s decision was a “serious mistake” –/);
  });

  it('keeps the published text as printed: straight quotes are not curled, dashes not changed', async () => {
    const html = await page('articles/2019-02-01-wire-suspension/index.html');
    expect(html).toContain('&quot;Russia has jeopardized the United States&#39; security interests,&quot; Pompeo said.');
  });

  it('shows photo captions apart from the text and never as statements', async () => {
    const html = await page('articles/2019-02-01-wire-suspension/index.html');
    expect(html).toMatch(/<aside class="photo-caption"[^>]*data-pagefind-ignore[^>]*>[\s\S]*?Mike Pompeo · © Photographer/);
  });

  it('gives every statement a page with quote, linked speaker, date, outlet, anchored source, permalink and citation', async () => {
    const html = await page('statements/mfa-regrets-suspension/index.html');
    expect(html).toContain('href="/actors/russian-foreign-ministry/"');
    expect(html).toContain('<time datetime="2019-02">February 2019</time>');
    expect(html).toContain('href="/articles/2019-02-01-wire-suspension/#mfa-regrets-suspension"');
    expect(html).toContain('Indirect speech');
    expect(html).toContain('value="https://inf-treaty-kb.org/statements/mfa-regrets-suspension/"');
    expect(html).toMatch(/<textarea id="citation"[^>]*>Russian Foreign Ministry, statement of February 2019, reported in “US suspends INF obligations; Moscow responds”, Wire Service, 1 February 2019, https:\/\/example.org\/wire\/inf-suspension\. Recorded in INF Treaty Statements: https:\/\/inf-treaty-kb.org\/statements\/mfa-regrets-suspension\/<\/textarea>/);
    expect(html).toContain('Responds to');
  });

  it('shows provenance: outlet, original outlet, machine translation from Russian, date precision and how it was inferred', async () => {
    const html = await page('articles/2020-10-26-translated-proposal/index.html');
    expect(html).toContain('href="/outlets/state-tv/"');
    expect(html).toContain('machine translation');
    expect(html).toContain('from Russian');
    expect(html).toContain('known to the month only');
    expect(html).toContain('the text refers to the statement of 26 October');
  });

  it('lists articles newest first and counts articles, statements and actors on the home page', async () => {
    const index = await page('articles/index.html');
    expect(index.indexOf('Putin proposes mutual verification')).toBeLessThan(index.indexOf('US suspends INF obligations'));
    const home = await page('index.html');
    expect(home).toMatch(/<strong>2<\/strong> <a href="\/articles\/">articles/);
    expect(home).toMatch(/<strong>4<\/strong> <a href="\/timeline\/">statements/);
    expect(home).toMatch(/<strong>5<\/strong> <a href="\/actors\/">actors/);
  });

  it('ships no JavaScript on content pages but the copy buttons\' small script where there is something to copy', async () => {
    const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '').filter((a) => !a.includes('type="application/ld+json"'));
    for (const file of ['index.html', 'articles/index.html', 'timeline/index.html', 'actors/vladimir-putin/index.html']) {
      expect(scripts(await page(file)), file).toEqual([]);
    }
    for (const file of ['articles/2019-02-01-wire-suspension/index.html', 'statements/pompeo-suspension-announced/index.html']) {
      const [copy, ...others] = scripts(await page(file));
      expect(others, file).toEqual([]);
      const src = /src="\/(_astro\/CiteBlock[^"]+\.js)"/.exec(copy ?? '')?.[1];
      expect(src, file).toBeDefined();
      expect((await page(src ?? '')).length, `${src} in bytes`).toBeLessThan(1500);
    }
  });

  it('publishes statements.json with every field, the printed quote, and a page and anchor for each statement', async () => {
    const statements = await readJson<StatementRecord[]>(build.outDir, 'data/statements.json');
    expect(statements.map((s) => s.id).sort()).toEqual(['mfa-regrets-suspension', 'pompeo-suspension-announced', 'putin-earlier-mistake', 'putin-verification-offer']);
    const pompeo = statements.find((s) => s.id === 'pompeo-suspension-announced');
    expect(pompeo).toMatchObject({
      url: '/statements/pompeo-suspension-announced/',
      anchor: '/articles/2019-02-01-wire-suspension/#pompeo-suspension-announced',
      quote: '"Russia has jeopardized the United States\' security interests," Pompeo said.',
      kind: 'direct',
      said: '2019-02-01',
      speaker: { id: 'mike-pompeo', name: 'Mike Pompeo' },
      article: { id: '2019-02-01-wire-suspension', title: 'US suspends INF obligations; Moscow responds', url: '/articles/2019-02-01-wire-suspension/', date: '2019-02-01', outlet: 'wire-service' },
      topics: ['treaty-compliance'],
    });
    for (const s of statements) {
      expect(await page(path.join(s.url, 'index.html')), s.id).toContain(s.quote.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').slice(0, 20));
      const [articlePath, anchor] = s.anchor.split('#');
      expect(id(await page(path.join(articlePath ?? '', 'index.html')), anchor ?? ''), `${s.id} anchor`).toBe(true);
    }
  });

  it('publishes actors, articles, outlets, events and topics as JSON with ids, names and URLs', async () => {
    const actors = await readJson<{ id: string; name: string; aliases: string[]; kind: string; url: string; statementCount: number }[]>(build.outDir, 'data/actors.json');
    expect(actors.find((a) => a.id === 'vladimir-putin')).toMatchObject({ name: 'Vladimir Putin', kind: 'person', url: '/actors/vladimir-putin/', statementCount: 2 });
    expect(actors.find((a) => a.id === 'mike-pompeo')?.aliases).toEqual(['Michael Pompeo']);
    const articles = await readJson<{ id: string; title: string; url: string }[]>(build.outDir, 'data/articles.json');
    expect(articles.map((a) => a.url)).toEqual(['/articles/2020-10-26-translated-proposal/', '/articles/2019-02-01-wire-suspension/']);
    const outlets = await readJson<{ id: string; name: string; url: string }[]>(build.outDir, 'data/outlets.json');
    expect(outlets.find((o) => o.id === 'state-tv')).toMatchObject({ name: 'State TV', url: '/outlets/state-tv/' });
    const events = await readJson<{ id: string; date: string; title: string; articles: string[] }[]>(build.outDir, 'data/events.json');
    expect(events).toEqual([expect.objectContaining({ id: 'us-suspension', date: '2019-02-01', articles: ['2019-02-01-wire-suspension'] })]);
    const topics = await readJson<{ id: string; name: string; url: string }[]>(build.outDir, 'data/topics.json');
    expect(topics[0]).toMatchObject({ id: 'treaty-compliance', url: '/topics/treaty-compliance/' });
  });

  it('publishes statements.csv per RFC 4180: a header, one CRLF row per statement, quotes doubled', async () => {
    const csv = await page('data/statements.csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^id,url,anchor,permalink,quote,kind,said,/);
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(4);
    expect(csv).toContain('"""Russia has jeopardized the United States\' security interests,"" Pompeo said."');
  });

  it('indexes the site with Pagefind at the end of the build', async () => {
    const files = await readdir(path.join(build.outDir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(build.output).toMatch(/indexed \d+ pages/);
  });
});
