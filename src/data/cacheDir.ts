import path from 'node:path';

/**
 * The folder kept between builds for work that depends only on its input (Astro's content cache, the
 * styled citations, the preview images): $KB_CACHE_DIR, as astro.config.mjs gives Astro, or Astro's default.
 */
export function cacheDir(): string {
  return path.resolve(process.env.KB_CACHE_DIR ?? 'node_modules/.astro');
}
