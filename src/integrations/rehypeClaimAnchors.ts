/**
 * Rehype plugin: marks each claim's passage where it stands in the article text with
 * `<mark class="claim" id="<statement id>">`, so `/articles/<article>/#<statement>` lands on it.
 * The passage is found in the rendered text with the same forgiving comparison as the integrity
 * check; a passage that cannot be found fails the build, naming the file and the claim.
 * A passage that crosses inline markup, or runs over several paragraphs, is marked piece by piece;
 * the first piece carries the id.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { readYaml } from '../data/articleFile.ts';
import { settings } from '../settings.ts';
import { quoteFinder } from '../utils/quoteText.ts';

/**
 * The speaker's display name, for the passage's search sub-result title ("Sergey Ryabkov"),
 * and every spelling of it, indexed with the passage so a search for "Yermakov" finds Ermakov's statements.
 * Read from the actor's file because a Markdown plugin sees only its own article; an unknown actor is
 * reported by the integrity check, so here it simply falls back to the id.
 */
interface Speaker { name: string; spellings: string }
const speakers = new Map<string, Speaker>();
function speakerOf(id: string): Speaker {
  let speaker = speakers.get(id);
  if (speaker === undefined) {
    try {
      const data = readYaml(readFileSync(path.join(settings.content, 'actors', `${id}.yaml`), 'utf8')) as { name?: unknown; aliases?: unknown };
      const name = typeof data?.name === 'string' ? data.name : id;
      const aliases = Array.isArray(data?.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
      speaker = { name, spellings: [name, ...aliases].join(', ') };
    } catch {
      speaker = { name: id, spellings: id };
    }
    speakers.set(id, speaker);
  }
  return speaker;
}

/**
 * How the index sees a claim (Pagefind 1.6 turns every titled element with an id into the start of a
 * sub-result that runs to the next one):
 * - the first piece of the mark starts the statement's sub-result, titled with the speaker's name for
 *   reading ("John Bolton, according to Vladimir Vasiliev" for one known through another's account; the
 *   statement's fields travel as the article's `statements` metadata, src/data/searchFields.ts), and
 *   indexes the spellings of the speaker and of the actor it is known through (`data-speaker`) as words
 *   of the passage;
 * - an empty `<span id="<statement>--after">` right after the last piece ends it, so words of the
 *   narrative that follows are not taken for words of the statement. Its title is the article's.
 * Statement ids are slugs, which never contain "--", so the end anchor's id cannot clash with one.
 */
export const END_ANCHOR_SUFFIX = '--after';

/** Blocks a quote may stand in: a passage of one paragraph stands in one, a passage of several in consecutive ones. */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'figcaption', 'blockquote']);

/**
 * Elements that stand between blocks but hold no text of the article (a photo caption from the original
 * page): a passage never runs across one, as it never runs across the caption's line in the body.
 */
const BARRIERS = new Set(['aside']);

interface RawClaim {
  id?: unknown;
  quote?: unknown;
  speaker?: unknown;
  via?: unknown;
  topics?: unknown;
  said?: unknown;
}

type Parent = Root | Element;

function textOf(node: Parent): string {
  let out = '';
  for (const child of node.children) {
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element') out += textOf(child);
  }
  return out;
}

/** The innermost blocks in document order, with null where a barrier stands between two of them. */
function blocksOf(node: Parent, into: (Element | null)[] = []): (Element | null)[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (BARRIERS.has(child.tagName)) {
      into.push(null);
      continue;
    }
    const before = into.length;
    blocksOf(child, into);
    if (BLOCKS.has(child.tagName) && into.length === before) into.push(child);
  }
  return into;
}

interface Marking { id: string; title: string; spellings: string; articleTitle: string }

/**
 * Marks [start, end) of one block's text, the piece `index` of a passage of `count` blocks: the first
 * piece carries the id, the end anchor follows the last. The pieces of a passage over several paragraphs
 * are classed `claim-continues` (the passage goes on in the next block) and `claim-continued` (it began in
 * the block before), so the stylesheet can highlight them all when the first is the link's target.
 */
