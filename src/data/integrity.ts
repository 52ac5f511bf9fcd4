/**
 * The knowledge base's cross-entry rules, which a schema for one entry cannot see.
 * Pure: it takes entries already parsed by the schemas and returns problems; the callers
 * (the site's data module and the `check` command) decide to fail. Astro only warns on a
 * dangling reference, so every reference is resolved here.
 */
import type { ActorData, ArticleData, EventData, OutletData, TopicData } from '../schemas/index.ts';
import { formatDate, isCertainlyAfter } from '../utils/partialDate.ts';
import { normalizeQuoteText } from '../utils/quoteText.ts';
import { trimAtWord } from '../utils/text.ts';

/** True for an entry marked `draft: true` (src/data/drafts.ts): checked like any entry, never published. */
export const isDraft = (entry: Entry<{ draft?: boolean | undefined }>): boolean => entry.data.draft === true;

export interface Entry<T> {
  /** The entry's id: its file name without extension. */
  id: string;
  /** Path of the file, relative to the project, for messages. */
  file: string;
  data: T;
}
export interface ArticleEntry extends Entry<ArticleData> {
  /**
   * What the body prints of each claim's quote (printedPassages in src/utils/quoteText.ts): the passage,
   * or null when the quote is not in the body as written (within one paragraph, or over consecutive ones
   * when it is written in several). A quote missing here is not in the body.
   */
  passages: ReadonlyMap<string, string | null>;
}
export interface ContentEntries {
  articles: ArticleEntry[];
  actors: Entry<ActorData>[];
  outlets: Entry<OutletData>[];
  events: Entry<EventData>[];
  topics: Entry<TopicData>[];
}

/** One thing wrong: where, what, and how to put it right. */
export interface Problem {
  file: string;
  /** Field path inside the file, e.g. `claims[2].quote`; empty for the file as a whole. */
  field: string;
  problem: string;
  fix: string;
}

