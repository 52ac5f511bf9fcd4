/**
 * The articles' content loader: the glue between the article files and Astro's content layer. It
 * reads each `content/articles/*.mdx`, parses its frontmatter with the schema, has its body rendered
 * (src/integrations/articleRenderer.ts) on worker threads (articleRenderPool.ts) and stores the
 * entry, so no article becomes a module of its own for Vite to compile.
 *
 * The HTML is not kept in the data store, which the build bundles as one module and loads whole (at
 * 10,000 articles the HTML was 108 of its 172 MB, and the bundling was the build's peak of memory):
 * each article's HTML is a file `articles-html/<digest>.html` in Astro's cache folder (KB_CACHE_DIR),
 * its name in the entry's `rendered.metadata.htmlFile` (src/data/storedArticle.ts), read by the
 * article page through src/data/kb.ts. Only the name is stored, never a path, so a cache that moves
 * with the project still works; an entry whose file is missing is rendered again.
 *
 * Like Astro's glob loader, an entry is re-read only when its digest changes (the data store is kept
 * in KB_CACHE_DIR between builds). The digest covers the file, the files of the actors its claims
 * name (rehypeClaimAnchors writes their names into the HTML) and the code and configuration that
 * render it (rendererSources). The dev server's reloads render on the loader's thread.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { readArticleSource } from '../data/articleFile.ts';
import { ArticleBodyError } from '../data/articleBody.ts';
import { formatProblems } from '../data/integrity.ts';
import { storedHtmlPath, type StoredArticle } from '../data/storedArticle.ts';
import { articleHtmlDir, settings } from '../settings.ts';
import { printedPassages } from '../utils/quoteText.ts';
import { ArticleRenderPool, RenderPoolError, renderWorkerCount } from './articleRenderPool.ts';
import { createArticleRenderer, describePipeline, rendererOptionsFrom, type RenderedArticle } from './articleRenderer.ts';

/**
 * What the HTML of an unchanged article depends on besides its own file: the site's configuration
 * (the plugins), the installed packages, the rendering code (src/integrations, src/utils, the body rules of
 * src/data/articleBody.ts) and the schemas that parse the frontmatter the store keeps. Any change to them renders every article again, so a cached entry is never stale.
 */
async function rendererSources(root: string): Promise<string> {
  const read = (file: string) => readFile(path.join(root, file), 'utf8').catch(() => '');
  const folder = async (dir: string) => (await readdir(path.join(root, dir)).catch(() => [] as string[])).filter((f) => f.endsWith('.ts')).sort().map((f) => `${dir}/${f}`);
  const files = ['astro.config.mjs', 'package-lock.json', 'package.json', 'src/settings.ts', 'src/data/articleBody.ts', 'src/data/storedArticle.ts', ...(await folder('src/integrations')), ...(await folder('src/utils')), ...(await folder('src/schemas'))];
  return (await Promise.all(files.map(async (file) => `${file}\n${await read(file)}`))).join('\n');
}

/** The path of the HTML file an entry's metadata names, if it has one and it is still there. */
function storedHtmlFile(entry: { rendered?: { metadata?: Record<string, unknown> } } | undefined, cacheDir: string): string | undefined {
  const name = (entry?.rendered as Partial<StoredArticle> | undefined)?.metadata?.htmlFile;
  if (typeof name !== 'string') return undefined;
  const file = storedHtmlPath(name, cacheDir);
  return existsSync(file) ? file : undefined;
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
      const cacheDir = fileURLToPath(config.cacheDir);
      const htmlDir = articleHtmlDir(cacheDir);
      await mkdir(htmlDir, { recursive: true });
      const dir = path.resolve(root, base);
      const byFile = new Map<string, string>();
      const actors = new Map<string, string>();
      const actorFile = (id: string) => {
        let text = actors.get(id);
        if (text === undefined) {
          try {
            text = readFileSync(path.join(settings.content, 'actors', `${id}.yaml`), 'utf8');
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
        const { frontmatter, body: content } = readArticleSource(source, full);
        const digest = generateDigest(`${fingerprint}\n${speakerFiles(frontmatter, actorFile)}\n${source}`);
        byFile.set(full, id);
        const existing = store.get(id);
        if (existing && existing.digest === digest && storedHtmlFile(existing, cacheDir)) return { store: async () => null };
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
            const previous = storedHtmlFile(existing, cacheDir);
            if (previous && previous !== htmlFile) await rm(previous, { force: true });
            const stored: StoredArticle = { html: '', metadata: { passages, htmlFile: path.basename(htmlFile) } };
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
        const html = storedHtmlFile(store.get(id), cacheDir);
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
