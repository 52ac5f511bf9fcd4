/**
 * The link-preview images (Open Graph, 1200×630): what each card says. One per article, actor, event
 * and topic, and one for the home page, which every other page shows; a statement shows its
 * article's. Pure: made from the content entries as the content folder holds them (the images are
 * drawn on a worker thread from the start of the build, before Astro has loaded any content:
 * src/integrations/previewImages.ts), with the file each is written to.
 */
import type { ContentEntries } from './integrity.ts';
import { publishedContent } from './drafts.ts';
import { formatDate } from '../utils/partialDate.ts';
import { ACTOR_KIND_SINGULAR } from './labels.ts';
import { plural } from '../utils/text.ts';
import type { PreviewKind } from '../utils/shareUrls.ts';

export interface PreviewCard {
  /** The small capitals above the title: "Article", "Person", "Event"… */
  label: string;
  title: string;
  /** A line or two under the title (a topic's description). */
  detail?: string;
  /** Bottom left: outlet and date, a role, a date. */
  meta: string;
}

/** The image's path in the build, as makeShareUrls().previewImage addresses it (without the base). */
export const previewFile = (kind?: PreviewKind, id?: string): string => (kind && id ? `og/${kind}/${id}.png` : 'og/home.png');

export function previewCards(all: ContentEntries): { file: string; card: PreviewCard }[] {
  // Drafts are never published, so no preview image is drawn for one.
  const content = publishedContent(all);
  const outlets = new Map(content.outlets.map((o) => [o.id, o.data.name]));
  const claims = content.articles.reduce((n, a) => n + a.data.claims.length, 0);
  const cards: { file: string; card: PreviewCard }[] = [
    {
      file: previewFile(),
      card: {
        label: 'Knowledge base',
        title: 'Who said what about the collapse of the INF Treaty',
        detail: 'Every statement with its speaker, the date it was made, the source that reported it and a permanent address to cite.',
        meta: `${plural(content.articles.length, 'article')} · ${plural(claims, 'statement')} · ${plural(content.actors.length, 'actor')}`,
      },
    },
  ];
  for (const { id, data } of content.articles) {
    const outlet = outlets.get(data.outlet) ?? data.outlet;
    const original = data.original && (outlets.get(data.original.outlet) ?? data.original.outlet);
    cards.push({ file: previewFile('articles', id), card: { label: 'Article', title: data.title, meta: `${original ? `${outlet} (from ${original})` : outlet} · ${formatDate(data.date)}` } });
  }
  for (const { id, data } of content.actors) {
    cards.push({ file: previewFile('actors', id), card: { label: ACTOR_KIND_SINGULAR[data.kind], title: data.name, detail: data.roles[0]?.title ?? data.description, meta: 'Statements, topics and exchanges' } });
  }
  for (const { id, data } of content.events) {
    cards.push({ file: previewFile('events', id), card: { label: 'Event', title: data.title, meta: formatDate(data.date) } });
  }
  for (const { id, data } of content.topics) {
    cards.push({ file: previewFile('topics', id), card: { label: 'Topic', title: data.name, detail: data.description, meta: 'Statements and events on the topic' } });
  }
  return cards;
}
