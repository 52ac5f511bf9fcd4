/**
 * A published address is never lost: copies of the fixture content (whose ledger, redirects and
 * withdrawals are in tests/fixtures/basic) with an id changed, a statement removed or a redirect
 * gone wrong are refused by `npm run check:content` and by the build, each naming the file and the
 * line that mends it; mended as told, the build passes and the old address lands on the new page.
 */
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAddressFiles } from '../../src/data/ledger.ts';
import { buildFixtureSite, buildSite, copyFixture, editFixture, readText, type BuildResult } from '../helpers/build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';
import { checkContent, recordAddresses, reported } from '../helpers/problems.ts';
import { serveSite, type RunningSite } from '../helpers/serve.ts';
import { attr, find, metaContent, parsePage, readPages } from '../quality/lib/pages.ts';
import { publishedPaths, unrecordedProblem } from '../quality/lib/permalinks.ts';

const PROPOSAL = 'articles/2020-10-26-translated-proposal.mdx';
const SITE = 'https://inf-treaty-kb.org';
const shown = (dir: string, file: string) => path.relative(ROOT, path.join(dir, file));
const copy = () => copyFixture(path.join(FIXTURES, 'basic'));
const refusedBuild = async (dir: string) => {
  const result = await buildSite(`bad-${path.basename(dir)}`, dir);
  expect(result.code, result.output).not.toBe(0);
  expect(result.output).not.toMatch(/\[build\] Complete!/);
  return result.output;
};

describe('an editor who changes the id of a published statement', () => {
  let dir: string;
  let check: { code: number; output: string };
  beforeAll(async () => {
    dir = await copy();
    await editFixture(dir, PROPOSAL, 'id: putin-earlier-mistake', 'id: putin-withdrawal-mistake-2019');
    check = await checkContent(dir);
  });
  const expected = () => ({
    file: shown(dir, PROPOSAL),
    field: 'claims[1].id',
    text: `statement "putin-withdrawal-mistake-2019" was published as "putin-earlier-mistake": its address /statements/putin-earlier-mistake/ would be lost, and a statement's id is permanent. Fix: add the line "/statements/putin-earlier-mistake/: /statements/putin-withdrawal-mistake-2019/" to ${shown(dir, 'redirects.yaml')}, or give the claim back its id "putin-earlier-mistake".`,
  });

  it('is stopped by `npm run check:content`, at the claim, with the redirect line to add', () => {
    expect(check.code, check.output).toBe(1);
    expect(reported(check.output)).toEqual([expected()]);
  });

  it('is stopped by the build with the same message', async () => {
    expect(reported(await refusedBuild(dir))).toContainEqual(expected());
  });

  describe('and adds the line the message gives', () => {
    let mended: BuildResult;
    beforeAll(async () => {
      const line = /add the line "([^"]+)" to/.exec(check.output)?.[1];
      if (!line) throw new Error(`no redirect line in:\n${check.output}`);
      await appendFile(path.join(dir, 'redirects.yaml'), `${line}\n`);
      mended = await buildSite(`mended-${path.basename(dir)}`, dir);
    });

    it('can publish', () => {
      expect(mended.code, mended.output).toBe(0);
    });

    it('gets a page at the old address that sends readers on: refresh, canonical and noindex', async () => {
      const page = parsePage('statements/putin-earlier-mistake/index.html', await readText(mended.outDir, 'statements/putin-earlier-mistake/index.html'));
      const refresh = find(page, (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'refresh')[0];
      expect(refresh && attr(refresh, 'content')).toBe('0; url=/statements/putin-withdrawal-mistake-2019/');
      const canonical = find(page, (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')[0];
      expect(canonical && attr(canonical, 'href')).toBe(`${SITE}/statements/putin-withdrawal-mistake-2019/`);
      expect(metaContent(page, 'robots')).toBe('noindex');
    });

    it('is told by `npm test` to record the new address, and `npm run addresses:record` records it', async () => {
      const published = publishedPaths(await readPages(mended.outDir));
      const before = (await readAddressFiles(dir)).ledger.map((e) => e.address);
      expect(unrecordedProblem(published, before)).toMatch(/^1 published address is not in content\/addresses\.txt \(\/statements\/putin-withdrawal-mistake-2019\/\): run `npm run addresses:record`/);
      const record = await recordAddresses(dir);
      expect(record.code, record.output).toBe(0);
      expect(record.output).toContain('1 address added');
      const after = await readAddressFiles(dir);
      expect(after.problems).toEqual([]);
      expect(unrecordedProblem(published, after.ledger.map((e) => e.address))).toBeUndefined();
      // The old address stays recorded, with the file that held it.
      expect(after.ledger).toContainEqual(expect.objectContaining({ address: '/statements/putin-earlier-mistake/', holder: PROPOSAL }));
    });

    describe('in Chromium', () => {
      let site: RunningSite;
      let browser: Browser;
      beforeAll(async () => {
        site = await serveSite(mended.outDir);
        browser = await launchBrowser();
      });
      afterAll(async () => {
        await browser?.close();
        await site?.close();
      });

      it('the old address lands on the statement under its new id', async () => {
        const page = await browser.newPage();
        await page.goto(`${site.origin}/statements/putin-earlier-mistake/`);
        await page.waitForURL(`${site.origin}/statements/putin-withdrawal-mistake-2019/`);
        expect(await page.locator('blockquote').first().textContent()).toContain('In 2019 Putin called the withdrawal a mistake.');
        await page.close();
      });
    });
  });
});

describe('a statement removed without a move or a withdrawal', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await copy();
    await editFixture(dir, PROPOSAL, '  - id: putin-earlier-mistake\n    speaker: vladimir-putin\n    quote: In 2019 Putin called the withdrawal a mistake.\n    kind: paraphrase\n    said: 2019\n', '');
  });
  const expected = () =>
    expect.objectContaining({
      file: shown(dir, PROPOSAL),
      field: 'claims',
      text: expect.stringMatching(/^statement "putin-earlier-mistake" was published from this file at \/statements\/putin-earlier-mistake\/ and is gone\. Fix: if it moved, add the line "\/statements\/putin-earlier-mistake\/: \/statements\/<new-id>\/" to .*redirects\.yaml; if it was wrong, withdraw it in .*withdrawn\.yaml; or restore the statement\.$/),
    });

  it('is refused by `npm run check:content`', async () => {
    const { code, output } = await checkContent(dir);
    expect(code, output).toBe(1);
    expect(reported(output)).toContainEqual(expected());
  });

  it('is refused by the build', async () => {
    expect(reported(await refusedBuild(dir))).toContainEqual(expected());
  });
});

