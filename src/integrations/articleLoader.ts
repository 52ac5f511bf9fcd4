/**
 * The articles' content loader: renders each article's MDX body to HTML once, at content sync, and
 * keeps the HTML in Astro's data store, so `render(entry)` hands back stored HTML and no article
 * becomes a module of its own for Vite to compile, bundle and run through the JSX runtime (issue 7:
 * at 1,000 articles that compile took 24–26 s, and each article page 33–37 ms to render).
 *
 * Articles stay `.mdx` files and their bodies are parsed AS MDX (remark-mdx, the syntax @mdx-js/mdx
 * reads), so `\<`, `\{`, `&lt;` and MDX's other rules mean what they meant when each article was its
 * own MDX module. A body is the text as published, so it may hold nothing that MDX would run:
 *
 * - `{/* comments *\/}` are dropped, as MDX drops them;
 * - `<PhotoCaption items={["…", "…"]} />` (a photo caption or credit from the original page) is
 *   written out here as the note it always was — the one element a body may hold;
 * - any other element or component, any `{expression}`, and `import`/`export` lines are refused
 *   with a message naming the file, the line, what is wrong and how to write it instead.
 *
 * The remark and rehype plugins are the site's own (`markdown.processor: unified(articleMarkdown)` in
 * astro.config.mjs, listed in src/integrations/articleMarkdown.ts: remark-gfm, and rehypeClaimAnchors,
 * which marks each claim's passage), run in the order @astrojs/mdx ran them, followed by heading ids
 * as MDX gave them.
 *
 * At content sync the bodies are rendered on worker threads (articleRenderPool.ts), which import the
 * plugins from articleMarkdown.ts and refuse to render when the config's differ; this thread reads
 * the files, computes digests, parses frontmatter and stores the entries in file order. The dev
 * server's reloads render here.
 *
 * The HTML is not kept in the data store, which the build bundles as one module and loads whole (at
 * 10,000 articles the HTML was 108 of its 172 MB, and the bundling was the build's peak of memory):
 * each article's HTML is a file `articles-html/<digest>.html` in Astro's cache folder (KB_CACHE_DIR),
 * its path in the entry's `rendered.metadata.htmlFile`, read by the article page (src/data/kb.ts).
 *
 * Like Astro's glob loader, an entry is re-read only when its digest changes (the data store is kept
 * in KB_CACHE_DIR between builds) or its HTML file is gone. The digest covers the file, the files of the actors its claims
 * name (rehypeClaimAnchors writes their names into the HTML) and the code and configuration that
 * render it (rendererSources).
 *
 * `articleBodyProblems` is the same reading, without rendering, for `npm run check:content` and the
 * content check at the start of a build (src/data/contentFolder.ts), so the check and the build
 * refuse the same bodies with the same words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFrontmatter, isUnifiedProcessor, parseFrontmatter, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Parent as MdastParent, Root as MdastRoot, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { formatProblems, type Problem } from '../utils/integrity.ts';
import { printedPassages } from '../utils/quoteText.ts';
import { contentRoot } from '../data/contentRoot.ts';
import { ArticleRenderPool, RenderPoolError, renderWorkerCount } from './articleRenderPool.ts';

/**
 * What the HTML of an unchanged article depends on besides its own file: the site's configuration
 * (the plugins), the installed packages, and the rendering code here and beside it (src/integrations,
 * src/utils). Any change to them renders every article again, so a cached entry is never stale.
 */
async function rendererSources(root: string): Promise<string> {
  const read = (file: string) => readFile(path.join(root, file), 'utf8').catch(() => '');
  const folder = async (dir: string) => (await readdir(path.join(root, dir)).catch(() => [] as string[])).filter((f) => f.endsWith('.ts')).sort().map((f) => `${dir}/${f}`);
  const files = ['astro.config.mjs', 'package-lock.json', 'package.json', ...(await folder('src/integrations')), ...(await folder('src/utils'))];
  return (await Promise.all(files.map(async (file) => `${file}\n${await read(file)}`))).join('\n');
}

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

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
};

/**
 * The body of an `.mdx` file with the frontmatter blanked out, so line numbers are the file's. The
 * frontmatter is found as Astro finds it but not parsed again: its YAML costs more than the body's
 * check when the body holds no MDX.
 */
function bodyOf(source: string): string {
  const raw = extractFrontmatter(source);
  const fence = `---${raw}---`;
  if (raw === undefined || !source.includes(fence)) return parseFrontmatter(source, { frontmatter: 'empty-with-lines' }).content;
  return source.replace(fence, raw.replace(/[^\r\n]/g, ''));
}

