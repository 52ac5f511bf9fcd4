/** The embed snippet keeps any text as text, and the take-away addresses respect the base. */
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { embedSnippet } from '../../src/utils/embed.ts';
import { makeShareUrls } from '../../src/utils/shareUrls.ts';
import { makeUrls } from '../../src/utils/urls.ts';
import { find, textOf, attr } from '../quality/lib/pages.ts';

describe('the embed snippet', () => {
  it('shows hostile text as text: no element, attribute or script comes out of it', () => {
    const hostile = '<script>alert(1)</script> "quoted" & <img src=x onerror=alert(2)>';
    const snippet = embedSnippet({ quote: hostile, speaker: hostile, said: '1 February 2019', articleTitle: hostile, outlet: hostile, sourceUrl: 'https://example.org/a?x="><script>', permalink: 'https://inf-treaty-kb.org/statements/x/', siteName: 'INF Treaty Statements' });
    const page = { file: '', path: '', html: snippet, document: parse(`<!doctype html><body>${snippet}`) };
    expect(find(page, (e) => ['script', 'img'].includes(e.tagName))).toEqual([]);
    const [quote] = find(page, (e) => e.tagName === 'blockquote');
    expect(quote && textOf(quote)).toContain(hostile);
    const [source] = find(page, (e) => e.tagName === 'a');
    expect(source && attr(source, 'href')).toBe('https://example.org/a?x="><script>');
  });
});

describe('take-away addresses', () => {
  it.each([
    ['/', '/statements/x/cite.bib', '/og/articles/a.png', '/og/home.png', '/feeds/actors/jens-stoltenberg.xml', '/data/datapackage.json'],
    ['/inf-kb/', '/inf-kb/statements/x/cite.bib', '/inf-kb/og/articles/a.png', '/inf-kb/og/home.png', '/inf-kb/feeds/actors/jens-stoltenberg.xml', '/inf-kb/data/datapackage.json'],
  ])('under the base %s', (base, cite, image, home, feed, pkg) => {
    const share = makeShareUrls(makeUrls(base));
    expect(share.statementCitation('x', 'bib')).toBe(cite);
    expect(share.previewImage('articles', 'a')).toBe(image);
    expect(share.previewImage()).toBe(home);
    expect(share.feedActor('jens-stoltenberg')).toBe(feed);
    expect(share.dataPackage).toBe(pkg);
  });
});
