/**
 * Every collection's schema in one place, with the folder and file pattern it is read from.
 * Astro's content config, the command-line check and the tests all take them from here.
 */
import { actorSchema } from './actor.ts';
import { articleSchema } from './article.ts';
import { eventSchema } from './event.ts';
import { outletSchema } from './outlet.ts';
import { topicSchema } from './topic.ts';

export const COLLECTIONS = {
  articles: { folder: 'articles', pattern: '*.mdx', extensions: ['.mdx'], schema: articleSchema },
  actors: { folder: 'actors', pattern: '*.yaml', extensions: ['.yaml'], schema: actorSchema },
  outlets: { folder: 'outlets', pattern: '*.yaml', extensions: ['.yaml'], schema: outletSchema },
  events: { folder: 'events', pattern: '*.yaml', extensions: ['.yaml'], schema: eventSchema },
  topics: { folder: 'topics', pattern: '*.yaml', extensions: ['.yaml'], schema: topicSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

export { actorSchema, articleSchema, eventSchema, outletSchema, topicSchema };
export type { ActorData } from './actor.ts';
export type { ArticleData } from './article.ts';
export type { Claim } from './claim.ts';
export type { EventData } from './event.ts';
export type { OutletData } from './outlet.ts';
export type { TopicData } from './topic.ts';
export type { PartialDate } from './partialDate.ts';
