/**
 * Curation rules: what an editor checks a record against its source text, beyond what the schemas and
 * the integrity check can see. Each rule is a checkable proxy for a fault an audit of the five articles
 * found, and returns findings ("<record>: what is wrong") — none for the real content
 * (tests/unit/curation.test.ts), one for each planted copy of a fault.
 */
import type { ActorData, ArticleData, Claim, EventData } from '../../src/schemas/index.ts';
import { isCertainlyAfter, type PartialDate } from '../../src/utils/partialDate.ts';
import { paragraphsOf, quoteFinder } from '../../src/utils/quoteText.ts';

export interface CuratedArticle {
  id: string;
  data: ArticleData;
  /** The MDX body, as written. */
  body: string;
}

export interface Corpus {
  articles: CuratedArticle[];
  actors: ReadonlyMap<string, ActorData>;
  events: ReadonlyMap<string, EventData>;
}

const sameDate = (a: PartialDate, b: PartialDate) => a.iso === b.iso;

/** Verbs of saying, as the translations print them. */
const SAYING = String.raw`(?:said|says|noted|stated|declared|announced|stressed|emphasi[sz]ed|pointed out|recalled|argued|added)`;
/**
 * A verb of saying that the passage places before the report: "Lavrov noted then", "have previously
 * argued" — but not a participle describing something else ("the earlier announced moratorium").
 */
const SAID_EARLIER = new RegExp(String.raw`\b${SAYING}\s+(?:then|earlier|previously|before|last (?:week|month|year))\b|(?<!\b(?:the|an?)\s)\b(?:then|earlier|previously|once)\s+${SAYING}\b(?!\s+by\b)`, 'i');
/** "noted then": said at a past moment the text narrates, so before the report, not on its date. */
const SAID_THEN = new RegExp(String.raw`\b${SAYING}\s+then\b|\bthen\s+${SAYING}\b`, 'i');

/**
 * A statement the passage says was made earlier ("Lavrov noted then", "previously argued") cannot carry
 * the article's date without a note on how it is dated; and one made "then" cannot carry the article's
 * date at all, at any precision that includes the report: it was made before.
 */
export function earlierStatementsOnTheArticleDate({ data }: CuratedArticle): string[] {
  return data.claims.flatMap((claim) => {
    if (SAID_THEN.test(claim.quote) && !isCertainlyAfter(data.date, claim.said)) {
      return [`${claim.id}: the text says it was said "then", before the article, but it is dated ${claim.said.iso} (the article: ${data.date.iso})`];
    }
    if (SAID_EARLIER.test(claim.quote) && sameDate(claim.said, data.date) && !claim.saidNote) {
      return [`${claim.id}: the text says it was said earlier, yet it carries the article's date without a saidNote`];
    }
    return [];
  });
}

/** Words of a date note that make the date a bound ("on 25 January or shortly after"), not a printed date. */
const BOUND = /\b(?:earliest|or shortly after|or (?:soon |shortly )?later|not before|no earlier than)\b/i;

/** An article whose date note says its date is only a bound is not dated to a day: no day is invented. */
export function boundDatesGivenADay({ id, data }: CuratedArticle): string[] {
  return data.dateNote && BOUND.test(data.dateNote) && data.date.precision === 'day'
    ? [`${id}: the date note says ${data.date.iso} is only the earliest possible day, yet the article is dated to that day`]
    : [];
}

/** A statement dated more precisely than its article says how that day is known (a saidNote). */
export function daysFinerThanTheArticle({ data }: CuratedArticle): string[] {
  const rank = { year: 0, month: 1, day: 2 } as const;
  return data.claims
    .filter((claim) => rank[claim.said.precision] > rank[data.date.precision] && !claim.saidNote)
    .map((claim) => `${claim.id}: dated ${claim.said.iso}, more precisely than its article (${data.date.iso}), with no saidNote on how`);
}

/** A passage that opens with what followed an event: "As a result, Moscow said…", "Following the meeting, …". */
const FOLLOWED = /^(?:As a result|Following|After)\b/;

/** A statement made after an event ("as a result" of talks) is not dated to the event's day: it was on that day or later. */
export function statementsAfterAnEventOnItsDay({ data }: CuratedArticle, events: ReadonlyMap<string, EventData>): string[] {
  return data.claims.flatMap((claim) => {
    const event = claim.event === undefined ? undefined : events.get(claim.event);
    if (!event || event.date.precision !== 'day' || !sameDate(claim.said, event.date) || !FOLLOWED.test(claim.quote.trim())) return [];
    return [`${claim.id}: the text says it followed ${claim.event} ("${FOLLOWED.exec(claim.quote.trim())?.[0]}"), not that it was said on ${event.date.iso}`];
  });
}

