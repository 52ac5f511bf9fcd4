/**
 * `npm run bench:images -- --articles N [--rounds R]`: what the link-preview images add to the build
 * (src/integrations/previewImages.ts). On the benchmark's synthetic corpus of N articles (default 1,000)
 * it builds the site four ways, each from the same copy of the code:
 *   cold, without images (KB_PREVIEW_IMAGES=off) · cold, with images · again with the caches kept,
 *   with images (a rebuild: images come from the cache) · again with the caches kept, without images
 * and prints wall and CPU time of each and what the images add, cold and on a rebuild, in seconds and
 * as a share of the build without them. With `--rounds R` it repeats the four and reports medians:
 * the machine's other work moves single runs by several seconds.
 * It reports figures and asserts nothing. Writes .bench/preview-cost.json.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanEnv } from '../../tests/helpers/build.ts';
import { writeCorpus } from './corpus.ts';
import { runMeasured } from './measure.ts';
import { BENCH, copySite } from './site.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '1' }, seed: { type: 'string', default: '1' } } });
const articles = Number(values.articles);
const rounds = Number(values.rounds);

interface Run { label: string; images: boolean; cold: boolean; wallSeconds: number; cpuSeconds: number; imageLine: string }

const folder = path.join(BENCH, `corpus-${articles}`);
const outDir = path.join(BENCH, `dist-images-${articles}`);
const cacheDir = path.join(BENCH, `cache-images-${articles}`);
await mkdir(BENCH, { recursive: true });
step(`${articles} articles: generating the corpus into ${path.relative(process.cwd(), folder)}/`);
await writeCorpus(folder, { articles, seed: Number(values.seed) });
const site = await copySite();

async function build(images: boolean, cold: boolean): Promise<Run> {
  const label = `${cold ? 'cold' : 'rebuild'}, ${images ? 'with' : 'without'} images`;
  step(label);
  await rm(outDir, { recursive: true, force: true });
  if (cold) await rm(cacheDir, { recursive: true, force: true });
  const env = { ...cleanEnv(), KB_CONTENT: folder, KB_OUT_DIR: outDir, KB_CACHE_DIR: cacheDir, KB_PREVIEW_IMAGES: images ? 'on' : 'off', FORCE_COLOR: '0', NO_COLOR: '1' };
  delete (env as Record<string, string | undefined>)['KB_BASE'];
  const run = await runMeasured([process.execPath, path.join(site, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site, env });
  if (run.code !== 0) throw new Error(`the build (${label}) failed:\n${run.lines.slice(-30).map((l) => l.text).join('\n')}`);
  const imageLine = run.lines.map((l) => l.text).find((t) => t.includes('preview images ('))?.replace(/^.*\[inf-kb:preview-images\]\s*/, '') ?? '';
  return { label, images, cold, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, imageLine };
}

const runs: Run[] = [];
for (let round = 0; round < rounds; round++) {
  // A cold pair, then a rebuild pair on the caches the cold build with images left.
  runs.push(await build(false, true), await build(true, true), await build(true, false), await build(false, false));
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const pick = (images: boolean, cold: boolean, key: 'wallSeconds' | 'cpuSeconds') => median(runs.filter((r) => r.images === images && r.cold === cold).map((r) => r[key]));
const summary = (cold: boolean) => {
  const withWall = pick(true, cold, 'wallSeconds');
  const withoutWall = pick(false, cold, 'wallSeconds');
  return {
    withImages: { wallSeconds: withWall, cpuSeconds: pick(true, cold, 'cpuSeconds') },
    withoutImages: { wallSeconds: withoutWall, cpuSeconds: pick(false, cold, 'cpuSeconds') },
    addedSeconds: withWall - withoutWall,
    addedShare: (withWall - withoutWall) / withoutWall,
    addedCpuSeconds: pick(true, cold, 'cpuSeconds') - pick(false, cold, 'cpuSeconds'),
  };
};
const report = { articles, rounds, machine: { cores: os.availableParallelism(), load: os.loadavg().map((l) => Number(l.toFixed(2))) }, cold: summary(true), rebuild: summary(false), runs, takenAt: new Date().toISOString() };
await writeFile(path.join(BENCH, 'preview-cost.json'), `${JSON.stringify(report, null, 2)}\n`);

console.log(`\n== link-preview images at ${articles} articles (${rounds} round${rounds > 1 ? 's' : ''}; ${report.machine.cores} cores, load ${report.machine.load.join(' ')}) ==`);
for (const r of runs) console.log(`${r.label.padEnd(28)} ${r.wallSeconds.toFixed(1).padStart(6)} s wall ${r.cpuSeconds.toFixed(1).padStart(6)} s CPU  ${r.imageLine}`);
for (const [name, s] of [['cold build', report.cold], ['rebuild', report.rebuild]] as const) {
  console.log(`${name}: images add ${s.addedSeconds.toFixed(1)} s wall (${(s.addedShare * 100).toFixed(1)}% of ${s.withoutImages.wallSeconds.toFixed(1)} s) and ${s.addedCpuSeconds.toFixed(1)} s CPU`);
}
await rm(outDir, { recursive: true, force: true });

function step(message: string) {
  console.log(`[bench:images] ${new Date().toISOString().slice(11, 19)} ${message}`);
}
