/**
 * Topics and events a statement's words name. A topic is suggested when every meaningful word of its
 * name stands in the passage (by its first five letters, so "proposals" finds "proposal"); an event
 * when the statement was said within the event's date and the passage or its paragraph shares two
 * meaningful words of the event's title. Suggestions only: the editor keeps or drops them.
 */
import { keyWords } from './ids.ts';
import { dateSpan, parsePartialDate } from '../utils/partialDate.ts';

export interface Subject {
  id: string;
  /** A topic's name or an event's title. */
  name: string;
  /** For an event: its date, YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string;
}

const stems = (text: string) => new Set(keyWords(text).map((word) => word.slice(0, 5)));

/** Topic ids whose names the passage carries. */
export function suggestTopics(passage: string, topics: readonly Subject[]): string[] {
  const words = stems(passage);
  return topics.filter((topic) => {
    const needed = [...stems(topic.name)];
    return needed.length > 0 && needed.every((stem) => words.has(stem));
  }).map((topic) => topic.id);
}

/** The event a statement said on `said` is about, if one fits its date and words; the closest fit wins. */
export function suggestEvent(passage: string, context: string, said: string, events: readonly Subject[]): string | undefined {
  const words = new Set([...stems(passage), ...stems(context)]);
  const saidDate = parsePartialDate(said);
  if (typeof saidDate === 'string') return undefined;
  const saidSpan = dateSpan(saidDate);
  let best: { id: string; score: number } | undefined;
  for (const event of events) {
    const date = event.date === undefined ? undefined : parsePartialDate(event.date);
    if (date === undefined || typeof date === 'string') continue;
    const span = dateSpan(date);
    // Said within the event's period, or the event within the statement's.
    if (saidSpan.last < span.first || saidSpan.first > span.last) continue;
    const score = [...stems(event.name)].filter((stem) => words.has(stem)).length;
    if (score >= 2 && (!best || score > best.score)) best = { id: event.id, score };
  }
  return best?.id;
}
