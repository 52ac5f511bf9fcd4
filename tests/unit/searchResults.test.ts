import { describe, expect, it } from 'vitest';
import { highlightQuote, markedWords, nextBatch, resultsFor, resultSummary, statementPagesFirst, type PageResult, type PagefindData, type PagefindSubResult, type ResultItem, type StatementResult } from '../../src/utils/searchResults.ts';
import { decodeStatementMeta, encodeStatementMeta, STATEMENT_META_KEY, type StatementMeta } from '../../src/utils/statementMeta.ts';
import { makeUrls } from '../../src/utils/urls.ts';

describe('a statement’s fields travel as the article’s metadata', () => {
  const fields: Record<string, StatementMeta> = {
    one: { speaker: 'Smith, John', kind: 'person', said: '2019', topics: ['Arms race', 'INF, "the treaty"'] },
    two: { speaker: 'John Bolton', kind: 'person', via: 'Vladimir Vasiliev', said: '2019-01', topics: [], continues: true },
  };
  it('reads back exactly what the page wrote, names with commas and quotes included', () => {
    expect(Object.fromEntries(decodeStatementMeta({ [STATEMENT_META_KEY]: encodeStatementMeta(fields) }))).toEqual(fields);
  });
  it.each([
    ['no field', {}],
    ['a field that is not JSON', { [STATEMENT_META_KEY]: 'Sergey Ryabkov, 2019-01-25' }],
    ['a list instead of a record', { [STATEMENT_META_KEY]: '[1, 2]' }],
    ['a record without speaker or date', { [STATEMENT_META_KEY]: '{"x": {"kind": "person"}}' }],
  ])('%s: no statement is made up', (_, meta) => {
    expect(decodeStatementMeta(meta).size).toBe(0);
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

/** The statements of the test article, as its page's metadata gives them. */
const FIELDS: Record<string, StatementMeta> = {
  one: { speaker: 'Vladimir Putin', kind: 'person', said: '2019-02-02', topics: [] },
  two: { speaker: 'Russia', kind: 'state', said: '2019-02', topics: ['Suspension'] },
  three: { speaker: 'Russia', kind: 'state', said: '2019', topics: [] },
  bolton: { speaker: 'John Bolton', kind: 'person', via: 'Vladimir Vasiliev', said: '2019-01', topics: [] },
  peskov: { speaker: 'Dmitry Peskov', kind: 'person', said: '2020-10-26', topics: [], continues: true },
};
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
  meta: { type: 'Article', title: 'An article', outlet: 'TASS', published: '2 February 2019', [STATEMENT_META_KEY]: encodeStatementMeta(FIELDS) },
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
const base = { statementUrl: makeUrls('/inf-kb/').statement };
const one = claim('one', 'Vladimir Putin', 'we will respond in kind', 'Vladimir Putin. we will <mark>respond</mark> in kind');
const two = claim('two', 'Russia', 'Russia regrets the suspension', 'Russia. Russia <mark>regrets</mark> the suspension');

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
    ['one topic', { topic: 'Suspension' }, ['two']],
  ])('%s: keeps the statements the filters ask for', (_, filters, ids) => {
    const items = resultsFor(article([one, two]), { ...base, term: true, ...filters });
    expect(items.filter((i) => i.type === 'Statement').map((i) => (i as StatementResult).id)).toEqual(ids);
  });

  it('says whose account a second-hand statement is known through, and keeps it under its speaker for the speaker filter', () => {
    const hearsay = claim('bolton', 'John Bolton, according to Vladimir Vasiliev', 'Bolton said that the US would withdraw', 'Bolton said that the US would <mark>withdraw</mark>');
    const [item] = resultsFor(article([hearsay]), { ...base, term: true, speaker: 'John Bolton' });
    expect(item).toMatchObject({ id: 'bolton', speaker: 'John Bolton', via: 'Vladimir Vasiliev', saidText: 'January 2019' });
    expect(resultsFor(article([one]), { ...base, term: true })[0]).not.toHaveProperty('via');
  });

  it('shows a passage over several paragraphs, whose anchor holds only the first, as cut', () => {
    const long = claim('peskov', 'Dmitry Peskov', '“You know that the President issued a statement.', '<mark>President</mark> issued a statement. An important document.');
    const [item] = resultsFor(article([long]), { ...base, term: true });
    expect((item as StatementResult).excerptHtml).toBe('“You know that the <mark>President</mark> issued a statement. …');
  });

  it('asked for articles, gives the article with its matching passages and no statement results', () => {
    const items = resultsFor(article([one, narrative]), { ...base, term: true, type: 'Article' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'Article', passages: [{ title: 'Vladimir Putin' }, { title: 'In the text' }] });
  });

  it('puts the claim that matched more of the words first', () => {
    const both = claim('three', 'Russia', 'regrets and respond', 'Russia. <mark>regrets</mark> and <mark>respond</mark>');
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

describe('leading with statements, and counting them as statements', () => {
  const statement = (id: string, articleUrl: string): StatementResult => ({
    type: 'Statement', id, speaker: 'Sergey Ryabkov', said: '2019', saidText: '2019', topics: [], kind: 'person', url: `/statements/${id}/`,
    contextUrl: `${articleUrl}#${id}`, excerptHtml: '', articleTitle: 'An article', articleUrl, outlet: 'TASS', published: '2019',
  });
  const page = (type: string, title: string): PageResult => ({ type, title, url: `/${title}/`, details: [], excerptHtml: '', passages: [] });

  it('fetches first the pages that may give statements, each group in the order found', () => {
    const pages = ['topic', 'a1', 'event', 'a2'].map((id) => ({ id }));
    expect(statementPagesFirst(pages, new Set(['a2', 'a1'])).map((p) => p.id)).toEqual(['a1', 'a2', 'topic', 'event']);
    expect(statementPagesFirst(pages, new Set()).map((p) => p.id)).toEqual(['topic', 'a1', 'event', 'a2']);
  });

  it.each([
    ['pages with statements are left: only the statements show, the rest waits', true, ['s1'], ['held', 'Article', 'Topic']],
    ['none is left: the statements, then what waited, then the rest', false, ['s1', 'held', 'Article', 'Topic'], []],
  ])('%s', (_, left, shown, held) => {
    const batch = [page('Article', 'Article'), statement('s1', '/articles/a/'), page('Topic', 'Topic')];
    const result = nextBatch(batch, [page('Event', 'held')], left);
    const name = (i: ResultItem) => (i.type === 'Statement' ? (i as StatementResult).id : (i as PageResult).title);
    expect(result.show.map(name)).toEqual(shown);
    expect(result.hold.map(name)).toEqual(held);
  });

  it.each([
    ['statements in two articles and pages of two kinds', [statement('s1', '/articles/a/'), statement('s2', '/articles/a/'), statement('s3', '/articles/b/'), page('Actor', 'x'), page('Topic', 'y')], false,
      '3 statements in 2 articles, and 2 other pages (1 actor, 1 topic), for “moratorium”.'],
    ['one statement and pages of one kind', [statement('s1', '/articles/a/'), page('Topic', 'y'), page('Topic', 'z')], false, '1 statement in 1 article, and 2 topics, for “moratorium”.'],
    ['statements only, more to fetch', [statement('s1', '/articles/a/'), statement('s2', '/articles/b/')], true, '2 statements in 2 articles for “moratorium” so far; more below.'],
    ['no statement', [page('Article', 'a'), page('Actor', 'b')], false, '2 pages (1 article, 1 actor) for “moratorium”.'],
    ['one article', [page('Article', 'a')], false, '1 article for “moratorium”.'],
    ['nothing', [], false, 'No results for “moratorium”.'],
  ])('%s: %s', (_, items, more, line) => {
    expect(resultSummary(items, '“moratorium”', more)).toBe(line);
  });
});
