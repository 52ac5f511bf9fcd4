/** What the proposer needs of the knowledge base: actors with every spelling, topics, events, outlets, and every id already given. */
import type { ContentEntries } from '../data/integrity.ts';
import type { KnownActor } from './names.ts';
import type { Subject } from './topics.ts';

export interface EditorKnowledge {
  actors: KnownActor[];
  topics: Subject[];
  events: Subject[];
  /** Outlet names: an outlet cited as a source is not a speaker. */
  outlets: string[];
  /** Statement ids in the content. */
  statementIds: string[];
}

export function editorKnowledge(content: ContentEntries): EditorKnowledge {
  return {
    actors: content.actors.map(({ id, data }) => ({ id, name: data.name, aliases: data.aliases, kind: data.kind, roles: data.roles.map((role) => role.title), affiliation: data.affiliation })),
    topics: content.topics.map(({ id, data }) => ({ id, name: data.name })),
    events: content.events.map(({ id, data }) => ({ id, name: data.title, date: data.date.iso })),
    outlets: content.outlets.map(({ data }) => data.name),
    statementIds: content.articles.flatMap((article) => article.data.claims.map((claim) => claim.id)),
  };
}
