/**
 * The files `npm run new-article` writes: the article as a draft MDX file (frontmatter with the
 * proposed statements, the body as published) and a draft stub for each new actor. Pure: text in,
 * text out; the command does the writing.
 */
import yaml from 'js-yaml';
import { keyWords } from './ids.ts';
import type { NewActor, ProposedClaim } from './propose.ts';
import type { Block } from './source.ts';

export interface DraftArticle {
  title: string;
  date: string;
  outlet: string;
  url?: string | undefined;
  authors: string[];
  speakers: string[];
  claims: ProposedClaim[];
}

/** `<date>-<outlet>-<few-words>`, the words from the title; `-2`, `-3`… when the id is taken. */
export function articleId(date: string, outlet: string, title: string, taken: ReadonlySet<string>): string {
  const base = [date, outlet, ...keyWords(title).slice(0, 4)].join('-');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * A paragraph as MDX that prints exactly its words: what MDX or Markdown would read as markup is
 * escaped (`<`, `{`, emphasis and link marks, a list or heading mark at the start), and read back by
 * printedText (src/utils/quoteText.ts) to the characters printed.
 */
export function escapeMdx(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>~|]/g, (mark) => `\\${mark}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/^(\s*)([#+-])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s)/, '$1\\$2');
}

/** The body as MDX: paragraphs as printed, sub-headings as `##`, photo captions as `<PhotoCaption>`. */
export function mdxBody(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'caption') return `<PhotoCaption items={[${block.items.map((item) => JSON.stringify(item)).join(', ')}]} />`;
      if (block.type === 'heading') return `## ${escapeMdx(block.text)}`;
      return escapeMdx(block.text);
    })
    .join('\n\n');
}

const dump = (value: unknown) => yaml.dump(value, { lineWidth: 100, noRefs: true, quotingType: '"' });

/** The article file: frontmatter (a draft, each statement with a comment saying why it was proposed), then the body. */
export function articleFile(article: DraftArticle, body: string): string {
  const head = dump({
    title: article.title,
    date: article.date,
    outlet: article.outlet,
    ...(article.url ? { url: article.url } : {}),
    authors: article.authors,
    summary: 'To write: one paragraph in the editors’ words.',
    speakers: article.speakers,
  });
  const claims = article.claims.map((claim) => {
    const fields = {
      id: claim.id,
      speaker: claim.speaker.id,
      quote: claim.quote,
      // Known through another speaker's account: recorded as such when that actor is one of the article's speakers.
      ...(claim.via && claim.via !== claim.speaker.id && article.speakers.includes(claim.via) ? { via: claim.via } : {}),
      kind: claim.kind,
      said: claim.said,
      ...(claim.saidNote ? { saidNote: claim.saidNote } : {}),
      topics: claim.topics,
      ...(claim.event ? { event: claim.event } : {}),
    };
    const why = [`# Proposed: ${claim.reason}.`, ...(claim.via ? [`# Second-hand: reported by ${claim.via} inside their own quotation.`] : [])];
    const lines = dump([fields]).trimEnd().split('\n');
    return [...why.map((line) => `  ${line.replace(/\s+/g, ' ')}`), ...lines.map((line) => `  ${line}`)].join('\n');
  });
  const claimsYaml = claims.length > 0 ? `claims:\n${claims.join('\n')}\n` : 'claims: []\n';
  return `---\n${head}${claimsYaml}draft: true\n---\n\n${body}\n`;
}

/** A new actor's stub: the name as printed, a kind guessed from the words, and a draft flag. */
export function actorFile(actor: NewActor, articleId: string): string {
  return dump({
    name: actor.name,
    ...(actor.aliases.length > 0 ? { aliases: actor.aliases } : {}),
    kind: actor.kind,
    description: `To write: a short neutral description. Proposed by npm run new-article for ${articleId}, where the name is printed "${actor.name}".`,
    draft: true,
  });
}
