/**
 * Links that land on a passage of another site's page: the URL Fragment Text Directives
 * (`#:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/), which browsers that support them
 * scroll to and highlight; others ignore the directive and open the page at its top.
 */

/** Words of a passage up to which the whole passage is the directive; longer ones give their first and last words. */
export const EXACT_WORDS = 12;
/** Words at each end of a long passage: enough to be unique on a news page, few enough to survive a re-typeset line. */
export const EDGE_WORDS = 5;

/**
 * A directive term, percent-encoded as the spec requires: `&`, `-` and `,` are its syntax (they
 * separate directives, mark prefix and suffix, and separate textStart from textEnd), so they are
 * encoded with everything encodeURIComponent encodes.
 */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The `:~:text=` directive for a passage: the whole passage when it has at most EXACT_WORDS words,
 * otherwise `textStart,textEnd` (its first and last EDGE_WORDS words), which matches the whole passage
 * however long it is. White space runs count as one space, as the browser compares them.
 */
export function textDirective(passage: string): string {
  const words = passage.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  if (words.length <= EXACT_WORDS) return `:~:text=${encodeTextDirective(words.join(' '))}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `:~:text=${encodeTextDirective(start)},${encodeTextDirective(end)}`;
}

/**
 * `url` with a directive for `passage` in its fragment. A fragment the address already has is kept
 * (the directive follows it), as the spec allows, so a link to a page's anchor still lands there in
 * browsers without text fragments.
 */
export function withTextFragment(url: string, passage: string): string {
  const directive = textDirective(passage);
  if (!directive) return url;
  return url.includes('#') ? `${url}${directive}` : `${url}#${directive}`;
}
