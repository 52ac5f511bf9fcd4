/** A subject readers follow across articles (`content/topics/<id>.yaml`). */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const topicSchema = z.strictObject({
  /** The topic's name, e.g. "9M729 missile". */
  name: text('name'),
  /** What the topic covers. */
  description: text('description'),
});

export type TopicData = z.output<typeof topicSchema>;
