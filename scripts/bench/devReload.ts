/**
 * `npm run bench:dev -- [--articles N]`: how long an editor waits, in `npm run dev`, between saving an
 * edit to an article and seeing it in the browser. Starts Astro's dev server on 127.0.0.1 over the real
 * content (or a synthetic corpus of N articles, made as `npm run bench` makes it), opens an article in
 * headless Chromium, changes one word of its text on disk and times until the page shows it (the dev
 * server reloads the page itself). Three edits; reports each and the median. Asserts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { cleanEnv } from '../../tests/helpers/build.ts';
import { ROOT } from '../../tests/helpers/paths.ts';
import { writeCorpus } from './corpus.ts';

const { values } = parseArgs({ options: { articles: { type: 'string' }, seed: { type: 'string', default: '1' }, port: { type: 'string', default: '4391' } } });
const articles = values.articles ? Number(values.articles) : 0;
// Outside the project: the dev server does not watch .bench/ (astro.config.mjs), so edits there would never show.
const content = articles > 0 ? path.join(os.tmpdir(), `inf-kb-dev-corpus-${articles}`) : path.join(ROOT, 'content');
if (articles > 0) await writeCorpus(content, { articles, seed: Number(values.seed) });

const articleDir = path.join(content, 'articles');
const [file] = (await readdir(articleDir)).filter((f) => f.endsWith('.mdx')).sort();
if (!file) throw new Error(`No article in ${articleDir}`);
const articleFile = path.join(articleDir, file);
const original = await readFile(articleFile, 'utf8');

function startDev(): Promise<{ child: ChildProcess; url: string; readyMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', values.port ?? '4391'], {
    cwd: ROOT,
    env: { ...cleanEnv(), KB_CONTENT: content, KB_CACHE_DIR: path.join(ROOT, '.bench', `dev-cache-${articles || 'real'}`), FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve({ child, url: match[0], readyMs: performance.now() - started });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => reject(new Error(`astro dev stopped (${code}):\n${output}`)));
  });
}

const dev = await startDev();
const browser = await launchBrowser();
const times: number[] = [];
try {
  const id = path.basename(file, '.mdx');
  const page = await browser.newPage();
  const firstLoad = performance.now();
  await page.goto(`${dev.url}articles/${id}/`, { timeout: 300_000 });
  const firstLoadMs = performance.now() - firstLoad;
  // A paragraph is added at the end of the text, so every claim's quote stays where it was.
  for (let round = 1; round <= 3; round++) {
    const marker = `Editedword${round}x`;
    const edited = `${original.trimEnd()}\n\n${marker}.\n`;
    const saved = performance.now();
    await writeFile(articleFile, edited);
    await page.waitForFunction((word) => document.body.textContent?.includes(word), marker, { timeout: 60_000, polling: 50 });
    times.push(performance.now() - saved);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const articleCount = (await readdir(articleDir)).filter((f) => f.endsWith('.mdx')).length;
  console.log(`dev server over ${articleCount} articles: ready in ${(dev.readyMs / 1000).toFixed(1)} s, first article page ${(firstLoadMs / 1000).toFixed(1)} s`);
  console.log(`saved edit → shown in the browser: ${times.map((t) => `${Math.round(t)} ms`).join(', ')}; median ${Math.round(sorted[1] ?? 0)} ms`);
} finally {
  await writeFile(articleFile, original);
  await browser.close();
  dev.child.kill();
}
