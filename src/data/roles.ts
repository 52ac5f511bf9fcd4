/**
 * Which of an actor's recorded roles to show beside a statement: the one held on the day it was
 * said, not simply the first recorded. A minister quoted in 2019 and an ambassador in 2022 are the
 * same person with different titles, and a reader citing the 2019 statement needs the 2019 title.
 */
import { compareDates, dateSpan, type PartialDate } from '../utils/partialDate.ts';

export interface DatedRole {
  from?: PartialDate | undefined;
  to?: PartialDate | undefined;
}

/** Whether the role may have been held on `date`: it did not certainly begin after it nor end before it. */
const mayHold = (role: DatedRole, date: PartialDate) =>
  !(role.from && dateSpan(role.from).first > dateSpan(date).last) && !(role.to && dateSpan(role.to).last < dateSpan(date).first);

/**
 * The role held on `date`: of the roles that may have been held then, the one that began last (a
 * role without a start counts as the oldest); undefined when none fits.
 */
export function roleOn<T extends DatedRole>(roles: readonly T[], date: PartialDate): T | undefined {
  let best: T | undefined;
  for (const role of roles) {
    if (!mayHold(role, date)) continue;
    if (!best || (role.from && (!best.from || compareDates(role.from, best.from) > 0))) best = role;
  }
  return best;
}

/** The role held now: of the roles without an end, the one that began last. */
export function currentRole<T extends DatedRole>(roles: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const role of roles) {
    if (role.to) continue;
    if (!best || (role.from && (!best.from || compareDates(role.from, best.from) > 0))) best = role;
  }
  return best;
}
