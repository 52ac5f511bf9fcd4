/**
 * `npm run lighthouse`: Lighthouse's four scores (performance, accessibility, best practices, SEO) for
 * one page of every type of the real site (the budget: 100 for accessibility, at least 95 for the others). Builds the real content into .bench/lighthouse/, serves it on
 * 127.0.0.1 gzip-compressed as a static host would (a .gz copy of every text file) and runs Lighthouse (mobile, its default simulated throttling, or `--desktop`) against
 * Debian's Chromium, one page at a time; prints a table and writes .bench/lighthouse.json.
 * Like the benchmark, it reports figures and asserts nothing: the score moves with the machine's load.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { cpus, loadavg } from 'node:os';
import { cleanEnv, runCommand, withLock } from '../../tests/helpers/build.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/helpers/browser.ts';
import { ROOT } from '../../tests/helpers/paths.ts';
import { serveSite } from '../../tests/helpers/serve.ts';
import type { LighthouseSummary } from './budgets.ts';

const desktop = process.argv.includes('--desktop');
const out = path.join(ROOT, '.bench/lighthouse');
const dist = path.join(out, 'dist');

const PAGES: [string, string][] = [
  ['home', ''],
  ['article', 'articles/2019-01-25-rt-russia-nato-council/'],
  ['statement', 'statements/ryabkov-common-sense-will-prevail/'],
  ['actor', 'actors/sergey-ryabkov/'],
  ['outlet', 'outlets/tass/'],
  ['topic', 'topics/9m729-missile/'],
  ['event', 'events/us-withdrawal-2019-08-02/'],
  ['timeline', 'timeline/'],
  ['timeline year', 'timeline/2019/'],
  ['articles', 'articles/'],
  ['actors', 'actors/'],
  ['search', 'search/?q=moratorium'],
  ['dataset', 'data/'],
  ['exchanges', 'exchanges/'],
];

async function gzipTextFiles(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(html|css|js|json|svg|csv)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    await writeFile(`${file}.gz`, gzipSync(await readFile(file), { level: 9 }));
  }
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
console.log('building the real content…');
// Under the tests' build lock (two builds at once in this folder would rewrite each other's .astro/), from content/ whatever KB_CONTENT says.
const build = await withLock(() =>
  runCommand(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    env: { ...cleanEnv(), KB_CONTENT: path.join(ROOT, 'content'), KB_OUT_DIR: dist, KB_CACHE_DIR: path.join(out, 'cache') },
  }),
);
if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);

await gzipTextFiles(dist);
const site = await serveSite(dist, '/', { gzip: true });
const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
type Scores = { score: number | null; accessibility: number | null; bestPractices: number | null; seo: number | null };
const rows: ({ type: string; page: string; fcp: string; lcp: string; tbt: string; cls: string; si: string } & Scores)[] = [];
/** The budget per category: what a page type must score (0–1). */
const BUDGET: [keyof Scores, string, number][] = [['score', 'performance', 0.95], ['accessibility', 'accessibility', 1], ['bestPractices', 'best practices', 0.95], ['seo', 'SEO', 0.95]];
const pct = (score: number | null) => String(Math.round((score ?? 0) * 100)).padStart(3);
try {
  for (const [type, page] of PAGES) {
    const report = path.join(out, `${type.replace(/\W+/g, '-')}.json`);
    const result = await runCommand(
      process.execPath,
      [path.join(ROOT, 'node_modules/lighthouse/cli/index.js'), `${site.url}${page}`, '--only-categories=performance,accessibility,best-practices,seo', '--output=json', `--output-path=${report}`, '--quiet', `--chrome-flags=${chromeFlags}`, ...(desktop ? ['--preset=desktop'] : [])],
      { env: { ...process.env, CHROME_PATH: await chromiumPath() } },
    );
    if (result.code !== 0) throw new Error(`Lighthouse failed on /${page}:\n${result.output}`);
    const json = JSON.parse(await readFile(report, 'utf8')) as { categories: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', { score: number | null }>; audits: Record<string, { displayValue?: string }> };
    const shown = (id: string) => json.audits[id]?.displayValue ?? '—';
    const row = { type, page: `/${page}`, score: json.categories.performance.score, accessibility: json.categories.accessibility.score, bestPractices: json.categories['best-practices'].score, seo: json.categories.seo.score, fcp: shown('first-contentful-paint'), lcp: shown('largest-contentful-paint'), tbt: shown('total-blocking-time'), cls: shown('cumulative-layout-shift'), si: shown('speed-index') };
    rows.push(row);
    console.log(`${type.padEnd(14)} perf ${pct(row.score)}  a11y ${pct(row.accessibility)}  bp ${pct(row.bestPractices)}  seo ${pct(row.seo)}  FCP ${row.fcp}  LCP ${row.lcp}  TBT ${row.tbt}  CLS ${row.cls}  SI ${row.si}  /${page}`);
  }
} finally {
  await site.close();
}
// What the benchmark reads back as a budget (scripts/bench/budgets.ts).
const summary: LighthouseSummary & { machine: { cores: number; load: number[] } } = { takenAt: new Date().toISOString(), formFactor: desktop ? 'desktop' : 'mobile', machine: { cores: cpus().length, load: loadavg().map((l) => Number(l.toFixed(2))) }, pages: rows };
await writeFile(path.join(ROOT, '.bench/lighthouse.json'), `${JSON.stringify(summary, null, 2)}\n`);
const below = rows.flatMap((r) => BUDGET.filter(([key, , min]) => (r[key] ?? 0) < min).map(([key, label]) => `${r.type} ${label} ${pct(r[key]).trim()}`));
console.log(`\n${rows.length} page types (${summary.formFactor}, load ${summary.machine.load.join(' ')}): ${below.length ? `below budget: ${below.join(', ')}` : 'all within budget (accessibility 100, the others at least 95)'}`);
