/**
 * The exchange graph drawn at build time: laid out by dagre (a layered layout, left to right, so an
 * answer stands left of what it answers) and written as a static SVG whose nodes link to actor pages and whose edges link
 * to the list of the statements they stand for. Deterministic: nodes and edges are handed to the
 * layout sorted by id, dagre draws no random numbers, and coordinates are rounded, so the same
 * exchanges, in any order, give the same bytes. Pure.
 */
import dagre from '@dagrejs/dagre';
import type { SiteUrls } from '../utils/urls.ts';
import { escapeHtml, plural } from '../utils/text.ts';
import { EXCHANGE_KINDS, describeEdge, type ExchangeGraph, type ExchangeKind } from './exchanges.ts';

/** An actor placed: its box's top-left corner and size. */
export interface DrawnNode { id: string; label: string; href: string; x: number; y: number; width: number; height: number; lines: string[] }

/** An edge placed: its path, and where its count stands. */
export interface DrawnEdge { id: string; kind: ExchangeKind; href: string; name: string; count: number; path: string; labelX: number; labelY: number }

export interface ExchangeDrawing { width: number; height: number; nodes: DrawnNode[]; edges: DrawnEdge[] }

const FONT_SIZE = 14;
/** No font metrics at build time: a generous average width for a sans-serif letter at FONT_SIZE, so names fit their boxes. */
const CHAR_WIDTH = 7.8;
const NODE_PADDING = 8;
const LINE_HEIGHT = 17;
const MARGIN = 8;
/** Longer names are wrapped at spaces to lines of about this many characters, so that nodes stay narrow. */
const LINE_CHARS = 15;

/** A name broken at spaces into lines of at most LINE_CHARS characters (a longer word stands alone). */
export function nameLines(name: string): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= LINE_CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const nodeSize = (lines: string[]) => ({
  width: Math.ceil(Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH) + 2 * NODE_PADDING,
  height: lines.length * LINE_HEIGHT + 12,
});

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Places the graph's actors and edges. Edges from an actor to themselves are left out (the list
 * beside the graph gives them), and so is an actor on no other edge. `edgeHref` is where an edge links: the list of its statements.
 */
export function layoutExchangeGraph(graph: ExchangeGraph, urls: SiteUrls, edgeHref: (edgeId: string) => string): ExchangeDrawing {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 14, edgesep: 10, ranksep: 36, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  const edges = graph.edges.filter((e) => e.from !== e.to).sort(byId);
  const onEdges = new Set(edges.flatMap((e) => [e.from, e.to]));
  const actors = graph.nodes.filter((a) => onEdges.has(a)).sort(byId);
  for (const actor of actors) g.setNode(actor.id, nodeSize(nameLines(actor.name)));
  // Each edge has a label (its count), which gives it a place of its own: edges between the same two actors never overlap.
  for (const e of edges) g.setEdge(e.from.id, e.to.id, { width: 16, height: 14, labelpos: 'c' }, e.id);
  dagre.layout(g);

  const nodes = actors.map((actor): DrawnNode => {
    const n = g.node(actor.id);
    const width = Math.round(n.width);
    const height = Math.round(n.height);
    return { id: actor.id, label: actor.name, lines: nameLines(actor.name), href: urls.actor(actor.id), x: Math.round((n.x ?? 0) - n.width / 2), y: Math.round((n.y ?? 0) - n.height / 2), width, height };
  });
  const drawn = edges.map((e): DrawnEdge => {
    const label = g.edge(e.from.id, e.to.id, e.id);
    return {
      id: e.id,
      kind: e.kind,
      href: edgeHref(e.id),
      name: describeEdge(e),
      count: e.exchanges.length,
      path: smoothPath((label.points ?? []).map(({ x, y }: { x: number; y: number }) => ({ x: Math.round(x), y: Math.round(y) }))),
      labelX: Math.round(label.x ?? 0),
      labelY: Math.round(label.y ?? 0),
    };
  });
  const size = g.graph();
  // An empty graph has no size (dagre gives -Infinity).
  return { width: Math.max(0, Math.ceil(size.width ?? 0)), height: Math.max(0, Math.ceil(size.height ?? 0)), nodes, edges: drawn };
}

