/**
 * The real knowledge base's search index, queried from Node the way the search page queries it:
 * words from quotes, names under each of their spellings, a filter and a sort.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRealSite, readJson } from '../helpers/build.ts';
import { loadPagefind, searchFor, type NodePagefind } from '../helpers/pagefind.ts';

let pagefind: NodePagefind;
let outDir: string;
beforeAll(async () => {
  const build = await buildRealSite();
  if (build.code !== 0) throw new Error(`real content build failed:\n${build.output}`);
  outDir = build.outDir;
  pagefind = await loadPagefind(outDir);
});

describe('searching words from quotes finds the statement first', () => {
  it.each([
    ['480 km', '/statements/russian-defence-ministry-9m729-range-480km/'],
    ['common sense will prevail', '/statements/ryabkov-common-sense-will-prevail/'],
    ['round dances', '/statements/lukashevich-no-round-dances/'],
  ])('%s → %s', async (query, first) => {
    const [hit] = await searchFor(pagefind, query, { filters: { type: ['Statement'] } });
    expect(hit?.url).toBe(first);
    expect(hit?.meta['type']).toBe('Statement');
  });

  it('shows a statement result with its speaker, the date it was said and the outlet', async () => {
    const [hit] = await searchFor(pagefind, '480 km', { filters: { type: ['Statement'] } });
    expect(hit?.meta).toMatchObject({ type: 'Statement', speaker: 'Ministry of Defence of Russia', said: 'January 2019', outlet: 'Teller Report (from RT)' });
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
      const hits = await searchFor(pagefind, spelling, {}, 8);
      expect(hits.map((h) => h.url)).toContain(`/actors/${id}/`);
      const theirs = hits.filter((h) => h.meta['type'] === 'Statement' && h.meta['speaker'] === name);
      expect(theirs.length).toBeGreaterThanOrEqual(2);
    },
  );

  it('finds statements whose text never prints the spelling searched for', async () => {
    const statements = await readJson<{ id: string; quote: string; speaker: { id: string } }[]>(outDir, 'data/statements.json');
    const withoutSpelling = statements.filter((s) => s.speaker.id === 'sergei-ermakov' && !s.quote.includes('Yermakov')).map((s) => `/statements/${s.id}/`);
    const hits = await searchFor(pagefind, 'Yermakov', { filters: { type: ['Statement'] } }, 20);
    expect(hits.filter((h) => withoutSpelling.includes(h.url)).length).toBeGreaterThanOrEqual(3);
  });
});

describe('filters and sorting', () => {
  it('narrows to one speaker and one kind of result', async () => {
    const hits = await searchFor(pagefind, 'moratorium', { filters: { type: ['Statement'], speaker: ['Oana Lungescu'] } }, 20);
    expect(hits.length).toBeGreaterThanOrEqual(1);
    for (const hit of hits) expect(hit.meta).toMatchObject({ type: 'Statement', speaker: 'Oana Lungescu' });
  });

  it('offers every filter the search page shows, with values from the data', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(['actor kind', 'outlet', 'speaker', 'topic', 'type', 'year']);
    expect(Object.keys(filters['type'] ?? {}).sort()).toEqual(['Actor', 'Article', 'Event', 'Outlet', 'Statement', 'Topic']);
    expect(filters['year']).toHaveProperty('2019');
    expect(filters['outlet']).toHaveProperty('TASS');
  });

  it('sorts by date, oldest first', async () => {
    const found = await pagefind.search('moratorium', { filters: { type: ['Statement'] }, sort: { date: 'asc' } });
    const dates = await Promise.all(found.results.map(async (r) => (await r.data()).url));
    const statements = await readJson<{ id: string; said: string }[]>(outDir, 'data/statements.json');
    const said = dates.map((url) => statements.find((s) => url === `/statements/${s.id}/`)?.said ?? '');
    expect(said.length).toBeGreaterThan(5);
    expect([...said].sort()).toEqual(said);
  });

  it('points article results at the matching statement passages (sub-results on the anchored passages)', async () => {
    const [hit] = await searchFor(pagefind, 'untrustworthy', { filters: { type: ['Article'] } });
    const passage = hit?.sub_results.find((sub) => sub.anchor);
    expect(passage?.url).toMatch(/^\/articles\/2022-01-frontier-post-difficult-dialogue\/#[a-z0-9-]+$/);
    expect(passage?.excerpt).toMatch(/<mark>[^<]*untrustworthy/);
  });

  it('keeps page chrome out of the index: no indexed text holds the navigation, footer or lists of related items', async () => {
    const found = await pagefind.search(null, { filters: { type: { any: ['Statement', 'Article', 'Actor'] } } });
    const pages = await Promise.all(found.results.map(async (r) => (await r.data()) as unknown as { url: string; content: string }));
    expect(pages.length).toBeGreaterThan(150);
    for (const page of pages) {
      expect(page.content, page.url).not.toMatch(/Skip to content|Download the dataset|Statement page and citation|Cite this statement/);
    }
  });
});
