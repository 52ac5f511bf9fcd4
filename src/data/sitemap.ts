/**
 * What the sitemap lists (@astrojs/sitemap, in astro.config.mjs): every public page, that is every
 * page but the redirect pages (an old address that sends readers on, content/redirects.yaml: it
 * carries `noindex`, and its new address is listed instead) and the 404 page.
 */
import { makeUrls } from '../utils/urls.ts';

/** A filter for @astrojs/sitemap, which hands it each page's absolute address; `moved` are the redirects' old addresses. */
export function sitemapFilter(base: string, moved: readonly string[]): (page: string) => boolean {
  const root = makeUrls(base).home;
  const excluded = new Set([...moved, '/404/'].map((path) => `${root}${path.replace(/^\/+/, '')}`));
  return (page) => !excluded.has(new URL(page).pathname);
}
