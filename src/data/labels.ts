/** Words shown to readers for coded values, in one place (pages, and the views the data layer prepares). */
import type { Claim } from '../schemas/index.ts';

export const KIND_LABELS: Record<Claim['kind'], string> = {
  direct: 'Direct quote',
  indirect: 'Indirect speech',
  paraphrase: "Outlet's paraphrase",
};

export const ACTOR_KIND_LABELS = { person: 'People', organisation: 'Organisations', state: 'States' } as const;
export const ACTOR_KIND_SINGULAR = { person: 'person', organisation: 'organisation', state: 'state' } as const;

export const TRANSLATION_LABELS = {
  machine: 'machine translation',
  human: 'translation',
  none: 'republication',
} as const;
