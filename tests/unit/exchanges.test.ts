/** A topic's disputes: each pair of claim and counter-claim once, newest counter-claim last. */
import { describe, expect, it } from 'vitest';
import { disputesAmong } from '../../src/data/exchanges.ts';
import type { Statement } from '../../src/data/model.ts';
import { parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';

type Fake = { id: string; said: PartialDate; article: { date: PartialDate; id: string }; position: number; disputes: Fake[]; disputedBy: Fake[] };
const make = (id: string, said: string): Fake => {
  const date = parsePartialDate(said) as PartialDate;
  return { id, said: date, article: { date, id: 'a' }, position: 0, disputes: [], disputedBy: [] };
};
const dispute = (counter: Fake, claim: Fake) => {
  counter.disputes.push(claim);
  claim.disputedBy.push(counter);
};

describe('disputes among a set of statements', () => {
  const range = make('us-range-over-500', '2019-01');
  const mod480 = make('mod-range-480', '2019-01-23');
  const putin = make('putin-range-within-limits', '2020-10-26');
  const other = make('unrelated', '2020-01-01');
  dispute(mod480, range);
  dispute(putin, range);
  const pairs = (list: Fake[]) => disputesAmong(list as unknown as Statement[]).map((d) => `${d.claim.id} ← ${d.counter.id}`);

  it.each([
    ['both sides present: each pair once, by the counter-claim’s date', [range, mod480, putin, other], ['us-range-over-500 ← mod-range-480', 'us-range-over-500 ← putin-range-within-limits']],
    ['only the claim present: its counter-claims still count', [range], ['us-range-over-500 ← mod-range-480', 'us-range-over-500 ← putin-range-within-limits']],
    ['only one counter-claim present', [putin], ['us-range-over-500 ← putin-range-within-limits']],
    ['no dispute among them', [other], []],
  ])('%s', (_, list, expected) => {
    expect(pairs(list)).toEqual(expected);
  });
});
