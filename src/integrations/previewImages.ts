/**
 * The link-preview images (src/data/previewCards.ts, drawn by previewRenderer.ts): one 1200×630 PNG
 * per article, actor, event and topic and one for the home page, at `og/<kind>/<id>.png`.
 *
 * Drawing one takes ~15–30 ms of CPU, so at 1,000 articles the images would add about half a minute if
 * drawn one after another at the end. Instead a worker thread draws them once the content is synced,
 * while Astro compiles and renders pages (on one core), and keeps each in the cache folder
 * (KB_CACHE_DIR) under a digest of what it shows: a later build draws only new and changed cards. At
 * the end of the build the output gets hard links to them (copies where that cannot be).
 */
import { copyFile, link, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWorkerThread } from './workerThread.ts';
import type { AstroIntegration } from 'astro';
import { settings } from '../settings.ts';
import type { PreviewJob, PreviewResult } from './previewImageWorker.ts';

const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'previewImageWorker.ts');

/** Draws (or finds in the cache) every preview image; resolves with where each goes and where it is. */
export function drawPreviewImages(job: PreviewJob): Promise<PreviewResult> {
  return runWorkerThread<PreviewResult>(WORKER_FILE, job, 'preview image worker');
}

export async function copyPreviewImages(result: PreviewResult, outDir: string): Promise<void> {
  const folders = new Set(result.images.map(({ file }) => path.dirname(path.join(outDir, file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  for (let i = 0; i < result.images.length; i += 64) {
    // A hard link where the cache and the output share a disk: a thousand images cost no copying.
    await Promise.all(result.images.slice(i, i + 64).map(({ file, png }) => link(png, path.join(outDir, file)).catch(() => copyFile(png, path.join(outDir, file)))));
  }
}

export function previewImagesIntegration(): AstroIntegration {
  let drawing: Promise<PreviewResult> | undefined;
  return {
    name: 'inf-kb:preview-images',
    hooks: {
      // After the content sync, whose article rendering keeps both cores busy: from here the pages are
      // generated on one thread, and the images take the other core.
      'astro:build:start': ({ logger }) => {
        if (!settings.previewImages) {
          logger.warn('KB_PREVIEW_IMAGES=off: no link-preview images are drawn; pages name images that this build does not have');
          return;
        }
        drawing = drawPreviewImages({ root: settings.content, cacheDir: settings.cacheDir });
        // Awaited at the end of the build; until then a failure must not count as unhandled.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        const waited = performance.now();
        let result: PreviewResult;
        try {
          result = await drawing;
        } catch (error) {
          throw new Error(`Drawing the link-preview images failed: ${(error as Error).message}. Pages name images at og/…; run the build again, and if it fails again, see src/integrations/previewRenderer.ts.`);
        }
        const waitedSeconds = (performance.now() - waited) / 1000;
        await copyPreviewImages(result, fileURLToPath(dir));
        logger.info(`${result.images.length} preview images (${result.drawn} drawn, the rest from the cache) in ${result.seconds.toFixed(1)} s on their own thread; the build waited ${waitedSeconds.toFixed(1)} s for them`);
      },
    },
  };
}
