/**
 * What a timeline chart shows, counted from statements (src/utils/chart.ts draws it): statements per
 * month stacked by the kind of speaker, the months the axis spans, and the events to mark. Where a bar
 * links is the caller's to say (src/data/timeline.ts knows which month and year pages exist).
 *
 * Partial dates: a statement dated to a day or a month counts in its month's bar; one dated only to a
 * year counts in a row of its own ("dated only to 2019") in the chart's table and in a note under it,
 * never in a month. An event dated only to a year is not marked on the axis.
 */
import type { Event, Statement } from './model.ts';
import { ACTOR_KINDS } from '../schemas/actor.ts';
import { ACTOR_KIND_LABELS } from './labels.ts';
import type { ChartBar, ChartEvent, ChartInput, ChartSeries, YearMonth } from '../utils/chart.ts';
import { formatDate } from '../utils/partialDate.ts';

/** How many events a chart marks at most: the most discussed, so the axis stays legible at any size. */
export const MAX_CHART_EVENTS = 12;

const monthIndex = ({ year, month }: YearMonth) => year * 12 + (month - 1);
const fromIndex = (i: number): YearMonth => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });

/** The first and last month in which any of the statements was made (those dated only to a year aside), or undefined. */
export function monthSpan(statements: readonly Statement[]): { from: YearMonth; to: YearMonth } | undefined {
  let low = Infinity;
  let high = -Infinity;
  for (const s of statements) {
    if (s.said.month === undefined) continue;
    const i = monthIndex({ year: s.said.year, month: s.said.month });
    if (i < low) low = i;
    if (i > high) high = i;
  }
  return low === Infinity ? undefined : { from: fromIndex(low), to: fromIndex(high) };
}

/** The span widened to take in a month and `pad` months either side. */
export function widenSpan(span: { from: YearMonth; to: YearMonth } | undefined, month: YearMonth, pad = 0): { from: YearMonth; to: YearMonth } {
  const i = monthIndex(month);
  const low = Math.min(span ? monthIndex(span.from) : i, i) - pad;
  const high = Math.max(span ? monthIndex(span.to) : i, i) + pad;
  return { from: fromIndex(low), to: fromIndex(high) };
}

/** The events worth marking: dated at least to the month, inside the span, the most discussed first, then in date order. */
export function keyEvents(events: readonly Event[], span: { from: YearMonth; to: YearMonth }, eventHref: (id: string) => string, max = MAX_CHART_EVENTS): ChartEvent[] {
  const low = monthIndex(span.from);
  const high = monthIndex(span.to);
  const inside = events.filter((e) => e.date.month !== undefined && monthIndex({ year: e.date.year, month: e.date.month }) >= low && monthIndex({ year: e.date.year, month: e.date.month }) <= high);
  const chosen = new Set([...inside].sort((a, b) => b.statements.length - a.statements.length).slice(0, max));
  return inside.filter((e) => chosen.has(e)).map((e) => ({ year: e.date.year, month: e.date.month as number, day: e.date.day, title: e.title, date: formatDate(e.date), href: eventHref(e.id) }));
}

export interface ChartRequest {
  id: string;
  title: string;
  /** A sentence on what the chart holds, without its full stop: the description adds the counts. */
  about: string;
  statements: readonly Statement[];
  span: { from: YearMonth; to: YearMonth };
  events: ChartEvent[];
  /** The page listing a month's statements. */
  href: (year: number, month: number) => string;
  compact?: boolean;
}

/** Counts the statements per month and kind of speaker, keeping only the kinds that occur. */
export function statementChart(request: ChartRequest): ChartInput {
  const kinds = ACTOR_KINDS.filter((k) => request.statements.some((s) => s.speaker.kind === k));
  const series: ChartSeries[] = kinds.map((k) => ({ key: k, label: ACTOR_KIND_LABELS[k] }));
  const months = new Map<number, number[]>();
  const years = new Map<number, number[]>();
  const low = monthIndex(request.span.from);
  const high = monthIndex(request.span.to);
  for (const s of request.statements) {
    const slot = kinds.indexOf(s.speaker.kind);
    if (s.said.month === undefined) {
      let counts = years.get(s.said.year);
      if (!counts) years.set(s.said.year, (counts = kinds.map(() => 0)));
      counts[slot] = (counts[slot] ?? 0) + 1;
      continue;
    }
    const i = monthIndex({ year: s.said.year, month: s.said.month });
    if (i < low || i > high) continue;
    let counts = months.get(i);
    if (!counts) months.set(i, (counts = kinds.map(() => 0)));
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
  const bars: ChartBar[] = [...months.keys()].sort((a, b) => a - b).map((i) => {
    const { year, month } = fromIndex(i);
    return { year, month, counts: months.get(i) as number[], href: request.href(year, month) };
  });
  const inMonths = bars.reduce((n, b) => n + b.counts.reduce((a, c) => a + c, 0), 0);
  const byKind = series.length > 1 ? ', by kind of speaker' : '';
  const marked = request.events.length === 0 || request.compact ? '' : `; ${request.events.length === 1 ? 'the numbered mark is the event' : `the ${request.events.length} numbered marks are events, listed below`}`;
  return {
    id: request.id,
    title: request.title,
    description: `${request.about}. ${inMonths} statement${inMonths === 1 ? '' : 's'} in the monthly bars${byKind}${marked}. Each bar links to that month’s statements.`,
    series,
    from: request.span.from,
    to: request.span.to,
    bars,
    events: request.compact ? [] : request.events,
    yearOnly: [...years.entries()].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, counts })),
    ...(request.compact && { compact: true }),
  };
}