/** Parses a body as MDX; a syntax error becomes a problem instead of a throw. */
function parseBody(parser: ReturnType<typeof bodyParser>, source: string, file: string): { tree: MdastRoot | null; problems: Problem[] } {
  try {
    const tree = parser.parse(new VFile({ value: bodyOf(source), path: file }));
    return { tree, problems: inspect(tree, file) };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    const at = e.line ? `line ${e.line}, column ${e.column ?? 1}: ` : '';
    return { tree: null, problems: [{ file, field: 'body', problem: `${at}MDX cannot read the text: ${(e.reason ?? e.message).replace(/\.$/, '')}`, fix: SYNTAX_FIX }] };
  }
}

function bodyParser(gfm: boolean, remarkPlugins: PluggableList) {
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

export interface ArticleRendererOptions {
  remarkPlugins?: PluggableList;
  rehypePlugins?: PluggableList;
  remarkRehype?: RemarkRehypeOptions;
  /** GitHub-flavoured Markdown (tables, footnotes, strikethrough); on unless false, as in MDX. */
  gfm?: boolean;
}

export interface RenderedArticle {
  html: string;
  /** No frontmatter: the entry's data has it, and a second copy would only swell the data store. */
  metadata: { headings: { depth: number; slug: string; text: string }[]; imagePaths: string[] };
}

/**
 * What the data store keeps of a rendered article (the entry's `rendered`), read by src/data/kb.ts:
 * no HTML (`html` is empty: `render(entry)` is not used), the file that holds it, and what its claims
 * quote as printed (printedPassages). Nothing else: no page reads the headings.
 */
export interface StoredArticle {
  html: '';
  metadata: { passages: Map<string, string | null>; htmlFile: string };
}

/** The HTML file an entry's metadata names, if it has one and it is still there. */
function storedHtmlFile(entry: { rendered?: { metadata?: Record<string, unknown> } } | undefined): string | undefined {
  const file = (entry?.rendered as Partial<StoredArticle> | undefined)?.metadata?.htmlFile;
  return typeof file === 'string' && existsSync(file) ? file : undefined;
}

/**
 * A renderer of article files. `render` throws one error listing every problem in the body (with the
 * report of `npm run check:content`), or a rehype plugin's own error (e.g. a quote not in the text).
 */
export function createArticleRenderer(options: ArticleRendererOptions = {}) {
  const parser = bodyParser(options.gfm !== false, options.remarkPlugins ?? []);
  const toHtml = unified()
    .use(remarkRehype, { ...options.remarkRehype })
    .use(options.rehypePlugins ?? [])
    .use(rehypeHeadingIds)
    .use(rehypeAsMdxPrinted)
    .use(rehypeStringify, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true }, closeSelfClosing: true, tightSelfClosing: true, collapseEmptyAttributes: true });
  return {
    async render(source: string, filePath: string, frontmatter: Record<string, unknown>): Promise<RenderedArticle> {
      const shown = path.relative(process.cwd(), filePath) || filePath;
      const { tree, problems } = parseBody(parser, source, shown);
      if (!tree || problems.length > 0) throw new ArticleBodyError(problems);
      const file = new VFile({ path: filePath, data: { astro: { frontmatter } } });
      const parsed = await parser.run(tree, file);
      const hast = await toHtml.run(parsed as MdastNodes as never, file);
      const html = toHtml.stringify(hast, file);
      return { html, metadata: { headings: file.data.astro?.headings ?? [], imagePaths: [] } };
    },
  };
}

/**
 * The HTML as MDX printed it through Astro's JSX runtime, so pages keep the bytes they had:
 * - text escaped as Astro escapes it (`&amp; &lt; &gt; &quot; &#39;`; rehype-stringify would escape
 *   only `&` and `<`, as `&#x26;` and `&#x3C;`): each text node becomes that raw HTML, and nothing
 *   else is raw;
 * - no line breaks between the rows and cells of a table, and a column's alignment as
 *   `style="text-align:…"`, as hast-util-to-estree writes them; `<br/>`, and empty attributes bare.
 * (Attribute values are escaped by rehype-stringify: the same values, not always the same bytes.)
 */
