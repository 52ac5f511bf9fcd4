/**
 * Sharing and following, on the fixture site built at the root and under the base /inf-kb/: every kind
 * of page has Open Graph and Twitter card tags with absolute addresses and an image that exists (a
 * 1200×630 PNG), every page a canonical address; every feed is well-formed RSS whose items link to
 * pages of the site; the sitemap lists exactly the public pages and robots.txt names it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, buildSite, readText, type BuildResult } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { readRedirects } from '../../src/data/redirects.ts';
import { compareDates, parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';
import { attr, find, listFiles, metaContent, readPages, type Page } from '../quality/lib/pages.ts';
import { isRedirectPage } from '../quality/lib/security.ts';

const SITE = 'https://inf-treaty-kb.org';
const builds: Record<string, BuildResult> = {};
beforeAll(async () => {
  builds['/'] = await buildFixtureSite();
  builds['/inf-kb/'] = await buildSite('basic-base', path.join(FIXTURES, 'basic'), { base: '/inf-kb/', shared: true });
  for (const [base, build] of Object.entries(builds)) if (build.code !== 0) throw new Error(`fixture build under ${base} failed:\n${build.output}`);
});

/** The file a site address is served from, in a build under `base`. */
const fileOf = (address: string, base: string) => {
  const pathname = new URL(address, SITE).pathname;
  if (!pathname.startsWith(base)) throw new Error(`${address} is outside the base ${base}`);
  const relative = decodeURIComponent(pathname.slice(base.length));
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
};

/** Width and height from a PNG's header, or undefined if it is not a PNG. */
const pngSize = (bytes: Buffer) => (bytes.subarray(1, 4).toString() === 'PNG' ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : undefined);

const PAGES = {
  home: '',
  article: 'articles/2019-02-01-wire-suspension/',
  statement: 'statements/pompeo-suspension-announced/',
  actor: 'actors/vladimir-putin/',
  event: 'events/us-suspension/',
  topic: 'topics/treaty-compliance/',
  outlet: 'outlets/wire-service/',
  timeline: 'timeline/',
  data: 'data/',
} as const;

