/**
 * The timeline: events and statements in one date order, grouped by year, the filters a reader can
 * apply to it, and the view of every timeline page. Pure; works on the linked knowledge base.
 */
import type { Actor, Event, KnowledgeBase, Statement } from './model.ts';
import { compareDates, isCertainlyAfter, MONTHS } from '../utils/partialDate.ts';
import { plural } from '../utils/text.ts';
import { monthAnchor, periodKey } from '../utils/urls.ts';
import type { ChartInput } from '../utils/chart.ts';
import { keyEvents, monthSpan, statementChart, widenSpan } from './charts.ts';
import { ACTOR_KINDS } from '../schemas/actor.ts';
import { ACTOR_KIND_LABELS } from './labels.ts';

export type TimelineItem = { type: 'event'; event: Event } | { type: 'statement'; statement: Statement };
export interface TimelineYear { year: number; items: TimelineItem[] }

export type TimelineFilterKind = 'actor' | 'kind' | 'outlet' | 'topic';
export interface TimelineFilter {
  kind: TimelineFilterKind;
  /** The id (an actor, outlet or topic id, or an actor kind). */
  value: string;
  label: string;
}

const dateOf = (item: TimelineItem) => (item.type === 'event' ? item.event.date : item.statement.said);

/** Items in date order; at the same date an event comes before the statements about it. */
export function buildTimeline(events: Event[], statements: Statement[]): TimelineYear[] {
  const items: TimelineItem[] = [
    ...events.map((event): TimelineItem => ({ type: 'event', event })),
    ...statements.map((statement): TimelineItem => ({ type: 'statement', statement })),
  ];
  items.sort((a, b) => compareDates(dateOf(a), dateOf(b)) || (a.type === b.type ? 0 : a.type === 'event' ? -1 : 1));
  const years: TimelineYear[] = [];
  for (const item of items) {
    const year = dateOf(item).year;
    let group = years.at(-1);
    if (!group || group.year !== year) {
      group = { year, items: [] };
      years.push(group);
    }
    group.items.push(item);
  }
  return years;
}

/** The events and statements one filter keeps. */
export function filterTimeline(kb: KnowledgeBase, filter: Pick<TimelineFilter, 'kind' | 'value'>): { events: Event[]; statements: Statement[] } {
  switch (filter.kind) {
    case 'actor': {
      const actor = kb.actor(filter.value);
      return { events: actor.events, statements: actor.statements };
    }
    case 'kind':
      return {
        events: kb.events.filter((e) => e.actors.some((a) => a.kind === filter.value)),
        statements: kb.statements.filter((s) => s.speaker.kind === filter.value),
      };
    case 'outlet': {
      const outlet = kb.outlet(filter.value);
      const reported = new Set(outlet.articles.flatMap((a) => a.events));
      return { events: kb.events.filter((e) => reported.has(e)), statements: outlet.statements };
    }
    case 'topic': {
      const topic = kb.topic(filter.value);
      return { events: topic.events, statements: topic.statements };
    }
  }
}

/** Every filter worth offering: those that keep at least one statement. */
export function timelineFilters(kb: KnowledgeBase): Record<TimelineFilterKind, TimelineFilter[]> {
  return {
    actor: kb.actors.filter((a) => a.statements.length > 0).map((a) => ({ kind: 'actor', value: a.id, label: a.name })),
    kind: ACTOR_KINDS.filter((k) => kb.statements.some((s) => s.speaker.kind === k)).map((k) => ({ kind: 'kind', value: k, label: k })),
    outlet: kb.outlets.filter((o) => o.statements.length > 0).map((o) => ({ kind: 'outlet', value: o.id, label: o.name })),
    topic: kb.topics.filter((t) => t.statements.length > 0).map((t) => ({ kind: 'topic', value: t.id, label: t.name })),
  };
}

/**
 * How many rows a year's page holds before the year is split into a page per month. Pages then stay
 * about the same size however large the corpus grows, and every per-year address stays where it is.
 */
const INLINE_LIMIT = 200;

/**
 * How many rows the overview of a timeline (everything, or one filter) holds inline: beyond it, the
 * counts per year and the latest rows. Lower than INLINE_LIMIT because the overview is the page most
 * readers open first: at 171 rows it was 140 kB of HTML and scored 86–99 in Lighthouse on a phone.
 */
