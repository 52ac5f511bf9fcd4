/**
 * The editor's first draft of an article's statements: every passage that reports what someone said,
 * with its speaker, kind, date, id, topics and event, for an editor to judge.
 *
 * A statement is a sentence (or the sentences a quotation spans, with its tail `," X said.`) that has
 * an attribution — a reporting verb and its subject, or "according to X" — or a quotation of a few
 * words whose speaker is the one the text is already quoting. A quotation that runs over paragraphs
 * gives one statement per paragraph (a statement stands within one paragraph), each attributed to the
 * speaker its closing tail names. A sentence whose clauses report two speakers ("Washington accused
 * Russia …, but Moscow dismissed …") gives one statement per clause. A passage printed twice (a
 * sub-headline repeated in the text) is proposed where it is fuller, so that it anchors there.
 */
import { attribute, startsAttribution, type Attribution } from './attribution.ts';
import { saidDate } from './dates.ts';
import { keyWords, proposeId, speakerPart } from './ids.ts';
import { ActorIndex, type ActorKind, type KnownActor, type Mention } from './names.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';
import { hasVerb, sentenceRanges, trimRange, type Range } from './sentences.ts';
import { suggestEvent, suggestTopics, type Subject } from './topics.ts';
import { normalizeQuoteText } from '../utils/quoteText.ts';

export type ClaimKind = 'direct' | 'indirect' | 'paraphrase';

export interface ProposedClaim {
  id: string;
  /** The actor's id (a known actor, or a new one listed in `newActors`) and the name as printed. */
  speaker: { id: string | null; name: string };
  /** The passage exactly as printed in the body. */
  quote: string;
  kind: ClaimKind;
  said: string;
  saidNote?: string;
  topics: string[];
  event?: string;
  /** For a statement reported inside another's quotation: the actor id of the one who reports it. */
  via?: string;
  /** Why it was proposed and how the speaker was found, for the editor. */
  reason: string;
}

export interface NewActor {
  id: string;
  /** As printed, where the text first names them. */
  name: string;
  /** Other spellings the text prints (transliterations). */
  aliases: string[];
  kind: ActorKind;
}

export interface Proposal {
  claims: ProposedClaim[];
  newActors: NewActor[];
}

export interface ProposeInput {
  /** The body's paragraphs as printed (headings and captions left out). */
  paragraphs: string[];
  /** The article's date, YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  actors: KnownActor[];
  topics: Subject[];
  events: Subject[];
  /** Statement ids that may not be given (in the content or ever published). */
  takenIds: Iterable<string>;
  /** Names of outlets: an outlet quoted as a source ("TASS quotes") is not a speaker. */
  outlets?: string[];
}

/** Role nouns for people quoted for what they know rather than an office they hold. */
const EXPERT_NOUNS = /^(?:expert|analyst|scientist|researcher|professor|author|observer|commentator)$/;
/** Words of an office's title: an office holder is not "the expert". */
const OFFICE = /president|minister|secretary|spokes|ambassador|chancellor|senator|representative|envoy|commander|general|head of state|king|queen/i;
/** Role nouns that name an office by other words than its title ("the Russian diplomat" for a deputy foreign minister). */
const ROLE_TITLES: Record<string, RegExp> = {
  diplomat: /minister|ambassador|envoy|representative|diplomat|foreign/i,
  leader: /president|prime minister|chancellor|leader|king|queen/i,
  'head of state': /president|king|queen|head of state/i,
  spokesman: /spokes|press secretary/i,
  spokeswoman: /spokes|press secretary/i,
  spokesperson: /spokes|press secretary/i,
  'press secretary': /spokes|press secretary/i,
  'secretary-general': /secretary[-\s]general/i,
};

/** Fewest quoted words for an unattributed quotation to be a statement; fewer are a term in quotation marks ("nuclear five"). */
const MIN_QUOTED_WORDS = 3;

interface Unit {
  paragraph: number;
  range: Range;
  /** Quoted spans inside the unit, relative to its start. */
  quotes: QuoteSpan[];
}

