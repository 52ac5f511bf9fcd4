/**
 * Renders articles on worker threads (articleRenderWorker.ts), so content sync uses every core: the
 * loader's thread reads files, computes digests, parses frontmatter and fills the data store while
 * the workers parse and render the bodies (most of the cost, about 10 ms an article).
 *
 * A worker imports the site's plugins from src/integrations/articleMarkdown.ts, the module
 * astro.config.mjs hands to `markdown.processor`. Functions cannot be sent to a thread, so the pool
 * sends the configured pipeline's description (plugin names in order, their options) and a worker
 * whose own plugins differ renders nothing: the pool fails with a RenderPoolError saying so.
 *
 * An article's own failure comes back as it would have been thrown on the loader's thread: an
 * ArticleBodyError with the same problems, or an Error with the same message.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../utils/integrity.ts';
import { ArticleBodyError, type RenderedArticle } from './articleLoader.ts';

export interface RenderRequest {
  id: number;
  source: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
}

/** One of: the rendered article, the problems of its body, another error's message; or (id -1) a worker's own, different pipeline. */
export type RenderReply =
  | { id: number; rendered: RenderedArticle }
  | { id: number; problems: Problem[] }
  | { id: number; message: string }
  | { id: -1; mismatch: string };

/** The pool itself failed (a worker could not start, died, or has other plugins than the config): the build must stop. */
export class RenderPoolError extends Error {}

/**
 * Worker threads for `count` articles: $KB_ARTICLE_WORKERS if set (0 renders on the loader's thread),
 * else one per core, and no more than one per 8 articles.
 */
export function renderWorkerCount(count: number, env: NodeJS.ProcessEnv = process.env): number {
  const set = env['KB_ARTICLE_WORKERS']?.trim() ?? '';
  const wanted = /^\d+$/.test(set) ? Number(set) : Math.min(os.availableParallelism(), 8);
  return Math.max(0, Math.min(wanted, Math.ceil(count / 8)));
}

const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'articleRenderWorker.ts');
/** Articles sent to a worker ahead of its replies, so it never waits for the next one. */
const IN_FLIGHT = 2;

interface Job {
  request: RenderRequest;
  resolve: (rendered: RenderedArticle) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The jobs sent to the worker and not answered yet, by id. */
  jobs: Map<number, Job>;
}

export class ArticleRenderPool {
  readonly #workers: Slot[] = [];
  readonly #queue: Job[] = [];
  #next = 0;
  #failure: RenderPoolError | null = null;
  #closing = false;

  /** `pipeline`: describePipeline() of the options the config gives the renderer. */
  constructor(size: number, pipeline: string) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_FILE, { workerData: { pipeline } });
      const slot: Slot = { worker, jobs: new Map() };
      worker.on('message', (reply: RenderReply) => {
        if ('mismatch' in reply) {
          this.#fail(
            new RenderPoolError(
              `astro.config.mjs: markdown.processor renders with ${pipeline}, but the article loader's worker threads import ${reply.mismatch} from src/integrations/articleMarkdown.ts. ` +
                'Fix: list the plugins in src/integrations/articleMarkdown.ts and give the config markdown.processor: unified(articleMarkdown).',
            ),
          );
          return;
        }
        const job = slot.jobs.get(reply.id);
        if (!job) return;
        slot.jobs.delete(reply.id);
        if ('rendered' in reply) job.resolve(reply.rendered);
        else if ('problems' in reply) job.reject(new ArticleBodyError(reply.problems));
        else job.reject(new Error(reply.message));
        this.#dispatch();
      });
      worker.on('error', (error) => this.#fail(new RenderPoolError(`An article render worker failed: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => {
        if (!this.#closing) this.#fail(new RenderPoolError(`An article render worker stopped (exit code ${code}) before the articles were rendered.`));
      });
      this.#workers.push(slot);
    }
  }

  /** Renders one article file as createArticleRenderer().render would on this thread. */
  render(source: string, filePath: string, frontmatter: Record<string, unknown>): Promise<RenderedArticle> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#queue.push({ request: { id: this.#next++, source, filePath, frontmatter }, resolve, reject });
      this.#dispatch();
    });
  }

  #dispatch() {
    for (;;) {
      const job = this.#queue[0];
      // The least busy worker with room takes the next job.
      let slot: Slot | undefined;
      for (const s of this.#workers) if (s.jobs.size < IN_FLIGHT && (!slot || s.jobs.size < slot.jobs.size)) slot = s;
      if (!job || !slot) return;
      this.#queue.shift();
      slot.jobs.set(job.request.id, job);
      slot.worker.postMessage(job.request);
    }
  }

  #fail(error: RenderPoolError) {
    if (this.#failure) return;
    this.#failure = error;
    const jobs = [...this.#queue, ...this.#workers.flatMap((s) => [...s.jobs.values()])];
    this.#queue.length = 0;
    for (const slot of this.#workers) slot.jobs.clear();
    for (const job of jobs) job.reject(error);
    void this.close();
  }

  /** Stops the workers (pending articles are not rendered). */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map((s) => s.worker.terminate()));
  }
}
