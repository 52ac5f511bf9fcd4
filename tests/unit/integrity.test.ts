/** The cross-entry rules, on the fixture content read through the real schemas, one planted fault at a time. */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type ContentEntries } from '../../src/data/integrity.ts';
import { fixtureContent } from '../helpers/content.ts';

let clean: ContentEntries;
beforeAll(async () => {
  clean = await fixtureContent();
});

const copy = (): ContentEntries => structuredClone(clean);

describe('the integrity check', () => {
  it('passes the fixture content', () => {
    expect(checkIntegrity(clean)).toEqual([]);
  });

  it.each<[string, (c: ContentEntries) => void, string, RegExp]>([
    ['an unknown outlet', (c) => { c.articles[0]!.data.outlet = 'nowhere'; }, 'outlet', /refers to outlet "nowhere", which does not exist/],
    ['an unknown original outlet', (c) => { c.articles[1]!.data.original!.outlet = 'nowhere'; }, 'original.outlet', /refers to outlet "nowhere"/],
    ['an unknown speaker', (c) => { c.articles[0]!.data.speakers.push('nobody'); }, 'speakers[3]', /refers to actor "nobody"/],
    ['a speaker missing from speakers', (c) => { c.articles[0]!.data.claims[0]!.speaker = 'russia'; }, 'claims[0].speaker', /who is not in the article's speakers/],
    ['an unknown topic', (c) => { c.articles[0]!.data.claims[0]!.topics = ['astrology']; }, 'claims[0].topics[0]', /refers to topic "astrology"/],
    ['an unknown event', (c) => { c.articles[0]!.data.claims[0]!.event = 'nothing-happened'; }, 'claims[0].event', /refers to event "nothing-happened"/],
    ['a statement answering itself', (c) => { c.articles[0]!.data.claims[0]!.respondsTo = ['pompeo-suspension-announced']; }, 'claims[0].respondsTo[0]', /refers to itself/],
    ['a duplicate statement id', (c) => { c.articles[1]!.data.claims[1]!.id = 'pompeo-suspension-announced'; }, 'claims[1].id', /is already used in/],
    ['a quote not in the body', (c) => { c.articles[0]!.data.claims[0]!.quote = 'Words nobody printed.'; }, 'claims[0].quote', /does not occur in the article body/],
    ['a statement dated after its article', (c) => { c.articles[0]!.data.claims[0]!.said = { iso: '2019-02-02', precision: 'day', year: 2019, month: 2, day: 2 }; }, 'claims[0].said', /after the article's date/],
    ['an alias shared by two actors', (c) => { c.actors.find((a) => a.id === 'vladimir-putin')!.data.aliases.push('Washington'); }, 'aliases[0]', /also names actor "united-states"/],
    ['an unknown affiliation', (c) => { c.actors[0]!.data.affiliation = 'nowhere'; }, 'affiliation', /refers to actor "nowhere"/],
    ['an event citing an unknown article', (c) => { c.events[0]!.data.articles.push('no-such-article'); }, 'articles[1]', /refers to article "no-such-article"/],
    ['hearsay through an unknown actor', (c) => { c.articles[0]!.data.claims[2]!.via = 'nobody'; }, 'claims[2].via', /refers to actor "nobody", which does not exist/],
    ['hearsay through its own speaker', (c) => { c.articles[0]!.data.claims[2]!.via = 'vladimir-putin'; }, 'claims[2].via', /known through the account of its own speaker "vladimir-putin"/],
    ['hearsay through an actor the article does not report', (c) => { c.articles[0]!.data.claims[2]!.via = 'russia'; }, 'claims[2].via', /known through the account of "russia", who is not in the article's speakers/],
    ['an event resting on an article that does not report it', (c) => { c.events[0]!.data.articles = []; }, 'sources[0].article', /rests on article "2019-02-01-wire-suspension", which is not in its articles/],
    ['an event resting on an unknown article', (c) => { c.events[0]!.data.sources[0]!.article = 'no-such-article'; }, 'sources[0].article', /refers to article "no-such-article", which does not exist/],
  ])('reports %s at its field', (_, plant, field, message) => {
    const content = copy();
    plant(content);
    const problems = checkIntegrity(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe(field);
    expect(problems[0]!.problem).toMatch(message);
    expect(problems[0]!.file).toMatch(/tests\/fixtures\/basic\/.+\.(mdx|yaml)$/);
    expect(problems[0]!.fix.length).toBeGreaterThan(10);
  });

  it('accepts a statement said in the article’s month when the article is dated to the month', () => {
    const content = copy();
    content.articles[1]!.data.claims[0]!.said = { iso: '2020-10-31', precision: 'day', year: 2020, month: 10, day: 31 };
    expect(checkIntegrity(content)).toEqual([]);
  });

  it('formats problems grouped by file, each with its fix', () => {
    const text = formatProblems([
      { file: 'content/articles/a.mdx', field: 'claims[0].quote', problem: 'the quote does not occur', fix: 'copy it exactly' },
      { file: 'content/articles/a.mdx', field: 'outlet', problem: 'refers to outlet "x"', fix: 'add it' },
    ]);
    expect(text).toBe(['The content has 2 problems; nothing was published:', '', 'content/articles/a.mdx', '  claims[0].quote: the quote does not occur.', '    Fix: copy it exactly.', '  outlet: refers to outlet "x".', '    Fix: add it.'].join('\n'));
  });
});
