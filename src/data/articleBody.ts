/**
 * What an article body may hold, and its reading as MDX.
 *
 * Articles are `.mdx` files and their bodies are parsed AS MDX (remark-mdx, the syntax @mdx-js/mdx
 * reads), so `\<`, `\{`, `&lt;` and MDX's other rules mean what an editor expects of an MDX file.
 * But a body is the text as published, so it may hold nothing that MDX would run:
 *
 * - `{/* comments *\/}` are dropped, as MDX drops them;
 * - `<PhotoCaption items={["…", "…"]} />` (a photo caption or credit from the original page) becomes
 *   its note — the one element a body may hold;
 * - any other element or component, any `{expression}`, and `import`/`export` lines are refused
 *   with a message naming the file, the line, what is wrong and how to write it instead.
 *
 * This is a content rule, so it lives with the others: `npm run check:content` and the content check
 * at the start of a build call `articleBodyProblems`, and the renderer
 * (src/integrations/articleRenderer.ts) parses with `bodyParser`/`parseBody`, so the check and the
 * build refuse the same bodies with the same words.
 */
import type { Element, ElementContent } from 'hast';
import type { Parent as MdastParent, Root as MdastRoot, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { trimAtWord } from '../utils/text.ts';
import { bodyWithLines } from './articleFile.ts';
import { formatProblems, type Problem } from './integrity.ts';

/**
 * A photo caption or credit from the original page (the lines that began with "•"), kept apart from
 * the text: it is not a statement, and it is left out of search. A note, not a landmark: an article
 * with several captions would otherwise list several landmarks of the same name. (The markup the
 * PhotoCaption component wrote when each article was an MDX module.)
 */
function photoCaption(items: string[]): Element {
  return {
    type: 'element',
    tagName: 'aside',
    properties: { className: ['photo-caption'], role: 'note', dataPagefindIgnore: true, ariaLabel: 'Photo caption from the original page' },
    children: [
      { type: 'text', value: '\n  ' },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: 'Photo caption: ' }] },
      { type: 'text', value: `${items.join(' · ')}\n` },
    ],
  };
}

const CAPTION_FIX = 'write a photo caption as <PhotoCaption items={["Jens Stoltenberg", "© nato.int"]} /> on a line of its own: one attribute, items, a list of quoted texts';
const LESS_THAN_FIX = 'an article body is the text as published and holds no elements or components: write a "<" that is part of the text as "\\<" or "&lt;"; a photo caption is written <PhotoCaption items={["…", "…"]} />';
const BRACE_FIX = 'an article body is the text as published and runs no code: write a "{" that is part of the text as "\\{"; an editors\' comment is written {/* … */} and is left out of the page';
const SYNTAX_FIX = 'an article body is the text as published: write a "<" that is part of the text as "\\<" or "&lt;" and a "{" as "\\{" (a photo caption is written <PhotoCaption items={["…", "…"]} />)';
const ESM_FIX = 'an article body cannot import or export anything; if the line is text that begins with that word, write its first letter as a character reference, e.g. "&#105;mport" or "&#101;xport"';

// remark-mdx's types add MDX's nodes to mdast's.
type Jsx = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type JsxAttribute = Jsx['attributes'][number];

const where = (node: { position?: { start: { line: number; column: number } } | undefined }) =>
  node.position ? `line ${node.position.start.line}, column ${node.position.start.column}` : 'somewhere';

/** The texts of `items={[…]}`, or null when the value is anything but a list of literal texts. */
function captionItems(attribute: JsxAttribute): string[] | null {
  if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'items' || typeof attribute.value !== 'object' || attribute.value === null) return null;
  const program = attribute.value.data?.estree;
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  const list = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (list?.type !== 'ArrayExpression' || list.elements.length === 0) return null;
  const items: string[] = [];
  for (const element of list.elements) {
    if (element?.type === 'Literal' && typeof element.value === 'string') items.push(element.value);
    else if (element?.type === 'TemplateLiteral' && element.expressions.length === 0 && typeof element.quasis[0]?.value.cooked === 'string') items.push(element.quasis[0].value.cooked);
    else return null;
  }
  return items;
}

/** Text of white space only, which MDX drops when it unravels a paragraph. */
const isWhitespace = (node: RootContent) => node.type === 'text' && node.value.trim() === '';

/**
 * Walks a parsed body: drops comments, turns each `<PhotoCaption>` into its note and reports every
 * other MDX construct. Returns the problems (field "body"), in document order.
 */
