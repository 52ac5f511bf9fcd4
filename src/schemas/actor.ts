/** A person, organisation or state that makes statements (`content/actors/<id>.yaml`). */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';
import { partialDate } from './partialDate.ts';

export const ACTOR_KINDS = ['person', 'organisation', 'state'] as const;

export const roleSchema = z.strictObject({
  /** The office as a reader would name it, e.g. "Deputy Foreign Minister of Russia". */
  title: text('role title'),
  /** Optional: the actor id of the organisation or state the role belongs to. */
  organisation: slug('an actor').optional(),
  /** Optional: first date the role is attested in our sources, or known to have begun. */
  from: partialDate.optional(),
  /** Optional: last date of the role. */
  to: partialDate.optional(),
});

export const actorSchema = z.strictObject({
  /** The name used on the site (one standard spelling). */
  name: text('name'),
  /** Every other spelling as printed in any source, e.g. "Sergey Lavrov". Default: none. */
  aliases: z.array(text('alias')).default([]),
  /** person | organisation | state. */
  kind: z.enum(ACTOR_KINDS, { error: 'must be person, organisation or state' }),
  /** Roles held at the time of the statements. Default: none. */
  roles: z.array(roleSchema).default([]),
  /** Optional: the actor id this one belongs to (a person to their organisation, an organisation to its state). */
  affiliation: slug('an actor').optional(),
  /** A short neutral description. */
  description: text('description'),
  /**
   * Optional: true for an actor proposed by `npm run new-article` and not yet reviewed: checked but
   * never published, and no published article may name it. Default: published.
   */
  draft: z.boolean({ error: 'must be true or left out (true: a draft, checked but not published)' }).optional(),
});

export type ActorData = z.output<typeof actorSchema>;
