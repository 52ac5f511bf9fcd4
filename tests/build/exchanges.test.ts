/**
 * Who answers whom, on the fixture site: the exchanges page draws the graph as well-formed SVG whose
 * every link reaches a built page (an edge's: the page of that pair's statements), event and
 * topic pages draw theirs, and a statement's page gives its thread in the order the statements were made.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, readText } from '../helpers/build.ts';

let outDir = '';
beforeAll(async () => {
  outDir = (await buildFixtureSite()).outDir;
});

const page = (url: string) => readText(outDir, `${url.replace(/^\//, '').replace(/#.*/, '')}index.html`);
/** The graph's SVG: the one inside the graph's canvas (the legend's line samples are SVGs too). */
const graphOf = (html: string) => html.match(/<div class="exchange-graph-canvas"[^>]*><svg[^]*?<\/svg>/)?.[0].replace(/^<div[^>]*>/, '') ?? '';
const linksOf = (svg: string) => [...svg.matchAll(/<a href="([^"]+)" class="([a-z-]+)/g)].map((m) => ({ href: m[1] ?? '', kind: m[2] ?? '' }));

/** Every link of the graph reaches a built page, and an anchor on it. */
async function expectLinksResolve(svg: string): Promise<void> {
  for (const { href } of linksOf(svg)) {
    const [pathname = '', anchor] = href.split('#');
    await expect(access(path.join(outDir, pathname, 'index.html')), `${href} is a built page`).resolves.toBeUndefined();
    if (anchor) expect(await page(pathname), `${href}: the anchor is on the page`).toContain(`id="${anchor}"`);
  }
}

describe('the exchanges page', () => {
  it('draws every exchange as well-formed SVG with a title, whose actors link to their pages and whose edges link to their statements', async () => {
    const html = await page('/exchanges/');
    const svg = graphOf(html);
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg);
    expect(doc.svg.title).toMatch(/who answers whom/i);
    const links = linksOf(svg);
    expect(links.filter((l) => l.kind === 'node').map((l) => l.href).sort()).toEqual(['/actors/mike-pompeo/', '/actors/russian-foreign-ministry/', '/actors/vladimir-putin/']);
    expect(links.filter((l) => l.kind === 'edge').map((l) => l.href)).toEqual([
      '/exchanges/russian-foreign-ministry--responds--mike-pompeo/',
      '/exchanges/russian-foreign-ministry--via--vladimir-putin/',
      '/exchanges/vladimir-putin--disputes--mike-pompeo/',
    ]);
    await expectLinksResolve(svg);
  });

  it('lists every pair of actors by kind, each linked to a page of its own with its statements, linked to both sides', async () => {
    const html = await page('/exchanges/');
    expect(html).toMatch(/<a href="\/exchanges\/vladimir-putin--disputes--mike-pompeo\/">Vladimir Putin disputes Mike Pompeo: 1 statement<\/a>/);
    // The index lists pairs, not statements: it does not grow with every exchange.
    expect(html).not.toContain('href="/statements/putin-verification-offer/"');
    const pair = await page('/exchanges/vladimir-putin--disputes--mike-pompeo/');
    expect(pair).toMatch(/<h1>Vladimir Putin disputes Mike Pompeo<\/h1>/);
    expect(pair).toContain('href="/statements/putin-verification-offer/"');
    expect(pair).toContain('href="/statements/pompeo-suspension-announced/"');
  });

  it('is linked from the actors’ index', async () => {
    expect(await page('/actors/')).toContain('href="/exchanges/"');
  });
});

describe('event and topic pages', () => {
  it.each([
    ['the event', '/events/us-suspension/'],
    ['the topic', '/topics/treaty-compliance/'],
  ])('%s draws the exchanges of its statements, with the same as a list, and no script', async (_, url) => {
    const html = await page(url);
    const svg = graphOf(html);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(linksOf(svg).filter((l) => l.kind === 'edge').length).toBeGreaterThan(0);
    await expectLinksResolve(svg);
    expect(html).toMatch(/<details[^>]*>\s*<summary[^>]*>The exchanges as a list<\/summary>[^]*<a href="\/exchanges\/russian-foreign-ministry--responds--mike-pompeo\/">Russian Foreign Ministry answers Mike Pompeo: 1 statement<\/a>/);
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
  });
});

describe('a statement’s thread', () => {
  const threadOn = async (id: string) => {
    const html = await page(`/statements/${id}/`);
    const list = html.match(/<ol class="thread"[^]*?<\/ol>/)?.[0] ?? '';
    return { items: [...list.matchAll(/data-statement="([a-z0-9-]+)"/g)].map((m) => m[1]), current: [...list.matchAll(/href="\/statements\/([a-z0-9-]+)\/" aria-current="page"/g)].map((m) => m[1]) };
  };

  it('lists what it answers and what answers or disputes it, in the order they were made, the statement itself marked', async () => {
    expect(await threadOn('pompeo-suspension-announced')).toEqual({
      items: ['pompeo-suspension-announced', 'mfa-regrets-suspension', 'putin-verification-offer'],
      current: ['pompeo-suspension-announced'],
    });
    expect(await threadOn('putin-verification-offer')).toEqual({ items: ['pompeo-suspension-announced', 'putin-verification-offer'], current: ['putin-verification-offer'] });
  });

  it('is absent where nothing answers the statement and it answers nothing', async () => {
    expect(await page('/statements/pompeo-waited-for-years/')).not.toContain('class="thread"');
  });
});
