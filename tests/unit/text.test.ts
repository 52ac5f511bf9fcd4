import { describe, expect, it } from 'vitest';
import { languageName, plural, trimAtWord } from '../../src/utils/text.ts';

describe('trimming a text at a word', () => {
  it.each([
    ['a short text is kept whole', 'No breakthrough.', 40, 'No breakthrough.'],
    ['white space is folded', 'No\n  breakthrough.', 40, 'No breakthrough.'],
    ['a long text is cut after the last whole word, with an ellipsis', 'The treaty can still be saved within six months', 22, 'The treaty can still…'],
    ['no dangling comma or dash before the ellipsis', 'We regret it, deeply and sincerely', 15, 'We regret it…'],
    ['one word longer than the limit is cut where the limit falls', 'Intermediate-range', 8, 'Interme…'],
    ['the result never exceeds the limit', 'a b c d e f g h i j k l', 10, 'a b c d e…'],
  ])('%s', (_, text, max, expected) => {
    const trimmed = trimAtWord(text, max);
    expect(trimmed).toBe(expected);
    expect(trimmed.length).toBeLessThanOrEqual(max);
  });
});

describe('words for readers', () => {
  it.each([
    [1, 'statement', undefined, '1 statement'],
    [2, 'statement', undefined, '2 statements'],
    [0, 'reply', 'replies', '0 replies'],
  ])('%i %s', (count, one, many, expected) => {
    expect(plural(count, one, many)).toBe(expected);
  });

  it.each([
    ['ru', 'Russian'],
    ['de', 'German'],
    ['uk', 'Ukrainian'],
    ['qq', 'qq'],
  ])('the language %s is named %s', (code, name) => {
    expect(languageName(code)).toBe(name);
  });
});