/**
 * A smooth curve through every one of the layout's points (a Catmull-Rom spline as cubic Béziers), so
 * that it passes where dagre put the edge's label, and ends on the last point, where the arrowhead sits.
 */
function smoothPath(points: { x: number; y: number }[]): string {
  const [first] = points;
  if (!first) return '';
  const at = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))] as { x: number; y: number };
  let d = `M${first.x} ${first.y}`;
  for (let i = 0; i < points.length - 1; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1 = { x: Math.round(p1.x + (p2.x - p0.x) / 6), y: Math.round(p1.y + (p2.y - p0.y) / 6) };
    const c2 = { x: Math.round(p2.x - (p3.x - p1.x) / 6), y: Math.round(p2.y - (p3.y - p1.y) / 6) };
    d += ` C${c1.x} ${c1.y} ${c2.x} ${c2.y} ${p2.x} ${p2.y}`;
  }
  return d;
}

/** How each kind of edge is drawn, for the SVG's classes and the legend. */
export const EDGE_STYLES: Record<ExchangeKind, { verb: string; line: string }> = {
  responds: { verb: 'answers', line: 'solid line' },
  disputes: { verb: 'disputes', line: 'dashed line' },
  via: { verb: 'gives an account of', line: 'dotted line' },
};

/**
 * The drawing as SVG markup, for a page to place as it is; its `<title>` names it and its `<desc>`
 * describes it (SVG's own way, which needs no ARIA). `idPrefix` keeps its arrowheads' ids unique on the page. Styles come from the page's CSS through classes: no style attribute, which the
 * Content-Security-Policy would refuse.
 */
export function exchangeGraphSvg(drawing: ExchangeDrawing, options: { idPrefix: string; title: string }): string {
  const p = options.idPrefix;
  const counts = EXCHANGE_KINDS.map((k) => [k, drawing.edges.filter((e) => e.kind === k).reduce((n, e) => n + e.count, 0)] as const).filter(([, n]) => n > 0);
  const verbs = { responds: ['answers', 'answer'], disputes: ['disputes', 'dispute'], via: ['gives an account of', 'give an account of'] } as const;
  const desc = `${plural(drawing.nodes.length, 'actor')} linked by ${counts.map(([k, n]) => `${plural(n, 'statement')} that ${verbs[k][n === 1 ? 0 : 1]} another’s`).join(', ')}. Each arrow points from the actor who speaks to the actor answered, disputed or reported, and links to the statements.`;
  const markers = EXCHANGE_KINDS.map((k) => `<marker id="${p}-arrow-${k}" class="arrow-${k}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker>`).join('');
  const edges = drawing.edges.map((e) => {
    const name = escapeHtml(e.name);
    return `<a href="${escapeHtml(e.href)}" class="edge edge-${e.kind}" aria-label="${name}"><title>${name}</title><path class="hit" d="${e.path}"/><path class="line" d="${e.path}" marker-end="url(#${p}-arrow-${e.kind})"/><text x="${e.labelX}" y="${e.labelY}" dy="0.35em" text-anchor="middle" aria-hidden="true">${e.count}</text></a>`;
  }).join('');
  const nodes = drawing.nodes.map((n) =>
    `<a href="${escapeHtml(n.href)}" class="node" aria-label="${escapeHtml(n.label)}"><rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="4"/><text x="${n.x + n.width / 2}" y="${n.y + n.height / 2 - ((n.lines.length - 1) * LINE_HEIGHT) / 2}" dy="0.35em" text-anchor="middle">${n.lines.map((line, i) => (i === 0 ? escapeHtml(line) : `<tspan x="${n.x + n.width / 2}" dy="${LINE_HEIGHT}">${escapeHtml(line)}</tspan>`)).join('')}</text></a>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${drawing.width} ${drawing.height}" width="${drawing.width}" height="${drawing.height}" font-size="${FONT_SIZE}"><title>${escapeHtml(options.title)}</title><desc>${escapeHtml(desc)}</desc><defs>${markers}</defs><g class="edges">${edges}</g><g class="nodes">${nodes}</g></svg>`;
}
