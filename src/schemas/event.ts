/** Something that happened: a signing, a meeting, a decree (`content/events/<id>.yaml`). */
import { z } from 'astro/zod';
import { slug, text, uniqueList } from './common.ts';
import { partialDate } from './partialDate.ts';

/** One source of an event's facts. */
export const eventSourceSchema = z.strictObject({
  /**
   * Optional: the article in the knowledge base that gives these facts; it must also be in the event's
   * `articles`. Without it, `facts` names the source outside the knowledge base (a treaty's text, say).
   */
  article: slug('an article').optional(),
  /** Which of the event's facts rest on this source (its date, who took part, what was said or done), in the editors' words. */
  facts: text('facts this source gives'),
});

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
  /**
   * On what source each of its facts rests, so a reader can tell a well-attested event from one known
   * through a single report. Required, at least one: an event is only as good as what it rests on.
   */
  sources: z
    .array(eventSourceSchema, { error: 'must be a list of sources, each { article: <article id>, facts: <which facts it gives> }' })
    .min(1, { error: 'must name at least one source: which article (or other source) gives the date and the facts, e.g. [{ article: 2019-03-19-tass-arms-race-warning, facts: "the date and the signatories" }]' }),
  /** Optional: what the sources leave open or how far they can be trusted, e.g. "known only through RT's account". */
  sourceNote: text('note on the sources').optional(),
  /** Optional: topic ids. */
  topics: uniqueList(slug('a topic'), 'topic').default([]),
});

export type EventData = z.output<typeof eventSchema>;
