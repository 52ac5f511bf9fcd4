/**
 * Who a sentence says is speaking, by the rules quote-attribution research found to carry most news
 * text (the sieves of Muzny et al., Quotebank's patterns): a reporting verb ("said", "noted",
 * "according to") and the mention it governs — the subject before it (`Stoltenberg said that`,
 * `NATO Secretary General Jens Stoltenberg, …, said`), or after it in the inverted order of a quotation's
 * tail (`," said Sergei Sudakov`, `," the expert noted`). Quoted words are masked first, so words inside a
 * quotation never attribute it.
 */
import { startsWithSpeakerNoun, type Mention } from './names.ts';

/** Verbs that report speech or a stated position, by their forms. `stance` verbs report a position rather than words. */
const VERBS: { forms: string; stance?: boolean; speech?: boolean }[] = [
  { forms: 'say|says|said|saying', speech: true },
  { forms: 'tell|tells|told|telling', speech: true },
  { forms: 'state|states|stated|stating', speech: true },
  { forms: 'note|notes|noted|noting', speech: true },
  { forms: 'stress|stresses|stressed|stressing', speech: true },
  { forms: 'highlight|highlights|highlighted', speech: true },
  { forms: 'emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed|emphasi[sz]ing|underline[sd]?|underlined|underscored?|underscores', speech: true },
  { forms: 'add|adds|added|adding', speech: true },
  { forms: 'report|reports|reported|reporting', speech: true },
  { forms: 'announce|announces|announced|announcing', speech: true },
  { forms: 'warn|warns|warned|warning' },
  { forms: 'explain|explains|explained' },
  { forms: 'believe|believes|believed' },
  { forms: 'think|thinks|thought' },
  { forms: 'recall|recalls|recalled|remind|reminds|reminded' },
  { forms: 'point(?:s|ed)? out|pointed out' },
  { forms: 'declare|declares|declared' },
  { forms: 'confirm|confirms|confirmed|confirming' },
  { forms: 'conclude|concludes|concluded|sum(?:s|med)? up' },
  { forms: 'comment|comments|commented' },
  { forms: 'write|writes|wrote' },
  { forms: 'quote|quotes|quoted' },
  { forms: 'reads' },
  { forms: 'insist|insists|insisted|assert|asserts|asserted|maintain|maintains|maintained' },
  { forms: 'admit|admits|admitted|acknowledge|acknowledges|acknowledged' },
  { forms: 'express|expresses|expressed' },
  { forms: 'describe|describes|described' },
  { forms: 'call|calls|called' },
  { forms: 'urge|urges|urged|ask|asks|asked|invite|invites|invited' },
  { forms: 'suggest|suggests|suggested|propose|proposes|proposed|put forward' },
  { forms: 'pledge|pledges|pledged|promise|promises|promised|vow|vows|vowed|reaffirm|reaffirms|reaffirmed|assure|assures|assured' },
  { forms: 'criticise|criticises|criticised|criticize|criticizes|criticized|condemn|condemns|condemned' },
  { forms: 'reply|replies|replied|respond|responds|responded|answer|answers|answered' },
  { forms: 'indicate|indicates|indicated|indicating' },
  { forms: 'drew attention|draws attention|drawn attention|draw attention' },
  { forms: 'is sure|was sure|is convinced|was convinced|is confident' },
  { forms: 'claim|claims|claimed|argue|argues|argued', stance: true },
  { forms: 'accuse|accuses|accused|blame|blames|blamed', stance: true },
  { forms: 'deny|denies|denied|reject|rejects|rejected|dismiss|dismisses|dismissed|oppose|opposes|opposed', stance: true },
  { forms: 'making claims|make claims|made claims', stance: true },
];

