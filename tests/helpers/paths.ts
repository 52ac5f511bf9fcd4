import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Scratch space for builds and copied fixtures; ignored by git. */
export const TMP = path.join(ROOT, 'tests/.tmp');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
