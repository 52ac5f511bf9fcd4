/**
 * The performance budgets (docs/performance.md), each judged against the figure a run measured. A budget that names a
 * corpus size is judged only at that size (`pass: null` elsewhere); the flat cost per article is
 * judged across the runs kept in `.bench/results/`.
 */
import type { BenchReport } from './run.ts';

export interface Budget {
  name: string;
  limit: string;
  measured: string;
  /** true or false when judged; null when this run's size is not the one the budget names. */
  pass: boolean | null;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** What `npm run lighthouse` wrote to .bench/lighthouse.json: the real content, one page of each type. */
export interface LighthouseSummary {
  takenAt: string;
  formFactor: string;
  pages: { type: string; page: string; score: number | null }[];
}

export function judgeBudgets(report: Omit<BenchReport, 'budgets' | 'scaling'>, scaling: Scaling | null, lighthouse: LighthouseSummary | null = null): Budget[] {
  const at = (size: number) => report.articles === size;
  const budgets: Budget[] = [];
  const add = (name: string, limit: string, measured: string, pass: boolean, applies = true) =>
    budgets.push({ name, limit, measured, pass: applies ? pass : null });

  add('content check alone, 1,000 articles', '≤ 5 s', `${report.checkSeconds.toFixed(2)} s`, report.checkSeconds <= 5, at(1000));
  add('full build plus index, 1,000 articles', '≤ 40 s wall', `${report.buildSeconds.toFixed(1)} s`, report.buildCode === 0 && report.buildSeconds <= 40, at(1000));
  add('full build plus index, 10,000 articles', 'completes, ≤ 480 s', `${report.buildCode === 0 ? 'completed' : `failed (exit ${report.buildCode})`}, ${report.buildSeconds.toFixed(1)} s`, report.buildCode === 0 && report.buildSeconds <= 480, at(10000));
  add('peak memory of any process, 10,000 articles', '≤ 4096 MB', `${report.peakRssMB.toFixed(0)} MB`, report.peakRssMB <= 4096, at(10000));
  if (report.firstSearchBytes !== null) {
    add('first search over the wire, 1,000 articles', '≤ 150 kB', kB(report.firstSearchBytes), report.firstSearchBytes <= 150_000, at(1000));
    add('first search over the wire, 10,000 articles', '≤ 300 kB', kB(report.firstSearchBytes), report.firstSearchBytes <= 300_000, at(10000));
  }
  if (report.firstSearchMs !== null) {
    // Typed on a loaded search page, from Enter to the first result (Pagefind starts loading at the first key).
    // Opening an address with the query also loads the page and Pagefind: reported beside it, not judged.
    const address = report.firstSearchFromAddressMs === null ? '' : `; opening /search/?q=: ${report.firstSearchFromAddressMs.toFixed(0)} ms from navigation`;
    add('first search answered, 10,000 articles', '≤ 300 ms (typed, Enter → results)', `${report.firstSearchMs.toFixed(0)} ms${address}`, report.firstSearchMs <= 300, at(10000));
  }
  add('article page, HTML + CSS gzip (largest article)', '≤ 15 kB', `${kB(report.articlePageGzipBytes)} median, ${kB(report.articlePageLargestGzipBytes)} largest`, report.articlePageLargestGzipBytes <= 15_000);
  add('no JavaScript on any page but search (and the copy buttons)', '0 pages', `${report.pagesWithJsOutsideSearch} of ${report.pages} pages`, report.pagesWithJsOutsideSearch === 0);
  // Lighthouse measures the real content, not the corpus: its last run is shown with when it was taken.
  if (lighthouse) {
    const below = lighthouse.pages.filter((p) => (p.score ?? 0) < 1);
    const shown = below.map((p) => `${p.type} ${Math.round((p.score ?? 0) * 100)}`).join(', ');
    add(
      'Lighthouse performance, one page of every type (real content)',
      '100 each',
      `${lighthouse.pages.length - below.length} of ${lighthouse.pages.length} at 100${shown ? ` (${shown})` : ''}, ${lighthouse.formFactor}, npm run lighthouse at ${lighthouse.takenAt}`,
      below.length === 0,
    );
  }
  if (scaling) {
    budgets.push({
      name: `build cost per article flat, ${scaling.sizes.join(' → ')} articles`,
      limit: '±25%',
      measured: scaling.description,
      pass: scaling.sizes.length >= 3 ? scaling.flat : null,
    });
  }
  return budgets;
}

export interface Scaling {
  sizes: number[];
  /** Build plus index seconds per article at each size. */
  perArticle: { articles: number; buildSeconds: number; secondsPerArticle: number }[];
  /** Extra seconds per extra article between consecutive sizes: the cost that scales, without the fixed start-up. */
  marginal: { from: number; to: number; secondsPerArticle: number }[];
  /** The largest marginal cost against the smallest, minus one (0 with two sizes). */
  spread: number;
  flat: boolean;
  description: string;
}

/**
 * A fixed start-up cost (config, Vite, Pagefind's start) dominates small builds, so the plain
 * seconds per article fall with size however the rest scales. Flatness is therefore judged on the
 * marginal cost: the extra seconds each extra article adds between consecutive sizes.
 */
export function judgeScaling(runs: { articles: number; buildSeconds: number }[]): Scaling | null {
  const sorted = [...runs].sort((a, b) => a.articles - b.articles);
  if (sorted.length < 2) return null;
  const marginal = sorted.slice(1).map((run, i) => {
    const before = sorted[i] as { articles: number; buildSeconds: number };
    return { from: before.articles, to: run.articles, secondsPerArticle: (run.buildSeconds - before.buildSeconds) / (run.articles - before.articles) };
  });
  const costs = marginal.map((m) => m.secondsPerArticle);
  const spread = Math.max(...costs) / Math.min(...costs) - 1;
  const perArticle = sorted.map((r) => ({ articles: r.articles, buildSeconds: r.buildSeconds, secondsPerArticle: r.buildSeconds / r.articles }));
  return {
    sizes: sorted.map((r) => r.articles),
    perArticle,
    marginal,
    spread,
    // One marginal cost cannot show a trend: flatness needs three sizes.
    flat: marginal.length >= 2 && spread <= 0.25,
    description: `marginal ${marginal.map((m) => `${(m.secondsPerArticle * 1000).toFixed(1)} ms`).join(' → ')} per article (${spread >= 0 ? '+' : ''}${(spread * 100).toFixed(0)}%); plain ${perArticle.map((p) => `${(p.secondsPerArticle * 1000).toFixed(1)}`).join(' / ')} ms`,
  };
}
