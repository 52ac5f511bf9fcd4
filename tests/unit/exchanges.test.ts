/**
 * Who answers whom: a topic's disputes; the exchange graph, whose edges aggregate per pair of actors
 * and kind and whose drawing is the same bytes for the same exchanges in any order; a statement's thread.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { busiestEdges, describeEdge, disputesAmong, exchangeGraph, exchangesAmong, threadOf, type Exchange } from '../../src/data/exchanges.ts';
import { exchangeGraphSvg, layoutExchangeGraph } from '../../src/data/exchangeGraph.ts';
import type { Actor, Statement } from '../../src/data/model.ts';
import { makeUrls } from '../../src/utils/urls.ts';
import { parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';

type FakeActor = Pick<Actor, 'id' | 'name'>;
type Fake = {
  id: string; quote: string; said: PartialDate; article: { date: PartialDate; id: string }; position: number; speaker: FakeActor; via?: FakeActor;
  respondsTo: Fake[]; respondedBy: Fake[]; disputes: Fake[]; disputedBy: Fake[];
};
const actor = (id: string, name: string): FakeActor => ({ id, name });
const make = (id: string, said: string, speaker: FakeActor = actor('x', 'X')): Fake => {
  const date = parsePartialDate(said) as PartialDate;
  return { id, quote: `Quote of ${id}`, said: date, article: { date, id: 'a' }, position: 0, speaker, respondsTo: [], respondedBy: [], disputes: [], disputedBy: [] };
};
const dispute = (counter: Fake, claim: Fake) => {
  counter.disputes.push(claim);
  claim.disputedBy.push(counter);
};
const respond = (answer: Fake, to: Fake) => {
  answer.respondsTo.push(to);
  to.respondedBy.push(answer);
};
const real = (list: Fake[]) => list as unknown as Statement[];
const urls = makeUrls('/');

describe('disputes among a set of statements', () => {
  const range = make('us-range-over-500', '2019-01');
  const mod480 = make('mod-range-480', '2019-01-23');
  const putin = make('putin-range-within-limits', '2020-10-26');
  const other = make('unrelated', '2020-01-01');
  dispute(mod480, range);
  dispute(putin, range);
  const pairs = (list: Fake[]) => disputesAmong(real(list)).map((d) => `${d.claim.id} ← ${d.counter.id}`);

  it.each([
    ['both sides present: each pair once, by the counter-claim’s date', [range, mod480, putin, other], ['us-range-over-500 ← mod-range-480', 'us-range-over-500 ← putin-range-within-limits']],
    ['only the claim present: its counter-claims still count', [range], ['us-range-over-500 ← mod-range-480', 'us-range-over-500 ← putin-range-within-limits']],
    ['only one counter-claim present', [putin], ['us-range-over-500 ← putin-range-within-limits']],
    ['no dispute among them', [other], []],
  ])('%s', (_, list, expected) => {
    expect(pairs(list)).toEqual(expected);
  });
});

/** A small world: Pompeo speaks, the ministry answers, Lavrov disputes him twice, the ministry relays Putin. */
function world() {
  const pompeo = actor('mike-pompeo', 'Mike Pompeo');
  const lavrov = actor('sergey-lavrov', 'Sergey Lavrov');
  const ministry = actor('russian-foreign-ministry', 'Russian Foreign Ministry');
  const putin = actor('vladimir-putin', 'Vladimir Putin');
  const suspension = make('pompeo-suspension', '2019-02-01', pompeo);
  const regret = make('mfa-regrets', '2019-02-02', ministry);
  const lavrov1 = make('lavrov-no-violation', '2019-02-03', lavrov);
  const lavrov2 = make('lavrov-pretext', '2019-03', lavrov);
  const mirror = make('putin-will-mirror', '2019-02-02', putin);
  const pompeoAgain = make('pompeo-again', '2019-04-01', pompeo);
  const lone = make('lone', '2019-05-01', putin);
  mirror.via = ministry;
  respond(regret, suspension);
  dispute(lavrov1, suspension);
  dispute(lavrov2, suspension);
  respond(pompeoAgain, lavrov2);
  respond(pompeoAgain, suspension); // Pompeo answering himself: listed, not drawn.
  return { actors: { pompeo, lavrov, ministry, putin }, statements: [suspension, regret, lavrov1, lavrov2, mirror, pompeoAgain, lone] };
}