// Case matters: "State" and "States" are names, "state" and "states" verbs.
const VERB = new RegExp(`\\b(${VERBS.map((v) => v.forms).join('|')})\\b`, 'g');
const STANCE = new RegExp(`^(?:${VERBS.filter((v) => v.stance).map((v) => v.forms).join('|')})$`, 'i');
const SPEECH = new RegExp(`^(?:${VERBS.filter((v) => v.speech).map((v) => v.forms).join('|')})$`, 'i');

/** A reporting verb as found: where, and what kind. */
export interface Verb {
  start: number;
  end: number;
  text: string;
  /** Reports a position (accused, rejected) rather than words. */
  stance: boolean;
  /** A plain verb of saying (said, stressed, reported). */
  speech: boolean;
  /** Passive ("was described as", "was called"): the speaker is whoever the sentence places it with. */
  passive: boolean;
}

/** The attribution found in a sentence. */
export interface Attribution {
  /** The mention of the speaker. */
  speaker: Mention;
  /** The reporting verb, or null for "according to", "as X said" and the like (whose verb is in `frame`). */
  verb: Verb | null;
  /** [start, end) of the words that attribute (speaker and verb), for finding the date the text gives. */
  frame: { start: number; end: number };
  /** Other people or bodies who spoke with the speaker ("Trump and Pompeo announced"). */
  joint: Mention[];
  /** A tail after the reported words (`…, the ministry said.`): it attributes the whole sentence. */
  tail?: boolean;
}

