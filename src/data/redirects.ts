/**
 * Addresses that moved: old path → new path, both without the base (e.g. `/statements/old-id/`).
 *
 * Every statement, article and actor address ever published is recorded in
 * tests/quality/permalinks.json, and the tests fail when one of them stops resolving. When an id has
 * to change (a misspelt actor id, a merged statement), add the old address here, pointing at the new
 * one, instead of letting it break: the build writes a page at the old address that sends readers and
 * search engines on (meta refresh, `<link rel="canonical">` to the new address, `noindex`).
 * Never remove an entry.
 */
import { makeUrls } from '../utils/urls.ts';

export const REDIRECTS: Readonly<Record<string, string>> = {
  // A statement address with its id cut off: every statement is on the timeline.
  '/statements/': '/timeline/',
  // Lavrov's remarks on the moratorium proposal, and Trump's comment known only through them, were
  // dated to the 2020 article that reports them; the text says Lavrov spoke "then", in 2019.
  '/timeline/actor/donald-trump/2020/': '/timeline/actor/donald-trump/2019/',
  '/timeline/actor/sergey-lavrov/2020/': '/timeline/actor/sergey-lavrov/2019/',
};

/**
 * The redirects for Astro's `redirects` option under `base`. Astro puts the base in front of the old
 * path itself, but not in front of the new one, so the new one is given with it.
 */
export function redirectsUnder(base: string, redirects: Readonly<Record<string, string>> = REDIRECTS): Record<string, string> {
  const root = makeUrls(base).home;
  return Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, `${root}${to.replace(/^\/+/, '')}`]));
}