describe('a withdrawn statement', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildFixtureSite();
    if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  });

  it('keeps its address: a page that says when and why, links to its replacement and shows what was published', async () => {
    const html = await readText(build.outDir, 'statements/mfa-threatens-retaliation/index.html');
    const page = parsePage('statements/mfa-threatens-retaliation/index.html', html);
    expect(find(page, (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'refresh')).toEqual([]);
    expect(html).toMatch(/<h1>This statement was withdrawn on <time datetime="2019-02-05">5 February 2019<\/time><\/h1>/);
    expect(html).toContain('The wire&#39;s first version of the report gave its own summary as the ministry&#39;s words');
    expect(html).toMatch(/Replaced by[\s\S]*href="\/statements\/mfa-regrets-suspension\/"/);
    expect(html).toMatch(/What was published here until then[\s\S]*Moscow will retaliate in kind\.[\s\S]*Russian Foreign Ministry[\s\S]*href="\/articles\/2019-02-01-wire-suspension\/"/);
  });

  it('is not offered by search, and is listed among withdrawn statements', async () => {
    expect(await readText(build.outDir, 'statements/mfa-threatens-retaliation/index.html')).not.toContain('data-pagefind-body');
    const index = await readText(build.outDir, 'statements/index.html');
    expect(index).toMatch(/Withdrawn statements[\s\S]*href="\/statements\/mfa-threatens-retaliation\/"/);
  });
});

describe('redirects that do not end on a page', () => {
  const FAULTS = [
    ['to nowhere', '/statements/old-wording/: /statements/no-such-statement/\n', '"/statements/old-wording/"', /redirects to \/statements\/no-such-statement\/, where there is no page/],
    ['a chain', '/statements/first-wording/: /statements/pompeo-announces-suspension/\n', '"/statements/first-wording/"', /which itself redirects .* Fix: point it straight at the end: "\/statements\/first-wording\/: \/statements\/pompeo-suspension-announced\/"/],
    ['a loop', '/statements/loop-a/: /statements/loop-b/\n/statements/loop-b/: /statements/loop-a/\n', '"/statements/loop-a/"', /go round in a loop and never reach a page: \/statements\/loop-a\/ → \/statements\/loop-b\/ → \/statements\/loop-a\//],
    ['over a page that exists', '/statements/putin-verification-offer/: /statements/putin-earlier-mistake/\n', '"/statements/putin-verification-offer/"', /is a page the site publishes .*, which this redirect would hide/],
  ] as const;

  it.each(FAULTS)('are refused by `npm run check:content`: %s', async (_, lines, field, message) => {
    const dir = await copy();
    await appendFile(path.join(dir, 'redirects.yaml'), lines);
    const { code, output } = await checkContent(dir);
    expect(code, output).toBe(1);
    const found = reported(output);
    expect(found).toContainEqual({ file: shown(dir, 'redirects.yaml'), field, text: expect.stringMatching(message) });
    expect(found.map((p) => p.file)).toEqual(found.map(() => shown(dir, 'redirects.yaml')));
  });

  it('are refused by the build, each named', async () => {
    const dir = await copy();
    await appendFile(path.join(dir, 'redirects.yaml'), FAULTS.map(([, lines]) => lines).join(''));
    const found = reported(await refusedBuild(dir));
    for (const [, , field, message] of FAULTS) expect(found).toContainEqual({ file: shown(dir, 'redirects.yaml'), field, text: expect.stringMatching(message) });
  });
});

describe('`npm run addresses:record`', () => {
  it('adds nothing to a ledger that is complete, and leaves it as it was', async () => {
    const dir = await copy();
    const before = await readFile(path.join(dir, 'addresses.txt'), 'utf8');
    const { code, output } = await recordAddresses(dir);
    expect(code, output).toBe(0);
    expect(output).toContain('0 addresses added');
    expect(await readFile(path.join(dir, 'addresses.txt'), 'utf8')).toBe(before);
  });

  it('writes nothing, and says why, when the content does not pass its check', async () => {
    const dir = await copy();
    await editFixture(dir, PROPOSAL, 'speakers: [vladimir-putin]', 'speakers: [vladimir-zelensky]');
    const before = await readFile(path.join(dir, 'addresses.txt'), 'utf8');
    const { code, output } = await recordAddresses(dir);
    expect(code).toBe(1);
    expect(output).toMatch(/addresses\.txt is unchanged/);
    expect(await readFile(path.join(dir, 'addresses.txt'), 'utf8')).toBe(before);
  });
});
