import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Scratch space for builds and copied fixtures; ignored by git. KB_TEST_TMP gives a test run its own
 * (two people testing in one working tree would otherwise rebuild each other's sites mid-test).
 */
export const TMP = process.env['KB_TEST_TMP'] ? path.resolve(process.env['KB_TEST_TMP']) : path.join(ROOT, 'tests/.tmp');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
