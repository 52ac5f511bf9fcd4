/**
 * The collections, read from the top-level content folder ($KB_CONTENT picks another one, e.g. a test fixture).
 * Schemas and folders come from src/schemas so the `check` command reads content exactly as the site does.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS } from './schemas/index.ts';
import { contentRoot } from './data/contentRoot.ts';

const collection = <K extends keyof typeof COLLECTIONS>(name: K) =>
  defineCollection({
    loader: glob({ pattern: COLLECTIONS[name].pattern, base: `${contentRoot()}/${COLLECTIONS[name].folder}` }),
    schema: COLLECTIONS[name].schema,
  });

export const collections = {
  articles: collection('articles'),
  actors: collection('actors'),
  outlets: collection('outlets'),
  events: collection('events'),
  topics: collection('topics'),
};
