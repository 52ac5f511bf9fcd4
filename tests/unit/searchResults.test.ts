import { describe, expect, it } from 'vitest';
import { formatPassageTitle, highlightQuote, markedWords, parsePassageTitle, resultsFor, type PagefindData, type PagefindSubResult, type StatementResult } from '../../src/utils/searchResults.ts';
import { makeUrls } from '../../src/utils/urls.ts';

describe('reading a statement passage’s title', () => {
  it.each([
    ['Sergey Ryabkov, 2019-01-25', { speaker: 'Sergey Ryabkov', said: '2019-01-25', topics: [] }],
    ['Ministry of Defence of Russia, 2019-01 [9m729-missile]', { speaker: 'Ministry of Defence of Russia', said: '2019-01', topics: ['9m729-missile'] }],
    ['Smith, John, 2019 [moratorium inf-treaty]', { speaker: 'Smith, John', said: '2019', topics: ['moratorium', 'inf-treaty'] }],
    ['John Bolton (according to Vladimir Vasiliev), 2019-01 [arms-control-erosion]', { speaker: 'John Bolton', via: 'Vladimir Vasiliev', said: '2019-01', topics: ['arms-control-erosion'] }],
    ['Smith, John (according to Doe, Jane), 2019', { speaker: 'Smith, John', via: 'Doe, Jane', said: '2019', topics: [] }],
    ['Dmitry Peskov, 2020-10-26 [european-security] …', { speaker: 'Dmitry Peskov', said: '2020-10-26', topics: ['european-security'], continues: true }],
    ['Smith, 2019-02-30', null],
    ['“Europe didn’t have an independent agenda”: how was the summit', null],
    ['Nobody, yesterday', null],
    ['2019-01-25', null],
  ])('%s → %j', (title, parsed) => {
    expect(parsePassageTitle(title)).toEqual(parsed);
    // What is read back is what the anchors wrote.
    if (parsed) expect(formatPassageTitle(parsed)).toBe(title);
  });
});

describe('showing the quote with the matched words marked', () => {
  it.each([
    ['we will respond in kind', '<mark>respond</mark>', 'we will <mark>respond</mark> in kind'],
    ['The INF Treaty is dead.', 'the <mark>treaty</mark> is', 'The INF <mark>Treaty</mark> is dead.'],
    ['Missiles <b>&</b> "tanks"', '<mark>tanks</mark>', 'Missiles &lt;b&gt;&amp;&lt;/b&gt; &quot;<mark>tanks</mark>&quot;'],
    ['“We will not”, he said', '<mark>will</mark>', '“We <mark>will</mark> not”, he said'],
    ['“round dances”, he said', '<mark>round</mark> <mark>dances</mark>', '“<mark>round</mark> <mark>dances</mark>”, he said'],
    ['nothing matched here', 'Sergei <mark>Yermakov</mark>', 'nothing matched here'],
  ])('%s, excerpt %s → %s', (quote, excerpt, html) => {
    expect(highlightQuote(quote, markedWords(excerpt))).toBe(html);
  });

  it('cuts a long quote to a window around the first match, saying where it was cut', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const html = highlightQuote(words.join(' '), new Set(['w50']), 30);
    expect(html).toMatch(/^… w40 .* <mark>w50<\/mark> .* w69 …$/);
    expect(highlightQuote(words.join(' '), new Set(['w2']), 30)).toMatch(/^w0 w1 <mark>w2<\/mark> .* w29 …$/);
    expect(highlightQuote(words.join(' '), new Set(['w99']), 30)).toMatch(/^… w70 .* <mark>w99<\/mark>$/);
  });
});

const claim = (id: string, title: string, text: string, excerpt: string): PagefindSubResult => ({
  title,
  url: `/articles/a/#${id}`,
  excerpt,
  anchor: { element: 'mark', id, text, title, location: 10 },
  locations: [11],
});
const article = (subs: PagefindSubResult[]): PagefindData => ({
  url: '/articles/a/',
  excerpt: 'the page <mark>excerpt</mark>',
  meta: { type: 'Article', title: 'An article', outlet: 'TASS', published: '2 February 2019' },
  sub_results: subs,
  anchors: subs.flatMap((s) => (s.anchor ? [s.anchor] : [])),
});
const narrative: PagefindSubResult = {
  title: 'An article',
  url: '/articles/a/#one--after',
  excerpt: 'said the <mark>expert</mark>',
  anchor: { element: 'span', id: 'one--after', text: '', title: 'An article', location: 20 },
  locations: [22],
};
const base = { statementUrl: makeUrls('/inf-kb/').statement, kindOf: { 'Vladimir Putin': 'person', Russia: 'state' } };
const one = claim('one', 'Vladimir Putin, 2019-02-02', 'we will respond in kind', 'Vladimir Putin. we will <mark>respond</mark> in kind');
const two = claim('two', 'Russia, 2019-02 [suspension]', 'Russia regrets the suspension', 'Russia. Russia <mark>regrets</mark> the suspension');

