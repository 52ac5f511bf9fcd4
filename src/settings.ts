/**
 * The one module that reads the environment. Everything the site's behaviour can be set by from
 * outside comes through here, so a reader sees every knob in one place and no module reads
 * `process.env` on its own.
 *
 * | variable            | what it sets                                              | default                  |
 * | ------------------- | --------------------------------------------------------- | ------------------------ |
 * | KB_CONTENT          | the content folder (test fixtures, the benchmark corpus)  | `content`                |
 * | KB_BASE             | the sub-path the site is served under, e.g. `/inf-kb/`    | `/`                      |
 * | KB_SITE             | the public origin of permanent links and citations        | `https://inf-treaty-kb.org` |
 * | KB_OUT_DIR          | where the build writes the site                           | `dist`                   |
 * | KB_CACHE_DIR        | Astro's cache: the data store and rendered article HTML   | `node_modules/.astro`    |
 * | KB_ARTICLE_WORKERS  | worker threads that render articles (0: the main thread)  | one per core, up to 8    |
 * | KB_PREVIEW_IMAGES   | `off`: draw no link-preview images (to measure their cost) | drawn                    |
 * | SOURCE_DATE_EPOCH   | the build date the dataset states (reproducible builds)   | now                      |
 *
 * Relative folders are taken from the working directory, which `npm run` sets to the project's root.
 */
import os from 'node:os';
import path from 'node:path';

export interface Settings {
  /** Absolute path of the content folder. */
  content: string;
  /** The base path, with slashes at both ends. */
  base: string;
  /** The public origin, without a trailing slash. */
  site: string;
  /** Absolute path of the build's output folder. */
  outDir: string;
  /** Absolute path of Astro's cache folder. */
  cacheDir: string;
  /** Worker threads wanted for rendering articles, before the per-article cap (renderWorkerCount). */
  articleWorkers: number;
  /** Whether the build draws the link-preview images; `KB_PREVIEW_IMAGES=off` is for measuring what they cost (npm run bench:images): pages still name them. */
  previewImages: boolean;
  /** The build date the dataset states: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds. */
  buildDate: Date | undefined;
}

/** The settings an environment gives; pure, so it is table-tested. */
export function readSettings(env: Readonly<Record<string, string | undefined>>, cwd: string, cores: number): Settings {
  const folder = (value: string | undefined, fallback: string) => path.resolve(cwd, value?.trim() || fallback);
  const base = `/${(env['KB_BASE'] ?? '/').trim().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const workers = env['KB_ARTICLE_WORKERS']?.trim() ?? '';
  return {
    content: folder(env['KB_CONTENT'], 'content'),
    base,
    site: (env['KB_SITE']?.trim() || 'https://inf-treaty-kb.org').replace(/\/+$/, ''),
    outDir: folder(env['KB_OUT_DIR'], 'dist'),
    cacheDir: folder(env['KB_CACHE_DIR'], 'node_modules/.astro'),
    articleWorkers: /^\d+$/.test(workers) ? Number(workers) : Math.min(cores, 8),
    previewImages: env['KB_PREVIEW_IMAGES']?.trim().toLowerCase() !== 'off',
    buildDate: /^\d+$/.test(env['SOURCE_DATE_EPOCH']?.trim() ?? '') ? new Date(Number(env['SOURCE_DATE_EPOCH']) * 1000) : undefined,
  };
}

/** This process's settings. */
export const settings: Settings = readSettings(process.env, process.cwd(), os.availableParallelism());

/** The folder that holds each article's rendered HTML, inside the cache (see src/integrations/articleLoader.ts). */
export const articleHtmlDir = (cacheDir: string = settings.cacheDir) => path.join(cacheDir, 'articles-html');
