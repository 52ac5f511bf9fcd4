/**
 * Who answers whom, computed from each claim's `respondsTo`, `disputes` and `via` (never written by
 * hand as pairs): the disputes of a topic, the exchanges between actors as a graph whose edges
 * aggregate per pair of actors and kind (so it grows with the actors, not the statements), and the
 * thread a statement belongs to. Pure.
 */
import { compareStatements, type Actor, type KnowledgeBase, type Statement } from './model.ts';

/** A claim and a statement that disputes it. */
export interface Dispute { claim: Statement; counter: Statement }

/**
 * Every dispute with either side among `statements`, once, ordered by the counter-claim's date
 * (then the claim's): a topic's disputes are those with a side on the topic.
 */
export function disputesAmong(statements: readonly Statement[]): Dispute[] {
  const pairs = new Map<string, Dispute>();
  for (const s of statements) {
    for (const claim of s.disputes) pairs.set(`${claim.id} ${s.id}`, { claim, counter: s });
    for (const counter of s.disputedBy) pairs.set(`${s.id} ${counter.id}`, { claim: s, counter });
  }
  return [...pairs.values()].sort((a, b) => compareStatements(a.counter, b.counter) || compareStatements(a.claim, b.claim));
}

/**
 * How one actor's statement bears on another actor: it answers (`respondsTo`) or disputes
 * (`disputes`) a statement of theirs, or it is an account of what they said (`via`).
 */
export type ExchangeKind = 'responds' | 'disputes' | 'via';

/** The kinds in the order legends and lists give them. */
export const EXCHANGE_KINDS: readonly ExchangeKind[] = ['responds', 'disputes', 'via'];

/** One link between two actors, carried by one statement. */
export interface Exchange {
  kind: ExchangeKind;
  /** The answering or disputing statement; for `via`, the statement known through `from`'s account. */
  statement: Statement;
  /** The statement answered or disputed; none for `via`. */
  target?: Statement;
  /** The actor who answers or disputes, or whose account it is. */
  from: Actor;
  /** The actor answered or disputed, or whose words are reported. */
  to: Actor;
}

/**
 * Every exchange with a side among `statements`, once, in the order the answering statements were
 * made (then the answered ones'): an event's or a topic's exchanges are those with a side on it.
 */
export function exchangesAmong(statements: readonly Statement[]): Exchange[] {
  const found = new Map<string, Exchange>();
  const answer = (kind: 'responds' | 'disputes', statement: Statement, target: Statement) =>
    found.set(`${kind} ${statement.id} ${target.id}`, { kind, statement, target, from: statement.speaker, to: target.speaker });
  for (const s of statements) {
    for (const t of s.respondsTo) answer('responds', s, t);
    for (const t of s.respondedBy) answer('responds', t, s);
    for (const t of s.disputes) answer('disputes', s, t);
    for (const t of s.disputedBy) answer('disputes', t, s);
    if (s.via) found.set(`via ${s.id}`, { kind: 'via', statement: s, from: s.via, to: s.speaker });
  }
  return [...found.values()].sort(compareExchanges);
}

function compareExchanges(a: Exchange, b: Exchange): number {
  return (
    compareStatements(a.statement, b.statement) ||
    (a.target && b.target ? compareStatements(a.target, b.target) : 0) ||
    EXCHANGE_KINDS.indexOf(a.kind) - EXCHANGE_KINDS.indexOf(b.kind)
  );
}

/** One edge of the exchange graph: every exchange of one kind from one actor to another. */
export interface ExchangeEdge {
  /** Stable and unique among edges, usable as an HTML id: `sergey-lavrov--disputes--mike-pompeo`. */
  id: string;
  kind: ExchangeKind;
  from: Actor;
  to: Actor;
  /** In the order the statements were made. */
  exchanges: Exchange[];
}

/** The exchange graph: actors, and the edges between them. */
export interface ExchangeGraph {
  /** Every actor on an edge, by id. */
  nodes: Actor[];
  /** By answering actor's name, answered actor's name, then kind. */
  edges: ExchangeEdge[];
}

export const exchangeEdgeId = (from: Actor, kind: ExchangeKind, to: Actor): string => `${from.id}--${kind}--${to.id}`;

const byName = (a: Actor, b: Actor) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The exchanges grouped into edges, one per actor pair and kind, whatever order they come in. An
 * actor answering their own statement makes an edge from and to the same actor: listed, not drawn.
 */
export function exchangeGraph(exchanges: readonly Exchange[]): ExchangeGraph {
  const edges = new Map<string, ExchangeEdge>();
  for (const x of [...exchanges].sort(compareExchanges)) {
    const id = exchangeEdgeId(x.from, x.kind, x.to);
    const edge = edges.get(id) ?? { id, kind: x.kind, from: x.from, to: x.to, exchanges: [] };
    edge.exchanges.push(x);
    edges.set(id, edge);
  }
  const sorted = [...edges.values()].sort((a, b) => byName(a.from, b.from) || byName(a.to, b.to) || EXCHANGE_KINDS.indexOf(a.kind) - EXCHANGE_KINDS.indexOf(b.kind));
  const nodes = [...new Set(sorted.flatMap((e) => [e.from, e.to]))].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges: sorted };
}

