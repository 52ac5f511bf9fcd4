/**
 * `npm run new-article` end to end, on a copy of the fixture content: the draft it writes passes
 * `check:content` and the build at once, lists what is to review, is never overwritten; `--json`
 * prints the proposal and writes nothing; bad input is refused with the file or option and the fix.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, cleanEnv, copyFixture, runCommand } from '../helpers/build.ts';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const SOURCES = path.join(FIXTURES, 'sources');
const FRONTIER = path.join(SOURCES, '2022-01-frontier-post-difficult-dialogue.txt');
const TASS_PAGE = path.join(SOURCES, '2019-03-19-tass-arms-race-warning.html');

const run = (script: string, dir: string, args: string[] = []) =>
  runCommand(process.execPath, [path.join(ROOT, 'src/cli', script), ...args], { env: { ...cleanEnv(), KB_CONTENT: dir, NO_COLOR: '1' } });
const newArticle = (dir: string, args: string[]) => run('newArticle.ts', dir, args);

let dir: string;
let first: { code: number; output: string };
beforeAll(async () => {
  dir = await copyFixture(path.join(FIXTURES, 'basic'));
  first = await newArticle(dir, [FRONTIER, '--outlet', 'wire-service', '--date', '2022-01', '--url', 'https://example.org/difficult-dialogue']);
});

const draftPath = () => path.join(dir, 'articles', '2022-01-wire-service-difficult-dialogue.mdx');

describe('new-article on a plain-text source', () => {
  it('writes a draft article named <date>-<outlet>-<words> and a draft stub for each new actor', async () => {
    expect(first.code, first.output).toBe(0);
    const draft = await readFile(draftPath(), 'utf8');
    expect(draft).toMatch(/^---\ntitle: Difficult dialogue\ndate: "?2022-01"?\n/);
    expect(draft).toContain('\ndraft: true\n');
    expect(draft).toContain('authors:\n  - Irina Taran\n  - Elizaveta Komarova');
    const stub = await readFile(path.join(dir, 'actors', 'jens-stoltenberg.yaml'), 'utf8');
    expect(stub).toMatch(/^name: Jens Stoltenberg\nkind: person\n[\s\S]*draft: true\n$/);
    expect(first.output).toMatch(/draft: \d+ proposed statements to review; new actor Jens Stoltenberg \(.*jens-stoltenberg\.yaml\) to review/);
  });

  it('passes check:content at once, which lists the draft to review', async () => {
    const { code, output } = await run('check.ts', dir);
    expect(code, output).toBe(0);
    // The fixture's published articles and statements, and now two drafts: its own and the new one.
    const { content } = await readContentFolder(path.join(FIXTURES, 'basic'));
    const published = content.articles.filter((a) => !a.data.draft);
    const statements = published.reduce((n, a) => n + a.data.claims.length, 0);
    expect(output).toMatch(new RegExp(`Content OK: ${published.length} articles, ${statements} statements, .* and drafts: ${content.articles.length - published.length + 1} articles, \\d+ actors`));
    expect(output).toMatch(/2022-01-wire-service-difficult-dialogue\.mdx\n {2}draft: \d+ proposed statements to review/);
  });

  it('passes the build, which publishes none of it', async () => {
    const build = await buildSite(`new-article-${path.basename(dir)}`, dir);
    expect(build.code, build.output).toBe(0);
    expect(await readdir(path.join(build.outDir, 'articles'))).not.toContain('2022-01-wire-service-difficult-dialogue');
  });

  it('never overwrites: run again, it refuses and the draft is unchanged', async () => {
    const before = await readFile(draftPath(), 'utf8');
    const again = await newArticle(dir, [FRONTIER, '--outlet', 'wire-service', '--date', '2022-01', '--url', 'https://example.org/difficult-dialogue']);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/2022-01-wire-service-difficult-dialogue\.mdx exists already and is never overwritten/);
    expect(await readFile(draftPath(), 'utf8')).toBe(before);
  });
});

describe('new-article --json', () => {
  it('prints the proposal as one object in the agreed shape and writes nothing', async () => {
    const fresh = await copyFixture(path.join(FIXTURES, 'basic'));
    const { code, output } = await newArticle(fresh, [TASS_PAGE, '--outlet', 'wire-service', '--date', '2019-03-19', '--json']);
    expect(code, output).toBe(0);
    const proposal = JSON.parse(output) as { article: Record<string, unknown>; claims: Record<string, unknown>[]; newActors: unknown[] };
    expect(proposal.article).toMatchObject({ title: 'INF Treaty collapse may trigger arms race in several regions, Moscow warns', date: '2019-03-19', outlet: 'wire-service', url: 'https://tass.com/defense/1049284', draft: true });
    expect(proposal.claims.length).toBeGreaterThanOrEqual(10);
    for (const claim of proposal.claims) {
      expect(claim).toMatchObject({ id: expect.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), speaker: { id: expect.any(String), name: expect.any(String) }, quote: expect.any(String), kind: expect.stringMatching(/^(direct|indirect|paraphrase)$/), said: expect.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/) });
    }
    expect(proposal.claims).toContainEqual(expect.objectContaining({ speaker: { id: 'russian-foreign-ministry', name: 'the ministry' }, kind: 'direct' }));
    expect(await readdir(path.join(fresh, 'articles'))).toEqual(await readdir(path.join(FIXTURES, 'basic', 'articles')));
  });
});

describe('new-article refuses, saying what to fix,', () => {
  it.each<[string, string[], RegExp]>([
    ['no source', ['--outlet', 'wire-service', '--date', '2019-03-19'], /no source file given\.\n {2}Fix: name the plain-text or HTML file/],
    ['no --outlet', [FRONTIER, '--date', '2019-03-19'], /no --outlet given\.\n {2}Fix: give the id of the outlet/],
    ['an unknown outlet', [FRONTIER, '--outlet', 'nowhere', '--date', '2019-03-19', '--url', 'https://example.org/a'], /there is no outlet "nowhere".*\n {2}Fix: use one of: state-tv, wire-service/],
    ['an impossible date', [FRONTIER, '--outlet', 'wire-service', '--date', '2019-02-30'], /--date .*2019-02-30.*\n {2}Fix: write the date as YYYY-MM-DD, YYYY-MM or YYYY; never invent a day/],
    ['a source that is not there', ['missing.txt', '--outlet', 'wire-service', '--date', '2019-03-19', '--url', 'https://example.org/a'], /cannot read missing\.txt \(ENOENT\)/],
    ['a text source with no address', [FRONTIER, '--outlet', 'wire-service', '--date', '2019-03-19'], /no address for the article.*\n {2}Fix: give the address the text was taken from with --url/],
    ['an unknown option', [FRONTIER, '--outlett', 'wire-service'], /Unknown option '--outlett'/],
  ])('%s', async (_, args, message) => {
    const { code, output } = await newArticle(dir, args);
    expect(code).toBe(1);
    expect(output).toMatch(message);
    expect(output).toContain('Usage: npm run new-article --');
  });
});
