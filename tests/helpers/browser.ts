/**
 * The Chromium that tests, benchmarks and Lighthouse drive through playwright-core.
 *
 * A system Chromium or Chrome is used when there is one (`CHROMIUM_PATH`, then the usual places on
 * Linux and macOS); otherwise the headless Chromium that npm installs with the project
 * (`@sparticuz/chromium`, a dev dependency) is unpacked once into the system's temporary folder.
 * So `npm install` is all a fresh machine needs: no root, no apt, no browser download.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where a system browser usually is, in the order they are tried. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags for every Chromium the tests and benchmarks start (Playwright's, and Lighthouse's). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** The first browser found among an explicit path and the usual system places, or undefined. */
export function findSystemChromium(
  explicit: string | undefined,
  exists: (file: string) => boolean = existsSync,
): string | undefined {
  if (explicit) {
    if (!exists(explicit)) {
      throw new Error(`CHROMIUM_PATH is ${explicit}, but there is no file there. Point it at a Chromium or Chrome binary, or unset it to use the Chromium that npm installs.`);
    }
    return explicit;
  }
  return SYSTEM_CHROMIUM_PATHS.find((file) => exists(file));
}

let resolved: Promise<string> | undefined;

/**
 * The browser binary to launch. Unpacking the bundled Chromium takes a few seconds and happens
 * once per machine; a lock folder keeps two test workers from unpacking it at the same time.
 */
export function chromiumPath(): Promise<string> {
  resolved ??= (async () => {
    const system = findSystemChromium(process.env['CHROMIUM_PATH']);
    if (system) return system;
    return unpackBundledChromium();
  })();
  return resolved;
}

async function unpackBundledChromium(): Promise<string> {
  let bundled: typeof import('@sparticuz/chromium').default;
  try {
    bundled = (await import('@sparticuz/chromium')).default;
  } catch {
    throw new Error('No Chromium found: there is none at CHROMIUM_PATH or /usr/bin/chromium, and the bundled one (@sparticuz/chromium) is not installed. Run `npm install`, or set CHROMIUM_PATH to a Chromium or Chrome binary.');
  }
  const lock = path.join(tmpdir(), 'inf-kb-chromium.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      // A lock older than two minutes was left by a run that died while unpacking.
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > 120_000 || Date.now() > deadline) await rm(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await bundled.executablePath();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
