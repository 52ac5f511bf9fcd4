/** Words for link previews (Open Graph and Twitter cards): short, cut between words, never mid-word. */

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when anything was cut. */
export function trimAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const strip = (head: string) => head.replace(/[\s,;:–—-]+$/, '');
  // The longest run of whole words that leaves room for the ellipsis.
  let head = flat.slice(0, max);
  if (flat[max] !== ' ') head = head.slice(0, Math.max(0, head.lastIndexOf(' ')));
  head = strip(head);
  while (head.length > max - 1 && head.includes(' ')) head = strip(head.slice(0, head.lastIndexOf(' ')));
  // A single word longer than the limit is cut where it must be.
  if (head.length === 0 || head.length > max - 1) head = flat.slice(0, max - 1);
  return `${head}…`;
}

/** Characters of a quote in a statement's preview: what the cards of the big platforms show before they cut. */
export const PREVIEW_QUOTE_LENGTH = 200;

/** A statement's preview text: the quote, then who said it, when, and who reported it. */
export function statementPreview(input: { quote: string; speaker: string; said: string; outlet: string }): string {
  return `${trimAtWord(input.quote, PREVIEW_QUOTE_LENGTH)} — ${input.speaker}, ${input.said}, reported by ${input.outlet}`;
}
