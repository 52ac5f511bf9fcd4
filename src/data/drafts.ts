/**
 * Drafts: articles and actors written by `npm run new-article` for an editor to review. A draft is
 * parsed and checked like any entry (so a draft that would not build is caught early) but is never
 * published: no page, no dataset row, no search entry. The rule that nothing published may name a
 * draft is one of the integrity rules (src/data/integrity.ts).
 */
import { isDraft, type ContentEntries, type Problem } from './integrity.ts';

export { isDraft };

/** The entries that are published: every draft article and draft actor left out. */
export function publishedContent(content: ContentEntries): ContentEntries {
  return {
    ...content,
    articles: content.articles.filter((entry) => !isDraft(entry)),
    actors: content.actors.filter((entry) => !isDraft(entry)),
  };
}

/**
 * What each draft still needs from an editor, worded like a problem (file, what, how): a draft article
 * with its proposed statements and the draft actors it names, then any draft actor no draft article names.
 */
export function draftsToReview(content: ContentEntries): Problem[] {
  const draftActors = new Map(content.actors.filter(isDraft).map((actor) => [actor.id, actor]));
  const named = new Set<string>();
  const reviews: Problem[] = [];
  for (const article of content.articles.filter(isDraft)) {
    const count = article.data.claims.length;
    const parts = [`${count} proposed statement${count === 1 ? '' : 's'} to review`];
    for (const id of article.data.speakers) {
      const actor = draftActors.get(id);
      if (!actor) continue;
      named.add(id);
      parts.push(`new actor ${actor.data.name} (${actor.file}) to review`);
    }
    reviews.push({
      file: article.file,
      field: 'draft',
      problem: parts.join('; '),
      fix: 'check each statement against the text (speaker, passage, kind, date, topics, event), delete the wrong ones, then remove `draft: true` here and in each new actor',
    });
  }
  for (const [id, actor] of draftActors) {
    if (named.has(id)) continue;
    reviews.push({ file: actor.file, field: 'draft', problem: `new actor ${actor.data.name} to review`, fix: 'complete its name, kind and description, then remove `draft: true`' });
  }
  return reviews;
}
