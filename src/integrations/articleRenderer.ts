/**
 * Renders an article file's body to the HTML its page prints, with the site's own remark and rehype
 * plugins (`markdown.processor: unified(articleMarkdown)` in astro.config.mjs, listed in
 * src/integrations/articleMarkdown.ts: remark-gfm, and rehypeClaimAnchors, which marks each claim's
 * passage), run in the order @astrojs/mdx ran them, followed by heading ids as MDX gave them. The body
 * is read by the content rules of src/data/articleBody.ts, so a body the check refuses is refused
 * here in the same words.
 *
 * Articles are not compiled by Astro's MDX integration: as modules of their own for Vite to compile,
 * bundle and run through the JSX runtime, 1,000 articles took 24–26 s to compile and each page
 * 33–37 ms to render; rendered once here, at content sync, they cost a few milliseconds each.
 */
import path from 'node:path';
import { isUnifiedProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { ArticleBodyError, bodyParser, parseBody } from '../data/articleBody.ts';
import { escapeHtml } from '../utils/text.ts';

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
  const walk = (node: HastRoot | Element) => {
    const table = node.type === 'element' && TABLE_ELEMENTS.has(node.tagName);
    if (table) node.children = node.children.filter((child) => !(child.type === 'text' && child.value === '\n'));
    for (const [index, child] of node.children.entries()) {
      if (child.type === 'text') node.children[index] = { type: 'raw', value: escapeHtml(child.value) } as unknown as ElementContent;
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
    throw new Error('src/integrations/articleRenderer.ts renders articles with remark and rehype: set markdown.processor to unified({...}) from @astrojs/markdown-remark in astro.config.mjs.');
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
