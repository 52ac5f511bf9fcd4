/**
 * The collections, read from the top-level content folder ($KB_CONTENT picks another one, e.g. a test fixture).
 * Schemas and folders come from src/schemas so the `check` command reads content exactly as the site does.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema, articleSchema, COLLECTIONS, eventSchema, outletSchema, topicSchema, type CollectionName } from './schemas/index.ts';
import { contentRoot } from './data/contentRoot.ts';

const files = (name: CollectionName) => glob({ pattern: COLLECTIONS[name].pattern, base: `${contentRoot()}/${COLLECTIONS[name].folder}` });

export const collections = {
  articles: defineCollection({ loader: files('articles'), schema: articleSchema }),
  actors: defineCollection({ loader: files('actors'), schema: actorSchema }),
  outlets: defineCollection({ loader: files('outlets'), schema: outletSchema }),
  events: defineCollection({ loader: files('events'), schema: eventSchema }),
  topics: defineCollection({ loader: files('topics'), schema: topicSchema }),
};