/** Quotation marks as the sources print them (the translations use either curly mark to close). */
const MARK = /[“”"«»„]/g;
const OPENS = /^[“"«„]/;

export interface Quotation {
  /** Index of its first and last paragraph in paragraphsOf(body). */
  start: number;
  end: number;
  /** What follows the closing mark in its last paragraph: the attribution, e.g. "concluded Vladimir Vasiliev." */
  attribution: string;
}

/**
 * The quotations that fill whole paragraphs: a paragraph that opens with a quotation mark begins one, and
 * it runs on, paragraph by paragraph, to the first paragraph that holds a closing mark; the words after
 * that mark are its attribution. A heading or a photo caption ends the search (the quotation is unclosed
 * and not reported).
 */
export function quotations(paragraphs: readonly string[]): Quotation[] {
  const found: Quotation[] = [];
  for (let start = 0; start < paragraphs.length; start++) {
    const first = (paragraphs[start] as string).trim();
    if (!OPENS.test(first)) continue;
    for (let end = start; end < paragraphs.length; end++) {
      const text = (paragraphs[end] as string).trim();
      if (end > start && /^(?:#|<PhotoCaption)/.test(text)) break;
      const marks = [...text.matchAll(MARK)].filter((m) => end > start || m.index > 0);
      const closing = marks.at(-1);
      if (closing) {
        found.push({ start, end, attribution: text.slice(closing.index + 1).trim() });
        start = end;
        break;
      }
    }
  }
  return found;
}

/** Each claim's paragraphs in the body: indices into paragraphsOf(body). */
function claimParagraphs({ data, body }: CuratedArticle): Map<Claim, number[]> {
  const find = quoteFinder(paragraphsOf(body));
  return new Map(data.claims.map((claim) => [claim, (find(claim.quote) ?? []).map((piece) => piece.index)]));
}

/**
 * A quotation that runs over several paragraphs is held whole: when any of its paragraphs is a statement,
 * every paragraph of it is in some statement, all by one speaker. (So a direct quote whose opening mark
 * is not closed in its passage goes on, in the next statement of the same speaker, to the closing mark.)
 */
export function quotationsWithParagraphsLeftOut(article: CuratedArticle): string[] {
  const paragraphs = paragraphsOf(article.body);
  const where = claimParagraphs(article);
  return quotations(paragraphs)
    .filter((q) => q.end > q.start)
    .flatMap((q) => {
      const inside = [...where].filter(([, indices]) => indices.some((i) => i >= q.start && i <= q.end));
      if (inside.length === 0) return [];
      const problems: string[] = [];
      const speakers = [...new Set(inside.map(([claim]) => claim.via ?? claim.speaker))];
      if (speakers.length > 1) problems.push(`the quotation "${excerpt(paragraphs[q.start])}" is split between speakers ${speakers.join(', ')}`);
      for (let i = q.start; i <= q.end; i++) {
        if (!inside.some(([, indices]) => indices.includes(i))) {
          const before = inside.find(([, indices]) => indices.includes(i - 1))?.[0];
          problems.push(`${before ? `${before.id}: its quotation goes on` : 'a quotation goes on'} in "${excerpt(paragraphs[i])}", which no statement holds`);
        }
      }
      return problems;
    });
}

/** The spellings that name an actor in a text: name and aliases, and a person's surname. */
function namesOf(actor: ActorData): string[] {
  const spellings = [actor.name, ...actor.aliases];
  return actor.kind === 'person' ? [...spellings, ...spellings.map((s) => s.split(' ').at(-1) ?? s)] : spellings;
}

/** The actors a piece of text names. */
function actorsNamed(text: string, actors: ReadonlyMap<string, ActorData>): Set<string> {
  const named = new Set<string>();
  for (const [id, actor] of actors) {
    if (namesOf(actor).some((name) => new RegExp(String.raw`(?<![\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'u').test(text))) named.add(id);
  }
  return named;
}

/** The actor and what it belongs to (a minister's ministry, a ministry's state), which an attribution may name instead. */
function selfAndAffiliations(id: string, actors: ReadonlyMap<string, ActorData>): Set<string> {
  const chain = new Set<string>();
  for (let at: string | undefined = id; at !== undefined && !chain.has(at); at = actors.get(at)?.affiliation) chain.add(at);
  return chain;
}

/** "According to X, …" or "As X said, …": whose account the passage gives. */
const ACCOUNT = new RegExp(String.raw`\baccording to ([^,.]{1,120})|(?:^|[.;]\s+)As (?!a result\b|for\b)(.{1,120}?)\s${SAYING}\b`, 'gi');

/**
 * A statement known through someone else's account says so (`via`): a passage that stands inside
 * another actor's quotation (the attribution after the closing mark names them), or that gives another
 * actor's account ("according to X", "As X said"), is by its speaker only through that actor.
 */
export function hearsayWithoutVia(article: CuratedArticle, actors: ReadonlyMap<string, ActorData>): string[] {
  const paragraphs = paragraphsOf(article.body);
  const where = claimParagraphs(article);
  const problems: string[] = [];
  const check = (claim: Claim, named: Set<string>, how: string) => {
    if (named.size === 0) return;
    const own = selfAndAffiliations(claim.speaker, actors);
    if ([...own].some((id) => named.has(id)) || (claim.via !== undefined && named.has(claim.via))) return;
    problems.push(`${claim.id}: ${how} ${[...named].join(', ')}, not of ${claim.speaker}: record via`);
  };
  const quoted = quotations(paragraphs).map((q) => ({ ...q, named: actorsNamed(q.attribution, actors) }));
  for (const [claim, indices] of where) {
    const inside = quoted.find((q) => indices.length > 0 && indices.every((i) => i >= q.start && i <= q.end));
    if (inside) check(claim, inside.named, 'the passage stands inside the quotation of');
    for (const match of claim.quote.matchAll(ACCOUNT)) check(claim, actorsNamed(match[1] ?? match[2] ?? '', actors), 'the passage gives the account of');
  }
  return problems;
}

/** A passage that turns an accusation round ("in turn", "the United States itself"), and one that denies it. */
const TURNS_ROUND = /\b(?:in (?:its|their) turn|in turn|itself|themselves)\b/i;
const DENIES = /\b(?:dismiss\w*|reject\w*|den(?:y|ies|ied)|(?:does|did) not violate|compl(?:iance|ies|ying)|without any grounds|no (?:hard )?evidence|did not provide)\b/i;

/**
 * A dispute joins two statements about the same matter, one contradicting the other; an answer is
 * recorded with respondsTo. Checkable proxies: the two share a topic; no statement both answers and
 * disputes the same statement; and a counter-accusation that does not deny the accusation answers it.
 */
export function disputesThatAreAnswers(corpus: Corpus): string[] {
  const claims = new Map(corpus.articles.flatMap((a) => a.data.claims.map((c) => [c.id, c] as const)));
  return [...claims.values()].flatMap((claim) =>
    claim.disputes.flatMap((target) => {
      const other = claims.get(target);
      if (!other) return [];
      const problems: string[] = [];
      if (!claim.topics.some((t) => other.topics.includes(t))) problems.push(`${claim.id} disputes ${target}, but they share no topic: a dispute is about the same matter`);
      if (claim.respondsTo.includes(target)) problems.push(`${claim.id} both answers and disputes ${target}: it is one or the other`);
      if (TURNS_ROUND.test(claim.quote) && !DENIES.test(claim.quote)) problems.push(`${claim.id} turns the accusation round without denying it: it answers ${target} (respondsTo), it does not dispute it`);
      return problems;
    }),
  );
}

/**
 * An actor's roles and description agree: terms of one office do not overlap, and only the latest may be
 * open; every term the description gives ("from 2017 to 2021", "since 2004") is a dated role, and every
 * dated role is in the description — so no description ends an office before a later recorded term.
 */
export function rolesAtOddsWithTheDescription(id: string, actor: ActorData): string[] {
  const problems: string[] = [];
  const byTitle = new Map<string, ActorData['roles']>();
  for (const role of actor.roles) byTitle.set(role.title, [...(byTitle.get(role.title) ?? []), role]);
  for (const [title, terms] of byTitle) {
    const dated = [...terms].sort((a, b) => (a.from?.iso ?? '').localeCompare(b.from?.iso ?? ''));
    dated.slice(0, -1).forEach((term, k) => {
      const next = dated[k + 1];
      if (!term.to) problems.push(`${id}: a term as ${title} has no end, but a later term is recorded`);
      else if (next?.from && !isCertainlyAfter(next.from, term.to) && next.from.iso !== term.to.iso) problems.push(`${id}: terms as ${title} overlap (${term.to.iso} / ${next.from.iso})`);
    });
  }
  const stated = [
    ...[...actor.description.matchAll(/\bfrom (\d{4}) to (\d{4})\b/g)].map((m) => ({ from: Number(m[1]), to: Number(m[2]) as number | undefined })),
    ...[...actor.description.matchAll(/\bsince (\d{4})\b/g)].map((m) => ({ from: Number(m[1]), to: undefined })),
  ];
  const roleTerms = actor.roles.filter((r) => r.from).map((r) => ({ from: r.from?.year, to: r.to?.year, title: r.title }));
  for (const term of stated) {
    if (!roleTerms.some((r) => r.from === term.from && r.to === term.to)) {
      problems.push(`${id}: the description gives a term ${term.from}–${term.to ?? ''} that no dated role records`);
    }
  }
  for (const role of roleTerms) {
    if (!stated.some((t) => t.from === role.from && t.to === role.to)) {
      problems.push(`${id}: the role ${role.title} (${role.from}–${role.to ?? ''}) is not in the description, which may end the office before it`);
    }
  }
  return problems;
}

/** Editors' notes that call a rendering garbled or a machine translation's. */
const MACHINE_FAULTS = /\bgarbled\b|\bmachine[- ]translat/i;

/** A text whose editors' notes point out garbled renderings is a machine translation, not a human one. */
export function garbledTextsCalledHumanTranslations({ id, data }: CuratedArticle): string[] {
  if (!data.original || data.original.translation === 'machine') return [];
  const garbled = data.notes.filter((note) => MACHINE_FAULTS.test(note.text));
  return garbled.length > 0 ? [`${id}: marked a ${data.original.translation} translation, but its notes call ${garbled.map((n) => `"${n.term ?? n.text}"`).join(', ')} garbled`] : [];
}

function excerpt(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > 50 ? `${flat.slice(0, 47)}…` : flat;
}
