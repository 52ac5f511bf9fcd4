/** A publisher of articles (`content/outlets/<id>.yaml`). */
import { z } from 'astro/zod';
import { text, webAddress } from './common.ts';

export const outletSchema = z.strictObject({
  /** The outlet's name as it styles itself. */
  name: text('name'),
  /** Country of the publisher, in English. */
  country: text('country'),
  /** Ownership in a few words, e.g. "state-owned (Russian government)". */
  ownership: text('ownership'),
  /** The outlet's home page. */
  homepage: webAddress,
  /** Optional: what the outlet is and what it republishes. */
  description: text('description').optional(),
});

export type OutletData = z.output<typeof outletSchema>;
