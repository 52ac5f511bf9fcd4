/** Builds the small fixture site once and checks what a reader and a researcher get from it. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStatementMeta } from '../../src/utils/statementMeta.ts';
import { buildFixtureSite, readJson, readText, type BuildResult } from '../helpers/build.ts';

interface StatementRecord {
  id: string; url: string; anchor: string; quote: string; kind: string; said: string;
  speaker: { id: string; name: string }; via: { id: string; name: string; kind: string } | null;
  article: { id: string; title: string; url: string; date: string; outlet: string }; topics: string[];
}

let build: BuildResult;
beforeAll(async () => {
  build = await buildFixtureSite();
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
    expect(home).toMatch(/<strong>6<\/strong> <a href="\/statements\/">statements/);
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
    expect(statements.map((s) => s.id).sort()).toEqual(['mfa-regrets-suspension', 'pompeo-suspension-announced', 'pompeo-waited-for-years', 'putin-earlier-mistake', 'putin-verification-offer', 'putin-will-mirror-step']);
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
      via: null,
    });
    for (const s of statements) {
      expect(await page(path.join(s.url, 'index.html')), s.id).toContain(s.quote.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').slice(0, 20));
      const [articlePath, anchor] = s.anchor.split('#');
      expect(id(await page(path.join(articlePath ?? '', 'index.html')), anchor ?? ''), `${s.id} anchor`).toBe(true);
    }
  });

  it('publishes actors, articles, outlets, events and topics as JSON with ids, names and URLs', async () => {
    const actors = await readJson<{ id: string; name: string; aliases: string[]; kind: string; url: string; statementCount: number }[]>(build.outDir, 'data/actors.json');
    expect(actors.find((a) => a.id === 'vladimir-putin')).toMatchObject({ name: 'Vladimir Putin', kind: 'person', url: '/actors/vladimir-putin/', statementCount: 3 });
    expect(actors.find((a) => a.id === 'mike-pompeo')?.aliases).toEqual(['Michael Pompeo']);
    const articles = await readJson<{ id: string; title: string; url: string }[]>(build.outDir, 'data/articles.json');
    expect(articles.map((a) => a.url)).toEqual(['/articles/2020-10-26-translated-proposal/', '/articles/2019-02-01-wire-suspension/']);
    const outlets = await readJson<{ id: string; name: string; url: string }[]>(build.outDir, 'data/outlets.json');
    expect(outlets.find((o) => o.id === 'state-tv')).toMatchObject({ name: 'State TV', url: '/outlets/state-tv/' });
    const events = await readJson<{ id: string; date: string; title: string; articles: string[] }[]>(build.outDir, 'data/events.json');
    expect(events).toEqual([expect.objectContaining({ id: 'us-suspension', date: '2019-02-01', articles: ['2019-02-01-wire-suspension'] })]);
    expect(events[0]).toMatchObject({
      sources: [
        { article: '2019-02-01-wire-suspension', facts: 'The date, and that Mike Pompeo announced the suspension.' },
        { article: null, facts: "The six months before withdrawal, from the treaty's own withdrawal clause." },
      ],
      sourceNote: 'No text of the announcement itself is held.',
    });
    const topics = await readJson<{ id: string; name: string; url: string }[]>(build.outDir, 'data/topics.json');
    expect(topics[0]).toMatchObject({ id: 'treaty-compliance', url: '/topics/treaty-compliance/' });
  });

  it('publishes statements.csv per RFC 4180: a header, one CRLF row per statement, quotes doubled', async () => {
    const csv = await page('data/statements.csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^id,url,anchor,permalink,quote,kind,said,/);
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(6);
    expect(csv).toContain('"""Russia has jeopardized the United States\' security interests,"" Pompeo said."');
  });

  it('marks a quotation over two paragraphs in both, the id on the first piece and the end after the last, and shows it as two paragraphs', async () => {
    const html = await page('articles/2019-02-01-wire-suspension/index.html');
    expect(html).toMatch(/<p><mark id="pompeo-waited-for-years" class="claim claim-continues"[^>]*>“We have waited for years\.<\/mark><\/p>\s*<p><mark class="claim claim-continued" data-claim="pompeo-waited-for-years">Russia did not listen,” Pompeo added\.<\/mark><span id="pompeo-waited-for-years--after"/);
    const statement = await page('statements/pompeo-waited-for-years/index.html');
    expect(statement).toMatch(/<blockquote class="quote quote-large">\s*<p>“We have waited for years\.<\/p><p>Russia did not listen,” Pompeo added\.<\/p>/);
    const statements = await readJson<StatementRecord[]>(build.outDir, 'data/statements.json');
    expect(statements.find((s) => s.id === 'pompeo-waited-for-years')?.quote).toBe('“We have waited for years.\n\nRussia did not listen,” Pompeo added.');
  });

  it('says wherever a second-hand statement appears whose account it is known through, and lists it on that actor’s page', async () => {
    const statement = await page('statements/putin-will-mirror-step/index.html');
    expect(statement).toMatch(/<dt>According to<\/dt><dd class="via"><a href="\/actors\/russian-foreign-ministry\/">Russian Foreign Ministry<\/a>: the statement is known only through Russian Foreign Ministry’s account, not from Vladimir Putin’s own words<\/dd>/);
    expect(statement).toMatch(/<textarea id="citation"[^>]*>Vladimir Putin \(according to Russian Foreign Ministry\), statement of February 2019, reported in/);
    const row = /<li class="timeline-item statement"[^>]*data-statement="putin-will-mirror-step">[\s\S]*?<\/li>/.exec(await page('timeline/index.html'))?.[0] ?? '';
    expect(row).toMatch(/>Vladimir Putin<\/a>, according to <a href="\/actors\/russian-foreign-ministry\/">Russian Foreign Ministry<\/a>:/);
    const speaker = /data-statement="putin-will-mirror-step">[\s\S]*?<\/article>/.exec(await page('actors/vladimir-putin/index.html'))?.[0] ?? '';
    expect(speaker).toMatch(/According to <a href="\/actors\/russian-foreign-ministry\/">Russian Foreign Ministry<\/a>/);
    const via = await page('actors/russian-foreign-ministry/index.html');
    expect(via).toMatch(/<h2 id="relayed">Statements known through Russian Foreign Ministry’s account<\/h2>[\s\S]*?data-statement="putin-will-mirror-step"/);
    expect(await page('actors/mike-pompeo/index.html')).not.toContain('id="relayed"');
    const article = await page('articles/2019-02-01-wire-suspension/index.html');
    expect(article).toContain('data-pagefind-title="Vladimir Putin, according to Russian Foreign Ministry"');
    // The search index gets the statement's fields as the article's metadata, whose account included.
    const meta = /data-pagefind-meta="statements:([^"]*)"/.exec(article)?.[1] ?? '';
    const fields = decodeStatementMeta({ statements: meta.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&') });
    expect(fields.get('putin-will-mirror-step')).toMatchObject({ speaker: 'Vladimir Putin', via: 'Russian Foreign Ministry', said: '2019-02', kind: 'person' });
    expect(article).toContain('data-speaker="Vladimir Putin, Russian Foreign Ministry, Ministry of Foreign Affairs of Russia"');
  });

  it('publishes whose account a statement is known through, in JSON and in the CSV’s last columns', async () => {
    const statements = await readJson<StatementRecord[]>(build.outDir, 'data/statements.json');
    expect(statements.find((s) => s.id === 'putin-will-mirror-step')?.via).toEqual({ id: 'russian-foreign-ministry', name: 'Russian Foreign Ministry', kind: 'organisation' });
    expect(statements.filter((s) => s.via !== null).map((s) => s.id)).toEqual(['putin-will-mirror-step']);
    const [header = '', ...rows] = (await page('data/statements.csv')).split('\r\n');
    expect(header.split(',').slice(-2)).toEqual(['via_id', 'via_name']);
    expect(rows.find((r) => r.startsWith('putin-will-mirror-step,'))).toMatch(/,russian-foreign-ministry,Russian Foreign Ministry$/);
    expect(rows.find((r) => r.startsWith('pompeo-suspension-announced,'))).toMatch(/,,$/);
  });

  it('says on an event’s page what each of its facts rests on', async () => {
    const html = await page('events/us-suspension/index.html');
    const section = /<section class="box" aria-labelledby="sources-heading"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toContain('The facts here rest on 2 sources:');
    expect(section).toMatch(/<a href="\/articles\/2019-02-01-wire-suspension\/">US suspends INF obligations; Moscow responds<\/a> <span class="meta">\(Wire Service, <time datetime="2019-02-01">1 February 2019<\/time>\)<\/span>:\s*The date, and that Mike Pompeo announced the suspension\./);
    expect(section).toMatch(/A source outside this knowledge base:\s*The six months before withdrawal/);
    expect(section).toContain('No text of the announcement itself is held.');
  });

  it('indexes the site with Pagefind at the end of the build', async () => {
    const files = await readdir(path.join(build.outDir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(build.output).toMatch(/indexed \d+ pages/);
  });
});
