/**
 * `npm exec -- node scripts/bench/exchangeGraph.ts`: what the exchange graph costs as it grows. For
 * synthetic sets of actors and exchanges (each statement answering or disputing an earlier one, a few
 * known through another's account), the time to group, lay out and write the SVG, and the picture's
 * size and bytes. Edges aggregate per pair of actors and kind, so the SVG follows the pairs that talk,
 * not the statements; the pages draw at most GRAPH_EDGE_LIMIT edges (UNCUT=1 draws them all, to show
 * why). Prints a table; asserts nothing.
 */
import { busiestEdges, exchangeGraph, exchangesAmong } from '../../src/data/exchanges.ts';
import { exchangeGraphSvg, layoutExchangeGraph } from '../../src/data/exchangeGraph.ts';
import type { Statement } from '../../src/data/model.ts';
import { makeUrls } from '../../src/utils/urls.ts';
import { parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';

type Fake = { id: string; said: PartialDate; article: { date: PartialDate; id: string }; position: number; speaker: { id: string; name: string }; via?: { id: string; name: string }; respondsTo: Fake[]; respondedBy: Fake[]; disputes: Fake[]; disputedBy: Fake[] };

/** A reproducible world: `actors` actors, `statements` statements, each after the first answering or disputing an earlier one. */
function world(actors: number, statements: number): Fake[] {
  let seed = 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const people = Array.from({ length: actors }, (_, i) => ({ id: `actor-${i}`, name: `Actor Number ${i} of the Ministry` }));
  const list: Fake[] = [];
  for (let i = 0; i < statements; i++) {
    const date = parsePartialDate(`20${String(10 + Math.floor(i / 365) % 20)}-0${1 + (i % 9)}-1${i % 10}`) as PartialDate;
    const s: Fake = { id: `s-${i}`, said: date, article: { date, id: `a-${i}` }, position: 0, speaker: people[Math.floor(random() * actors)] as Fake['speaker'], respondsTo: [], respondedBy: [], disputes: [], disputedBy: [] };
    const earlier = list[Math.floor(random() * list.length)];
    if (earlier && random() < 0.5) { s.respondsTo.push(earlier); earlier.respondedBy.push(s); }
    else if (earlier) { s.disputes.push(earlier); earlier.disputedBy.push(s); }
    const relayer = random() < 0.05 ? people[Math.floor(random() * actors)] : undefined;
    if (relayer) s.via = relayer;
    list.push(s);
  }
  return list;
}

const urls = makeUrls('/');
console.log('actors  statements  edges (all)  layout ms  width × height px  SVG kB');
for (const [actors, statements] of [[20, 40], [50, 200], [100, 500], [200, 1000], [500, 10000]] as const) {
  const statementsOf = world(actors, statements) as unknown as Statement[];
  const started = performance.now();
  const graph = exchangeGraph(exchangesAmong(statementsOf));
  const drawing = layoutExchangeGraph(process.env['UNCUT'] ? graph : busiestEdges(graph), urls, urls.exchange);
  const svg = exchangeGraphSvg(drawing, { idPrefix: 'bench', title: 'bench' });
  const ms = performance.now() - started;
  console.log([actors, statements, graph.edges.length, ms.toFixed(0), `${drawing.width} × ${drawing.height}`, (svg.length / 1024).toFixed(1)].map(String).join('  '));
}
