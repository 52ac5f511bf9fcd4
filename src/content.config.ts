/**
 * The collections, read from the top-level content folder ($KB_CONTENT picks another one, e.g. a test fixture).
 * Schemas and folders come from src/schemas so the `check` command reads content exactly as the site does.
 * Articles have their own loader, which renders each MDX body to HTML at content sync instead of making
 * every article a module for Vite to compile (src/integrations/articleLoader.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema, articleSchema, COLLECTIONS, eventSchema, outletSchema, topicSchema, type CollectionName } from './schemas/index.ts';
import { settings } from './settings.ts';
import { articleLoader } from './integrations/articleLoader.ts';

const folder = (name: CollectionName) => `${settings.content}/${COLLECTIONS[name].folder}`;
const files = (name: CollectionName) => glob({ pattern: COLLECTIONS[name].pattern, base: folder(name) });

export const collections = {
  articles: defineCollection({ loader: articleLoader({ base: folder('articles') }), schema: articleSchema }),
  actors: defineCollection({ loader: files('actors'), schema: actorSchema }),
  outlets: defineCollection({ loader: files('outlets'), schema: outletSchema }),
  events: defineCollection({ loader: files('events'), schema: eventSchema }),
  topics: defineCollection({ loader: files('topics'), schema: topicSchema }),
};