/** Every problem across the entries, in file order. An empty list means the content may be published. */
export function checkIntegrity(content: ContentEntries): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, field: string, problem: string, fix: string) =>
    problems.push({ file, field, problem, fix });

  const ids = {
    actors: new Set(content.actors.map((entry) => entry.id)),
    outlets: new Set(content.outlets.map((entry) => entry.id)),
    events: new Set(content.events.map((entry) => entry.id)),
    topics: new Set(content.topics.map((entry) => entry.id)),
    articles: new Set(content.articles.map((entry) => entry.id)),
  };
  const folderOf = { actors: 'content/actors/', outlets: 'content/outlets/', events: 'content/events/', topics: 'content/topics/', articles: 'content/articles/' };
  const mustExist = (kind: keyof typeof ids, id: string | undefined, file: string, field: string) => {
    if (id === undefined || ids[kind].has(id)) return;
    const singular = kind.slice(0, -1);
    report(file, field, `refers to ${singular} "${id}", which does not exist`, `correct the id, or add ${folderOf[kind]}${id}${kind === 'articles' ? '.mdx' : '.yaml'}`);
  };

  // Statement ids are the statements' permanent addresses, so they are unique across every article.
  const statementHome = new Map<string, string>();
  for (const article of content.articles) {
    article.data.claims.forEach((claim, index) => {
      const earlier = statementHome.get(claim.id);
      if (earlier !== undefined) {
        report(article.file, `claims[${index}].id`, `statement id "${claim.id}" is already used in ${earlier}`, 'give this statement a new id that no other statement has ever had');
      } else {
        statementHome.set(claim.id, article.file);
      }
    });
  }

  for (const article of content.articles) {
    const { data, file } = article;
    mustExist('outlets', data.outlet, file, 'outlet');
    mustExist('outlets', data.original?.outlet, file, 'original.outlet');
    data.speakers.forEach((speaker, index) => mustExist('actors', speaker, file, `speakers[${index}]`));
    const speakers = new Set(data.speakers);
    data.claims.forEach((claim, index) => {
      const at = `claims[${index}]`;
      mustExist('actors', claim.speaker, file, `${at}.speaker`);
      if (!speakers.has(claim.speaker)) {
        report(file, `${at}.speaker`, `statement "${claim.id}" is by "${claim.speaker}", who is not in the article's speakers`, `add "${claim.speaker}" to speakers, or correct the claim's speaker`);
      }
      // Hearsay: the article reports the via actor's account, so they are one of its speakers, and never the speaker themself.
      if (claim.via !== undefined) {
        mustExist('actors', claim.via, file, `${at}.via`);
        if (claim.via === claim.speaker) {
          report(file, `${at}.via`, `statement "${claim.id}" is known through the account of its own speaker "${claim.via}"`, 'remove `via` (the speaker\'s own words need none), or name the other actor whose account reports them');
        } else if (ids.actors.has(claim.via) && !speakers.has(claim.via)) {
          report(file, `${at}.via`, `statement "${claim.id}" is known through the account of "${claim.via}", who is not in the article's speakers`, `add "${claim.via}" to speakers (the article reports their account), or correct \`via\``);
        }
      }
      claim.topics.forEach((topic, t) => mustExist('topics', topic, file, `${at}.topics[${t}]`));
      mustExist('events', claim.event, file, `${at}.event`);
      for (const relation of ['respondsTo', 'disputes'] as const) {
        claim[relation].forEach((target, r) => {
          if (target === claim.id) {
            report(file, `${at}.${relation}[${r}]`, `statement "${claim.id}" refers to itself`, 'name another statement, or remove the entry');
          } else if (!statementHome.has(target)) {
            report(file, `${at}.${relation}[${r}]`, `refers to statement "${target}", which does not exist`, 'use the id of a statement in some article\'s claims');
          }
        });
      }
      if ((article.passages.get(claim.quote) ?? null) === null) {
        report(file, `${at}.quote`, `the quote of "${claim.id}" does not occur in the article body as written: "${excerpt(claim.quote)}"`, 'copy the passage exactly as printed in the body (only white space, typographic quotes, apostrophes and dashes may differ); a passage that runs over several paragraphs is written with a blank line between them, the first part ending its paragraph and the last beginning its own');
      }
      if (isCertainlyAfter(claim.said, data.date)) {
        report(file, `${at}.said`, `statement "${claim.id}" is dated ${formatDate(claim.said)}, after the article's date (${formatDate(data.date)})`, 'a statement is made before it is reported: correct `said` or the article\'s `date`');
      }
    });
  }

  // One spelling, one actor: otherwise a name in a source could not be resolved.
  const owner = new Map<string, { id: string; file: string }>();
  for (const actor of content.actors) {
    const spellings = [actor.data.name, ...actor.data.aliases];
    const own = new Set<string>();
    spellings.forEach((spelling, index) => {
      const key = normalizeQuoteText(spelling).toLocaleLowerCase('en');
      const field = index === 0 ? 'name' : `aliases[${index - 1}]`;
      if (own.has(key)) {
        report(actor.file, field, `"${spelling}" is listed twice for this actor`, 'keep one');
        return;
      }
      own.add(key);
      const other = owner.get(key);
      if (other !== undefined) {
        report(actor.file, field, `"${spelling}" also names actor "${other.id}" (${other.file})`, 'an alias belongs to one actor: remove it from one of them, or merge the two actors');
      } else {
        owner.set(key, { id: actor.id, file: actor.file });
      }
    });
    mustExist('actors', actor.data.affiliation, actor.file, 'affiliation');
    if (actor.data.affiliation === actor.id) {
      report(actor.file, 'affiliation', 'an actor cannot be affiliated to itself', 'name the organisation or state it belongs to, or remove the field');
    }
    actor.data.roles.forEach((role, index) => {
      mustExist('actors', role.organisation, actor.file, `roles[${index}].organisation`);
      if (role.from && role.to && isCertainlyAfter(role.from, role.to)) {
        report(actor.file, `roles[${index}].to`, `the role ends (${formatDate(role.to)}) before it begins (${formatDate(role.from)})`, 'swap or correct `from` and `to`');
      }
    });
  }

  for (const event of content.events) {
    event.data.actors.forEach((actor, index) => mustExist('actors', actor, event.file, `actors[${index}]`));
    event.data.articles.forEach((article, index) => mustExist('articles', article, event.file, `articles[${index}]`));
    const reporting = new Set(event.data.articles);
    event.data.sources.forEach((source, index) => {
      if (source.article === undefined) return;
      mustExist('articles', source.article, event.file, `sources[${index}].article`);
      if (ids.articles.has(source.article) && !reporting.has(source.article)) {
        report(event.file, `sources[${index}].article`, `the event rests on article "${source.article}", which is not in its articles`, `add "${source.article}" to articles (an article the event rests on reports it), or correct the source`);
      }
    });
    event.data.topics.forEach((topic, index) => mustExist('topics', topic, event.file, `topics[${index}]`));
  }

  problems.push(...draftReferences(content));
  return problems;
}