function wrapRange(block: Element, start: number, end: number, claim: Marking, { index, count }: { index: number; count: number }): void {
  const { id, title } = claim;
  const className = ['claim', ...(index > 0 ? ['claim-continued'] : []), ...(index < count - 1 ? ['claim-continues'] : [])];
  let offset = 0;
  let first = index === 0;
  const walk = (node: Parent) => {
    const out: (RootContent | ElementContent)[] = [];
    for (const child of node.children) {
      if (child.type === 'text') {
        const from = offset;
        const to = offset + child.value.length;
        offset = to;
        if (to <= start || from >= end) {
          out.push(child);
          continue;
        }
        const a = Math.max(start, from) - from;
        const b = Math.min(end, to) - from;
        if (a > 0) out.push({ type: 'text', value: child.value.slice(0, a) });
        out.push({
          type: 'element',
          tagName: 'mark',
          properties: first
            ? { id, className, dataClaim: id, dataPagefindTitle: title, dataSpeaker: claim.spellings, dataPagefindIndexAttrs: 'data-speaker' }
            : { className, dataClaim: id },
          children: [{ type: 'text', value: child.value.slice(a, b) }],
        });
        first = false;
        if (index === count - 1 && end <= to) {
          out.push({ type: 'element', tagName: 'span', properties: { id: `${id}${END_ANCHOR_SUFFIX}`, dataPagefindTitle: claim.articleTitle }, children: [] });
        }
        if (b < child.value.length) out.push({ type: 'text', value: child.value.slice(b) });
      } else {
        if (child.type === 'element') walk(child);
        out.push(child);
      }
    }
    node.children = out as typeof node.children;
  };
  walk(block);
}

export function rehypeClaimAnchors() {
  return (tree: Root, file: VFile) => {
    const astro = file.data['astro'] as { frontmatter?: { claims?: unknown; title?: unknown } } | undefined;
    const claims = astro?.frontmatter?.claims;
    const articleTitle = String(astro?.frontmatter?.title ?? '') || 'Article text';
    if (!Array.isArray(claims) || claims.length === 0) return;
    const where = path.relative(process.cwd(), file.path || '') || 'an article';
    const blocks = blocksOf(tree);
    // Longest first, so a passage inside another is marked inside the other's mark.
    const ordered = (claims as RawClaim[])
      .map((claim, index) => {
        const speaker = speakerOf(String(claim.speaker ?? ''));
        const via = typeof claim.via === 'string' ? speakerOf(claim.via) : undefined;
        const quote = String(claim.quote ?? '');
        // The sub-result's title is for reading only; the statement's fields are the article's metadata (src/data/searchFields.ts).
        const title = via ? `${speaker.name}, according to ${via.name}` : speaker.name;
        const spellings = via ? `${speaker.spellings}, ${via.spellings}` : speaker.spellings;
        return { index, id: String(claim.id ?? ''), quote, title, spellings, articleTitle };
      })
      .sort((a, b) => b.quote.length - a.quote.length);
    // Each block's text is read and folded once, not once per claim: marking a passage adds elements, never text.
    const find = quoteFinder(blocks.map((block) => (block ? textOf(block) : '')));
    for (const claim of ordered) {
      const pieces = find(claim.quote);
      if (!pieces) {
        throw new Error(
          `${where} → claims[${claim.index}].quote: the quote of "${claim.id}" does not occur in the article body (as rendered, within one paragraph or over consecutive ones). ` +
            'Fix: copy the passage exactly as printed; a passage over several paragraphs is written with a blank line between them, the first part ending its paragraph and the last beginning its own. Markdown formatting inside it is not part of the printed text.',
        );
      }
      pieces.forEach(({ index, start, end }, k) => wrapRange(blocks[index] as Element, start, end, claim, { index: k, count: pieces.length }));
    }
  };
}
