/**
 * `npm run bench -- --articles N` (or `--preset 100|1000|10000`, or a list such as `--articles 100,1000`):
 * generates a synthetic corpus of N articles into `.bench/corpus-<N>/`, times the content check on
 * it, builds and indexes the full site from it with wall time, CPU time, peak memory and a time per
 * phase, measures what a reader pays (page weights, JavaScript, index size, a first search in
 * Chromium), judges the performance budgets (docs/performance.md), prints a table and writes `.bench/latest.json`
 * (and `.bench/results/<N>-seed<S>.json`, from which the cost per article across sizes is judged).
 *
 * Options: `--seed S` (default 1), `--no-browser` (skip the first search), `--keep` (keep the
 * build output; by default only the last size's is kept).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanEnv } from '../../tests/helpers/build.ts';
import { ROOT } from '../../tests/helpers/paths.ts';
import { judgeBudgets, judgeScaling, type Budget, type LighthouseSummary, type Scaling } from './budgets.ts';
import { writeCorpus, type CorpusSummary } from './corpus.ts';
import { runMeasured, type MeasuredRun, type ProcessPeak } from './measure.ts';
import { parseBuildLog, type BuildPhases } from './phases.ts';
import { BENCH, copySite } from './site.ts';
import { measureFirstSearch, measureIndex, scanScripts, weighPageKinds, type FirstSearch, type IndexSize, type PageWeight, type ScriptScan } from './reader.ts';


/** The bytes of the first search that cost more over the wire: opening an address, or typing. */
const heavier = (search: FirstSearch) =>
  search.typedGzipBytes > search.gzipBytes ? { gzipBytes: search.typedGzipBytes, wireBytes: search.typedWireBytes } : { gzipBytes: search.gzipBytes, wireBytes: search.wireBytes };

