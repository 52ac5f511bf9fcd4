/** The site's name and one-line description, used in titles, meta tags and citations. */
export const SITE_NAME = 'INF Treaty Statements';
export const SITE_DESCRIPTION =
  'A knowledge base of who said what about the collapse of the INF Treaty, 2019 onwards: every statement with its speaker, date and source.';
/** The masthead's line under the site's name. */
export const SITE_STRAPLINE = 'Statements on the collapse of the INF Treaty, 1987–today';

/**
 * The Content-Security-Policy every page carries as a <meta> (src/layouts/Base.astro). public/_headers
 * sends the same policy as a header, plus frame-ancestors, which only a header can say;
 * tests/quality/security.test.ts checks that the two agree. Scripts and styles are files on this
 * site (astro.config.mjs never inlines them), so 'self' covers them and no hash is needed; Pagefind's
 * search runs WebAssembly, which needs 'wasm-unsafe-eval'; nothing may run inline.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
