/**
 * A worker thread of the article render pool (articleRenderPool.ts): renders article files sent by
 * the loader with the plugins of src/integrations/articleMarkdown.ts — the module astro.config.mjs
 * takes them from — and sends back the HTML, or the problems, or the error's message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { articleMarkdown } from './articleMarkdown.ts';
import { ArticleBodyError, createArticleRenderer, describePipeline, rendererOptionsFrom } from './articleLoader.ts';
import type { RenderReply, RenderRequest } from './articleRenderPool.ts';

const options = rendererOptionsFrom(unified(articleMarkdown));
const pipeline = describePipeline(options);
const expected = (workerData as { pipeline: string }).pipeline;
if (pipeline !== expected) {
  // The pool turns this into the build's error; nothing is rendered with plugins other than the config's.
  parentPort?.postMessage({ id: -1, mismatch: pipeline } satisfies RenderReply);
} else {
  const renderer = createArticleRenderer(options);
  parentPort?.on('message', async ({ id, source, filePath, frontmatter }: RenderRequest) => {
    let reply: RenderReply;
    try {
      reply = { id, rendered: await renderer.render(source, filePath, frontmatter) };
    } catch (error) {
      reply = error instanceof ArticleBodyError ? { id, problems: error.problems } : { id, message: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  });
}