export const OVERVIEW_LIMIT = 100;

/** How many of an actor's, outlet's or topic's latest statements (and articles, events, disputes) its page shows. */
export const LATEST = 10;

/** How many of a topic's latest disputes its page shows, claim and counter-claim side by side. */
export const LATEST_DISPUTES = 20;

export interface YearCount { year: number; events: number; statements: number }

const counted = new WeakMap<TimelineYear[], YearCount[]>();

/**
 * Events and statements per year, oldest year first. Counted once per timeline (every year and month
 * page of a filter shows the same counts) and reused.
 */
export function yearCounts(years: TimelineYear[]): YearCount[] {
  let counts = counted.get(years);
  if (!counts) {
    counts = years.map(({ year, items }) => {
      const events = items.filter((i) => i.type === 'event').length;
      return { year, events, statements: items.length - events };
    });
    counted.set(years, counts);
  }
  return counts;
}

/** Statements per year, oldest year first (the statements in date order). */
export function statementYears(statements: Statement[]): { year: number; count: number }[] {
  const years: { year: number; count: number }[] = [];
  for (const s of statements) {
    const last = years.at(-1);
    if (last && last.year === s.said.year) last.count++;
    else years.push({ year: s.said.year, count: 1 });
  }
  return years;
}

/** The last `n` items of a list in date order, newest first. */
export const latest = <T>(items: readonly T[], n = LATEST): T[] => items.slice(-n).reverse();

const memo = new WeakMap<KnowledgeBase, Map<string, TimelineYear[]>>();

/**
 * The timeline for one filter (or the whole one), computed once per build: the overview page and each
 * of its year pages share it.
 */
export function timelineFor(kb: KnowledgeBase, filter?: Pick<TimelineFilter, 'kind' | 'value'>): TimelineYear[] {
  const key = filter ? `${filter.kind}/${filter.value}` : '';
  let built = memo.get(kb);
  if (!built) memo.set(kb, (built = new Map()));
  let years = built.get(key);
  if (!years) {
    const { events, statements } = filter ? filterTimeline(kb, filter) : kb;
    years = buildTimeline(events, statements);
    built.set(key, years);
  }
  return years;
}

/** Articles by the year they were published, newest year first (the articles newest first, as given). */
export function articleYears<T extends { date: { year: number } }>(articles: readonly T[]): { year: number; articles: T[] }[] {
  const years: { year: number; articles: T[] }[] = [];
  for (const a of articles) {
    const last = years.at(-1);
    if (last && last.year === a.date.year) last.articles.push(a);
    else years.push({ year: a.date.year, articles: [a] });
  }
  return years;
}

export interface TimelineMonth { month: number; items: TimelineItem[] }
export interface MonthSplit { yearOnly: TimelineItem[]; months: TimelineMonth[] }

const splits = new WeakMap<TimelineYear, Map<number, MonthSplit>>();

/**
 * A year too long for one page (more than `limit` items), split by month: each month gets its own page
 * (`timeline/2022-03/`), and what is dated only to the year stays on the year's page. Undefined for a
 * year that fits on one page.
 */
export function splitByMonth(group: TimelineYear, limit = INLINE_LIMIT): MonthSplit | undefined {
  if (group.items.length <= limit) return undefined;
  // Split once per year and limit: the year's page and each of its month pages ask for the same split.
  const known = splits.get(group)?.get(limit);
  if (known) return known;
  const yearOnly: TimelineItem[] = [];
  const months: TimelineMonth[] = [];
  for (const item of group.items) {
    const { month } = dateOf(item);
    if (month === undefined) {
      yearOnly.push(item);
      continue;
    }
    let last = months.at(-1);
    if (!last || last.month !== month) months.push((last = { month, items: [] }));
    last.items.push(item);
  }
  const split = { yearOnly, months };
  let byLimit = splits.get(group);
  if (!byLimit) splits.set(group, (byLimit = new Map()));
  byLimit.set(limit, split);
  return split;
}


/** Every timeline page of a (filtered) timeline: one per year, and one per month of a year too long for one page. */
export function timelinePeriods(years: TimelineYear[]): { year: number; month?: number }[] {
  return years.flatMap((group) => [{ year: group.year }, ...(splitByMonth(group)?.months ?? []).map(({ month }) => ({ year: group.year, month }))]);
}

/** A link a timeline page shows: its text and address. */
export interface TimelineLink { text: string; href: string }

