/**
 * The preview images' worker thread (previewImages.ts): reads the content folder, and draws every card
 * that the cache folder does not hold yet, keyed by a digest of what the card says and how it is drawn.
 * Posts back, for each image, where it goes in the build and where its PNG is.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readContentFolder } from '../data/contentFolder.ts';
import { previewCards } from '../data/previewCards.ts';
import { RENDERER_VERSION, renderCard } from './previewRenderer.ts';

export interface PreviewJob { root: string; cacheDir: string }
export interface PreviewResult { images: { file: string; png: string }[]; drawn: number; seconds: number; problems: number }

const { root, cacheDir } = workerData as PreviewJob;
const started = performance.now();
const folder = path.join(cacheDir, 'preview-images');
await mkdir(folder, { recursive: true });
// Content with problems fails the build at its start (contentCheck.ts); the cards of what could be read are still drawn.
const { content, problems } = await readContentFolder(root, { passages: false });
const images: PreviewResult['images'] = [];
let drawn = 0;
for (const { file, card } of previewCards(content)) {
  const key = createHash('sha256').update(RENDERER_VERSION).update(JSON.stringify(card)).digest('hex').slice(0, 32);
  const png = path.join(folder, `${key}.png`);
  if (!existsSync(png)) {
    // Written under a temporary name and renamed, so a build stopped midway never leaves half an image in the cache.
    await writeFile(`${png}.${process.pid}.tmp`, await renderCard(card));
    await rename(`${png}.${process.pid}.tmp`, png);
    drawn++;
  }
  images.push({ file, png });
}
parentPort?.postMessage({ images, drawn, seconds: (performance.now() - started) / 1000, problems: problems.length } satisfies PreviewResult);
