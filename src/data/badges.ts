/**
 * The badges a statement carries wherever it is shown (cards, the article's list, its own page): what kind
 * of report it is, and what a careful reader should know before quoting it. Each badge has words of its
 * own, so its colour (its `tone`, styled in src/styles/global.css) never carries the meaning alone.
 */
import type { Statement } from './model.ts';
import { KIND_LABELS } from './labels.ts';

export type BadgeTone = 'kind' | 'hearsay' | 'machine' | 'responds' | 'disputed' | 'withdrawn';

export interface Badge {
  tone: BadgeTone;
  label: string;
  /** A sentence saying what the badge means, for the `title` a pointer shows. */
  about: string;
}

type BadgeSource = Pick<Statement, 'kind' | 'via' | 'respondsTo' | 'disputes' | 'disputedBy'> & { article: { original?: { translation: string } | undefined } };

/** The kind of report first, then hearsay, machine translation, a reply, a dispute: the order is the same on every page. */
export function statementBadges(s: BadgeSource): Badge[] {
  const badges: Badge[] = [{ tone: 'kind', label: KIND_LABELS[s.kind], about: 'How the source reports the words.' }];
  if (s.via) badges.push({ tone: 'hearsay', label: 'Hearsay', about: `Known only through ${s.via.name}’s account.` });
  if (s.article.original?.translation === 'machine') badges.push({ tone: 'machine', label: 'Machine translation', about: 'The source printed a machine translation; the words are as it printed them.' });
  if (s.respondsTo.length > 0) badges.push({ tone: 'responds', label: 'Responds to another statement', about: 'It answers a statement recorded here.' });
  if (s.disputes.length > 0 || s.disputedBy.length > 0) badges.push({ tone: 'disputed', label: 'Disputed', about: 'It contradicts, or is contradicted by, a statement recorded here.' });
  return badges;
}
