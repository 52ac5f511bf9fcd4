/** Frontmatter the schemas accept and reject, each rejection with the message an editor sees. */
import { describe, expect, it } from 'vitest';
import { actorSchema, articleSchema, eventSchema, outletSchema, topicSchema } from '../../src/schemas/index.ts';
import { schemaProblems } from '../../src/data/contentFolder.ts';

const article = {
  title: 'INF Treaty collapse may trigger arms race',
  date: '2019-03-19',
  outlet: 'tass',
  url: 'https://tass.com/defense/1049284',
  summary: 'The Russian Foreign Ministry warns of an arms race.',
  speakers: ['russian-foreign-ministry'],
  claims: [{ id: 'mfa-arms-race', speaker: 'russian-foreign-ministry', quote: 'A multilateral arms race may start', kind: 'direct', said: '2019-03-19' }],
};

describe('article frontmatter', () => {
  it.each([
    ['a complete article', article],
    ['a date known to the month, with a note', { ...article, date: '2022-01', dateNote: 'Not printed; the latest event reported is 13 January 2022.' }],
    ['a date YAML read as a Date', { ...article, date: new Date('2019-03-19T00:00:00Z') }],
    ['a year YAML read as a number', { ...article, date: 2019 }],
    ['a translated republication', { ...article, original: { outlet: 'rt', translation: 'machine', language: 'ru' } }],
    ['editor’s notes', { ...article, notes: [{ term: 'PRSMD', text: 'The INF Treaty, garbled.' }] }],
    ['a statement known through another’s account', { ...article, speakers: ['john-bolton', 'vladimir-vasiliev'], claims: [{ ...article.claims[0], speaker: 'john-bolton', via: 'vladimir-vasiliev' }] }],
    ['a quotation over two paragraphs', { ...article, claims: [{ ...article.claims[0], quote: '“A multilateral arms race may start.\nIt will not stop there,” it said.' }] }],
  ])('accepts %s', (_, data) => {
    expect(articleSchema.safeParse(data).success).toBe(true);
  });

  it.each([
    ['a missing title', { ...article, title: undefined }, 'title', 'must be text (title)'],
    ['a blank summary', { ...article, summary: '   ' }, 'summary', 'must not be empty or blank'],
    ['an impossible date', { ...article, date: '2019-02-29' }, 'date', 'February 2019 has 28 days'],
    ['a date in words', { ...article, date: 'March 2019' }, 'date', 'write YYYY-MM-DD, YYYY-MM or YYYY'],
    ['an outlet id in capitals', { ...article, outlet: 'TASS' }, 'outlet', '"TASS" is not a valid id of an outlet'],
    ['an address without a scheme', { ...article, url: 'tass.com/defense/1049284' }, 'url', 'must be a full web address'],
    ['a speaker listed twice', { ...article, speakers: ['nato', 'nato'] }, 'speakers', 'lists speaker "nato" more than once'],
    ['an unknown kind of statement', { ...article, claims: [{ ...article.claims[0], kind: 'quote' }] }, 'claims[0].kind', 'use direct (quoted words), indirect'],
    ['a claim without a date', { ...article, claims: [{ ...article.claims[0], said: undefined }] }, 'claims[0].said', 'must be a date'],
    ['a misspelt field', { ...article, speeker: ['nato'] }, '', 'Unrecognized key: "speeker"'],
    ['an unknown translation', { ...article, original: { outlet: 'rt', translation: 'google' } }, 'original.translation', 'must be machine, human or none'],
    ['hearsay through an actor named instead of an id', { ...article, claims: [{ ...article.claims[0], via: 'Vladimir Vasiliev' }] }, 'claims[0].via', '"Vladimir Vasiliev" is not a valid id of an actor'],
  ])('rejects %s at %s', (_, data, field, message) => {
    const result = articleSchema.safeParse(data);
    expect(result.success).toBe(false);
    const problems = schemaProblems('content/articles/x.mdx', result.error!);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/articles/x.mdx', field, problem: expect.stringContaining(message) }));
  });

  it('tells how to fix a misspelt field and a missing one', () => {
    const misspelt = schemaProblems('a.mdx', articleSchema.safeParse({ ...article, speeker: [] }).error!);
    expect(misspelt[0]?.fix).toMatch(/remove "speeker" or correct the spelling/);
    const missing = schemaProblems('a.mdx', articleSchema.safeParse({ ...article, outlet: undefined }).error!);
    expect(missing[0]?.fix).toBe('add this required field');
  });
});

describe('actors, outlets, events and topics', () => {
  it.each([
    ['an actor', actorSchema, { name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'], kind: 'person', roles: [{ title: 'Foreign Minister of Russia', organisation: 'russian-foreign-ministry' }], affiliation: 'russian-foreign-ministry', description: 'Russia’s foreign minister.' }],
    ['an outlet', outletSchema, { name: 'TASS', country: 'Russia', ownership: 'state-owned', homepage: 'https://tass.com/' }],
    ['an event', eventSchema, { date: '2019-08-02', title: 'US withdrawal takes effect', description: 'The treaty ends.', actors: ['united-states'], articles: ['a'], sources: [{ article: 'a', facts: 'The date.' }] }],
    ['an event resting on a source outside the knowledge base, with a note', eventSchema, { date: '1987-12-08', title: 'Signed', description: 'd', sources: [{ facts: 'The treaty’s text gives the date.' }], sourceNote: 'No article reports it.' }],
    ['a topic', topicSchema, { name: '9M729 missile', description: 'The disputed missile.' }],
  ] as const)('accepts %s', (_, schema, data) => {
    expect(schema.safeParse(data).success).toBe(true);
  });

  it.each([
    ['an actor of an unknown kind', actorSchema, { name: 'X', kind: 'country', description: 'd' }, 'kind', 'must be person, organisation or state'],
    ['an actor with a blank alias', actorSchema, { name: 'X', kind: 'state', aliases: [''], description: 'd' }, 'aliases[0]', 'must not be empty or blank'],
    ['an outlet without a home page', outletSchema, { name: 'X', country: 'Y', ownership: 'private' }, 'homepage', 'must be a full web address'],
    ['an event dated in words', eventSchema, { date: 'August 2019', title: 't', description: 'd', sources: [{ facts: 'f' }] }, 'date', 'is not a date'],
    ['an event that does not say what it rests on', eventSchema, { date: '2019', title: 't', description: 'd' }, 'sources', 'must be a list of sources'],
    ['an event with no source', eventSchema, { date: '2019', title: 't', description: 'd', sources: [] }, 'sources', 'must name at least one source'],
    ['an event source without its facts', eventSchema, { date: '2019', title: 't', description: 'd', sources: [{ article: 'a' }] }, 'sources[0].facts', 'must be text (facts this source gives)'],
    ['a topic with an empty name', topicSchema, { name: '', description: 'd' }, 'name', 'must not be empty or blank'],
  ] as const)('rejects %s at %s', (_, schema, data, field, message) => {
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    expect(schemaProblems('f.yaml', result.error!)).toContainEqual(expect.objectContaining({ field, problem: expect.stringContaining(message) }));
  });
});
