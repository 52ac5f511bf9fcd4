/**
 * Smoke test of the benchmark (`npm run bench`): its synthetic corpus passes the real content check
 * and is reproducible from its seed, and its build-log reader finds the phases. No timing is
 * asserted here: speed is reported by the benchmark, never tested.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import { checkIntegrity } from '../../src/data/integrity.ts';
import { TMP } from '../helpers/paths.ts';
import { generateCorpus, writeCorpus } from '../../scripts/bench/corpus.ts';
import { parseBuildLog } from '../../scripts/bench/phases.ts';
import { judgeBudgets } from '../../scripts/bench/budgets.ts';

describe('the benchmark corpus', () => {
  it('passes every schema and integrity rule of the content check', async () => {
    await mkdir(TMP, { recursive: true });
    const dir = await mkdtemp(path.join(TMP, 'bench-corpus-'));
    const summary = await writeCorpus(dir, { articles: 20, seed: 7 });
    const { content, problems } = await readContentFolder(dir);
    expect(problems).toEqual([]);
    expect(checkIntegrity(content)).toEqual([]);
    expect(content.articles).toHaveLength(20);
    expect(content.actors).toHaveLength(summary.actors);
    expect(content.events.length).toBeGreaterThan(0);
    expect(content.topics.length).toBeGreaterThan(0);
    expect(content.outlets).toHaveLength(10);
  });

  it('is shaped like the real content: ~700-word articles, ~10 quoted claims each, aliases, answers and disputes', () => {
    const { files, summary } = generateCorpus({ articles: 200, seed: 3 });
    const articles = files.filter((f) => f.path.startsWith('articles/'));
    expect(summary.words / summary.articles).toBeGreaterThan(650);
    expect(summary.words / summary.articles).toBeLessThan(800);
    expect(summary.statements / summary.articles).toBeGreaterThan(8);
    expect(summary.statements / summary.articles).toBeLessThan(12);
    expect(summary.actors).toBe(60);
    expect(summary.vocabulary).toBeGreaterThanOrEqual(5000);
    expect(files.filter((f) => f.path.startsWith('actors/')).every((f) => /aliases:\n\s+- /.test(f.text))).toBe(true);
    expect(articles.some((f) => /respondsTo:/.test(f.text))).toBe(true);
    expect(articles.some((f) => /disputes:/.test(f.text))).toBe(true);
    // Direct quotes are printed with typographic quotes and typed with straight ones, as editors copy them.
    expect(articles.some((f) => /“/.test(f.text))).toBe(true);
    expect(summary.searchWordArticles).toBeGreaterThan(0);
  });

  it('is the same byte for byte for a seed, and different for another seed', () => {
    const first = generateCorpus({ articles: 20, seed: 11 }).files;
    const again = generateCorpus({ articles: 20, seed: 11 }).files;
    const other = generateCorpus({ articles: 20, seed: 12 }).files;
    expect(again).toEqual(first);
    expect(other.map((f) => f.text).join('')).not.toBe(first.map((f) => f.text).join(''));
  });
});

describe("the benchmark's build-log reader", () => {
  it('splits an astro build log into phases and totals the routes by kind of page', () => {
    const lines = [
      [1.0, '01:00:00 [content] Syncing content'],
      [2.5, '01:00:01 [content] Synced content'],
      [3.0, '01:00:02 [build] Building static entrypoints...'],
      [9.0, ' generating static routes '],
      [9.5, '01:00:09   ├─ /statements/a/index.html (+1.20s) '],
      [9.6, '01:00:09   ├─ /statements/b/index.html (+30ms) '],
      [9.7, '01:00:09   ├─ /data/statements.json/ (+250ms) '],
      [9.8, '01:00:09   └─ /index.html (+5ms) '],
      [10.0, '01:00:10 ✓ Completed in 1.00s.'],
      [14.0, '01:00:14 [inf-kb:pagefind] indexed 3 pages in 4.0 s'],
      [14.1, '01:00:14 [build] 4 page(s) built in 14.1s'],
    ].map(([at, text]) => ({ at: at as number, text: text as string }));
    const parsed = parseBuildLog(lines, 15);
    expect(parsed.phases.map((p) => [p.name, Number(p.seconds.toFixed(1))])).toEqual([
      ['start-up (config, integrations)', 1],
      ['content sync (schemas)', 1.5],
      ['types and build info', 0.5],
      ['compile (Vite: pages and MDX)', 6],
      ['page rendering (incl. checks, dataset)', 1],
      ['Pagefind index', 4],
      ['finish', 1],
    ]);
    expect(parsed.routes[0]).toMatchObject({ group: 'statements', pages: 2, slowest: { path: '/statements/a/index.html', ms: 1200 } });
    expect(parsed.datasetSeconds).toBeCloseTo(0.25);
    expect(parsed.pagefind).toEqual({ pages: 3, seconds: 4 });
    expect(parsed.pagesBuilt).toBe(4);
  });
});

describe('the budgets the benchmark judges', () => {
  // Only the fields the budgets read; a 1,000-article run that meets every budget of its size.
  const report = {
    articles: 1000, pages: 12652, buildSeconds: 38, buildCode: 0, peakRssMB: 1100, checkSeconds: 2.5,
    firstSearchBytes: 141_000, firstSearchMs: 90, firstSearchFromAddressMs: 500,
    articlePageGzipBytes: 8_000, articlePageLargestGzipBytes: 8_700, pagesWithJsOutsideSearch: 0,
  } as unknown as Parameters<typeof judgeBudgets>[0];
  const lighthouse = (scores: [string, number][]) => ({ takenAt: '2026-11-23T07:32:20Z', formFactor: 'mobile', pages: scores.map(([type, score]) => ({ type, page: `/${type}/`, score })) });
  const row = (budgets: ReturnType<typeof judgeBudgets>) => budgets.find((b) => b.name.startsWith('Lighthouse'));

  it.each([
    ['every page type at 100', [['home', 1], ['search', 1]] as [string, number][], true, '2 of 2 at 100, mobile'],
    ['one page type below', [['home', 1], ['search', 0.96]] as [string, number][], false, '1 of 2 at 100 (search 96)'],
  ])('Lighthouse: %s', (_, scores, pass, measured) => {
    const judged = row(judgeBudgets(report, null, lighthouse(scores)));
    expect(judged?.pass).toBe(pass);
    expect(judged?.measured).toContain(measured);
    expect(judged?.measured).toContain('2026-11-23T07:32:20Z');
  });

  it('shows no Lighthouse row when Lighthouse has not been run', () => {
    expect(row(judgeBudgets(report, null))).toBeUndefined();
  });

  it('judges the typed first search, and shows the opened address beside it', () => {
    const atTenThousand = { ...report, articles: 10000, firstSearchMs: 320 } as typeof report;
    const judged = judgeBudgets(atTenThousand, null).find((b) => b.name.startsWith('first search answered'));
    expect(judged).toMatchObject({ pass: false, measured: '320 ms; opening /search/?q=: 500 ms from navigation' });
  });
});
