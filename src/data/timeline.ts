/**
 * The timeline: events and statements in one date order, grouped by year, and the filters a reader
 * can apply to it. Pure; works on the linked knowledge base.
 */
import type { Event, KnowledgeBase, Statement } from './model.ts';
import { compareDates } from '../utils/partialDate.ts';
import { ACTOR_KINDS } from '../schemas/actor.ts';

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
