/**
 * What the article loader (src/integrations/articleLoader.ts) keeps of a rendered article in Astro's
 * data store, the entry's `rendered`, and src/data/kb.ts reads. The data layer owns the shape, so it
 * never imports from the integrations.
 */
import path from 'node:path';
import { articleHtmlDir } from '../settings.ts';

/**
 * No HTML (`html` is empty: `render(entry)` is not used; the HTML would swell the store the build
 * loads whole), the name of the file in the cache's `articles-html/` folder that holds it, and what
 * the claims quote as printed (printedPassages). The name is not a path, so a cache that moves with
 * the project (a renamed folder, a restored CI cache) still finds its files.
 */
export interface StoredArticle {
  html: '';
  metadata: { passages: Map<string, string | null>; htmlFile: string };
}

/** The full path of a stored article's HTML file, in this build's cache folder. */
export const storedHtmlPath = (htmlFile: string, cacheDir?: string): string => path.join(articleHtmlDir(cacheDir), path.basename(htmlFile));