interface Candidate {
  paragraph: number;
  range: Range;
  speaker: string;
  printed: string;
  kind: ClaimKind;
  dateWords: string;
  /** The attributing words ("Sergei Ryabkov said"), as offsets into the paragraph: the id is made from the other words. */
  frame?: Range;
  via?: string;
  reason: string;
}

const slug = (value: string) => value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const wordCount = (value: string) => value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A dateline: the place in capitals, a date, maybe the agency, and a dash. */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+,[^–—-]{1,40}\s[-–—]{1,2}\s+/u;

/** "This was announced by X", "These words were said by X": the sentence before is X's. */
const THIS_WAS_SAID_BY = /^(?:This|That|It|These words|Such (?:a|an) \w+)\s+(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:announced|said|stated|reported|noted|declared|told|written|voiced)\s+by\b/;
/** "a statement by X", "the document of X": the statement or document from now on is X's. */
const DOCUMENT_BY = /\b(?:statement|document|declaration|decree|letter|message|address|communiqu[ée])\s+(?:by|of|from)\s+/i;

/** Clause boundaries where a second speaker may begin: ", but Moscow …", " -- a claim Moscow rejected", ", after which Moscow …". */
const CLAUSE_SPLIT = /,\s+(?:but|while|whereas)\s+|,\s+(?=after which\s)|\s+[-–—]{1,2}\s+|;\s+/g;