function rehypeAsMdxPrinted() {
  const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const walk = (node: HastRoot | Element) => {
    const table = node.type === 'element' && TABLE_ELEMENTS.has(node.tagName);
    if (table) node.children = node.children.filter((child) => !(child.type === 'text' && child.value === '\n'));
    for (const [index, child] of node.children.entries()) {
      if (child.type === 'text') node.children[index] = { type: 'raw', value: child.value.replace(/[&<>"']/g, (c) => escapes[c] ?? c) } as unknown as ElementContent;
      else if (child.type === 'element') {
        if ((child.tagName === 'td' || child.tagName === 'th') && typeof child.properties['align'] === 'string') {
          child.properties['style'] = `text-align:${child.properties['align']}`;
          delete child.properties['align'];
        }
        walk(child);
      }
    }
  };
  return (tree: HastRoot) => walk(tree);
}

/** Elements in which MDX drops the line breaks between children (hast-util-to-estree). */
const TABLE_ELEMENTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** Renderer options from the site's `markdown.processor` (astro.config.mjs), which must be `unified({...})`. */
export function rendererOptionsFrom(processor: LoaderContext['config']['markdown']['processor'] | undefined): ArticleRendererOptions {
  if (!processor || !isUnifiedProcessor(processor)) {
    throw new Error('src/integrations/articleLoader.ts renders articles with remark and rehype: set markdown.processor to unified({...}) from @astrojs/markdown-remark in astro.config.mjs.');
  }
  const { remarkPlugins, rehypePlugins, remarkRehype, gfm, smartypants } = processor.options;
  if (smartypants !== false) throw new Error('astro.config.mjs: markdown.processor must set smartypants: false — the published text must stay as printed.');
  const options = { remarkPlugins: remarkPlugins as PluggableList, rehypePlugins: rehypePlugins as PluggableList, remarkRehype: remarkRehype as RemarkRehypeOptions, gfm: gfm !== false };
  for (const plugin of [...options.remarkPlugins, ...options.rehypePlugins]) {
    const fn = Array.isArray(plugin) ? plugin[0] : plugin;
    if (typeof fn !== 'function' || !fn.name) {
      throw new Error('astro.config.mjs: every plugin of markdown.processor must be a named function (articles are rendered on worker threads, which tell the plugins apart by name); list plugins in src/integrations/articleMarkdown.ts.');
    }
  }
  return options;
}

/**
 * What a renderer's pipeline is made of, as text: the plugins' names in order with their options,
 * remark-rehype's options and GFM. Two renderers with the same description run the same plugins
 * when their plugins come from the same modules (src/integrations/articleMarkdown.ts).
 */
export function describePipeline(options: ArticleRendererOptions): string {
  const plugin = (entry: PluggableList[number]) => {
    const [fn, ...settings] = Array.isArray(entry) ? entry : [entry];
    const name = typeof fn === 'function' ? fn.name : '(a preset)';
    return settings.length > 0 ? `${name}(${JSON.stringify(settings)})` : name;
  };
  const remark = (options.remarkPlugins ?? []).map(plugin).join(', ') || 'none';
  const rehype = (options.rehypePlugins ?? []).map(plugin).join(', ') || 'none';
  return `remark plugins [${remark}], rehype plugins [${rehype}], remark-rehype ${JSON.stringify(options.remarkRehype ?? {})}, GFM ${options.gfm === false ? 'off' : 'on'}`;
}

/**
 * The files of the actors an article's claims name (speakers, and those whose account a claim is known
 * through), for its digest: rehypeClaimAnchors writes their names (and spellings) into the HTML, so an
 * edited actor renders its articles again.
 */
function speakerFiles(frontmatter: Record<string, unknown>, read: (id: string) => string): string {
  const claims = Array.isArray(frontmatter['claims']) ? (frontmatter['claims'] as { speaker?: unknown; via?: unknown }[]) : [];
  const named = claims.flatMap((claim) => [String(claim?.speaker ?? ''), ...(typeof claim?.via === 'string' ? [claim.via] : [])]);
  return [...new Set(named)].sort().map(read).join('\n');
}

/** Every body problem in one report, then any other error (e.g. a quote not found in the rendered text). */
function report(failures: Error[]): string {
  const problems = failures.flatMap((f) => (f instanceof ArticleBodyError ? f.problems : []));
  const others = failures.filter((f) => !(f instanceof ArticleBodyError)).map((f) => f.message);
  return [...(problems.length > 0 ? [formatProblems(problems)] : []), ...others].join('\n\n');
}

/** How many articles are read ahead of the one being stored, so the workers always have work. */
const READ_AHEAD = 64;

/** Articles from `<base>/*.mdx`, ids from the file names, rendered at content sync. */
export function articleLoader({ base }: { base: string }): Loader {
  return {
    name: 'inf-kb:article-loader',
    load: async (context) => {
      const { config, store, parseData, generateDigest, watcher, logger } = context;
      const options = rendererOptionsFrom(config.markdown.processor);
      // On this thread for the dev server's reloads (and when $KB_ARTICLE_WORKERS is 0).
      let renderer: ReturnType<typeof createArticleRenderer> | undefined;
      const renderHere = (source: string, full: string, frontmatter: Record<string, unknown>) => (renderer ??= createArticleRenderer(options)).render(source, full, frontmatter);
      const root = fileURLToPath(config.root);
      const fingerprint = generateDigest(await rendererSources(root));
      const htmlDir = fileURLToPath(new URL('articles-html/', config.cacheDir));
      await mkdir(htmlDir, { recursive: true });
      const dir = path.resolve(root, base);
      const byFile = new Map<string, string>();
      const actors = new Map<string, string>();
      const actorFile = (id: string) => {
        let text = actors.get(id);
        if (text === undefined) {
          try {
            text = readFileSync(path.join(contentRoot(), 'actors', `${id}.yaml`), 'utf8');
          } catch {
            text = '';
          }
          actors.set(id, text);
        }
        return `${id}\n${text}`;
      };

      type Render = (source: string, full: string, frontmatter: Record<string, unknown>) => Promise<RenderedArticle>;
      /**
       * Reads one file and, unless its entry is unchanged, starts rendering it; the returned `store`
       * (awaited in file order) puts it in the store or returns the error that kept it out.
       */
      const begin = async (full: string, render: Render): Promise<{ store: () => Promise<Error | null> }> => {
        const id = path.basename(full, '.mdx');
        const source = await readFile(full, 'utf8');
        const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
        const digest = generateDigest(`${fingerprint}\n${speakerFiles(frontmatter, actorFile)}\n${source}`);
        byFile.set(full, id);
        const existing = store.get(id);
        if (existing && existing.digest === digest && storedHtmlFile(existing)) return { store: async () => null };
        const data = await parseData({ id, data: frontmatter, filePath: full });
        const rendering = render(source, full, frontmatter);
        rendering.catch(() => {}); // handled in order, below
        return {
          store: async () => {
            let rendered: RenderedArticle;
            try {
              rendered = await rendering;
            } catch (error) {
              if (error instanceof RenderPoolError) throw error;
              store.delete(id);
              return error as Error;
            }
            // No body: the pages need only the passages the claims quote (src/data/kb.ts), kept beside the HTML.
            const claims = Array.isArray(data['claims']) ? (data['claims'] as { quote: string }[]) : [];
            const passages = printedPassages(content.trim(), claims.map((claim) => claim.quote));
            // Named by the digest, so a file is never rewritten in place under a page that reads it.
            const htmlFile = path.join(htmlDir, `${digest}.html`);
            await writeFile(htmlFile, rendered.html);
            const previous = storedHtmlFile(existing);
            if (previous && previous !== htmlFile) await rm(previous, { force: true });
            const stored: StoredArticle = { html: '', metadata: { passages, htmlFile } };
            store.set({ id, data, filePath: path.relative(root, full).split(path.sep).join('/'), digest, rendered: stored });
            return null;
          },
        };
      };
      const sync = async (full: string, render: Render) => (await begin(full, render)).store();

      const files = existsSync(dir) ? (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort() : [];
      const untouched = new Set(store.keys());
      const failures: Error[] = [];
      const workers = renderWorkerCount(files.length);
      let pool: ArticleRenderPool | undefined;
      const render: Render = workers === 0 ? renderHere : (source, full, frontmatter) => (pool ??= new ArticleRenderPool(workers, describePipeline(options))).render(source, full, frontmatter);
      try {
        // Files are read and sent to the workers up to READ_AHEAD ahead, and stored in file order.
        const started: Promise<{ store: () => Promise<Error | null> }>[] = [];
        const finish = async (entry: Promise<{ store: () => Promise<Error | null> }>) => {
          const failure = await (await entry).store();
          if (failure) failures.push(failure);
        };
        for (const name of files) {
          untouched.delete(path.basename(name, '.mdx'));
          started.push(begin(path.join(dir, name), render));
          await started.at(-1);
          if (started.length > READ_AHEAD) await finish(started.shift() as (typeof started)[number]);
        }
        for (const entry of started) await finish(entry);
      } finally {
        await pool?.close();
      }
      for (const id of untouched) {
        const html = storedHtmlFile(store.get(id));
        if (html) await rm(html, { force: true });
        store.delete(id);
      }
      if (failures.length > 0) throw new AstroError(report(failures), 'Run `npm run check:content` to check the content again without building.');

      if (!watcher) return;
      watcher.add(dir);
      const inDir = (file: string) => path.dirname(file) === dir && file.endsWith('.mdx');
      const onChange = async (file: string) => {
        if (!inDir(file)) return;
        const failure = await sync(file, renderHere);
        if (failure) logger.error(report([failure]));
        else logger.info(`Reloaded ${path.relative(root, file)}`);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (file) => {
        const id = byFile.get(file);
        if (id && inDir(file)) {
          store.delete(id);
          byFile.delete(file);
        }
      });
    },
  };
}
