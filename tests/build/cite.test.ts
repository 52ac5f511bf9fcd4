/**
 * What a researcher takes from a statement's page: the citation in APA, Chicago and MLA, the record as
 * CSL-JSON, BibTeX and RIS beside the page, every statement in data/statements.csl.json, an embeddable
 * quote, the passage at its source, and copy buttons that work in a browser.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, readJson, readText, type BuildResult } from '../helpers/build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';
import { serveSite, type RunningSite } from '../helpers/serve.ts';
import { attr, find, parsePage, textOf, type Element, type Page } from '../quality/lib/pages.ts';
import type { CslItem } from '../../src/data/citations.ts';
import type { Browser } from 'playwright-core';

const STATEMENT = 'pompeo-suspension-announced';
let build: BuildResult;
let page: Page;
let records: CslItem[];
beforeAll(async () => {
  build = await buildFixtureSite();
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  page = parsePage(`statements/${STATEMENT}/index.html`, await readText(build.outDir, `statements/${STATEMENT}/index.html`));
  records = await readJson<CslItem[]>(build.outDir, 'data/statements.csl.json');
});

const byId = (id: string) => (e: Element) => attr(e, 'id') === id;
const one = (predicate: (e: Element) => boolean) => {
  const [found] = find(page, predicate);
  if (!found) throw new Error('no such element on the statement page');
  return found;
};

describe('a statement page', () => {
  it('shows the citation in APA, Chicago and MLA, each with its permanent address', () => {
    const url = `https://inf-treaty-kb.org/statements/${STATEMENT}/`;
    expect(textOf(one(byId('cite-apa')))).toBe(`Pompeo, M. (2019, February 1). Statement [Quoted in “US suspends INF obligations; Moscow responds”]. Wire Service. ${url}`);
    expect(textOf(one(byId('cite-chicago')))).toContain(`Wire Service, February 1, 2019. ${url}.`);
    expect(textOf(one(byId('cite-mla')))).toContain(`Wire Service, 1 Feb. 2019. INF Treaty Statements, ${url}.`);
  });

  it('links to its record as CSL-JSON, BibTeX and RIS, files beside the page that say what statements.csl.json says', async () => {
    const links = find(page, (e) => e.tagName === 'a' && /\/cite\.(json|bib|ris)$/.test(attr(e, 'href') ?? ''));
    expect(links.map((a) => [textOf(a), attr(a, 'href'), attr(a, 'type')])).toEqual([
      ['CSL-JSON', `/statements/${STATEMENT}/cite.json`, 'application/vnd.citationstyles.csl+json'],
      ['BibTeX', `/statements/${STATEMENT}/cite.bib`, 'application/x-bibtex'],
      ['RIS', `/statements/${STATEMENT}/cite.ris`, 'application/x-research-info-systems'],
    ]);
    const record = records.find((r) => r.id === STATEMENT);
    expect(await readJson(build.outDir, `statements/${STATEMENT}/cite.json`)).toEqual([record]);
    const [bib] = new Cite(await readText(build.outDir, `statements/${STATEMENT}/cite.bib`)).data;
    const [ris] = new Cite(await readText(build.outDir, `statements/${STATEMENT}/cite.ris`)).data;
    for (const back of [bib, ris]) expect(back).toMatchObject({ title: 'Statement', 'container-title': 'Wire Service', URL: record?.URL });
  });

  it('offers an embeddable quote: a blockquote citing the permanent page, with speaker, date, article and link', () => {
    const snippet = textOf(one(byId('embed')));
    const fragment = parse(`<!doctype html><body>${snippet}`);
    const quote = find({ file: '', path: '', html: snippet, document: fragment }, (e) => e.tagName === 'blockquote')[0];
    expect(quote && attr(quote, 'cite')).toBe(`https://inf-treaty-kb.org/statements/${STATEMENT}/`);
    expect(quote && textOf(quote).replace(/\s+/g, ' ').trim()).toBe('"Russia has jeopardized the United States\' security interests," Pompeo said. — Mike Pompeo, 1 February 2019, reported in US suspends INF obligations; Moscow responds, Wire Service. INF Treaty Statements');
    expect(snippet).not.toMatch(/style=|class=|<script/);
  });

  it('links to the passage at its source with a text fragment', () => {
    const [source] = find(page, (e) => e.tagName === 'a' && (attr(e, 'href') ?? '').startsWith('https://example.org/wire/inf-suspension'));
    expect(source && attr(source, 'href')).toBe('https://example.org/wire/inf-suspension#:~:text=%22Russia%20has%20jeopardized%20the%20United%20States\'%20security%20interests%2C%22%20Pompeo%20said.');
    expect(source && attr(source, 'rel')).toBe('noopener noreferrer');
  });

  it('says, for a translated article, that the passage is as the republisher printed it', async () => {
    const html = await readText(build.outDir, 'statements/putin-verification-offer/index.html');
    expect(html).toMatch(/The link opens Wire Service’s translation of State TV, the text recorded here/);
  });

  it('keeps its copy buttons hidden for readers without JavaScript', () => {
    const buttons = find(page, (e) => e.tagName === 'button' && attr(e, 'data-copy') !== undefined);
    expect(buttons.map((b) => attr(b, 'data-copy'))).toEqual(['permalink', 'citation', 'cite-apa', 'cite-chicago', 'cite-mla', 'embed']);
    for (const button of buttons) expect(attr(button, 'hidden')).toBe('');
  });
});

describe('data/statements.csl.json', () => {
  it('holds every statement, valid against the CSL-JSON schema, and is read back by Citation.js unchanged', async () => {
    const statements = await readJson<{ id: string }[]>(build.outDir, 'data/statements.json');
    expect(records.map((r) => r.id).sort()).toEqual(statements.map((s) => s.id).sort());
    const schema = JSON.parse(await readFile(path.join(ROOT, 'tests/fixtures/csl/csl-data.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(records), JSON.stringify(validate.errors)).toBe(true);
    expect(new Cite(records).data.map(({ _graph, ...rest }) => rest)).toEqual(records);
  });

  it('has a companion for articles, and every article page its citation files', async () => {
    const articles = await readJson<CslItem[]>(build.outDir, 'data/articles.csl.json');
    expect(articles.map((a) => a.id).sort()).toEqual(['2019-02-01-wire-suspension', '2020-10-26-translated-proposal']);
    for (const a of articles) expect(await readJson(build.outDir, `articles/${a.id}/cite.json`)).toEqual([a]);
    const html = await readText(build.outDir, 'articles/2019-02-01-wire-suspension/index.html');
    expect(html).toContain('>Doe, J. (2019, February 1). US suspends INF obligations; Moscow responds. <cite>Wire Service</cite>. https://example.org/wire/inf-suspension</p>');
  });
});

describe('in Chromium', () => {
  let site: RunningSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await serveSite(build.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('the copy buttons show and put the permanent link and the APA citation on the clipboard', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const tab = await context.newPage();
    await tab.goto(`${site.url}statements/${STATEMENT}/`);
    await tab.getByRole('button', { name: 'Copy link' }).click();
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(`https://inf-treaty-kb.org/statements/${STATEMENT}/`);
    await tab.getByRole('button', { name: 'Copy APA' }).click();
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(textOf(one(byId('cite-apa'))));
    await tab.locator('button[data-copy="cite-apa"]', { hasText: 'Copied' }).waitFor();
    await context.close();
  });
});