/** Everything a timeline page shows, computed: the page component only renders it. */
export interface TimelineView {
  title: string;
  description: string;
  /** The sentence under the title: how many events and statements the page holds, or why the year is split. */
  summary: string;
  /** Previous and next page at this page's own step, and the way back up (year pages only). */
  nav?: { previous?: TimelineLink; next?: TimelineLink; year?: TimelineLink; overview: TimelineLink; everything?: TimelineLink };
  /** Every year of this timeline with what it holds, linking to its page (not on a month's page). */
  years: { year: number; count: string; href: string }[];
  currentYear?: number;
  /** The months of a year too long for one page. */
  months: { year: number; text: string; count: string; href: string }[];
  currentMonth?: number;
  /** Statements per month: over the timeline's whole span on an overview, over the year's twelve months otherwise. */
  chart?: ChartInput;
  /** The filters offered, on an overview page. */
  filters?: { status: { active?: string; clear: string }; groups: { label: string; open: boolean; items: { label: string; href: string; current: boolean }[] }[] };
  /** The rows in full, when they fit: by year, each heading linking to its year's page on an overview. */
  rows?: { years: TimelineYear[]; headings: boolean; yearHref?: (year: number) => string; yearOnlyHeading?: string };
  /** Otherwise the latest statements, newest first. */
  latest?: { statements: Statement[]; hideSpeaker: boolean };
}

/** What a timeline's address ends with, and the view of that page. */
export interface TimelinePage { path: string | undefined; view: TimelineView }

interface TimelineUrls {
  timeline: string;
  event: (id: string) => string;
  timelineFiltered: (kind: string, value: string) => string;
  timelineYear: (year: number, filter?: { kind: string; value: string }) => string;
  timelineMonth: (year: number, month: number, filter?: { kind: string; value: string }) => string;
}

const FILTER_GROUPS: [TimelineFilterKind, string][] = [['actor', 'Speaker'], ['kind', 'Kind of actor'], ['outlet', 'Outlet'], ['topic', 'Topic']];
const monthName = (m: number) => MONTHS[m - 1] ?? String(m);
const filterLabel = (f: TimelineFilter) => (f.kind === 'kind' ? (ACTOR_KIND_LABELS[f.value as keyof typeof ACTOR_KIND_LABELS] ?? f.label) : f.label);
const describeCount = (c: { events: number; statements: number }) =>
  [c.events > 0 ? plural(c.events, 'event') : '', c.statements > 0 ? plural(c.statements, 'statement') : ''].filter(Boolean).join(', ');

/**
 * The view of one timeline page, whole or filtered (`active`): the overview (no `year`) gives the
 * counts per year, each linking to its own page, and the full list while it fits (OVERVIEW_LIMIT rows);
 * a year page lists everything in that year, or, for a year too long for one page, links to a page per
 * month (`month`) and lists what is dated only to the year.
 */