export function proposeStatements(input: ProposeInput): Proposal {
  const index = new ActorIndex(input.actors);
  const outletNames = new Set((input.outlets ?? []).map((name) => name.toLowerCase()));
  const newActors = new Map<string, NewActor>();
  const taken = new Set(input.takenIds);
  const { paragraphs } = input;

  const mentionsIn = (text: string, masked: readonly QuoteSpan[]) =>
    index.mentions(text, masked).filter((m) => !outletNames.has(m.text.toLowerCase()));
  const quotes = findQuotes(paragraphs, (text, at) => startsAttribution(text, at, mentionsIn(text, [])));

  // A paragraph printed again inside a later one (a sub-headline the text repeats) proposes nothing itself.
  const normalized = paragraphs.map((p) => normalizeQuoteText(p).replace(/[.!?…]+$/, ''));
  const repeated = normalized.map((p, i) => p.length > 0 && normalized.slice(i + 1).some((later) => later.includes(p)));

  // Who the text has named so far: speakers, and every actor it named.
  const history = { speakers: [] as string[], named: [] as string[], documentAuthor: undefined as string | undefined, roles: new Map<string, string>() };
  const kindOf = (id: string): ActorKind => index.actors.get(id)?.kind ?? newActors.get(id)?.kind ?? 'person';

  const resolve = (mention: Mention): string | null => {
    if (mention.type === 'name') return mention.actor ?? null;
    if (mention.type === 'new') {
      const known = index.lookup(mention.text) ?? (index.actors.has(slug(mention.text)) ? slug(mention.text) : undefined);
      if (known) return known;
      // Another transliteration of a person already known or proposed: one actor, with this spelling as an alias.
      const same = index.lookupTransliterated(mention.text);
      if (same) {
        const proposed = newActors.get(same);
        if (proposed && !proposed.aliases.includes(mention.text)) proposed.aliases.push(mention.text);
        return same;
      }
      const actor: NewActor = { id: slug(mention.text), name: mention.text, aliases: [], kind: mention.kind ?? 'person' };
      newActors.set(actor.id, actor);
      index.add({ id: actor.id, name: actor.name, aliases: [], kind: actor.kind, roles: [] });
      return actor.id;
    }
    const lastOf = (list: string[], fits: (id: string) => boolean) => [...list].reverse().find(fits) ?? null;
    if (mention.type === 'pronoun') {
      if (mention.noun === 'it') return lastOf(history.speakers, (id) => kindOf(id) !== 'person');
      return lastOf(history.speakers, (id) => kindOf(id) === 'person');
    }
    if (mention.type === 'role') {
      const noun = mention.noun ?? '';
      // "According to a senior NATO diplomat": someone unnamed, proposed under what they belong to; "the diplomat" later is the same.
      if (mention.indefinite && mention.actor) {
        history.roles.set(noun, mention.actor);
        return mention.actor;
      }
      const earlier = history.roles.get(noun);
      if (earlier) return earlier;
      const roles = (id: string) => index.actors.get(id)?.roles ?? [];
      const person = (id: string) => kindOf(id) === 'person';
      if (EXPERT_NOUNS.test(noun)) {
        // "the expert", "the analyst": someone quoted for their knowledge, not an office holder; the one named last.
        const expert = (id: string) => person(id) && !roles(id).some((role) => OFFICE.test(role));
        return lastOf(history.named, expert) ?? lastOf(history.speakers, expert);
      }
      const title = ROLE_TITLES[noun] ?? new RegExp(noun.replace(/[-\s]+/g, '[-\\s]+'), 'i');
      return lastOf(history.named, (id) => person(id) && roles(id).some((role) => title.test(role))) ?? mention.actor ?? lastOf(history.speakers, person);
    }
    if (mention.type === 'body') {
      const noun = mention.noun ?? '';
      const named = (id: string) => {
        const actor = index.actors.get(id);
        return actor !== undefined && actor.kind !== 'person' && [actor.name, ...actor.aliases].some((s) => s.toLowerCase().includes(noun));
      };
      return lastOf(history.named, named) ?? lastOf(history.speakers, (id) => kindOf(id) !== 'person' && named(id));
    }
    // A statement or document speaks for its author when the text named one, else for whoever it last quoted.
    return history.documentAuthor ?? history.speakers.at(-1) ?? null;
  };

  /** Joint speakers ("Trump and Pompeo announced") are recorded under what both belong to, if anything. */
  const jointSpeaker = (ids: string[]): string | undefined => {
    const chain = (id: string) => {
      const out: string[] = [];
      for (let at: string | undefined = id; at && !out.includes(at); at = index.actors.get(at)?.affiliation) out.push(at);
      return out;
    };
    const [first, ...rest] = ids.map(chain);
    return first?.slice(1).find((id) => rest.every((other) => other.includes(id)));
  };

  const units: Unit[][] = paragraphs.map((text, p) => {
    const spans = quotes[p]?.spans ?? [];
    const merged: Range[] = [];
    for (const range of sentenceRanges(text)) {
      const last = merged.at(-1);
      // A quotation that crosses a sentence end keeps its sentences together.
      if (last && spans.some((s) => s.start < last.end && s.end > last.end)) last.end = range.end;
      else merged.push({ ...range });
    }
    return merged.map((range) => {
      const r = trimRange(text, range);
      return { paragraph: p, range: r, quotes: spans.filter((s) => s.start < r.end && s.end > r.start).map((s) => ({ start: Math.max(s.start, r.start) - r.start, end: Math.min(s.end, r.end) - r.start })) };
    });
  });

  // The speaker of a quotation running over paragraphs is named in the paragraph that closes it.
  const quotationSpeaker = new Map<number, { attribution: Attribution }>();
  for (let p = paragraphs.length - 1, closing: { attribution: Attribution } | undefined; p >= 0; p--) {
    const q = quotes[p];
    if (q?.continues) {
      const first = units[p]?.[0];
      if (!q.runsOn && first) {
        const text = paragraphs[p]!.slice(first.range.start, first.range.end);
        const found = attribute(text, mentionsIn(text, first.quotes), first.quotes);
        closing = found ? { attribution: found } : undefined;
      }
    }
    if (closing && (q?.continues || q?.runsOn)) quotationSpeaker.set(p, closing);
    if (!q?.continues) closing = undefined;
  }

  const candidates: Candidate[] = [];
  let previous: { unit: Unit; text: string; candidate: number | null } | null = null;
  paragraphs.forEach((paragraph, p) => {
    for (const unit of units[p] ?? []) {
      const text = paragraph.slice(unit.range.start, unit.range.end);
      const mentions = mentionsIn(text, unit.quotes);
      const quotedWords = unit.quotes.reduce((sum, q) => sum + wordCount(text.slice(q.start, q.end)), 0);
      const inRunningQuote = (quotes[p]?.continues === true && unit === units[p]![0]) || (quotes[p]?.runsOn === true && unit === units[p]!.at(-1));
      const before = candidates.length;

      // "This was announced by X": X said what the sentence before reports; this sentence reports nothing new.
      const pointer = THIS_WAS_SAID_BY.exec(text);
      if (pointer && previous && !repeated[p]) {
        const by = mentions.filter((m) => m.start >= pointer[0].length - 1 && (m.type === 'name' || m.type === 'new'));
        const speaker = by.length > 0 ? resolve(by.sort((a, b) => (a.kind === 'person' ? 0 : 1) - (b.kind === 'person' ? 0 : 1))[0]!) : null;
        if (speaker) {
          const reason = `"${pointer[0].trim()}" ${by[0]!.text}: the sentence before is theirs`;
          if (previous.candidate !== null) Object.assign(candidates[previous.candidate]!, { speaker, printed: by[0]!.text, reason });
          else candidates.push({ paragraph: previous.unit.paragraph, range: previous.unit.range, speaker, printed: by[0]!.text, kind: previous.unit.quotes.length > 0 ? 'direct' : 'indirect', dateWords: '', reason });
          history.speakers.push(speaker);
          previous = null;
          continue;
        }
      }

      for (const clause of repeated[p] ? [] : splitClauses(text, unit.quotes, mentions)) {
        const found = clause.attribution;
        let speaker: string | null = null;
        let printed = '';
        let reason = '';
        if (found) {
          speaker = resolve(found.speaker);
          const joint = found.joint.map(resolve).filter((id): id is string => id !== null);
          if (speaker && joint.length > 0) speaker = jointSpeaker([speaker, ...joint]) ?? speaker;
          printed = found.speaker.text;
          reason = `${found.verb ? `"${found.verb.text}"` : 'attribution'} with ${describe(found.speaker)}`;
        } else if (inRunningQuote && quotationSpeaker.has(p)) {
          const closing = quotationSpeaker.get(p)!;
          // A fragment without a verb ("An important document.") is no statement on its own.
          speaker = hasVerb(clause.text) ? resolve(closing.attribution.speaker) : null;
          printed = closing.attribution.speaker.text;
          reason = `part of a quotation that runs over paragraphs, attributed where it closes (${describe(closing.attribution.speaker)})`;
        } else if (quotedWords >= MIN_QUOTED_WORDS && !mentions.some((m) => m.type === 'document' && m.end <= (unit.quotes[0]?.start ?? 0))) {
          // Quoted words with no attribution of their own continue the account of the last speaker (a document's title in quotation marks does not).
          speaker = history.speakers.at(-1) ?? null;
          reason = 'a quotation with no attribution of its own: the speaker of the statement before';
        }
        if (speaker === null) continue;
        const kind: ClaimKind = clause.quoted
          ? 'direct'
          : found?.verb?.stance || (kindOf(speaker) === 'state' && found?.verb && !found.verb.speech) || /\b(?:repeatedly|on many occasions|long been|previously)\b/i.test(clause.text)
            ? 'paraphrase'
            : 'indirect';
        // A dateline before the first sentence ("BERLIN, Nov 3 (Reuters) - ") is the outlet's, not the speaker's.
        const dateline = unit.range.start === 0 && clause.start === 0 ? (DATELINE.exec(clause.text)?.[0].length ?? 0) : 0;
        const at = unit.range.start + clause.start + dateline;
        candidates.push({ paragraph: p, range: { start: at, end: unit.range.start + clause.end }, speaker, printed, kind, dateWords: found ? dateWords(clause.text, found) : '', ...(found ? { frame: { start: at + found.frame.start, end: at + found.frame.end } } : {}), reason });
        history.speakers.push(speaker);
      }
      if (unit.quotes.length > 0 && !repeated[p]) candidates.push(...nestedReports(p, unit, text, candidates.at(-1)));

      for (const m of mentions) {
        const id = m.type === 'name' || m.type === 'new' ? resolve(m) : null;
        if (id) history.named.push(id);
      }
      // "a statement by Vladimir Putin", "Putin's statement": "the statement" points to its author from now on.
      const authored = DOCUMENT_BY.exec(text);
      if (authored) {
        const author = mentions.find((m) => m.start >= authored.index + authored[0].length - 1 && (m.type === 'name' || m.type === 'new'));
        const id = author ? resolve(author) : null;
        if (id) history.documentAuthor = id;
      }
      previous = { unit, text, candidate: candidates.length > before ? before : null };
    }
  });

  /** Statements reported inside a quotation: a quoted sentence with its own named speaker and "that" ("His adviser, John Bolton, said that …"). */
  function nestedReports(p: number, unit: Unit, text: string, outer: Candidate | undefined): Candidate[] {
    const found: Candidate[] = [];
    for (const sentence of sentenceRanges(text)) {
      const s = trimRange(text, sentence);
      if (!unit.quotes.some((q) => q.start <= s.start && q.end >= s.end - 1)) continue;
      const inner = text.slice(s.start, s.end);
      const innerMentions = mentionsIn(inner, []).filter((m) => m.type === 'name' || m.type === 'new');
      const attribution = attribute(inner, innerMentions, []);
      if (!attribution?.verb || !/^\s+that\b/.test(inner.slice(attribution.verb.end))) continue;
      const speaker = resolve(attribution.speaker);
      if (!speaker || speaker === outer?.speaker) continue;
      const start = s.start + (/^["“”«»„]/.test(inner) ? 1 : 0);
      found.push({ paragraph: p, range: { start: unit.range.start + start, end: unit.range.start + s.end }, speaker, printed: attribution.speaker.text, kind: 'indirect', dateWords: '', ...(outer ? { via: outer.speaker } : {}), reason: `reported inside ${outer ? `${outer.printed || outer.speaker}'s` : 'a'} quotation: "${attribution.verb.text}" with ${describe(attribution.speaker)}` });
    }
    return found;
  }

  const claims = toClaims(candidates, paragraphs, input, taken, (id) => ({ kind: kindOf(id), name: index.actors.get(id)?.name ?? id }));
  const used = new Set(claims.map((c) => c.speaker.id));
  return { claims, newActors: [...newActors.values()].filter((a) => used.has(a.id)) };
}

interface Clause {
  start: number;
  end: number;
  text: string;
  quoted: boolean;
  attribution: Attribution | null;
}

/** The sentence as one clause, or split where a second attributed clause begins. */
function splitClauses(text: string, quotes: QuoteSpan[], mentions: Mention[]): Clause[] {
  const whole: Clause = { start: 0, end: text.length, text, quoted: quotes.length > 0, attribution: attribute(text, mentions, quotes) };
  // Quoted words, or a tail (`…, but it never materializes, Sudakov notes.`), attribute the whole sentence.
  if (quotes.length > 0 || whole.attribution?.tail) return [whole];
  const cuts: { at: number; next: number }[] = [];
  for (const match of text.matchAll(CLAUSE_SPLIT)) cuts.push({ at: match.index, next: match.index + match[0].length });
  if (cuts.length === 0) return [whole];
  const pieces: { start: number; end: number }[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push({ start: from, end: cut.at });
    from = cut.next;
  }
  pieces.push({ start: from, end: text.length });
  const clauses = pieces.map((piece) => {
    const part = text.slice(piece.start, piece.end);
    const local = mentions.filter((m) => m.start >= piece.start && m.end <= piece.end).map((m) => ({ ...m, start: m.start - piece.start, end: m.end - piece.start }));
    return { ...piece, text: part, quoted: false, attribution: attribute(part, local) };
  });
  const attributed = clauses.filter((c) => c.attribution !== null);
  if (attributed.length < 2 || new Set(attributed.map((c) => c.attribution!.speaker.text)).size < 2) return [whole];
  // Each attributed clause starts a statement; clauses without one belong to the statement before.
  const groups: Clause[] = [];
  for (const clause of clauses) {
    const last = groups.at(-1);
    if (clause.attribution || !last) groups.push({ ...clause });
    else {
      last.end = clause.end;
      last.text = text.slice(last.start, last.end);
    }
  }
  return groups;
}

function describe(mention: Mention): string {
  if (mention.type === 'pronoun') return `"${mention.text}", the last person quoted`;
  if (mention.type === 'role') return `"${mention.text}", pointing back to the last person named or quoted`;
  if (mention.type === 'body') return `"${mention.text}", pointing back to the last body named`;
  if (mention.type === 'document') return `"${mention.text}", for the last speaker quoted`;
  return `"${mention.text}"`;
}

/** The attributing words and what stands around them, quotations and the reported clause left out: where a date of the statement is printed. */
function dateWords(text: string, found: Attribution): string {
  const { start, end } = found.frame;
  const local = { start: Math.max(0, start), end: Math.max(start, end) };
  const before = text.slice(0, local.start);
  // A short opening phrase ("On February 1,", "In October last year,") dates the statement; a long one is what was said.
  const prefix = before.length <= 60 && !/["“”«»]/.test(before) ? before : '';
  const after = text.slice(local.end).split(/[,;:"“”«»]|\bthat\b/)[0] ?? '';
  return `${prefix} ${text.slice(local.start, local.end)} ${after}`;
}

/** What was said, without the attributing words: the longer side of the passage around them. */
function reportedWords(paragraph: string, candidate: Candidate): string {
  const { range, frame } = candidate;
  if (!frame) return paragraph.slice(range.start, range.end);
  const before = paragraph.slice(range.start, Math.max(range.start, frame.start));
  const after = paragraph.slice(Math.min(range.end, frame.end), range.end);
  // Words before the attribution are what was said when there are some ("X, the ministry said"), not titles ("Russian Deputy Foreign Minister").
  const said = (before.match(/\b\p{Ll}+\b/gu) ?? []).length >= 5 ? before : after;
  return said.replace(/^\W*(?:at the same time|in addition|however|moreover|meanwhile|therefore|thus|recall that|in turn|also|so)\b,?\s*/i, '');
}

function toClaims(candidates: Candidate[], paragraphs: string[], input: ProposeInput, taken: Set<string>, actor: (id: string) => { kind: ActorKind; name: string }): ProposedClaim[] {
  // A passage printed earlier too would anchor at the earlier place: it takes the next statement of its paragraph with it.
  const body = paragraphs.map(normalizeQuoteText);
  const merged: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const candidate = { ...candidates[i]! };
    const passage = normalizeQuoteText(paragraphs[candidate.paragraph]!.slice(candidate.range.start, candidate.range.end));
    const firstHome = body.findIndex((p) => p.includes(passage));
    const next = candidates[i + 1];
    if (firstHome !== candidate.paragraph && next && next.paragraph === candidate.paragraph && !next.via) {
      candidate.range = { start: candidate.range.start, end: next.range.end };
      if (next.kind === 'direct') candidate.kind = 'direct';
      i++;
    }
    merged.push(candidate);
  }
  const seen = new Set<string>();
  const claims: ProposedClaim[] = [];
  for (const candidate of merged) {
    const quote = paragraphs[candidate.paragraph]!.slice(candidate.range.start, candidate.range.end).replace(/\s+/g, ' ').trim();
    const key = normalizeQuoteText(quote);
    if (!quote || seen.has(key)) continue;
    seen.add(key);
    const speaker = actor(candidate.speaker);
    const date = candidate.dateWords ? saidDate(candidate.dateWords, input.date) : { said: input.date };
    const words = keyWords(reportedWords(paragraphs[candidate.paragraph]!, candidate), [speaker.name, candidate.printed]);
    const event = suggestEvent(quote, paragraphs[candidate.paragraph]!, date.said, input.events);
    claims.push({
      id: proposeId(speakerPart(candidate.speaker, speaker.kind), words, taken),
      speaker: { id: candidate.speaker, name: candidate.printed || speaker.name },
      quote,
      kind: candidate.kind,
      said: date.said,
      ...(date.saidNote ? { saidNote: date.saidNote } : {}),
      topics: suggestTopics(quote, input.topics),
      ...(event ? { event } : {}),
      ...(candidate.via ? { via: candidate.via } : {}),
      reason: candidate.reason,
    });
  }
  return claims;
}