describe.each(['/', '/inf-kb/'])('built under the base %s', (base) => {
  let pages: Page[];
  let files: string[];
  beforeAll(async () => {
    pages = await readPages((builds[base] as BuildResult).outDir, base);
    files = await listFiles((builds[base] as BuildResult).outDir);
  });
  const page = (address: string) => {
    const found = pages.find((p) => p.path === `${base}${address}`);
    if (!found) throw new Error(`no page at ${base}${address}`);
    return found;
  };

  it.each(Object.entries(PAGES))('the %s page has absolute Open Graph and Twitter card tags and an image that exists', async (_, address) => {
    const p = page(address);
    const url = `${SITE}${base}${address}`;
    expect(metaContent(p, 'og:url')).toBe(url);
    expect(metaContent(p, 'og:title')).toBeTruthy();
    expect(metaContent(p, 'og:description')).toBeTruthy();
    expect(metaContent(p, 'twitter:card')).toBe('summary_large_image');
    const image = metaContent(p, 'og:image') ?? '';
    expect(image).toMatch(new RegExp(`^${SITE}${base}og/.+\\.png$`));
    expect(metaContent(p, 'twitter:image')).toBe(image);
    expect(metaContent(p, 'og:image:alt')).toBeTruthy();
    const png = await readFile(path.join((builds[base] as BuildResult).outDir, fileOf(image, base)));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('gives each article, actor, event and topic its own image, a statement its article\'s, other pages the home page\'s', () => {
    const image = (address: string) => metaContent(page(address), 'og:image');
    expect(image(PAGES.article)).toBe(`${SITE}${base}og/articles/2019-02-01-wire-suspension.png`);
    expect(image(PAGES.statement)).toBe(image(PAGES.article));
    expect(image(PAGES.actor)).toBe(`${SITE}${base}og/actors/vladimir-putin.png`);
    expect(image(PAGES.event)).toBe(`${SITE}${base}og/events/us-suspension.png`);
    expect(image(PAGES.topic)).toBe(`${SITE}${base}og/topics/treaty-compliance.png`);
    for (const address of [PAGES.home, PAGES.outlet, PAGES.timeline, PAGES.data]) expect(image(address), address).toBe(`${SITE}${base}og/home.png`);
    for (const kind of ['articles', 'actors', 'events', 'topics']) expect(files.filter((f) => f.startsWith(`og/${kind}/`)).length, kind).toBeGreaterThan(0);
  });

  it('previews a statement with its quote, speaker, date and outlet', () => {
    expect(metaContent(page(PAGES.statement), 'og:description')).toBe('"Russia has jeopardized the United States\' security interests," Pompeo said. — Mike Pompeo, 1 February 2019, reported by Wire Service');
    expect(metaContent(page('statements/putin-verification-offer/'), 'og:description')).toMatch(/ — Vladimir Putin, 26 October 2020, reported by Wire Service \(from State TV\)$/);
  });

  it('gives every page but the 404 page and redirect pages its own canonical address', () => {
    let checked = 0;
    for (const p of pages.filter((x) => x.file !== '404.html' && !isRedirectPage(x))) {
      const canonical = find(p, (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical');
      expect(canonical.map((e) => attr(e, 'href')), p.file).toEqual([`${SITE}${p.path}`]);
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('links every page to the site\'s feeds, and actor and topic pages to their own', () => {
    const feeds = (p: Page) => find(p, (e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'type') === 'application/rss+xml').map((e) => attr(e, 'href'));
    expect(feeds(page(PAGES.home))).toEqual([`${base}feeds/articles.xml`, `${base}feeds/statements.xml`]);
    expect(feeds(page(PAGES.actor))).toContain(`${base}feeds/actors/vladimir-putin.xml`);
    expect(feeds(page(PAGES.topic))).toContain(`${base}feeds/topics/treaty-compliance.xml`);
    expect(page(PAGES.actor).html).toMatch(new RegExp(`<a href="${base}feeds/actors/vladimir-putin.xml" type="application/rss\\+xml">Follow Vladimir Putin’s statements</a>`));
  });

  it('writes feeds that are well-formed RSS, whose items link to pages of the site, at most 50 each', async () => {
    const outDir = (builds[base] as BuildResult).outDir;
    const feeds = files.filter((f) => f.startsWith('feeds/'));
    expect(feeds).toEqual(expect.arrayContaining(['feeds/articles.xml', 'feeds/statements.xml', 'feeds/actors/vladimir-putin.xml', 'feeds/topics/treaty-compliance.xml']));
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });
    for (const feed of feeds) {
      const xml = await readText(outDir, feed);
      expect(XMLValidator.validate(xml), feed).toBe(true);
      const channel = parser.parse(xml).rss.channel;
      expect(channel['atom:link']['@_href'], feed).toBe(`${SITE}${base}${feed}`);
      const items = (channel.item ?? []) as { link: string; guid: { '#text': string }; pubDate: string; description: string }[];
      expect(items.length, feed).toBeLessThanOrEqual(50);
      for (const item of items) {
        expect(files, `${feed}: ${item.link}`).toContain(fileOf(item.link, base));
        expect(item.guid['#text']).toBe(item.link);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      }
    }
    const statements = parser.parse(await readText(outDir, 'feeds/statements.xml')).rss.channel.item as { title: string; link: string; description: string; 'dc:creator': string }[];
    // Every statement of the fixture, newest first by the date said (a date known only to the month or year comes before the days in it, as on the timeline).
    const dataset = JSON.parse(await readText(outDir, 'data/statements.json')) as { id: string; said: string }[];
    expect([...statements.map((s) => s.link)].sort()).toEqual(dataset.map((s) => `${SITE}${base}statements/${s.id}/`).sort());
    const saidOf = new Map(dataset.map((s) => [`${SITE}${base}statements/${s.id}/`, parsePartialDate(s.said) as PartialDate]));
    const said = statements.map((s) => saidOf.get(s.link) as PartialDate);
    for (const [i, date] of said.entries()) if (i > 0) expect(compareDates(said[i - 1] as PartialDate, date), statements[i]?.link).toBeGreaterThanOrEqual(0);
    expect(statements.find((s) => s.link.endsWith('/pompeo-suspension-announced/'))).toMatchObject({
      title: 'Mike Pompeo: "Russia has jeopardized the United States\' security interests," Pompeo said.',
      description: `"Russia has jeopardized the United States' security interests," Pompeo said. — Mike Pompeo, 1 February 2019, reported in “US suspends INF obligations; Moscow responds”, Wire Service. Permanent link: ${SITE}${base}statements/pompeo-suspension-announced/`,
      'dc:creator': 'Mike Pompeo',
    });
  });

  it('lists exactly the public pages in the sitemap, and names the sitemap in robots.txt', async () => {
    const outDir = (builds[base] as BuildResult).outDir;
    const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
    const index = parser.parse(await readText(outDir, 'sitemap-index.xml')).sitemapindex.sitemap as { loc: string }[];
    const listed: string[] = [];
    for (const { loc } of index) {
      expect(loc).toMatch(new RegExp(`^${SITE}${base}sitemap-\\d+\\.xml$`));
      listed.push(...(parser.parse(await readText(outDir, fileOf(loc, base))).urlset.url as { loc: string }[]).map((u) => u.loc));
    }
    const publicPages = pages.filter((p) => p.file !== '404.html' && !isRedirectPage(p)).map((p) => `${SITE}${p.path}`);
    expect([...listed].sort()).toEqual([...publicPages].sort());
    // No moved address (content/redirects.yaml) is listed: its new address is.
    const moved = Object.keys((await readRedirects(path.join(FIXTURES, 'basic'))).data);
    expect(moved.length).toBeGreaterThan(0);
    for (const address of moved) expect(listed).not.toContain(`${SITE}${base}${address.replace(/^\//, '')}`);
    expect(await readText(outDir, 'robots.txt')).toContain(`Sitemap: ${SITE}${base}sitemap-index.xml\n`);
  });
});
