/**
 * A worker thread of the article render pool (articleRenderPool.ts): renders article files sent by
 * the loader with the plugins of src/integrations/articleMarkdown.ts — the module astro.config.mjs
 * takes them from — and answers with the HTML, or the problems, or the error's message.
 */
import { unified } from '@astrojs/markdown-remark';
import { workerData } from 'piscina';
import { ArticleBodyError } from '../data/articleBody.ts';
import { articleMarkdown } from './articleMarkdown.ts';
import type { RenderReply, RenderRequest } from './articleRenderPool.ts';
import { createArticleRenderer, describePipeline, rendererOptionsFrom } from './articleRenderer.ts';

const options = rendererOptionsFrom(unified(articleMarkdown));
const pipeline = describePipeline(options);
// Nothing is rendered with plugins other than the config's: the pool turns this into the build's error.
const mismatch = pipeline !== (workerData as { pipeline: string }).pipeline;
const renderer = createArticleRenderer(options);

export default async function render({ source, filePath, frontmatter }: RenderRequest): Promise<RenderReply> {
  if (mismatch) return { mismatch: pipeline };
  try {
    return { rendered: await renderer.render(source, filePath, frontmatter) };
  } catch (error) {
    return error instanceof ArticleBodyError ? { problems: error.problems } : { message: error instanceof Error ? error.message : String(error) };
  }
}
