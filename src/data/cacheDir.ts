import { settings } from '../settings.ts';

/**
 * The folder kept between builds for work that depends only on its input (Astro's content cache, the
 * styled citations, the preview images): KB_CACHE_DIR, as astro.config.mjs gives Astro (src/settings.ts).
 */
export const cacheDir = (): string => settings.cacheDir;