/** The same list in another order, reproducibly. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const edgesOf = (exchanges: Exchange[]) => exchangeGraph(exchanges).edges.map((e) => [describeEdge(e), e.exchanges.map((x) => x.statement.id)]);

describe('the exchange graph', () => {
  const { statements } = world();
  const all = exchangesAmong(real(statements));

  it('has one edge per pair of actors and kind, however many statements it stands for, each named with its count', () => {
    expect(edgesOf(all)).toEqual([
      ['Mike Pompeo answers Mike Pompeo: 1 statement', ['pompeo-again']],
      ['Mike Pompeo answers Sergey Lavrov: 1 statement', ['pompeo-again']],
      ['Russian Foreign Ministry answers Mike Pompeo: 1 statement', ['mfa-regrets']],
      ['Russian Foreign Ministry gives an account of Vladimir Putin: 1 statement', ['putin-will-mirror']],
      ['Sergey Lavrov disputes Mike Pompeo: 2 statements', ['lavrov-no-violation', 'lavrov-pretext']],
    ]);
  });

  it.each([
    ['an event’s statements: the exchanges with a side among them', ['lavrov-pretext'], [['Mike Pompeo answers Sergey Lavrov: 1 statement', ['pompeo-again']], ['Sergey Lavrov disputes Mike Pompeo: 1 statement', ['lavrov-pretext']]]],
    ['a statement known through another’s account', ['putin-will-mirror'], [['Russian Foreign Ministry gives an account of Vladimir Putin: 1 statement', ['putin-will-mirror']]]],
    ['a statement nobody answers and that answers nobody', ['lone'], []],
  ])('%s', (_, ids, expected) => {
    expect(edgesOf(exchangesAmong(real(statements.filter((s) => ids.includes(s.id)))))).toEqual(expected);
  });

  it('is the same whatever order the exchanges come in', () => {
    for (const seed of [1, 2, 3]) expect(edgesOf(shuffled(all, seed))).toEqual(edgesOf(all));
  });
});

describe('a graph too large to draw', () => {
  const { statements } = world();
  const whole = exchangeGraph(exchangesAmong(real(statements)));
  const ids = (limit: number, graph = whole) => {
    const cut = busiestEdges(graph, limit);
    return { edges: cut.edges.map((e) => e.id), actors: cut.nodes.map((a) => a.id) };
  };

  it.each([
    ['keeps the edges that stand for the most statements, and only their actors', 1, { edges: ['sergey-lavrov--disputes--mike-pompeo'], actors: ['mike-pompeo', 'sergey-lavrov'] }],
    ['breaks ties between equal edges by id, and never draws an actor answering themself', 2, { edges: ['mike-pompeo--responds--sergey-lavrov', 'sergey-lavrov--disputes--mike-pompeo'], actors: ['mike-pompeo', 'sergey-lavrov'] }],
  ])('%s', (_, limit, expected) => {
    expect(ids(limit)).toEqual(expected);
  });

  it('keeps every edge between two actors when they fit', () => {
    expect(ids(whole.edges.length).edges).toEqual(whole.edges.filter((e) => e.from !== e.to).map((e) => e.id));
  });

  it('is cut the same way whatever order the exchanges come in', () => {
    for (const seed of [3, 5]) expect(ids(3, exchangeGraph(shuffled(exchangesAmong(real(statements)), seed)))).toEqual(ids(3));
  });
});

describe('the exchange graph drawn', () => {
  const draw = (exchanges: Exchange[]) => exchangeGraphSvg(layoutExchangeGraph(exchangeGraph(exchanges), urls, urls.exchange), { idPrefix: 'g', title: 'Who answers whom' });
  const { statements, actors } = world();
  const svg = draw(exchangesAmong(real(statements)));

  it('gives the same bytes twice, and for the statements and exchanges in any order', () => {
    expect(draw(exchangesAmong(real(statements)))).toBe(svg);
    for (const seed of [7, 11, 13]) {
      expect(draw(exchangesAmong(real(shuffled(statements, seed)))), `statements shuffled (${seed})`).toBe(svg);
      expect(draw(shuffled(exchangesAmong(real(statements)), seed)), `exchanges shuffled (${seed})`).toBe(svg);
    }
  });

  it('is well-formed SVG with a title, a description and a view box', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg);
    expect(doc.svg.title).toBe('Who answers whom');
    expect(doc.svg.desc).toMatch(/^4 actors linked by 2 statements that answer another’s, 2 statements that dispute another’s, 1 statement that gives an account of another’s\./);
    expect(doc.svg.viewBox).toMatch(/^0 0 \d+ \d+$/);
  });

  it('links every actor to their page and every drawn edge, named, to the list of its statements; an actor answering themself is not drawn', () => {
    const links = [...svg.matchAll(/<a href="([^"]+)" class="(node|edge[^"]*)"(?: aria-label="([^"]+)")?/g)].map((m) => [m[2]?.split(' ')[0], m[1], m[3]]);
    expect(links.filter(([kind]) => kind === 'node').map(([, href]) => href).sort()).toEqual(Object.values(actors).map((a) => urls.actor(a.id)).sort());
    expect(links.filter(([kind]) => kind === 'edge').map(([, href, name]) => [href, name])).toEqual([
      [urls.exchange('mike-pompeo--responds--sergey-lavrov'), 'Mike Pompeo answers Sergey Lavrov: 1 statement'],
      [urls.exchange('russian-foreign-ministry--responds--mike-pompeo'), 'Russian Foreign Ministry answers Mike Pompeo: 1 statement'],
      [urls.exchange('russian-foreign-ministry--via--vladimir-putin'), 'Russian Foreign Ministry gives an account of Vladimir Putin: 1 statement'],
      [urls.exchange('sergey-lavrov--disputes--mike-pompeo'), 'Sergey Lavrov disputes Mike Pompeo: 2 statements'],
    ]);
  });

  it('draws each kind of edge with its own line and arrowhead', () => {
    for (const kind of ['responds', 'disputes', 'via']) {
      expect(svg).toContain(`<marker id="g-arrow-${kind}"`);
      expect(svg).toMatch(new RegExp(`class="edge edge-${kind}"[^]*?marker-end="url\\(#g-arrow-${kind}\\)"`));
    }
  });

  it('places actors’ boxes inside the picture without overlapping', () => {
    const drawing = layoutExchangeGraph(exchangeGraph(exchangesAmong(real(statements))), urls, urls.exchange);
    for (const n of drawing.nodes) {
      expect(n.x >= 0 && n.y >= 0 && n.x + n.width <= drawing.width && n.y + n.height <= drawing.height, n.id).toBe(true);
      for (const m of drawing.nodes.filter((o) => o !== n)) {
        const apart = n.x + n.width <= m.x || m.x + m.width <= n.x || n.y + n.height <= m.y || m.y + m.height <= n.y;
        expect(apart, `${n.id} and ${m.id}`).toBe(true);
      }
    }
  });
});

describe('a statement’s thread', () => {
  const a = make('a', '2019-01-01');
  const b = make('b', '2019-02-01');
  const c = make('c', '2019-03-01');
  const d = make('d', '2019-02-15');
  const sibling = make('sibling', '2019-01-20');
  const lone = make('lone', '2019-01-01');
  respond(b, a);
  respond(c, b);
  dispute(d, b);
  respond(sibling, a);
  const thread = (s: Fake, limit?: number) => {
    const { entries, more } = threadOf(s as unknown as Statement, limit);
    return { ids: entries.map((e) => e.statement.id), more };
  };

  it.each([
    ['what it answers, recursively, and what answers or disputes it, in date order', b, ['a', 'b', 'd', 'c']],
    ['from the end of a chain: back to its start, without answers to others on the way', c, ['a', 'b', 'c']],
    ['from its start: everything that answers it, recursively', a, ['a', 'sibling', 'b', 'd', 'c']],
    ['a statement nothing answers and that answers nothing has none', lone, []],
  ])('%s', (_, s, expected) => {
    expect(thread(s).ids).toEqual(expected);
    expect(thread(s).more).toBe(0);
  });

  it('puts an answer after what it answers where partial dates leave the order open', () => {
    const announced = make('announced', '2019-02-01');
    const reply = make('reply', '2019-02');
    const later = make('later', '2019-03-01');
    respond(reply, announced);
    respond(later, reply);
    expect(thread(announced).ids).toEqual(['announced', 'reply', 'later']);
  });

  it('says what each statement answers or disputes within the thread', () => {
    const entries = threadOf(b as unknown as Statement).entries.map((e) => [e.statement.id, e.answers.map((x) => `${x.kind} ${x.target.id}`)]);
    expect(entries).toEqual([['a', []], ['b', ['responds a']], ['d', ['disputes b']], ['c', ['responds b']]]);
  });

  it('cuts a long thread to the statements nearest the one it is for, which it keeps', () => {
    expect(thread(a, 3)).toEqual({ ids: ['a', 'sibling', 'b'], more: 2 });
    expect(thread(c, 2)).toEqual({ ids: ['b', 'c'], more: 1 });
  });
});
