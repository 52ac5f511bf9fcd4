/** Words shown for coded values, in one place. */
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

const LANGUAGES: Record<string, string> = { ru: 'Russian', en: 'English', de: 'German', fr: 'French', uk: 'Ukrainian', zh: 'Chinese' };
export const languageName = (code: string): string => LANGUAGES[code.split('-')[0] ?? code] ?? code;

/** "1 statement", "2 statements". */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