const whole = new WeakMap<KnowledgeBase, { exchanges: Exchange[]; graph: ExchangeGraph }>();

/**
 * Every exchange of the knowledge base and their graph, computed once per build: the exchanges page,
 * each pair's page and the list of the site's addresses all read it.
 */
export function knowledgeBaseExchanges(kb: KnowledgeBase): { exchanges: Exchange[]; graph: ExchangeGraph } {
  let found = whole.get(kb);
  if (!found) {
    const exchanges = exchangesAmong(kb.statements);
    whole.set(kb, (found = { exchanges, graph: exchangeGraph(exchanges) }));
  }
  return found;
}

/** What a reader reads on an edge: "Sergey Lavrov disputes Mike Pompeo: 2 statements". */
export function describeEdge(edge: ExchangeEdge): string {
  const count = edge.exchanges.length;
  const statements = `${count} ${count === 1 ? 'statement' : 'statements'}`;
  const verb = { responds: 'answers', disputes: 'disputes', via: 'gives an account of' }[edge.kind];
  return `${edge.from.name} ${verb} ${edge.to.name}: ${statements}`;
}

/** One statement of a thread, with what it answers or disputes within the thread. */
export interface ThreadEntry {
  statement: Statement;
  answers: { kind: 'responds' | 'disputes'; target: Statement }[];
}

/** The most statements a thread shows around the one it is for. */
export const THREAD_LIMIT = 40;

/**
 * The thread `statement` belongs to: what it answers or disputes, recursively, and what answers or
 * disputes it, recursively, in the order they were made (where partial dates leave it open, as with
 * "February 2019" and "1 February 2019", a statement comes after what it answers); empty when nothing does. A thread longer
 * than `limit` is cut to the `limit` statements nearest the one it is for, which is always kept;
 * `more` says how many were left out.
 */
export function threadOf(statement: Statement, limit = THREAD_LIMIT): { entries: ThreadEntry[]; more: number } {
  const members = new Set<Statement>([statement]);
  const walk = (next: (s: Statement) => Statement[]) => {
    const queue = [statement];
    for (let s = queue.pop(); s; s = queue.pop()) {
      for (const other of next(s)) {
        if (members.has(other)) continue;
        members.add(other);
        queue.push(other);
      }
    }
  };
  walk((s) => [...s.respondsTo, ...s.disputes]);
  walk((s) => [...s.respondedBy, ...s.disputedBy]);
  if (members.size === 1) return { entries: [], more: 0 };
  const ordered = answersAfter([...members].sort(compareStatements), members);
  const here = ordered.indexOf(statement);
  const start = Math.max(0, Math.min(here - Math.floor(limit / 2), ordered.length - limit));
  const shown = ordered.slice(start, start + limit);
  const entries = shown.map((s) => ({
    statement: s,
    answers: [
      ...s.respondsTo.filter((t) => members.has(t)).map((target) => ({ kind: 'responds' as const, target })),
      ...s.disputes.filter((t) => members.has(t)).map((target) => ({ kind: 'disputes' as const, target })),
    ],
  }));
  return { entries, more: ordered.length - shown.length };
}

/**
 * `sorted` (in date order) reordered only as far as needed for every statement to come after what it
 * answers or disputes among `members`: each step takes the earliest statement whose targets are all
 * placed (the earliest left, if answers ever went round in a circle).
 */
function answersAfter(sorted: Statement[], members: ReadonlySet<Statement>): Statement[] {
  const placed = new Set<Statement>();
  const left = [...sorted];
  const ready = (s: Statement) => [...s.respondsTo, ...s.disputes].every((t) => !members.has(t) || placed.has(t));
  while (left.length > 0) {
    const index = Math.max(0, left.findIndex(ready));
    const [next] = left.splice(index, 1) as [Statement];
    placed.add(next);
  }
  return [...placed];
}

/** The most edges a drawn graph has: beyond it a picture is too large to read and to lay out quickly (scripts/bench/exchangeGraph.ts). */
export const GRAPH_EDGE_LIMIT = 50;

/**
 * The graph as drawn: without edges from an actor to themselves (the list beside the picture gives
 * them), and cut to the `limit` edges that stand for the most statements (ties by id, so the cut is
 * the same whatever order the exchanges came in), with only the actors on them.
 */
export function busiestEdges(graph: ExchangeGraph, limit = GRAPH_EDGE_LIMIT): ExchangeGraph {
  const drawable = graph.edges.filter((e) => e.from !== e.to);
  const kept = new Set([...drawable].sort((a, b) => b.exchanges.length - a.exchanges.length || (a.id < b.id ? -1 : 1)).slice(0, limit));
  const edges = drawable.filter((e) => kept.has(e));
  const actors = new Set(edges.flatMap((e) => [e.from, e.to]));
  return { nodes: graph.nodes.filter((a) => actors.has(a)), edges };
}
