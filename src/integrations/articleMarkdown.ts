/**
 * The site's Markdown options, given to `markdown.processor: unified(articleMarkdown)` in
 * astro.config.mjs. They live in a module of their own because the article loader renders articles
 * on worker threads (src/integrations/articleRenderPool.ts), and a worker cannot be handed the
 * config's plugin functions: it imports them from here, as the config does. Add or change a plugin
 * here, not in astro.config.mjs: the loader compares the worker's plugins with the config's (names,
 * order and options) and refuses to build when they differ.
 *
 * - remark-gfm: tables, footnotes, strikethrough and autolinks, as MDX read them;
 * - rehypeClaimAnchors: marks each claim's passage in the text (and fails on a quote it cannot find);
 * - smartypants off: the published text must stay as printed, its quotes and dashes untouched.
 */
import remarkGfm from 'remark-gfm';
import { rehypeClaimAnchors } from './rehypeClaimAnchors.ts';

export const articleMarkdown = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeClaimAnchors],
  smartypants: false,
};
