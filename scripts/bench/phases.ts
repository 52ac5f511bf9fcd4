/**
 * Splits an `astro build` log into phases, from the moments its lines arrived: start-up, content
 * sync (schemas), compile (Vite bundles every page and every MDX article), page rendering (which
 * includes loading the knowledge base and its integrity check, and the dataset files), Pagefind.
 * Route lines (`├─ /statements/x/index.html (+12ms)`) give the time per kind of page.
 */
import type { TimedLine } from './measure.ts';

export interface Phase {
  name: string;
  seconds: number;
}

export interface RouteGroup {
  /** The route's first path segment: `articles`, `statements`, `timeline`, `data`… or `(root)`. */
  group: string;
  pages: number;
  seconds: number;
  slowest: { path: string; ms: number };
}

export interface BuildPhases {
  phases: Phase[];
  routes: RouteGroup[];
  /** The slowest single routes: the first page to load the knowledge base pays for its checks. */
  slowestRoutes: { path: string; ms: number }[];
  /** The dataset files (`/data/*.json`, `/data/statements.csv`), rendered among the routes. */
  datasetSeconds: number;
  /** From the integration's own line, "indexed N pages in X s". */
  pagefind: { pages: number; seconds: number } | null;
  /** From Astro's "N page(s) built" line. */
  pagesBuilt: number | null;
  warnings: number;
}

const ROUTE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;

export function parseBuildLog(lines: TimedLine[], wallSeconds: number): BuildPhases {
  const find = (pattern: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (pattern.test((lines[i] as TimedLine).text)) return i;
    return -1;
  };
  const at = (index: number) => (index < 0 ? undefined : (lines[index] as TimedLine).at);
  const syncStart = find(/\[content\] Syncing content/);
  const syncEnd = find(/\[content\] Synced content/, Math.max(syncStart, 0));
  const compileStart = find(/Building static entrypoints/);
  const renderStart = find(/generating static routes/);
  const renderEnd = find(/✓ Completed in/, Math.max(renderStart, 0));
  const indexed = find(/\[inf-kb:pagefind\] indexed \d+ pages/);
  const built = find(/\d+ page\(s\) built in/);

  const marks: [string, number | undefined][] = [
    ['start-up (config, integrations)', 0],
    ['content sync (schemas)', at(syncStart)],
    ['types and build info', at(syncEnd)],
    ['compile (Vite: pages and MDX)', at(compileStart)],
    ['page rendering (incl. checks, dataset)', at(renderStart)],
    ['Pagefind index', at(renderEnd)],
    ['finish', at(indexed)],
  ];
  const known = marks.filter((m): m is [string, number] => m[1] !== undefined);
  const phases = known.map(([name, start], i) => ({ name, seconds: (i + 1 < known.length ? (known[i + 1] as [string, number])[1] : wallSeconds) - start }));

  const groups = new Map<string, RouteGroup>();
  const all: { path: string; ms: number }[] = [];
  let datasetMs = 0;
  for (const { text } of lines) {
    const match = ROUTE.exec(text);
    if (!match) continue;
    const path = match[1] as string;
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const segments = path.split('/').filter(Boolean);
    const group = segments.length > 1 ? (segments[0] as string) : '(root)';
    const entry = groups.get(group) ?? { group, pages: 0, seconds: 0, slowest: { path, ms: -1 } };
    entry.pages++;
    entry.seconds += ms / 1000;
    if (ms > entry.slowest.ms) entry.slowest = { path, ms };
    groups.set(group, entry);
    all.push({ path, ms });
    if (group === 'data' && /\.(json|csv)\/?$/.test(path)) datasetMs += ms;
  }
  const indexLine = indexed < 0 ? '' : (lines[indexed] as TimedLine).text;
  const pf = /indexed (\d+) pages in ([\d.]+) s/.exec(indexLine);
  const builtLine = built < 0 ? '' : (lines[built] as TimedLine).text;
  const pages = /(\d+) page\(s\) built/.exec(builtLine);
  return {
    phases,
    routes: [...groups.values()].sort((a, b) => b.seconds - a.seconds),
    slowestRoutes: all.sort((a, b) => b.ms - a.ms).slice(0, 5),
    datasetSeconds: datasetMs / 1000,
    pagefind: pf ? { pages: Number(pf[1]), seconds: Number(pf[2]) } : null,
    pagesBuilt: pages ? Number(pages[1]) : null,
    warnings: lines.filter((l) => /\[WARN\]/.test(l.text)).length,
  };
}
