/** The proposer's smaller rules, each with a table: quotation spans, dates, ids, the permalink record, names. */
import { describe, expect, it } from 'vitest';
import { saidDate } from '../../src/editor/dates.ts';
import { keyWords, proposeId, speakerPart } from '../../src/editor/ids.ts';
import { statementIds } from '../../src/editor/ledger.ts';
import { ActorIndex, transliterationKey } from '../../src/editor/names.ts';
import { findQuotes } from '../../src/editor/quotes.ts';
import { suggestTopics } from '../../src/editor/topics.ts';

const noTail = () => false;
const quoted = (paragraphs: string[], attributed: (text: string, at: number) => boolean = noTail) =>
  findQuotes(paragraphs, attributed).map((q, i) => q.spans.map((s) => (paragraphs[i] as string).slice(s.start, s.end)));

describe('quotation spans', () => {
  it.each<[string, string[], string[][]]>([
    ['straight double marks', ['He said: "We will respond." Then he left.'], [['"We will respond."']]],
    ['typographic marks', ['“We will respond,” he said.'], [['“We will respond,”']]],
    ['guillemets', ['«We will respond», he said.'], [['«We will respond»']]],
    ['„…“ marks', ['„We will respond“, he said.'], [['„We will respond“']]],
    ['mixed marks of a machine translation', ['“We will respond, "Peskov said.'], [['“We will respond, "']]],
    ['single marks, not apostrophes', ['‘We won’t respond,’ he said; it’s over.'], [['‘We won’t respond,’']]],
    ['a stray mark with spaces on both sides', ['He added that “numbers” matter. ” At the same time, “words” count.'], [['“numbers”', '“words”']]],
    ['a stray mark that is an opening one after all', ['Putin reaffirmed " our commitment to the moratorium".'], [['" our commitment to the moratorium"']]],
    ['an unclosed quotation to the paragraph’s end', ['He said: “We will respond to this.'], [['“We will respond to this.']]],
    ['no marks at all', ['He said that they would respond.'], [[]]],
    ['a quotation over three paragraphs, without marks in the middle', ['“We will respond.', 'An important document.', 'We will not wait, "Peskov stressed.'], [['“We will respond.'], ['An important document.'], ['We will not wait, "']]],
    ['a quotation over paragraphs, each opening with a mark as in English', ['“We will respond.', '“We will not wait,” Peskov said.'], [['“We will respond.'], ['“We will not wait,”']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quoted(paragraphs)).toEqual(expected);
  });

  it('reads a closing mark put too early as part of one quotation when the last mark is followed by the attribution', () => {
    const text = '“We will have contact.” Of course, we are interested, ”Ryabkov said.';
    expect(quoted([text], (t, at) => /^Ryabkov said/.test(t.slice(at)))).toEqual([['“We will have contact.” Of course, we are interested, ”']]);
  });
});

describe('the date a statement was made', () => {
  it.each<[string, string, string, RegExp | undefined]>([
    ['the ministry said in a statement on Tuesday', '2019-03-21', '2019-03-19', /"on Tuesday".*last such day/],
    ['On February 1, the President announced', '2019-03-19', '2019-02-01', /"February 1"/],
    ['On December 20, the President announced', '2019-03-19', '2018-12-20', /latest not after/],
    ['Macron announced in November 2019', '2020-10-26', '2019-11', /"November 2019"/],
    ['Putin on 26 October 2020 proposed', '2020-10-30', '2020-10-26', /"on 26 October 2020"/],
    ['In October last year, Lavrov stressed', '2022-01', '2021-10', /"October"/],
    ['In addition, in 2019, Moscow proposed', '2022-01', '2019', /"in 2019"/],
    ['Ryabkov said', '2019-01-25', '2019-01-25', undefined],
    ['Putin announced the next day', '2019-03-19', '2019-03-19', undefined],
    ['Stoltenberg said on Friday', '2022-01', '2022-01', undefined],
    ['the ministry said in December 2019', '2019-10-01', '2019-10-01', undefined],
  ])('"%s" in an article of %s: %s', (words, article, said, note) => {
    const found = saidDate(words, article);
    expect(found.said).toBe(said);
    if (note) expect(found.saidNote).toMatch(note);
    else expect(found.saidNote).toBeUndefined();
  });
});

describe('statement ids', () => {
  it.each<[string, string, string[]]>([
    ['what was said, without stop words', 'Moscow is ready to continue work on preserving the treaty', ['moscow', 'ready', 'continue', 'work', 'preserving', 'treaty']],
    ['without the speaker’s names', 'Ryabkov believes the talks will continue', ['talks', 'continue']],
    ['numbers and model names kept', 'We cannot destroy our 9M729 missile', ['cannot', 'destroy', '9m729', 'missile']],
  ])('key words: %s', (_, text, expected) => {
    expect(keyWords(text, ['Sergey Ryabkov', 'Ryabkov'])).toEqual(expected);
  });

  it('names a person by surname and a body or state by its whole id', () => {
    expect(speakerPart('sergey-ryabkov', 'person')).toBe('ryabkov');
    expect(speakerPart('russian-foreign-ministry', 'organisation')).toBe('russian-foreign-ministry');
  });

  it('never repeats an id already taken, and takes the one it gives', () => {
    const taken = new Set(['ryabkov-talks-continue', 'ryabkov-talks-continue-2']);
    expect(proposeId('ryabkov', ['talks', 'continue'], taken)).toBe('ryabkov-talks-continue-3');
    expect(taken.has('ryabkov-talks-continue-3')).toBe(true);
  });

  it('reads statement ids from the record of published addresses', () => {
    expect(statementIds(['/actors/nato/', '/statements/ryabkov-talks-continue/', '/statements/x/y/'])).toEqual(['ryabkov-talks-continue']);
  });
});

describe('names', () => {
  const index = new ActorIndex([
    { id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'], kind: 'person', roles: [] },
    { id: 'russia', name: 'Russia', aliases: [], kind: 'state', roles: [] },
    { id: 'united-states', name: 'United States', aliases: [], kind: 'state', roles: [] },
  ]);
  const found = (text: string) => index.mentions(text).filter((m) => m.type === 'name' || m.type === 'new').map((m) => [m.text, m.actor ?? m.kind]);

  it.each<[string, string, (string | undefined)[][]]>([
    ['every spelling and the surname', 'Sergei Lavrov met Sergey Lavrov; Lavrov left.', [['Sergei Lavrov', 'sergey-lavrov'], ['Sergey Lavrov', 'sergey-lavrov'], ['Lavrov', 'sergey-lavrov']]],
    ['a capital for its state', 'Moscow and Washington disagree.', [['Moscow', 'russia'], ['Washington', 'united-states']]],
    ['a state by its adjective and "side"', 'The American side and the Russian side met.', [['The American side', 'united-states'], ['the Russian side', 'russia']]],
    ['a new person without the titles before the name', 'Russian Deputy Foreign Minister Pavel Petrov spoke.', [['Pavel Petrov', 'person']]],
    ['a new body', 'The Institute for Strategic Studies agreed.', [['Institute for Strategic Studies', 'organisation']]],
    ['not a month, a place or a treaty', 'In March the INF Treaty ended in Geneva.', []],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Sergey Ivanov', 'Sergei Ivanov'],
    ['Vladimir Vasilyev', 'Vladimir Vasiliev'],
    ['Sergei Yermakov', 'Sergei Ermakov'],
    ['Dmitriy Medvedev', 'Dmitry Medvedev'],
  ])('takes %s and %s for one name', (a, b) => {
    expect(transliterationKey(a)).toBe(transliterationKey(b));
  });

  it('does not take different names for one', () => {
    expect(transliterationKey('Sergei Ivanov')).not.toBe(transliterationKey('Sergei Ivanova'));
  });
});

describe('topics', () => {
  const topics = [{ id: 'arms-race', name: 'Arms race' }, { id: 'moratorium-proposals', name: 'Moratorium proposals' }, { id: '9m729', name: '9M729 missile' }];
  it.each<[string, string[]]>([
    ['A new arms race may start.', ['arms-race']],
    ['Moscow’s proposal for a moratorium was called untrustworthy.', ['moratorium-proposals']],
    ['A moratorium was declared.', []],
    ['The 9M729 missile does not violate the treaty.', ['9m729']],
  ])('%s', (passage, expected) => {
    expect(suggestTopics(passage, topics)).toEqual(expected);
  });
});