/** Published entries that name a draft: a draft is never published, so the reference would lead nowhere. */
function draftReferences(content: ContentEntries): Problem[] {
  const problems: Problem[] = [];
  const drafts = {
    actor: new Map(content.actors.filter(isDraft).map((entry) => [entry.id, entry.file])),
    article: new Map(content.articles.filter(isDraft).map((entry) => [entry.id, entry.file])),
    statement: new Map(content.articles.filter(isDraft).flatMap((entry) => entry.data.claims.map((claim) => [claim.id, entry.file] as const))),
  };
  const mustBePublished = (kind: keyof typeof drafts, id: string | undefined, file: string, field: string) => {
    const draftFile = id === undefined ? undefined : drafts[kind].get(id);
    if (draftFile === undefined) return;
    const home = kind === 'statement' ? `the draft article ${draftFile}` : draftFile;
    problems.push({ file, field, problem: `names ${kind} "${id}", which is a draft and so is not published`, fix: `review ${home} and remove its \`draft: true\`, or remove this reference` });
  };
  for (const article of content.articles.filter((entry) => !isDraft(entry))) {
    article.data.speakers.forEach((speaker, index) => mustBePublished('actor', speaker, article.file, `speakers[${index}]`));
    article.data.claims.forEach((claim, index) => {
      for (const relation of ['respondsTo', 'disputes'] as const) {
        claim[relation].forEach((target, r) => mustBePublished('statement', target, article.file, `claims[${index}].${relation}[${r}]`));
      }
    });
  }
  for (const actor of content.actors.filter((entry) => !isDraft(entry))) {
    mustBePublished('actor', actor.data.affiliation, actor.file, 'affiliation');
    actor.data.roles.forEach((role, index) => mustBePublished('actor', role.organisation, actor.file, `roles[${index}].organisation`));
  }
  for (const event of content.events) {
    event.data.actors.forEach((actor, index) => mustBePublished('actor', actor, event.file, `actors[${index}]`));
    event.data.articles.forEach((article, index) => mustBePublished('article', article, event.file, `articles[${index}]`));
  }
  return problems;
}

const excerpt = (value: string): string => trimAtWord(value, 90);

/** The problems as one message for a terminal, grouped by file, under `heading` (by default: nothing was published). */
export function formatProblems(problems: Problem[], heading = `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was published:`): string {
  return formatByFile(heading, problems);
}

/** A heading, then each file with its items: field, what, and the fix. */
export function formatByFile(heading: string, problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const lines = [heading];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const problem of list) {
      lines.push(`  ${problem.field || '(file)'}: ${problem.problem}.`, `    Fix: ${problem.fix}.`);
    }
  }
  return lines.join('\n');
}
