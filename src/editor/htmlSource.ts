/**
 * A web page saved from a browser, read into the blocks of source.ts: the page's main text is taken by
 * Readability (Firefox's reader view) over a linkedom document, then read block by block (paragraphs,
 * headings, figure captions, list items), each block's words as printed. Kept apart from source.ts so
 * that reading a plain-text source does not load a DOM.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { words, type Block, type Source } from './source.ts';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, figcaption, li, blockquote, div, section, pre, td, dd, dt';

/** Reads an HTML page: its main text by Readability, then block by block. */
export function readHtmlSource(html: string, title?: string): Source {
  const { document } = parseHTML(html);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  const headline = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  if (!article?.content) throw new Error('no main text could be found in the page');
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks: Block[] = [];
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  // Blocks of text with no block inside them, in order: a lead in a <div> is a paragraph as much as a <p>.
  for (const element of content.querySelectorAll(BLOCKS)) {
    if (element.querySelector(BLOCKS) || element.closest('figcaption') !== element && element.closest('figcaption')) continue;
    const text = clean(element.textContent);
    if (!text) continue;
    if (element.tagName === 'FIGCAPTION') blocks.push({ type: 'caption', items: [text] });
    else if (/^H[1-6]$/.test(element.tagName)) {
      if (text !== headline) blocks.push({ type: 'heading', text });
    } else if (text !== headline && text !== clean(article.byline)) blocks.push({ type: 'paragraph', text });
  }
  // A standfirst under the headline, which Readability leaves out when it sits outside the text's element.
  const first = blocks.find((block) => block.type === 'paragraph');
  const lead = standfirst(parseHTML(html).document, first?.type === 'paragraph' ? first.text : undefined);
  if (lead) blocks.unshift({ type: 'paragraph', text: lead });
  if (!blocks.some((block) => block.type === 'paragraph' && words(block.text) >= 5)) throw new Error('no main text could be found in the page');
  const byline = clean(article.byline).replace(/^by\s+/i, '');
  const found: Source = { authors: byline ? byline.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean) : [], blocks };
  const name = title ?? headline ?? clean(article.title);
  if (name) found.title = name;
  if (canonical) found.url = canonical;
  return found;
}

/** The first block of eight words or more between the page's <h1> and the text's first paragraph, if any. */
function standfirst(document: ReturnType<typeof parseHTML>['document'], firstParagraph: string | undefined): string | undefined {
  const headline = document.querySelector('h1');
  if (!headline || firstParagraph === undefined) return undefined;
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  let seen = false;
  for (const element of document.querySelectorAll(BLOCKS)) {
    if (element === headline) seen = true;
    if (!seen || element === headline || element.querySelector(BLOCKS)) continue;
    const text = clean(element.textContent);
    if (text === firstParagraph) return undefined;
    if (words(text) >= 8) return text;
  }
  return undefined;
}

