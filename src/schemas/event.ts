/** Something that happened: a signing, a meeting, a decree (`content/events/<id>.yaml`). */
import { z } from 'astro/zod';
import { slug, text, uniqueList } from './common.ts';
import { partialDate } from './partialDate.ts';

export const eventSchema = z.strictObject({
  /** When it happened, at the precision known. */
  date: partialDate,
  /** A short title, e.g. "US suspends its INF Treaty obligations". */
  title: text('title'),
  /** What happened, in the editors' words. */
  description: text('description'),
  /** Actor ids of those involved. Default: none. */
  actors: uniqueList(slug('an actor'), 'actor').default([]),
  /** Article ids of the articles that report it. Default: none. */
  articles: uniqueList(slug('an article'), 'article').default([]),
  /** Optional: topic ids. */
  topics: uniqueList(slug('a topic'), 'topic').default([]),
});

export type EventData = z.output<typeof eventSchema>;
