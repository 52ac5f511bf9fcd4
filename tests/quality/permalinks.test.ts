/**
 * Permanent links of the real site: the ledger (content/addresses.txt) records every permanent address
 * the build publishes, so nothing is published unrecorded, and every recorded address is still a page
 * or a page that sends readers on. The addresses computed from content alone (src/data/addresses.ts,
 * what `check:content`, the build and `addresses:record` judge by) are exactly the pages the build
 * writes, for the real content and for the fixture.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteAddresses } from '../../src/data/addresses.ts';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import { readAddressFiles } from '../../src/data/ledger.ts';
import { buildKnowledgeBase } from '../../src/data/model.ts';
import { publishedContent } from '../../src/data/drafts.ts';
import { buildFixtureSite, buildRealSite, readJson } from '../helpers/build.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';
import { readPages, type Page } from './lib/pages.ts';
import { addressOfFile, publishedPaths, unrecordedProblem } from './lib/permalinks.ts';
import { isRedirectPage } from './lib/security.ts';

const CONTENT = path.join(ROOT, 'content');
let pages: Page[];
let ledger: string[];
let published: string[];
let outDir: string;

beforeAll(async () => {
  const build = await buildRealSite();
  outDir = build.outDir;
  pages = await readPages(outDir);
  const files = await readAddressFiles(CONTENT);
  if (files.problems.length > 0) throw new Error(`content/addresses.txt cannot be read: ${JSON.stringify(files.problems)}`);
  ledger = files.ledger.map((e) => e.address);
  published = publishedPaths(pages);
});

describe('the ledger of the real content', () => {
  it('records every permanent address the build publishes', async () => {
    expect(unrecordedProblem(published, ledger)).toBeUndefined();
    // Among them every statement, article and actor of the dataset.
    const records = await Promise.all(['statements', 'articles', 'actors'].map((name) => readJson<{ url: string }[]>(outDir, `data/${name}.json`)));
    expect(published).toEqual(expect.arrayContaining(records.flat().map((r) => r.url)));
  });

  it('holds only addresses that are still pages, or pages that send readers on', () => {
    const built = new Set(pages.map((p) => addressOfFile(p.file)));
    expect(ledger.filter((address) => !built.has(address))).toEqual([]);
  });

  it('fails `npm test`, naming the command, when a published address is not recorded', () => {
    const added = published.find((a) => a.startsWith('/statements/'));
    if (!added) throw new Error('no statement published');
    expect(unrecordedProblem(published, ledger.filter((a) => a !== added))).toBe(
      `1 published address is not in content/addresses.txt (${added}): run \`npm run addresses:record\` and commit the ledger`,
    );
  });
});

describe('the addresses computed from content alone', () => {
  it.each([
    ['the real content', CONTENT, buildRealSite],
    ['the fixture', path.join(FIXTURES, 'basic'), buildFixtureSite],
  ])('are the pages the build writes, for %s', async (_, root, build) => {
    const result = await build();
    const built = (await readPages(result.outDir)).filter((p) => p.file !== '404.html' && !isRedirectPage(p));
    const { content } = await readContentFolder(root, { passages: false });
    const computed = siteAddresses(buildKnowledgeBase(publishedContent(content)), (await readAddressFiles(root)).withdrawals);
    expect(computed.map((s) => s.address).sort()).toEqual(built.map((p) => addressOfFile(p.file)).sort());
    expect(computed.filter((s) => s.permanent).map((s) => s.address).sort()).toEqual(publishedPaths(built));
  });
});