export function timelineView(
  years: TimelineYear[],
  urls: TimelineUrls,
  page: { filters?: Record<TimelineFilterKind, TimelineFilter[]> | undefined; active?: TimelineFilter | undefined; year?: number | undefined; month?: number | undefined },
): TimelineView {
  const { filters, active, year, month } = page;
  const counts = yearCounts(years);
  const yearHref = (y: number) => urls.timelineYear(y, active);
  const monthHref = (m: number) => urls.timelineMonth(year ?? 0, m, active);
  const group = year === undefined ? undefined : years.find((y) => y.year === year);
  const split = group && splitByMonth(group);
  // What this page lists: everything (overview), a year, a month of a long year, or a long year's items dated only to the year.
  const shown: TimelineYear[] = !group
    ? years
    : !split
      ? [group]
      : month === undefined
        ? split.yearOnly.length > 0 ? [{ year: group.year, items: split.yearOnly }] : []
        : [{ year: group.year, items: split.months.find((m) => m.month === month)?.items ?? [] }];
  const statementCount = shown.reduce((n, y) => n + y.items.filter((i) => i.type === 'statement').length, 0);
  const eventCount = shown.reduce((n, y) => n + y.items.filter((i) => i.type === 'event').length, 0);
  const inline = year !== undefined || statementCount + eventCount <= OVERVIEW_LIMIT;
  const name = active ? `Timeline: ${filterLabel(active)}` : 'Timeline';
  const period = year === undefined ? '' : month === undefined ? String(year) : `${monthName(month)} ${year}`;
  const title = year === undefined ? name : `${name}, ${period}`;
  const view: TimelineView = {
    title,
    description: `Events and statements on the INF Treaty in date order${year === undefined ? '' : ` in ${period}`}.`,
    summary:
      split && month === undefined
        ? `${plural(group?.items.length ?? 0, 'event or statement', 'events and statements')} in ${year}, too many for one page: each month has its own.`
        : `${plural(eventCount, 'event')} and ${plural(statementCount, 'statement')}${year === undefined ? '' : ` in ${period}`}, in date order.`,
    years: month === undefined ? counts.map((c) => ({ year: c.year, count: describeCount(c), href: yearHref(c.year) })) : [],
    months: split ? split.months.map((m) => ({ year: m.month, text: monthName(m.month), count: plural(m.items.length, 'item'), href: monthHref(m.month) })) : [],
  };
  if (year !== undefined) {
    view.currentYear = year;
    // Previous and next page at this page's own step: the year's months on a month page, years otherwise.
    const steps = month !== undefined && split ? split.months.map((m) => ({ key: m.month, text: `${monthName(m.month)} ${year}`, href: monthHref(m.month) })) : counts.map((c) => ({ key: c.year, text: String(c.year), href: yearHref(c.year) }));
    const index = steps.findIndex((c) => c.key === (month ?? year));
    const previous = index > 0 ? steps[index - 1] : undefined;
    const next = index >= 0 ? steps[index + 1] : undefined;
    view.nav = {
      ...(previous && { previous: { text: previous.text, href: previous.href } }),
      ...(next && { next: { text: next.text, href: next.href } }),
      ...(month !== undefined && { year: { text: `All of ${year}`, href: yearHref(year) } }),
      overview: { text: `All years${active ? ` of ${filterLabel(active)}` : ''}`, href: active ? urls.timelineFiltered(active.kind, active.value) : urls.timeline },
      ...(active && { everything: { text: `Everything in ${period}`, href: month === undefined ? urls.timelineYear(year) : urls.timelineMonth(year, month) } }),
    };
  }
  if (month !== undefined) view.currentMonth = month;
  const chart = timelineChart(group ? [group] : years, years, urls, active);
  if (chart) view.chart = chart;
  if (filters) {
    view.filters = {
      status: { ...(active && { active: filterLabel(active) }), clear: urls.timeline },
      groups: FILTER_GROUPS.map(([kind, label]) => ({
        label,
        open: active?.kind === kind,
        items: filters[kind].map((f) => ({ label: filterLabel(f), href: urls.timelineFiltered(f.kind, f.value), current: Boolean(active && active.kind === f.kind && active.value === f.value) })),
      })),
    };
  }
  if (inline) {
    view.rows = { years: shown, headings: !split, ...(year === undefined && { yearHref }), ...(split && month === undefined && shown.length > 0 && { yearOnlyHeading: `Dated only to ${year}` }) };
  } else {
    view.latest = { statements: latest(years.flatMap((y) => y.items).flatMap((i) => (i.type === 'statement' ? [i.statement] : [])), LATEST * 2), hideSpeaker: active?.kind === 'actor' };
  }
  return view;
}

/**
 * Every page of the timeline, whole and filtered, with the end of its address (`undefined` for
 * `/timeline/` itself, then `2019`, `2022-03`, `actor/<id>`, `actor/<id>/2019`…) and its view.
 */
export function timelineViews(kb: KnowledgeBase, urls: TimelineUrls): TimelinePage[] {
  const filters = timelineFilters(kb);
  const pagesOf = (active: TimelineFilter | undefined): TimelinePage[] => {
    const years = timelineFor(kb, active);
    const prefix = active ? `${active.kind}/${active.value}` : undefined;
    const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('/') || undefined;
    return [
      { path: prefix, view: timelineView(years, urls, { filters, active }) },
      ...timelinePeriods(years).map(({ year, month }) => ({ path: join(prefix, periodKey(year, month)), view: timelineView(years, urls, { active, year, month }) })),
    ];
  };
  return [...pagesOf(undefined), ...Object.values(filters).flat().flatMap(pagesOf)];
}

/**
 * Where a chart's bar for a month links on a (filtered) timeline: the month's own page in a year too
 * long for one page, else the month's first row on its year's page (`#m2019-03`, set by Timeline.astro).
 */
