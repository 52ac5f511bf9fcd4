import { describe, expect, it } from 'vitest';
import { formatCitation, quoteTitle } from '../../src/utils/citation.ts';
import { parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';

const date = (s: string) => parsePartialDate(s) as PartialDate;

describe('citing a statement', () => {
  it.each([
    ['Difficult dialogue', '“Difficult dialogue”'],
    ['“Europe didn’t have an independent agenda”: how was the summit', '“‘Europe didn’t have an independent agenda’: how was the summit”'],
    ['"Subject to reciprocal steps from NATO": Putin announced', '“‘Subject to reciprocal steps from NATO’: Putin announced”'],
  ])('quotes the title %s as %s', (title, quoted) => {
    expect(quoteTitle(title)).toBe(quoted);
  });

  it.each([
    ['direct', 'quoted in'],
    ['indirect', 'reported in'],
    ['paraphrase', 'as summarised in'],
  ] as const)('says how a %s statement was carried: %s', (kind, how) => {
    const citation = formatCitation({
      speaker: 'Sergey Ryabkov',
      said: date('2019-01'),
      kind,
      articleTitle: 'Difficult dialogue',
      outlet: 'Teller Report',
      originalOutlet: 'RT',
      articleDate: date('2019-01-25'),
      articleUrl: 'https://example.org/a',
      permalink: 'https://kb.example/statements/x/',
      siteName: 'INF Treaty Statements',
    });
    expect(citation).toBe(`Sergey Ryabkov, statement of January 2019, ${how} “Difficult dialogue”, Teller Report (from RT), 25 January 2019, https://example.org/a. Recorded in INF Treaty Statements: https://kb.example/statements/x/`);
  });

  it('names the actor whose account a second-hand statement is known through', () => {
    const citation = formatCitation({
      speaker: 'John Bolton',
      via: 'Vladimir Vasiliev',
      said: date('2019-01'),
      kind: 'indirect',
      articleTitle: 'How was the summit',
      outlet: 'Teller Report',
      articleDate: date('2019-01'),
      articleUrl: 'https://example.org/a',
      permalink: 'https://kb.example/statements/x/',
      siteName: 'INF Treaty Statements',
    });
    expect(citation).toBe('John Bolton (according to Vladimir Vasiliev), statement of January 2019, reported in “How was the summit”, Teller Report, January 2019, https://example.org/a. Recorded in INF Treaty Statements: https://kb.example/statements/x/');
  });
});
