/**
 * The real knowledge base's search index, queried from Node the way the search page queries it:
 * words from quotes, names under each of their spellings, a filter and a sort, turned into results by
 * the search page's own code.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite, readJson } from '../helpers/build.ts';
import { addressOf, listFiles } from '../quality/lib/pages.ts';
import { loadPagefind, searchResults, type NodePagefind } from '../helpers/pagefind.ts';
import type { PageResult, ResultItem, StatementResult } from '../../src/utils/searchResults.ts';

let pagefind: NodePagefind;
let outDir: string;
beforeAll(async () => {
  const build = await buildRealSite();
  outDir = build.outDir;
  pagefind = await loadPagefind(outDir);
});

type Statement = { id: string; quote: string; said: string; speaker: { id: string; name: string }; topics: string[]; article: { id: string } };
const statementItems = (items: ResultItem[]) => items.filter((i): i is StatementResult => i.type === 'Statement');

describe('searching words from quotes finds the statement first', () => {
  it.each([
    ['480 km', 'russian-defence-ministry-9m729-range-480km'],
    ['common sense will prevail', 'ryabkov-common-sense-will-prevail'],
    ['round dances', 'lukashevich-no-round-dances'],
  ])('%s → %s, linked to its permanent page', async (query, id) => {
    const [first] = statementItems(await searchResults(pagefind, query, { type: 'Statement' }));
    expect(first?.id).toBe(id);
    expect(first?.url).toBe(`/statements/${id}/`);
  });

  it('shows a statement result with its speaker, the date it was said, the outlet and the passage in context', async () => {
    const [first] = statementItems(await searchResults(pagefind, '480 km', { type: 'Statement' }));
    expect(first).toMatchObject({ speaker: 'Ministry of Defence of Russia', said: '2019-01', saidText: 'January 2019', outlet: 'Teller Report (from RT)' });
    expect(first?.contextUrl).toMatch(/^\/articles\/2019-01-25-rt-russia-nato-council\/#russian-defence-ministry-9m729-range-480km:~:text=/);
    expect(first?.excerptHtml).toMatch(/<mark>480<\/mark> <mark>km<\/mark>/);
  });

  it('shows the quote as printed, and words from the narrative around it never make a statement result', async () => {
    const statements = await readJson<Statement[]>(outDir, 'data/statements.json');
    const actors = await readJson<{ id: string; name: string; aliases: string[] }[]>(outDir, 'data/actors.json');
    const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    let checked = 0;
    for (const query of ['moratorium', 'Europe', 'missiles', 'negotiations', 'NATO']) {
      for (const item of statementItems(await searchResults(pagefind, query, {}, 20))) {
        const statement = statements.find((s) => s.id === item.id);
        const actor = actors.find((a) => a.id === statement?.speaker.id);
        expect(statement, item.id).toBeDefined();
        const plain = item.excerptHtml.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
        // The whole quote, or (for a long one) a run of its words around the match, marked with "…" where cut.
        const shown = plain.replace(/^… /, '').replace(/ …$/, '');
        expect(statement?.quote.split(/\s+/).join(' '), item.id).toContain(shown);
        if (shown === plain) expect(plain, item.id).toBe(statement?.quote.split(/\s+/).join(' '));
        const words = fold([statement?.quote, actor?.name, ...(actor?.aliases ?? [])].join(' '));
        expect(words, `${query} → ${item.id}`).toContain(fold(query).slice(0, 6));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('a name finds the actor and their statements under every recorded spelling', () => {
  const actors = [
    ['sergei-ermakov', 'Sergei Ermakov', ['Ermakov', 'Yermakov']],
    ['vladimir-vasiliev', 'Vladimir Vasiliev', ['Vasiliev', 'Vasilyev']],
    ['alexei-leonkov', 'Alexei Leonkov', ['Alexei Leonkov', 'Alexey Leonkov']],
    ['sergey-lavrov', 'Sergey Lavrov', ['Sergey Lavrov', 'Sergei Lavrov']],
  ] as const;
  it.each(actors.flatMap(([id, name, spellings]) => spellings.map((spelling) => [spelling, id, name] as const)))(
    '%s finds %s and their statements',
    async (spelling, id, name) => {
      const items = await searchResults(pagefind, spelling, {}, 8);
      expect(items.map((i) => i.url)).toContain(`/actors/${id}/`);
      expect(statementItems(items).filter((i) => i.speaker === name).length).toBeGreaterThanOrEqual(2);
    },
  );

  it('finds statements whose text never prints the spelling searched for', async () => {
    const statements = await readJson<Statement[]>(outDir, 'data/statements.json');
    const withoutSpelling = statements.filter((s) => s.speaker.id === 'sergei-ermakov' && !s.quote.includes('Yermakov')).map((s) => s.id);
    const items = statementItems(await searchResults(pagefind, 'Yermakov', { type: 'Statement' }, 20));
    expect(items.filter((i) => withoutSpelling.includes(i.id)).length).toBeGreaterThanOrEqual(3);
  });
});

describe('statements known through another’s account, and quotations over several paragraphs', () => {
  type Full = Statement & { via: { id: string; name: string } | null };

  it('a second-hand statement is found under the name of the actor it is known through, and says so', async () => {
    const statements = await readJson<Full[]>(outDir, 'data/statements.json');
    const hearsay = statements.filter((s) => s.via !== null);
    expect(hearsay.length).toBeGreaterThan(0);
    for (const statement of hearsay) {
      const surname = statement.via?.name.split(' ').at(-1) ?? '';
      const items = statementItems(await searchResults(pagefind, surname, { type: 'Statement' }, 40));
      expect(items.find((i) => i.id === statement.id), `${surname} → ${statement.id}`).toMatchObject({ speaker: statement.speaker.name, via: statement.via?.name });
    }
  });

  it('a quotation over several paragraphs shows its first, cut, and is found by words of the later ones', async () => {
    const statements = await readJson<Statement[]>(outDir, 'data/statements.json');
    const long = statements.filter((s) => s.quote.includes('\n\n'));
    expect(long.length).toBeGreaterThan(0);
    for (const statement of long) {
      const [first = '', ...rest] = statement.quote.split('\n\n');
      const items = statementItems(await searchResults(pagefind, rest.join(' '), { type: 'Statement' }, 20));
      const item = items.find((i) => i.id === statement.id);
      expect(item, statement.id).toBeDefined();
      expect(item?.excerptHtml.replace(/<\/?mark>/g, '').replace(/&quot;/g, '"')).toBe(`${first.split(/\s+/).join(' ')} …`);
    }
  });
});

describe('filters and sorting', () => {
  it('narrows to one speaker and one kind of result', async () => {
    const items = await searchResults(pagefind, 'moratorium', { type: 'Statement', speaker: 'Oana Lungescu' }, 20);
    expect(items.length).toBeGreaterThanOrEqual(1);
    for (const item of items) expect(item).toMatchObject({ type: 'Statement', speaker: 'Oana Lungescu' });
  });

  it('with filters alone, lists exactly the statements that match them', async () => {
    const statements = await readJson<Statement[]>(outDir, 'data/statements.json');
    for (const [speaker, year] of [['Oana Lungescu', undefined], ['Sergey Ryabkov', '2019'], ['Vladimir Putin', '2020']] as const) {
      const items = statementItems(await searchResults(pagefind, null, { type: 'Statement', speaker, ...(year ? { year } : {}) }, 1000));
      const expected = statements.filter((s) => s.speaker.name === speaker && (!year || s.said.startsWith(year))).map((s) => s.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(items.map((i) => i.id).sort(), speaker).toEqual([...expected].sort());
    }
  });

  it('with a topic, lists exactly the statements on that topic, not every statement of an article on it', async () => {
    const statements = await readJson<Statement[]>(outDir, 'data/statements.json');
    const topics = await readJson<{ id: string; name: string }[]>(outDir, 'data/topics.json');
    let narrower = 0;
    for (const topic of topics) {
      const items = statementItems(await searchResults(pagefind, null, { type: 'Statement', topic: topic.name }, 1000));
      const expected = statements.filter((s) => s.topics.includes(topic.id));
      expect(items.map((i) => i.id).sort(), topic.id).toEqual(expected.map((s) => s.id).sort());
      const articles = new Set(expected.map((s) => s.article.id));
      if (expected.length < statements.filter((s) => articles.has(s.article.id)).length) narrower++;
    }
    expect(narrower).toBeGreaterThan(3);
  });

  it('offers every filter the search page shows, with values from the data', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(['actor kind', 'outlet', 'speaker', 'topic', 'type', 'year']);
    expect(Object.keys(filters['type'] ?? {}).sort()).toEqual(['Actor', 'Article', 'Event', 'Outlet', 'Statement', 'Topic']);
    expect(filters['year']).toHaveProperty('2019');
    expect(filters['outlet']).toHaveProperty('TASS');
  });

  it('sorts by date, oldest first', async () => {
    const found = await pagefind.search('moratorium', { filters: { type: ['Article'] }, sort: { date: 'asc' } });
    const urls = await Promise.all(found.results.map(async (r) => (await r.data()).url));
    const articles = await readJson<{ url: string; date: string }[]>(outDir, 'data/articles.json');
    const dates = urls.map((url) => articles.find((a) => a.url === url)?.date ?? '');
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).not.toContain('');
    expect([...dates].sort()).toEqual(dates);
  });

  it('points article results at the matching statement passages (sub-results on the anchored passages)', async () => {
    const [article] = (await searchResults(pagefind, 'untrustworthy', { type: 'Article' })) as PageResult[];
    const passage = article?.passages[0];
    expect(passage?.url).toMatch(/^\/articles\/2022-01-frontier-post-difficult-dialogue\/#[a-z0-9-]+:~:text=/);
    expect(passage?.excerptHtml).toMatch(/<mark>[^<]*untrustworthy/);
  });

  it('indexes no statement page: statements are sub-results of their articles, so the index grows with articles, not statements', async () => {
    const filters = await pagefind.filters();
    const statements = await readJson<Statement[]>(outDir, 'data/statements.json');
    const pages = Object.values(filters['type'] ?? {}).reduce((a, b) => a + b, 0) - (filters['type']?.['Statement'] ?? 0);
    expect(statements.length).toBeGreaterThan(100);
    expect(pages).toBeLessThan(statements.length);
    const found = await pagefind.search(null, {});
    const urls = await Promise.all(found.results.map(async (r) => (await r.data()).url));
    expect(urls.filter((u) => u.startsWith('/statements/'))).toEqual([]);
  });

  it('indexes every page marked for the index, and only those', async () => {
    const html = (await listFiles(outDir)).filter((file) => file.endsWith('.html'));
    const isMarked = await Promise.all(html.map(async (file) => (await readFile(path.join(outDir, file), 'utf8')).includes('data-pagefind-body')));
    const marked = html.filter((_, i) => isMarked[i]).map((file) => addressOf(file));
    const found = await pagefind.search(null, {});
    const indexed = await Promise.all(found.results.map(async (r) => (await r.data()).url));
    expect(marked.length).toBeGreaterThan(50);
    expect([...indexed].sort()).toEqual([...marked].sort());
  });

  it('keeps page chrome out of the index: no indexed text holds the navigation, footer or lists of related items', async () => {
    const found = await pagefind.search(null, { filters: { type: { any: ['Article', 'Actor', 'Event'] } } });
    const pages = await Promise.all(found.results.map(async (r) => (await r.data()) as unknown as { url: string; content: string }));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      expect(page.content, page.url).not.toMatch(/Skip to content|Download the dataset|Statement page and citation|Cite this statement/);
    }
  });
});
