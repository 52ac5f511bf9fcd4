/**
 * `npm test`: runs every test (unit, site builds, browser) through Vitest and ends with one line
 * `N passed, N failed, N skipped` summed over all of them, exiting non-zero if anything failed.
 * Extra arguments go to Vitest (e.g. `npm test -- tests/unit`).
 */
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './helpers/browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// KB_TEST_TMP: this run's own scratch folder (see tests/helpers/paths.ts).
const tmp = process.env['KB_TEST_TMP'] ? path.resolve(process.env['KB_TEST_TMP']) : path.join(root, 'tests/.tmp');
const report = path.join(tmp, 'vitest-report.json');
await rm(report, { force: true });
// A build lock left by an interrupted run would make every build wait for ever.
await rm(path.join(tmp, 'build.lock'), { recursive: true, force: true });
// Every build a run makes is made afresh: what earlier runs left (one folder per planted fault, and
// content caches built by older code) is only disk used and a chance of testing stale output.
await Promise.all(['builds', 'cache', 'content'].map((dir) => rm(path.join(tmp, dir), { recursive: true, force: true })));

// Find (or unpack, on a machine without one) the browser once, before the workers start, so that
// every browser test gets the same one and none of them waits on the others to unpack it.
const browserStart = Date.now();
// With none to be had, the browser tests fail one by one with the message below; the rest still run.
const browser = await chromiumPath().catch((error: unknown) => {
  console.error(`No browser for the browser tests: ${(error as Error).message}`);
  return undefined;
});
if (browser) console.log(`Browser: ${browser} (ready in ${((Date.now() - browserStart) / 1000).toFixed(1)} s)`);

const code = await new Promise<number>((resolve) => {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...(browser ? { CHROMIUM_PATH: browser } : {}), KB_TEST_RUN: `${process.pid}-${Date.now()}` } },
  );
  child.on('close', (exit) => resolve(exit ?? 1));
});

interface Report { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numFailedTestSuites: number }
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const result = JSON.parse(await readFile(report, 'utf8')) as Report;
  passed = result.numPassedTests;
  // A file that fails to load has no test to count: count it as a failure so it cannot pass silently.
  failed = result.numFailedTests + (result.numFailedTests === 0 ? result.numFailedTestSuites : 0);
  skipped = result.numPendingTests + result.numTodoTests;
} catch {
  failed = 1;
}
if (code !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || code !== 0 ? 1 : 0);
