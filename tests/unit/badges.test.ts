import { describe, expect, it } from 'vitest';
import { statementBadges } from '../../src/data/badges.ts';
import type { Statement } from '../../src/data/kb.ts';

const other = {} as Statement;
const base = { kind: 'direct' as const, respondsTo: [], disputes: [], disputedBy: [], article: {} };

describe('a statement’s badges say in words what a reader should know before quoting it', () => {
  it.each([
    ['an own, direct quote', base, ['Direct quote']],
    ['an outlet’s paraphrase', { ...base, kind: 'paraphrase' as const }, ["Outlet's paraphrase"]],
    ['known through another’s account', { ...base, via: { name: 'Vladimir Vasiliev' } }, ['Direct quote', 'Hearsay']],
    ['printed in a machine translation', { ...base, article: { original: { translation: 'machine' } } }, ['Direct quote', 'Machine translation']],
    ['in a human translation', { ...base, article: { original: { translation: 'human' } } }, ['Direct quote']],
    ['an answer that is also disputed', { ...base, respondsTo: [other], disputedBy: [other] }, ['Direct quote', 'Responds to another statement', 'Disputed']],
    ['disputing another', { ...base, disputes: [other] }, ['Direct quote', 'Disputed']],
  ])('%s', (_, statement, labels) => {
    expect(statementBadges(statement as Parameters<typeof statementBadges>[0]).map((b) => b.label)).toEqual(labels);
  });

  it('gives each badge a meaning of its own, said in a sentence', () => {
    const badges = statementBadges({ ...base, via: { name: 'X' }, respondsTo: [other], disputes: [other], article: { original: { translation: 'machine' } } } as unknown as Parameters<typeof statementBadges>[0]);
    expect(new Set(badges.map((b) => b.tone)).size).toBe(badges.length);
    for (const b of badges) expect(b.about).toMatch(/\.$/);
  });
});
