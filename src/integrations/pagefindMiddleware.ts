/**
 * During `astro build`, hands every rendered page that is marked for the search index to Pagefind as
 * soon as it is rendered (see pagefind.ts). Pages without data-pagefind-body pass untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { currentPagefindBuild } from './pagefind.ts';

const MARK = 'data-pagefind-body';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const build = currentPagefindBuild();
  if (!build || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  if (html.includes(MARK)) {
    // The page's path under the site's root, as Pagefind would read it from disk: base left out.
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const pathname = decodeURI(context.url.pathname);
    const under = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
    build.add(`${under}${under === '' || under.endsWith('/') ? 'index.html' : ''}`, html);
  }
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