export interface BenchReport {
  articles: number;
  seed: number;
  /** HTML pages in the build. */
  pages: number;
  statements: number;
  /** Full build plus Pagefind index, wall seconds. */
  buildSeconds: number;
  buildCode: number;
  buildCpuSeconds: number;
  /** Peak resident memory of any one process of the build, MB (MiB). */
  peakRssMB: number;
  /** `npm run check:content` on the corpus, wall seconds including start-up. */
  checkSeconds: number;
  /** Bytes of a first search as a gzip-serving host sends them, the larger of opening /search/?q= and typing; null with --no-browser. */
  firstSearchBytes: number | null;
  /** The same requests as the uncompressing test server sent them. */
  firstSearchBytesUncompressed: number | null;
  /** A reader types the query on a loaded /search/ and presses Enter: ms from Enter to the first result (median of 3). */
  firstSearchMs: number | null;
  /** Opening /search/?q=…: ms from navigation to the first result, the page's own load included (median of 3). */
  firstSearchFromAddressMs: number | null;
  /** The median article page, HTML + CSS, gzip. */
  articlePageGzipBytes: number;
  articlePageLargestGzipBytes: number;
  pagesWithJsOutsideSearch: number;
  /** dist/pagefind on disk. */
  indexBytes: number;
  machine: { cores: number; memoryGiB: number; cpu: string; node: string; loadBefore: number[]; loadAfter: number[] };
  takenAt: string;
  corpus: CorpusSummary & { generateSeconds: number; folder: string };
  check: { wallSeconds: number; reportedSeconds: number | null; cpuSeconds: number; peakRssMB: number; output: string };
  build: { wallSeconds: number; cpuSeconds: number; peakRssMB: number; processes: ProcessPeak[]; rssTimeline: MeasuredRun['rssTimeline']; log: string } & BuildPhases;
  reader: { pages: PageWeight[]; scripts: ScriptScan; index: IndexSize; firstSearch: FirstSearch | null };
  budgets: Budget[];
  scaling: Scaling | null;
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    preset: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = (values.articles ?? values.preset ?? '1000').split(',').map((s) => Number(s.replace(/_/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('Usage: npm run bench -- --articles N   (or --preset 100|1000|10000, or --articles 100,1000,10000) [--seed S] [--no-browser] [--keep]');
  process.exit(2);
}
const seed = Number(values.seed);


async function bench(articles: number): Promise<BenchReport> {
  const loadBefore = os.loadavg();
  const folder = path.join(BENCH, `corpus-${articles}`);
  const outDir = path.join(BENCH, `dist-${articles}`);
  const cacheDir = path.join(BENCH, `cache-${articles}`);
  const env = { ...cleanEnv(), KB_CONTENT: folder, KB_OUT_DIR: outDir, KB_CACHE_DIR: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1' };
  delete (env as Record<string, string | undefined>)['KB_BASE'];

  step(`${articles} articles: generating the corpus (seed ${seed}) into ${path.relative(ROOT, folder)}/`);
  const generated = performance.now();
  const summary = await writeCorpus(folder, { articles, seed });
  const generateSeconds = (performance.now() - generated) / 1000;

  step('checking the content (src/cli/check.ts)');
  const check = await runMeasured([process.execPath, path.join(ROOT, 'src/cli/check.ts')], { cwd: ROOT, env });
  const checkOutput = check.lines.map((l) => l.text).join('\n');
  if (check.code !== 0) throw new Error(`the generated corpus fails the content check:\n${checkOutput.slice(0, 4000)}`);
  const reported = /\(([\d.]+) s\)/.exec(checkOutput);

  step('building and indexing the site (astro build, cold caches, from a copy of the code in .bench/site/)');
  await rm(outDir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  const site = await copySite();
  const log = path.join(BENCH, `build-${articles}.log`);
  const build = await runMeasured([process.execPath, path.join(site, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site, env, log });
  const phases = parseBuildLog(build.lines, build.wallSeconds);
  if (build.code !== 0) {
    console.error(build.lines.slice(-40).map((l) => l.text).join('\n'));
    console.error(`The build failed (exit ${build.code}); the log is in ${path.relative(ROOT, log)}.`);
  }

  step('measuring what a reader pays');
  const pages = build.code === 0 ? await weighPageKinds(outDir) : [];
  const scripts = build.code === 0 ? await scanScripts(outDir) : { htmlPages: 0, pagesWithJs: 0, examples: [], jsGzipOutsideSearch: 0, astroJsFiles: 0, totalHtmlBytes: 0 };
  const index = build.code === 0 ? await measureIndex(outDir) : { bytes: 0, files: 0, parts: {} };
  let firstSearch: FirstSearch | null = null;
  if (build.code === 0 && !values['no-browser']) {
    step(`first search for "${summary.searchWord}" in headless Chromium`);
    firstSearch = await measureFirstSearch(outDir, summary.searchWord);
  }
  const median = pages.find((p) => p.kind === 'article (median)');
  const largest = pages.find((p) => p.kind === 'article (largest)');

  const partial: Omit<BenchReport, 'budgets' | 'scaling'> = {
    articles,
    seed,
    pages: scripts.htmlPages,
    statements: summary.statements,
    buildSeconds: build.wallSeconds,
    buildCode: build.code,
    buildCpuSeconds: build.cpuSeconds,
    peakRssMB: build.peakRssMB,
    checkSeconds: check.wallSeconds,
    // The heavier of the two ways in (opening an address, or typing, which fetches index chunks as the
    // reader types), both figures of that one.
    firstSearchBytes: firstSearch ? heavier(firstSearch).gzipBytes : null,
    firstSearchBytesUncompressed: firstSearch ? heavier(firstSearch).wireBytes : null,
    firstSearchMs: firstSearch?.typedMs ?? null,
    firstSearchFromAddressMs: firstSearch?.addressMs ?? null,
    articlePageGzipBytes: median ? median.htmlGzip + median.cssGzip : 0,
    articlePageLargestGzipBytes: largest ? largest.htmlGzip + largest.cssGzip : 0,
    pagesWithJsOutsideSearch: scripts.pagesWithJs,
    indexBytes: index.bytes,
    machine: {
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      cpu: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadBefore: loadBefore.map((l) => Number(l.toFixed(2))),
      loadAfter: os.loadavg().map((l) => Number(l.toFixed(2))),
    },
    takenAt: new Date().toISOString(),
    corpus: { ...summary, generateSeconds, folder: path.relative(ROOT, folder) },
    check: { wallSeconds: check.wallSeconds, reportedSeconds: reported ? Number(reported[1]) : null, cpuSeconds: check.cpuSeconds, peakRssMB: check.peakRssMB, output: checkOutput.trim() },
    build: { wallSeconds: build.wallSeconds, cpuSeconds: build.cpuSeconds, peakRssMB: build.peakRssMB, processes: build.processes.slice(0, 8), rssTimeline: build.rssTimeline, log: path.relative(ROOT, log), ...phases },
    reader: { pages, scripts, index, firstSearch },
  };
  const results = path.join(BENCH, 'results');
  await mkdir(results, { recursive: true });
  const runs = (await readResults(seed)).filter((r) => r.articles !== articles);
  const scaling = build.code === 0 ? judgeScaling([...runs, partial].map((r) => ({ articles: r.articles, buildSeconds: r.buildSeconds }))) : null;
  const lighthouse = JSON.parse(await readFile(path.join(BENCH, 'lighthouse.json'), 'utf8').catch(() => 'null')) as LighthouseSummary | null;
  const report: BenchReport = { ...partial, budgets: judgeBudgets(partial, scaling, lighthouse), scaling };
  if (build.code === 0) await writeFile(path.join(results, `${articles}-seed${seed}.json`), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(BENCH, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

async function readResults(forSeed: number): Promise<BenchReport[]> {
  const dir = path.join(BENCH, 'results');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(`-seed${forSeed}.json`));
  const reports = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as BenchReport));
  return reports.sort((a, b) => a.articles - b.articles);
}

function step(message: string) {
  console.log(`[bench] ${new Date().toISOString().slice(11, 19)} ${message}`);
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r, i) => {
    const line = r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ');
    return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

const s = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
const kb = (n: number | null | undefined) => (n === null || n === undefined ? '—' : (n / 1000).toFixed(1));

/** With build.concurrency above 1 pages render side by side, so their times add up to more than the phase. */
function overlapping(r: BenchReport): boolean {
  const rendering = r.build.phases.find((p) => p.name.startsWith('page rendering'))?.seconds ?? Infinity;
  return r.build.routes.reduce((n, g) => n + g.seconds, 0) > rendering;
}

function printReport(r: BenchReport) {
  console.log(`\n== ${r.articles} articles (seed ${r.seed}): ${r.pages} pages, ${r.statements} statements; ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, load ${r.machine.loadBefore[0]} → ${r.machine.loadAfter[0]} ==\n`);
  console.log(table([
    ['figure', 'value'],
    ['corpus generated', `${s(r.corpus.generateSeconds, 2)} s (${r.corpus.words} words, vocabulary ${r.corpus.vocabulary})`],
    ['content check (wall / own figure)', `${s(r.checkSeconds, 2)} s / ${s(r.check.reportedSeconds, 2)} s, peak ${s(r.check.peakRssMB, 0)} MB`],
    ['build + index (wall)', `${s(r.buildSeconds)} s${r.buildCode === 0 ? '' : ` — FAILED, exit ${r.buildCode}`}`],
    ['build CPU (user + system)', `${s(r.buildCpuSeconds)} s`],
    ['peak memory, any process', `${s(r.peakRssMB, 0)} MB (${r.build.processes.slice(0, 3).map((p) => `${p.name} ${p.peakRssMB.toFixed(0)}`).join(', ')})`],
    ...r.build.phases.map((p) => [`  phase: ${p.name}`, `${s(p.seconds)} s`]),
    ['  of rendering: dataset files', `${s(r.build.datasetSeconds)} s`],
    ['  Pagefind (its own figure)', r.build.pagefind ? `${r.build.pagefind.pages} pages in ${r.build.pagefind.seconds} s` : '—'],
    ...r.build.routes.slice(0, 6).map((g) => [`  render /${g.group}/`, `${g.pages} pages, ${s(g.seconds)} s${overlapping(r) ? ' summed' : ''} (slowest ${g.slowest.path} ${g.slowest.ms} ms)`]),
    ['index on disk (dist/pagefind)', `${kb(r.indexBytes)} kB in ${r.reader.index.files} files (meta ${kb(r.reader.index.parts['meta (pf_meta)']?.bytes)} kB)`],
    ['first search', r.reader.firstSearch ? `"${r.reader.firstSearch.query}": ${r.reader.firstSearch.results} results; typed, Enter → results ${s(r.firstSearchMs, 0)} ms (runs ${r.reader.firstSearch.typedRunsMs.join(', ')}); opening /search/?q=, navigation → results ${s(r.firstSearchFromAddressMs, 0)} ms (runs ${r.reader.firstSearch.addressRunsMs.join(', ')}); ${kb(r.reader.firstSearch.gzipBytes)} kB gzip in ${r.reader.firstSearch.requests.length} requests opening the address, ${kb(r.reader.firstSearch.typedGzipBytes)} kB in ${r.reader.firstSearch.typedRequests} typing (${kb(r.firstSearchBytesUncompressed)} kB uncompressed, the larger)` : '—'],
    ['JS outside /search/', `${r.pagesWithJsOutsideSearch} pages`],
  ]));
  console.log('');
  console.log(table([['page (gzip)', 'HTML', 'CSS', 'JS', 'total kB', 'path'], ...r.reader.pages.map((p) => [p.kind, kb(p.htmlGzip), kb(p.cssGzip), kb(p.jsGzip), kb(p.totalGzip), p.page])]));
  console.log('');
  console.log(table([['budget', 'limit', 'measured', 'result'], ...r.budgets.map((b) => [b.name, b.limit, b.measured, b.pass === null ? 'n/a at this size' : b.pass ? 'PASS' : 'FAIL'])]));
  console.log(`\nReport: .bench/latest.json; build log: ${r.build.log}`);
}

function printScalingSummary(reports: BenchReport[]) {
  console.log('\n== Across sizes ==\n');
  console.log(table([
    ['articles', 'pages', 'check s', 'build+index s', 'ms/article', 'CPU s', 'peak MB', 'index kB', 'first search kB', 'first search ms (typed / address)', 'article kB'],
    ...reports.map((r) => [String(r.articles), String(r.pages), s(r.checkSeconds, 2), s(r.buildSeconds), s((r.buildSeconds / r.articles) * 1000), s(r.buildCpuSeconds), s(r.peakRssMB, 0), kb(r.indexBytes), kb(r.firstSearchBytes), `${s(r.firstSearchMs, 0)} / ${s(r.firstSearchFromAddressMs, 0)}`, kb(r.articlePageGzipBytes)]),
  ]));
  const scaling = judgeScaling(reports.map((r) => ({ articles: r.articles, buildSeconds: r.buildSeconds })));
  if (scaling) console.log(`\nCost per article: ${scaling.description} → ${scaling.marginal.length < 2 ? 'three sizes are needed to judge' : scaling.flat ? 'flat within ±25%' : 'NOT flat within ±25%'}`);
}

for (const [i, articles] of sizes.entries()) {
  const report = await bench(articles);
  printReport(report);
  if (!values.keep && i < sizes.length - 1) await rm(path.join(BENCH, `dist-${articles}`), { recursive: true, force: true });
}
if (sizes.length > 1) printScalingSummary(await readResults(seed));
