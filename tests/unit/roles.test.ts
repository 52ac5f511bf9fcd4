import { describe, expect, it } from 'vitest';
import { currentRole, roleOn } from '../../src/data/roles.ts';
import { parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';

const d = (written: string) => parsePartialDate(written) as PartialDate;
const role = (title: string, from?: string, to?: string) => ({ title, ...(from && { from: d(from) }), ...(to && { to: d(to) }) });

const minister = role('Deputy Foreign Minister', '2008-08', '2025-01');
const ambassador = role('Ambassador', '2025-01');
const spokesman = role('Spokesman');
const president1 = role('President', '2017-01-20', '2021-01-20');
const president2 = role('President', '2025-01-20');

describe('the role shown beside a statement is the one held on the day it was said', () => {
  it.each([
    ['within a dated term', [minister, ambassador], '2019-01-25', 'Deputy Foreign Minister'],
    ['after a change of office', [minister, ambassador], '2025-06', 'Ambassador'],
    ['an undated role fits any day', [spokesman], '2019-01-25', 'Spokesman'],
    ['a dated role is preferred to an undated one', [spokesman, minister], '2019-01-25', 'Deputy Foreign Minister'],
    ['between two terms, no role', [president1, president2], '2023-05-01', undefined],
    ['a second term after the first', [president1, president2], '2025-03', 'President'],
    ['a statement known only to the year the term began', [president1], '2017', 'President'],
    ['before any recorded role, none', [ambassador], '2019', undefined],
  ])('%s', (_, roles, said, title) => {
    expect(roleOn(roles, d(said))?.title).toBe(title);
  });
});

describe('the role an actor holds now', () => {
  it.each([
    ['the open-ended one', [minister, ambassador], 'Ambassador'],
    ['the latest open-ended one', [spokesman, ambassador], 'Ambassador'],
    ['none when every role has ended', [minister], undefined],
  ])('%s', (_, roles, title) => {
    expect(currentRole(roles)?.title).toBe(title);
  });
});
