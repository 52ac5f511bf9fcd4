/**
 * Renders articles on worker threads (articleRenderWorker.ts, run by Piscina), so content sync uses
 * every core: the loader's thread reads files, computes digests, parses frontmatter and fills the
 * data store while the workers parse and render the bodies (most of the cost, about 10 ms an article).
 *
 * A worker imports the site's plugins from src/integrations/articleMarkdown.ts, the module
 * astro.config.mjs hands to `markdown.processor`. Functions cannot be sent to a thread, so the pool
 * sends the configured pipeline's description (plugin names in order, their options) and a worker
 * whose own plugins differ renders nothing: the pool fails with a RenderPoolError saying so.
 *
 * An article's own failure comes back as it would have been thrown on the loader's thread: an
 * ArticleBodyError with the same problems, or an Error with the same message.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { ArticleBodyError } from '../data/articleBody.ts';
import type { Problem } from '../data/integrity.ts';
import { settings } from '../settings.ts';
import type { RenderedArticle } from './articleRenderer.ts';

export interface RenderRequest {
  source: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
}

/** One of: the rendered article, the problems of its body, another error's message, or the worker's own, different pipeline. */
export type RenderReply = { rendered: RenderedArticle } | { problems: Problem[] } | { message: string } | { mismatch: string };

/** The pool itself failed (a worker could not start, died, or has other plugins than the config): the build must stop. */
export class RenderPoolError extends Error {}

/**
 * Worker threads for `count` articles: as many as wanted (KB_ARTICLE_WORKERS, else one per core; 0
 * renders on the loader's thread), and no more than one per 8 articles, whose start-up would cost
 * more than they save.
 */
export function renderWorkerCount(count: number, wanted: number = settings.articleWorkers): number {
  return Math.max(0, Math.min(wanted, Math.ceil(count / 8)));
}

const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'articleRenderWorker.ts');

export class ArticleRenderPool {
  readonly #pool: Piscina<RenderRequest, RenderReply>;
  readonly #pipeline: string;
  #failure: RenderPoolError | null = null;

  /** `pipeline`: describePipeline() of the options the config gives the renderer. */
  constructor(size: number, pipeline: string) {
    this.#pipeline = pipeline;
    // Two articles in flight per worker, so none waits for its next one.
    this.#pool = new Piscina({ filename: WORKER_FILE, minThreads: size, maxThreads: size, concurrentTasksPerWorker: 2, idleTimeout: Infinity, workerData: { pipeline } });
  }

  /** Renders one article file as createArticleRenderer().render would on this thread. */
  async render(source: string, filePath: string, frontmatter: Record<string, unknown>): Promise<RenderedArticle> {
    if (this.#failure) throw this.#failure;
    let reply: RenderReply;
    try {
      reply = await this.#pool.run({ source, filePath, frontmatter });
    } catch (error) {
      throw this.#fail(`An article render worker failed: ${(error as Error).message}`, error);
    }
    if ('rendered' in reply) return reply.rendered;
    if ('problems' in reply) throw new ArticleBodyError(reply.problems);
    if ('message' in reply) throw new Error(reply.message);
    throw this.#fail(
      `astro.config.mjs: markdown.processor renders with ${this.#pipeline}, but the article loader's worker threads import ${reply.mismatch} from src/integrations/articleMarkdown.ts. ` +
        'Fix: list the plugins in src/integrations/articleMarkdown.ts and give the config markdown.processor: unified(articleMarkdown).',
    );
  }

  #fail(message: string, cause?: unknown): RenderPoolError {
    this.#failure ??= new RenderPoolError(message, { cause });
    return this.#failure;
  }

  /** Stops the workers (pending articles are not rendered). */
  async close(): Promise<void> {
    await this.#pool.destroy();
  }
}
