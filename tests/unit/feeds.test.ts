/** Feeds hold the latest 50 items, newest first, and previews are cut between words. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import { buildKnowledgeBase, type KnowledgeBase, type Statement } from '../../src/data/model.ts';
import { FEED_LIMIT, feedDate, statementsFeed } from '../../src/data/feeds.ts';
import { statementPreview, trimAtWord } from '../../src/utils/preview.ts';
import { parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';
import { makeUrls } from '../../src/utils/urls.ts';
import { FIXTURES } from '../helpers/paths.ts';

let kb: KnowledgeBase;
beforeAll(async () => {
  const { content } = await readContentFolder(path.join(FIXTURES, 'basic'));
  kb = buildKnowledgeBase(content);
});

describe('a statement feed', () => {
  it('holds the latest 50 of many statements, newest first', () => {
    const model = kb.statement('pompeo-suspension-announced');
    const many: Statement[] = Array.from({ length: 60 }, (_, i) => ({ ...model, id: `s${i}`, said: parsePartialDate(`2019-03-${String(1 + (i % 28)).padStart(2, '0')}`) as PartialDate }));
    many.sort((a, b) => a.said.iso.localeCompare(b.said.iso));
    const feed = statementsFeed(many, makeUrls('/'), 'https://inf-treaty-kb.org');
    expect(feed.items).toHaveLength(FEED_LIMIT);
    expect(feed.items[0]?.link).toBe(`https://inf-treaty-kb.org/statements/${many.at(-1)?.id}/`);
    const dates = feed.items.map((item) => (item.pubDate as Date).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('dates a statement known only to the month or year at its first day, at noon UTC', () => {
    expect(feedDate(parsePartialDate('2019-02') as PartialDate).toISOString()).toBe('2019-02-01T12:00:00.000Z');
    expect(feedDate(parsePartialDate('2019') as PartialDate).toISOString()).toBe('2019-01-01T12:00:00.000Z');
  });
});

describe('preview text', () => {
  it.each([
    ['short text is kept whole', 'We will respond.', 40, 'We will respond.'],
    ['long text is cut at the last word that fits, with an ellipsis', 'The treaty is dead and buried, the minister said on Friday.', 30, 'The treaty is dead and buried…'],
    ['punctuation before the cut is dropped', 'One, two, three, four, five', 10, 'One, two…'],
    ['white space runs count as one space', 'a   b\n c', 10, 'a b c'],
    ['a word longer than the limit is cut inside it', 'Supercalifragilisticexpialidocious', 10, 'Supercali…'],
  ])('%s', (_, text, max, expected) => {
    expect(trimAtWord(text, max)).toBe(expected);
    expect(trimAtWord(text, max).length).toBeLessThanOrEqual(max);
  });

  it('of a statement gives the quote, the speaker, the date and the outlet', () => {
    expect(statementPreview({ quote: 'word '.repeat(60), speaker: 'Sergey Ryabkov', said: '25 January 2019', outlet: 'Teller Report (from RT)' })).toMatch(/^(word ){39}word… — Sergey Ryabkov, 25 January 2019, reported by Teller Report \(from RT\)$/);
  });
});
