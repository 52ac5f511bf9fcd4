/**
 * The "embed this statement" snippet: plain HTML a reader pastes into a blog post or a CMS. A
 * <blockquote cite> with the words, then who said them, when, where they were reported and the
 * permanent link, so the quote keeps its attribution wherever it is pasted. No class, no style and
 * no script: it takes the look of the page it is pasted into.
 */

/** Text made safe to put in HTML content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text made safe to put in a double-quoted attribute. */
const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

export interface EmbedInput {
  quote: string;
  speaker: string;
  /** As a reader writes it: "1 February 2019". */
  said: string;
  articleTitle: string;
  /** The outlet, with the original one when republished: "Teller Report (from RT)". */
  outlet: string;
  sourceUrl: string;
  permalink: string;
  siteName: string;
}

export function embedSnippet(input: EmbedInput): string {
  const e = escapeHtml;
  const a = escapeAttribute;
  return [
    `<blockquote cite="${a(input.permalink)}">`,
    `  <p>${e(input.quote)}</p>`,
    `  <footer>— ${e(input.speaker)}, ${e(input.said)}, reported in <cite><a href="${a(input.sourceUrl)}">${e(input.articleTitle)}</a></cite>, ${e(input.outlet)}. <a href="${a(input.permalink)}">${e(input.siteName)}</a></footer>`,
    '</blockquote>',
  ].join('\n');
}