describe('turning an article result into what a reader sees', () => {
  it('gives a statement result per matching claim, linked to its permanent page under the base, then the article when its own text matched', () => {
    const items = resultsFor(article([one, narrative]), { ...base, term: true });
    expect(items.map((i) => i.type)).toEqual(['Statement', 'Article']);
    expect(items[0]).toMatchObject({
      id: 'one',
      speaker: 'Vladimir Putin',
      said: '2019-02-02',
      saidText: '2 February 2019',
      url: '/inf-kb/statements/one/',
      excerptHtml: 'we will <mark>respond</mark> in kind',
      outlet: 'TASS',
      articleTitle: 'An article',
    } satisfies Partial<StatementResult>);
    expect((items[0] as StatementResult).contextUrl).toBe('/articles/a/#one:~:text=we%20will-,respond,-in%20kind');
    expect(items[1]).toMatchObject({ type: 'Article', url: '/articles/a/', passages: [{ title: 'In the text' }] });
  });

  it.each([
    ['only statements', { type: 'Statement' }, ['one', 'two']],
    ['one speaker', { speaker: 'Russia' }, ['two']],
    ['one year and kind of actor', { year: '2019', actorKind: 'person' }, ['one']],
    ['a year with none', { year: '2020' }, []],
    ['one topic', { topic: 'suspension' }, ['two']],
  ])('%s: keeps the statements the filters ask for', (_, filters, ids) => {
    const items = resultsFor(article([one, two]), { ...base, term: true, ...filters });
    expect(items.filter((i) => i.type === 'Statement').map((i) => (i as StatementResult).id)).toEqual(ids);
  });

  it('says whose account a second-hand statement is known through, and keeps it under its speaker for the speaker filter', () => {
    const hearsay = claim('bolton', 'John Bolton (according to Vladimir Vasiliev), 2019-01', 'Bolton said that the US would withdraw', 'Bolton said that the US would <mark>withdraw</mark>');
    const [item] = resultsFor(article([hearsay]), { ...base, term: true, speaker: 'John Bolton' });
    expect(item).toMatchObject({ id: 'bolton', speaker: 'John Bolton', via: 'Vladimir Vasiliev', saidText: 'January 2019' });
    expect(resultsFor(article([one]), { ...base, term: true })[0]).not.toHaveProperty('via');
  });

  it('shows a passage over several paragraphs, whose anchor holds only the first, as cut', () => {
    const long = claim('peskov', 'Dmitry Peskov, 2020-10-26 …', '“You know that the President issued a statement.', '<mark>President</mark> issued a statement. An important document.');
    const [item] = resultsFor(article([long]), { ...base, term: true });
    expect((item as StatementResult).excerptHtml).toBe('“You know that the <mark>President</mark> issued a statement. …');
  });

  it('asked for articles, gives the article with its matching passages and no statement results', () => {
    const items = resultsFor(article([one, narrative]), { ...base, term: true, type: 'Article' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'Article', passages: [{ title: 'Vladimir Putin, 2019-02-02' }, { title: 'In the text' }] });
  });

  it('puts the claim that matched more of the words first', () => {
    const both = claim('three', 'Russia, 2019', 'regrets and respond', 'Russia. <mark>regrets</mark> and <mark>respond</mark>');
    const items = resultsFor(article([one, both]), { ...base, term: true });
    expect(items.map((i) => (i as StatementResult).id)).toEqual(['three', 'one']);
  });

  it('with filters alone (no words, so no sub-results), lists every statement of the article from its anchors', () => {
    const page = { ...article([one, two]), sub_results: [] };
    const items = resultsFor(page, { ...base, term: false, type: 'Statement' });
    expect(items.map((i) => (i as StatementResult).id)).toEqual(['one', 'two']);
  });

  it('shows any other page as one result, and none when another kind is asked for', () => {
    const actor: PagefindData = { url: '/actors/x/', excerpt: '<b>x</b> <mark>y</mark>', meta: { type: 'Actor', title: 'X', role: 'Minister' }, sub_results: [] };
    expect(resultsFor(actor, { ...base, term: true })).toEqual([
      { type: 'Actor', title: 'X', url: '/actors/x/', details: ['Minister'], excerptHtml: '&lt;b>x&lt;/b> <mark>y</mark>', passages: [] },
    ]);
    expect(resultsFor(actor, { ...base, term: true, type: 'Statement' })).toEqual([]);
  });
});
