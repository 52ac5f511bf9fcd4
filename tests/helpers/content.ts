import path from 'node:path';
import { expect } from 'vitest';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import type { ContentEntries } from '../../src/data/integrity.ts';
import { FIXTURES } from './paths.ts';

/** A fixture content folder read through the real schemas; it must have no problem of its own. */
export async function fixtureContent(name = 'basic'): Promise<ContentEntries> {
  const { content, problems } = await readContentFolder(path.join(FIXTURES, name));
  expect(problems).toEqual([]);
  return content;
}
