/**
 * Who disputes whom: the pairs of statements where one contradicts the other, computed from each
 * claim's `disputes` (never written by hand as pairs). Pure.
 */
import { compareStatements, type Statement } from './model.ts';

/** A claim and a statement that disputes it. */
export interface Dispute { claim: Statement; counter: Statement }

/**
 * Every dispute with either side among `statements`, once, ordered by the counter-claim's date
 * (then the claim's): a topic's disputes are those with a side on the topic.
 */
export function disputesAmong(statements: readonly Statement[]): Dispute[] {
  const pairs = new Map<string, Dispute>();
  for (const s of statements) {
    for (const claim of s.disputes) pairs.set(`${claim.id} ${s.id}`, { claim, counter: s });
    for (const counter of s.disputedBy) pairs.set(`${s.id} ${counter.id}`, { claim: s, counter });
  }
  return [...pairs.values()].sort((a, b) => compareStatements(a.counter, b.counter) || compareStatements(a.claim, b.claim));
}