function inspect(tree: MdastRoot, file: string): Problem[] {
  const problems: Problem[] = [];
  const report = (problem: string, fix: string) => problems.push({ file, field: 'body', problem, fix });
  const walk = (parent: MdastParent) => {
    const out: RootContent[] = [];
    for (const node of parent.children) {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        // A comment-only expression parses to a program without statements: MDX renders nothing for it
        // (on a line of its own, an empty line between the blocks around it).
        if ((node.data?.estree?.body.length ?? 1) !== 0) report(`${where(node)}: the expression "{${excerpt(node.value)}}" would be run as code`, BRACE_FIX);
        else if (node.type === 'mdxFlowExpression') out.push({ type: 'text', value: '' });
        continue;
      }
      if (node.type === 'mdxjsEsm') {
        report(`${where(node)}: "${excerpt(node.value)}" is an ${node.value.trimStart().startsWith('export') ? 'export' : 'import'} statement`, ESM_FIX);
        continue;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const caption = asCaption(node, report);
        if (caption) out.push(caption);
        continue;
      }
      if ('children' in node) walk(node);
      out.push(node);
    }
    parent.children = out as typeof parent.children;
    // @mdx-js/mdx unravels a paragraph that holds only elements and comments (remark-mark-and-unravel).
    if (parent.type !== 'paragraph') {
      parent.children = (parent.children as RootContent[]).flatMap((child) => {
        if (child.type !== 'paragraph') return [child];
        const kept = child.children.filter((c) => !isWhitespace(c as RootContent));
        return kept.every((c) => (c as { type: string }).type === 'photoCaption') ? (kept as RootContent[]) : [child];
      }) as typeof parent.children;
    }
  };
  walk(tree);
  return problems;
}

/** The note a `<PhotoCaption items={[…]} />` stands for, or null (reported) for any other element. */
function asCaption(node: Jsx, report: (problem: string, fix: string) => void): RootContent | null {
  const name = node.name ?? '';
  if (name !== 'PhotoCaption') {
    report(`${where(node)}: "<${name}${node.attributes.length ? ' …' : ''}>" is ${name === '' ? 'a fragment' : /^[a-z]/.test(name) ? 'an HTML element' : 'a component'}, which MDX would render as markup`, LESS_THAN_FIX);
    return null;
  }
  const [attribute, ...others] = node.attributes;
  const items = attribute && others.length === 0 && node.children.length === 0 ? captionItems(attribute) : null;
  if (!items) {
    report(`${where(node)}: this <PhotoCaption> is not a plain list of caption texts`, CAPTION_FIX);
    return null;
  }
  // An mdast node that remark-rehype turns into exactly this element (hName/hProperties/hChildren).
  const aside = photoCaption(items);
  return { type: 'photoCaption', data: { hName: aside.tagName, hProperties: aside.properties, hChildren: aside.children as ElementContent[] } } as unknown as RootContent;
}

const excerpt = (text: string) => trimAtWord(text, 60);

// The body with the frontmatter blanked out, so problems name the file's own lines. The frontmatter is
// not parsed again here: its YAML costs more than the body's check when the body holds no MDX.
const bodyOf = bodyWithLines;

/** Parses a body as MDX; a syntax error becomes a problem instead of a throw. */
export function parseBody(parser: ReturnType<typeof bodyParser>, source: string, file: string): { tree: MdastRoot | null; problems: Problem[] } {
  try {
    const tree = parser.parse(new VFile({ value: bodyOf(source), path: file }));
    return { tree, problems: inspect(tree, file) };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    const at = e.line ? `line ${e.line}, column ${e.column ?? 1}: ` : '';
    return { tree: null, problems: [{ file, field: 'body', problem: `${at}MDX cannot read the text: ${(e.reason ?? e.message).replace(/\.$/, '')}`, fix: SYNTAX_FIX }] };
  }
}

export function bodyParser(gfm: boolean, remarkPlugins: PluggableList) {
  // remark-gfm once, as the site configures it (MDX added its own copy too; running it twice changes nothing).
  const plugins = gfm && !remarkPlugins.includes(remarkGfm) ? [remarkGfm, ...remarkPlugins] : remarkPlugins;
  return unified().use(remarkParse).use(remarkMdx).use(plugins);
}

let checkParser: ReturnType<typeof bodyParser> | undefined;
const MAY_HOLD_MDX = /[<{]|^[ \t]*(?:import|export)\b/m;
/** A caption on a line of its own whose texts hold no quote, backslash, brace or angle bracket: always accepted. */
const PLAIN_CAPTION_LINE = /^<PhotoCaption items=\{\[ *"[^"\\\n{}<>]*"(?: *, *"[^"\\\n{}<>]*")* *\]\} \/>[ \t]*$/gm;

/**
 * What MDX would run in an article body (`source` is the whole `.mdx` file; `file` names it in the
 * problems). Used by the content check (src/data/contentFolder.ts); the loader reports the same.
 */
export function articleBodyProblems(file: string, source: string): Problem[] {
  // Elements and expressions begin with "<" or "{", and imports and exports start a line: a body with
  // none of them besides plain captions reads the same as Markdown, so parsing it (5 ms or so) would
  // find nothing.
  if (!MAY_HOLD_MDX.test(bodyOf(source).replace(PLAIN_CAPTION_LINE, ''))) return [];
  checkParser ??= bodyParser(true, []);
  return parseBody(checkParser, source, file).problems;
}

/** The problems of a body MDX would run code in; the message is the report of `npm run check:content`. */
export class ArticleBodyError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.problems = problems;
  }
}
