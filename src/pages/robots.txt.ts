import type { APIRoute } from 'astro';
import { site, urls } from '../data/kb.ts';
import { absoluteUrl } from '../utils/urls.ts';
import { makeShareUrls } from '../utils/shareUrls.ts';

/**
 * Every page may be crawled; the sitemap lists them. (Under a sub-path base this file is at
 * `<base>robots.txt`, where a host that serves several sites can pick it up; crawlers read only the
 * origin's /robots.txt, so the sitemap is also linked from there by whoever runs the origin.)
 */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(makeShareUrls(urls).sitemap, site)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