export function monthHref(years: TimelineYear[], urls: Pick<TimelineUrls, 'timelineYear' | 'timelineMonth'>, filter?: Pick<TimelineFilter, 'kind' | 'value'>): (year: number, month: number) => string {
  return (year, month) => {
    const group = years.find((y) => y.year === year);
    const split = group && splitByMonth(group);
    return split?.months.some((m) => m.month === month) ? urls.timelineMonth(year, month, filter) : `${urls.timelineYear(year, filter)}#${monthAnchor(year, month)}`;
  };
}

const statementsOf = (years: TimelineYear[]) => years.flatMap((y) => y.items.flatMap((i) => (i.type === 'statement' ? [i.statement] : [])));
const eventsOf = (years: TimelineYear[]) => years.flatMap((y) => y.items.flatMap((i) => (i.type === 'event' ? [i.event] : [])));

/**
 * The chart of a timeline page: `shown` is the one year of a year or month page (its twelve months on the
 * axis), or every year of an overview (the months from its first statement to its last). Undefined when
 * no statement is dated to a month.
 */
export function timelineChart(shown: TimelineYear[], years: TimelineYear[], urls: TimelineUrls, active?: TimelineFilter): ChartInput | undefined {
  const statements = statementsOf(shown);
  const one = shown.length === 1 && shown !== years ? shown[0] : undefined;
  const span = one ? { from: { year: one.year, month: 1 }, to: { year: one.year, month: 12 } } : monthSpan(statements);
  if (!span || statements.every((s) => s.said.month === undefined)) return undefined;
  const who = active ? ` (${filterLabel(active)})` : '';
  const period = one ? `in ${one.year}` : span.from.year === span.to.year ? `in ${span.from.year}` : `from ${span.from.year} to ${span.to.year}`;
  return statementChart({
    id: 'timeline-chart',
    title: `Statements per month ${period}${who}`,
    about: `Statements on this timeline${who} per month ${period}, with its most discussed events`,
    statements,
    span,
    events: keyEvents(eventsOf(shown), span, urls.event),
    href: monthHref(years, urls, active),
  });
}

const spans = new WeakMap<KnowledgeBase, ReturnType<typeof monthSpan>>();

/** An actor's statements per month, on the axis of the whole knowledge base, so that strips compare. */
export function actorChart(kb: KnowledgeBase, actor: Actor, urls: TimelineUrls): ChartInput | undefined {
  if (!spans.has(kb)) spans.set(kb, monthSpan(kb.statements));
  const span = spans.get(kb);
  if (!span || actor.statements.every((s) => s.said.month === undefined)) return undefined;
  const filter = { kind: 'actor', value: actor.id } as const;
  return statementChart({
    id: 'actor-chart',
    title: `${actor.name}: statements per month, ${span.from.year}–${span.to.year}`,
    about: `${actor.name}’s statements per month, on the same axis as the whole timeline`,
    statements: actor.statements,
    span,
    events: [],
    href: monthHref(timelineFor(kb, filter), urls, filter),
    compact: true,
  });
}

/**
 * The statements about an event by month, with the event marked: how many came before it and how many
 * after, a month either side. Undefined for an event no statement is about.
 */
export function eventChart(kb: KnowledgeBase, event: Event, urls: TimelineUrls): ChartInput | undefined {
  const { statements, date } = event;
  if (statements.length === 0) return undefined;
  const dated = monthSpan(statements);
  const span = date.month === undefined ? dated && widenSpan(dated, dated.from, 1) : widenSpan(dated, { year: date.year, month: date.month }, 1);
  if (!span || !dated) return undefined;
  const before = statements.filter((s) => isCertainlyAfter(date, s.said)).length;
  const after = statements.filter((s) => isCertainlyAfter(s.said, date)).length;
  const same = statements.length - before - after;
  const parts = [`${before} before it`, `${after} after it`, ...(same > 0 ? [`${same} at the same date, as far as the dates tell`] : [])];
  return statementChart({
    id: 'event-chart',
    title: 'Statements about this event, per month',
    about: `${plural(statements.length, 'statement')} about this event: ${parts.join(', ')}`,
    statements,
    span,
    events: keyEvents([event], span, urls.event),
    href: monthHref(timelineFor(kb), urls),
  });
}