/** Reporting verbs in `text` outside the masked ranges. */
export function reportingVerbs(text: string, masked: readonly { start: number; end: number }[] = []): Verb[] {
  const verbs: Verb[] = [];
  for (const match of text.matchAll(VERB)) {
    const start = match.index;
    const end = start + match[0].length;
    if (masked.some((m) => start < m.end && end > m.start)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const word = match[0].toLowerCase();
    // "call", "ask", "invite", "describe" report speech only as "called on", "called it", "described as"…
    const after = text.slice(end, end + 20);
    if (/^(call|calls|called)$/.test(word) && !/^\s+(on|for|it|them|this|the|a|an|[“"«])/i.test(after) && !/\b(?:was|were|is|are|been|be)\s+$/i.test(before)) continue;
    if (/^(describe|describes|described)$/.test(word) && !/^\s+(?:\S+\s+){0,3}?as\b/i.test(after)) continue;
    // A noun, not a verb: "the report", "a statement", "his comments".
    if (/\b(?:the|a|an|his|her|its|their|this|that|these|those|our|your|my)\s+$/i.test(before) && !/^(?:said|reads)$/.test(word)) continue;
    // "the next NATO claims against Moscow", "reports of": a noun before a preposition.
    if (/^(?:claims|reports|comments|calls|statements|notes|quotes)$/.test(word) && /^\s+(?:against|of|by|regarding|over|about|from|on)\b/.test(after)) continue;
    if (/^(?:think|thought|believe|believed|note|report|state|quote)$/.test(word) && /\b(?:i|we|you|they)\s+$/i.test(before)) continue;
    verbs.push({ start, end, text: match[0], stance: STANCE.test(word), speech: SPEECH.test(word), passive: !/^\w+ing\b/.test(word) && /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/i.test(before) });
  }
  return verbs;
}

/** Words between a subject and its verb that do not break the link: "also", "has repeatedly", "on 26 October 2020", "on many occasions had". */
const BETWEEN_SUBJECT_AND_VERB = /^[\s,]*(?:(?:also|then|later|earlier|previously|already|again|once|repeatedly|recently|often|long|vehemently|strongly|firmly|publicly|further|has|have|had|been|was|were|is|would|will|could|did|does|do|not|never|on many occasions|in turn|in a statement|(?:on|in|at)\s+(?:\d{1,2}\s+)?[\p{L}]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|[\p{Ll}]+ly)[\s,]*)*$/iu;

/** An appositive or aside between subject and verb: ", a military expert and senior fellow at the Higher School of Economics,". */
const ASIDES = /^\s*(?:,[^,;:"“”«»]{1,160})+,\s*(?:also\s+|then\s+|in turn\s+)?$/u;

/** Connectives that start a clause of its own: attribution does not reach over them. */
const CLAUSE_BREAK = /(?:[;:]|\bthat\b|,\s*(?:but|while|whereas|and|after which|although|though)\b|\s[–—-]{1,2}\s)/giu;

/** The offset where the clause holding `at` starts. */
function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const match of text.slice(0, at).matchAll(CLAUSE_BREAK)) start = match.index + match[0].length;
  return start;
}

/** How good a speaker a mention makes: a person's name, then a body's or state's, then a role or body noun, then a pronoun or document. */
const rank = (mention: Mention) =>
  mention.type === 'name' || mention.type === 'new' ? (mention.kind === 'person' ? 0 : 1) : mention.type === 'role' || mention.type === 'body' ? 2 : 3;

/** The best speaker among mentions: lowest rank, then the last (nearest the verb, or the name after a role: "the representative … Andrea Sasse"). */
const best = (mentions: Mention[]) => [...mentions].sort((a, b) => rank(a) - rank(b) || b.start - a.start)[0];

/** The speaker a reporting verb governs, and the mentions it shares it with ("X and Y said"). */
function subjectOf(text: string, verb: Verb, mentions: Mention[], quoteEnds: number[], quoted: boolean): { speaker: Mention; joint: Mention[]; start: number } | null {
  // A passive verb attributes only quoted words ("was described as “indicative”"): "was concluded by the USSR" reports nothing.
  if (verb.passive && !quoted) return null;
  // After a closing quotation mark or a comma, the verb may come first: `," said Sergei Sudakov, member of …`.
  const lead = text.slice(0, verb.start);
  const phraseEnd = text.slice(verb.end).search(/[,.;:](?:\s|$)|$/) + verb.end;
  const phrase = text.slice(verb.end, phraseEnd);
  // Inverted only when a noun phrase, and no more, follows the verb: not "said that …", "drew attention to …", "said Washington was open".
  const inverted = !/^\s*(?:to|that|on|in|at|with|about|for|of|from|as|it|this)\b/i.test(phrase) && !/\b(?:is|was|were|are|has|have|had|will|would|can|could|should|does|did|must|may)\b/.test(phrase);
  const tail = inverted && (/(?:[,.!?…]\s*["“”«»]?|["“”«»])\s*$/u.test(lead) || quoteEnds.some((end) => /^[\s,.]*$/.test(text.slice(end, verb.start))));
  const after = mentions.filter((m) => m.start >= verb.end && /^[\s,]*(?:(?:the|by)\s+)?$/iu.test(text.slice(verb.end, m.start).replace(/\b(?:also|then|later)\b/g, '')));
  if (tail) {
    // The noun phrase after the verb, up to the next comma or the end: a name in it wins ("the press secretary of the Russian President Dmitry Peskov").
    const inPhrase = mentions.filter((m) => m.start >= verb.end && m.end <= phraseEnd + 1);
    // The phrase must be about the speaker: a mention at its start, or a role noun ("the press secretary of …").
    const headed = after.length > 0 || startsWithSpeakerNoun(phrase) || inPhrase.some((m) => /^\s*(?:by\s+)?(?:the\s+)?(?:\S+\s+)?$/.test(text.slice(verb.end, m.start)));
    const speaker = best(inPhrase) ?? after[0];
    if (speaker && headed) return { speaker, joint: [], start: verb.start };
  }
  const from = clauseStart(text, verb.start);
  const before = mentions.filter((m) => m.start >= from && m.end <= verb.start);
  if (before.length > 0) {
    // The subject: the mention the verb follows directly, or over an aside (", a military expert,"), not one governed by a preposition.
    const candidates = before.filter((m) => !m.governed);
    const linked = candidates.filter((m) => {
      const gap = text.slice(m.end, verb.start);
      if (BETWEEN_SUBJECT_AND_VERB.test(gap) || ASIDES.test(gap)) return true;
      // Another mention in between may be part of the same subject (an apposition, "X and US Secretary of State Y").
      const inner = before.filter((o) => o.start >= m.end);
      return inner.length > 0 && /^[\s,]*(?:and\s+)?(?:(?:[\p{Lu}][\p{L}.-]*|of|the)\s+)*$/u.test(text.slice(m.end, inner[0]!.start));
    });
    // The subject at the clause's start, the verb after a long noun phrase or a first verb ("He handed down
    // instructions … and stressed that", "the draft agreement on security measures for … emphasizes that").
    if (linked.length === 0) {
      const head = candidates.find((m) => /^[\s,]*(?:\S+\s+){0,3}$/.test(text.slice(from, m.start)));
      const gap = head ? text.slice(head.end, verb.start) : '';
      const coordinated = /\band\s+(?:also\s+)?$/.test(lead);
      const longSubject = gap.length <= 160 && !/[;:"“”«»]/.test(gap) && !/\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|should|must|may|might|that|which|who)\b/.test(gap) && reportingVerbs(gap).length === 0;
      if (head && (coordinated || longSubject)) linked.push(head);
    }
    if (linked.length > 0) {
      const speaker = best(linked) as Mention;
      // Speakers joined by "and" speak together ("Washington and NATO have argued"): the first named leads.
      const joint = linked.filter((m) => m !== speaker && rank(m) <= 1 && /\band\b/.test(text.slice(Math.min(m.end, speaker.end), Math.max(m.start, speaker.start))));
      const lead = [speaker, ...joint].sort((a, b) => a.start - b.start)[0] as Mention;
      return { speaker: rank(lead) === rank(speaker) ? lead : speaker, joint: [speaker, ...joint].filter((m) => m !== (rank(lead) === rank(speaker) ? lead : speaker)), start: lead.start };
    }
    // "Representatives of the Ministry noted", "In the Kremlin, this position was described as": the only body named.
    const governed = before.filter((m) => m.governed && rank(m) <= 2);
    if (governed.length > 0 && (verb.passive || /^\s*(?:Representatives?|Officials?|Sources?|Spokes\w+)\b/i.test(text.slice(from)))) {
      const only = governed[governed.length - 1] as Mention;
      return { speaker: only, joint: [], start: only.start };
    }
  }
  if (verb.passive) {
    // "…was called “untrustworthy” at the NATO summit": the body named after the verb.
    const later = mentions.find((m) => m.start >= verb.end && m.governed && rank(m) <= 2);
    if (later) return { speaker: later, joint: [], start: verb.start };
  }
  return null;
}

const SAYING = VERBS.filter((v) => !v.stance).map((v) => v.forms).join('|');

/** "According to X," "As X said," "From X's point of view," "In X's opinion": the speaker is the best mention in X. */
function framedSpeaker(text: string, mentions: Mention[], masked: readonly { start: number; end: number }[]): Attribution | null {
  const free = (at: number) => !masked.some((m) => at >= m.start && at < m.end);
  const within = (start: number, end: number) => mentions.filter((m) => m.start >= start && m.end <= end);
  const frames: { start: number; phrase: { start: number; end: number }; end: number }[] = [];
  for (const match of text.matchAll(/\b(?:according to|in the (?:words|opinion|view) of)\s+([^,.;:"“”«»]+)/giu)) {
    const phraseStart = match.index + match[0].length - (match[1] as string).length;
    frames.push({ start: match.index, phrase: { start: phraseStart, end: match.index + match[0].length }, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(new RegExp(`\\b[Aa]s\\s+((?:[^,.;:"“”«»]+,?\\s*){1,3}?)\\s*(?:also\\s+|then\\s+)?(?:${SAYING})\\b(?=\\s*(?:,|then\\b|earlier\\b|$))`, 'gu'))) {
    const phraseStart = match.index + match[0].indexOf(match[1] as string);
    frames.push({ start: match.index, phrase: { start: phraseStart, end: phraseStart + (match[1] as string).length }, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(/\b(?:from|in)\s+([^,.;:]{1,60}?)['’]s?\s+(?:point of view|view|opinion|words|estimate|assessment)\b/giu)) {
    const phraseStart = match.index + match[0].indexOf(match[1] as string);
    frames.push({ start: match.index, phrase: { start: phraseStart, end: phraseStart + (match[1] as string).length + 2 }, end: match.index + match[0].length });
  }
  // "the suspicion of the American side that …", "Moscow's position that …": a position named by its holder.
  for (const match of text.matchAll(/\b(?:suspicions?|claims?|position|view|opinion|accusations?|assertions?|belief|conviction|arguments?|allegations?|insistence)\s+of\s+([^,.;:"“”«»]{2,80}?)\s+that\b/giu)) {
    const phraseStart = match.index + match[0].indexOf(match[1] as string, match[0].indexOf(' of ') + 4);
    frames.push({ start: match.index, phrase: { start: phraseStart, end: phraseStart + (match[1] as string).length }, end: match.index + match[0].length });
  }
  const found = frames.filter((f) => free(f.start)).sort((a, b) => a.start - b.start);
  for (const frame of found) {
    const speaker = best(within(frame.phrase.start, frame.phrase.end));
    if (speaker) return { speaker: { ...speaker, governed: false }, verb: null, frame: { start: frame.start, end: frame.end }, joint: [] };
  }
  return null;
}

/**
 * The attribution of a sentence, if it has one. A tail after the reported words (`…, the ministry
 * highlighted.`, `," it said.`) attributes the whole sentence, whatever verbs the reported words hold;
 * otherwise an "according to"-style frame that comes first, else the first reporting verb whose
 * subject is a mention. Masked ranges are quoted words: their verbs and names do not attribute.
 */
export function attribute(text: string, mentions: Mention[], masked: readonly { start: number; end: number }[] = []): Attribution | null {
  const framed = framedSpeaker(text, mentions, masked);
  const quoteEnds = masked.map((m) => m.end);
  const found: Attribution[] = [];
  for (const verb of reportingVerbs(text, masked)) {
    const subject = subjectOf(text, verb, mentions, quoteEnds, masked.length > 0);
    if (subject) found.push({ speaker: subject.speaker, verb, frame: { start: subject.start, end: verb.end }, joint: subject.joint });
  }
  // A tail follows reported words (five or more, not an "according to" frame) after a comma or a quotation mark.
  const reported = (a: Attribution) => text.slice(0, a.frame.start).split(/\s+/).filter(Boolean).length >= 5 && !(framed && framed.frame.start < a.frame.start);
  const tail = found.find((a) => a.frame.start > 0 && reported(a) && /(?:,|["“”«»])\s*$/u.test(text.slice(0, a.frame.start)) && !/^\s*(?:that|:)/.test(text.slice(a.frame.end)) && /^[^,;]*(?:,[^,;"“”]*){0,2}$/.test(text.slice(a.frame.end)));
  if (tail) return { ...tail, tail: true };
  const first = found[0];
  if (framed && (!first || framed.frame.start <= first.frame.start)) return framed;
  return first ?? framed;
}

/** True when the words at `at` read as a quotation's attribution tail: `said Ryabkov`, `the expert noted`, `Peskov stressed`. */
export function startsAttribution(text: string, at: number, mentions: Mention[]): boolean {
  const rest = text.slice(at);
  const sentenceEnd = rest.search(/[.!?](?:\s|$)/);
  const clause = sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd + 1);
  if (clause.length > 160) return false;
  const verbs = reportingVerbs(clause);
  if (verbs.length === 0) return false;
  return verbs[0]!.start < 80 && mentions.some((m) => m.start >= at && m.end <= at + clause.length);
}
