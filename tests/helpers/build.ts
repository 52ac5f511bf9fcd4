/**
 * Builds the real site from a content folder into a scratch folder, as `npm run build` would.
 * Builds are serialised across test workers by a lock, because Astro writes shared state in `.astro/`.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, TMP } from './paths.ts';

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
  seconds: number;
}

const LOCK = path.join(TMP, 'build.lock');

/** The environment a developer's shell would give the build: without what Vitest sets for itself (BASE_URL, MODE, NODE_ENV…), which Astro would take as the site's own. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST|VITE_|__VITEST)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key)) continue;
    env[key] = value;
  }
  return env;
}

/** Runs `work` while no other build of this project runs (a lock folder in the tests' scratch space). */
export async function withLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(TMP, { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/** Runs a command to its end, collecting everything it prints (stdout and stderr together). */
export function runCommand(command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Builds `content` (a folder) with optional base; resolves with the exit code and everything printed.
 * With `shared`, test files that ask for the same build in one `npm test` run get the first one's
 * output instead of building again (the run is identified by KB_TEST_RUN, set by tests/run.ts).
 */
export async function buildSite(name: string, content: string, options: { base?: string; env?: Record<string, string>; shared?: boolean } = {}): Promise<BuildResult> {
  const outDir = path.join(TMP, 'builds', name);
  const marker = path.join(TMP, 'builds', `${name}.run.json`);
  const run = process.env['KB_TEST_RUN'];
  return withLock(async () => {
    if (options.shared && run) {
      const previous = await readFile(marker, 'utf8').then((text) => JSON.parse(text) as BuildResult & { run: string }).catch(() => null);
      if (previous?.run === run && previous.code === 0) return previous;
    }
    await rm(outDir, { recursive: true, force: true });
    const started = performance.now();
    const { code, output } = await runCommand(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      env: {
        ...cleanEnv(),
        KB_CONTENT: content,
        KB_OUT_DIR: outDir,
        KB_CACHE_DIR: path.join(TMP, 'cache', name),
        ...(options.base ? { KB_BASE: options.base } : {}),
        ...options.env,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    const result: BuildResult = { code, output, outDir, seconds: (performance.now() - started) / 1000 };
    if (options.shared && run) await writeFile(marker, JSON.stringify({ ...result, run }));
    return result;
  });
}

/** A private copy of a fixture content folder, to plant a fault in. */
export async function copyFixture(fixture: string): Promise<string> {
  await mkdir(path.join(TMP, 'content'), { recursive: true });
  const dir = await mkdtemp(path.join(TMP, 'content', `${path.basename(fixture)}-`));
  await cp(fixture, dir, { recursive: true });
  return dir;
}

export const readText = (outDir: string, file: string) => readFile(path.join(outDir, file), 'utf8');
export const readJson = async <T = unknown>(outDir: string, file: string): Promise<T> => JSON.parse(await readText(outDir, file)) as T;

/** A build a test file stands on: it must succeed, or every test of the file fails with the build's output. */
export async function builtSite(name: string, content: string, options: Parameters<typeof buildSite>[2] = {}): Promise<BuildResult> {
  const result = await buildSite(name, content, options);
  if (result.code !== 0) throw new Error(`The ${name} build failed:\n${result.output}`);
  return result;
}

/** The real content, built once per test run for every test file that reads it. */
export const buildRealSite = () => builtSite('real', path.join(ROOT, 'content'), { shared: true });

/** The small fixture site, built once per test run. */
export const buildFixtureSite = () => builtSite('basic', path.join(ROOT, 'tests/fixtures/basic'), { shared: true });

/** Replaces `from` with `to` in a file of a copied fixture; a fixture that lacks `from` is a broken test. */
export async function editFixture(dir: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const full = path.join(dir, file);
  const text = await readFile(full, 'utf8');
  if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`fixture ${file} has no "${from}"`);
  await writeFile(full, text.replace(from, to));
}
