/**
 * Who a piece of text names: every spelling of every known actor (name, aliases, a person's surname),
 * the common ways news names a state (its capital, "the Russian side", "the US"), names of people and
 * bodies the knowledge base does not know yet, and the words that point back to someone named before
 * ("he", "the expert", "the ministry", "the statement").
 */

export type ActorKind = 'person' | 'organisation' | 'state';

/** What the proposer needs of an actor. */
export interface KnownActor {
  id: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  /** Role titles, e.g. "Secretary General of NATO": "the secretary general" can then point to this actor. */
  roles: string[];
  affiliation?: string | undefined;
}

/** A place in the text that names or points to an actor. */
export interface Mention {
  start: number;
  end: number;
  /** As printed. */
  text: string;
  /**
   * name: a known actor's spelling or a state named by its capital or adjective; new: a name the
   * knowledge base does not know; pronoun: he, she, it; role: "the expert", "the Russian diplomat";
   * body: "the ministry", "the alliance"; document: "the statement", "the document".
   */
  type: 'name' | 'new' | 'pronoun' | 'role' | 'body' | 'document';
  /** For a name: the actor's id; for a role with a name in it ("the NATO secretary general"): what the role belongs to. */
  actor?: string;
  /** For a name, the actor's kind; for a new name, person or organisation as the words suggest. */
  kind?: ActorKind;
  /** For a role, body or document: the noun, lower case ("expert", "ministry", "secretary general"). */
  noun?: string;
  /** For a role: "a senior NATO diplomat", someone not named; the actor they belong to is `actor`. */
  indefinite?: boolean;
  /** True when the words before it make it the object of a preposition ("of the ministry", "in an interview with RT"). */
  governed: boolean;
}

/** States as news names them by their capital: the capital stands for the state's government. */
const CAPITALS: Record<string, string> = {
  Moscow: 'Russia', Washington: 'United States', Berlin: 'Germany', Paris: 'France', London: 'United Kingdom', Beijing: 'China',
  Kyiv: 'Ukraine', Kiev: 'Ukraine', Warsaw: 'Poland', Tokyo: 'Japan', Ankara: 'Turkey', Tehran: 'Iran', Pyongyang: 'North Korea',
  Seoul: 'South Korea', Minsk: 'Belarus', Rome: 'Italy', Madrid: 'Spain', 'New Delhi': 'India', Islamabad: 'Pakistan',
};
/** Bodies news names in one or two words; they resolve to the knowledge base's actor, or are proposed under this name. */
const INSTITUTIONS = ['Kremlin', 'White House', 'Pentagon', 'State Department', 'NATO', 'North Atlantic Alliance', 'European Union', 'United Nations', 'OSCE', 'IAEA', 'European Commission', 'Bundestag', 'Élysée'];

/** Adjectives and short names of states, for "the Russian side", "the US", "the American side". */
const STATE_WORDS: Record<string, string> = {
  Russian: 'Russia', American: 'United States', US: 'United States', 'U.S.': 'United States', USA: 'United States', America: 'United States',
  German: 'Germany', French: 'France', British: 'United Kingdom', UK: 'United Kingdom', Chinese: 'China', Ukrainian: 'Ukraine',
  Polish: 'Poland', Japanese: 'Japan', Soviet: 'Soviet Union', Turkish: 'Turkey', Iranian: 'Iran', Belarusian: 'Belarus',
};
/** Nouns after a state's adjective that mean its government: "the Russian side", "the American authorities". */
const GOVERNMENT_NOUNS = 'side|authorities|government|leadership|administration';

/** Words that make a capitalised run a body rather than a person. */
const BODY_WORDS = /\b(Ministry|Department|Office|Council|Agency|Committee|Commission|Service|Institute|University|School|Academy|Center|Centre|Foundation|Organi[sz]ation|Alliance|Union|Party|Parliament|Senate|Congress|Duma|Court|Bank|Forces|Army|Navy|Command|Embassy|Mission|Government|Administration|Kremlin|Pentagon|House|Assembly|Bureau)\b/;
/** Capitalised words that are not names of speakers: titles, places, months, treaty words. */
const NOT_NAMES = new Set(
  ('President Vice Prime Minister Deputy Representatives Representative Officials Secretary-General Spokesperson Expert Analyst Ms Mr Foreign Defense Defence Secretary General State Under Undersecretary Assistant Ambassador Spokesman Spokeswoman Press ' +
    'Director Head Chief Chairman Commander Colonel Major Lieutenant Admiral Senator Representative Permanent Mr Mr. Ms Ms. Mrs Mrs. Dr Dr. Professor Ph.D ' +
    'The A An In On At As According Following Commenting Recall However Meanwhile Moreover Therefore Thus Also After Before Since When While If But And Or For From By With Of To ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'Treaty Europe European Asia Africa Pacific Atlantic North South East West Eastern Western Northern Southern Cold War Nuclear Missile Missiles Forces Range ' +
    'INF START New Intermediate-Range Shorter-Range Conference Summit Disarmament Security Arms Control Federation Republic Kingdom Union United States ' +
    'Aegis Ashore Tomahawk Pershing Iskander Avangard Mk-41 RS-26 SSC-8 9M729 NATO EU UN OSCE TASS RT Reuters AP AFP Interfax RIA News Photo').split(' '),
);

/** Role nouns that point back to a person named before. Longest first, so "secretary general" wins over "general". */
const ROLE_NOUNS = [
  'press secretary', 'secretary general', 'secretary-general', 'head of state', 'foreign minister', 'defence minister', 'defense minister', 'deputy minister',
  'spokesman', 'spokeswoman', 'spokesperson', 'expert', 'analyst', 'diplomat', 'minister', 'leader', 'president', 'ambassador', 'envoy', 'representative',
  'official', 'politician', 'scientist', 'researcher', 'professor', 'chairman', 'commander', 'director', 'senator', 'secretary', 'chief', 'author', 'head',
];
/** Nouns for a body named before ("the ministry", "the alliance"): they point to the last actor whose name has that word. */
const BODY_NOUNS = ['ministry', 'department', 'office', 'alliance', 'agency', 'council', 'committee', 'commission', 'government', 'embassy', 'administration', 'bloc', 'organisation', 'organization', 'kremlin', 'pentagon'];
/** Nouns for a text that speaks for its author ("the statement said"): they point to the last speaker. */
const DOCUMENT_NOUNS = ['statement', 'document', 'communiqué', 'communique', 'declaration', 'report', 'letter', 'message', 'resolution', 'text', 'draft'];

const PREPOSITION_BEFORE = /\b(?:of|at|with|in|from|for|to|by|on|about|against|over|into|toward|towards|between|among|under|than|including|like|via|behind)\s+(?:the\s+|a\s+|an\s+)?$/iu;

/**
 * A name folded over the usual differences between transliterations of one Russian name (Sergey and
 * Sergei, Vasilyev and Vasiliev, Yermakov and Ermakov, Dmitriy and Dmitry), so that a new spelling of a
 * known person is recognised.
 */
export function transliterationKey(name: string): string {
  return fold(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^ye/, 'e').replace(/^yu/, 'iu').replace(/^ya/, 'ia').replace(/kh/g, 'h').replace(/ks/g, 'x').replace(/y/g, 'i').replace(/j/g, 'i').replace(/ii+/g, 'i').replace(/ie(?=v)/g, 'e').replace(/ff$/, 'v'))
    .join(' ');
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fold = (value: string) => value.normalize('NFKC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

/** True when `text` begins with a role, body or document noun phrase: "the press secretary of …", "the ministry". */
export function startsWithSpeakerNoun(text: string): boolean {
  return new RegExp(`^\\s*(?:by\\s+)?(?:the|a|an)\\s+(?:[\\p{L}.-]+\\s+){0,3}?(?:${[...ROLE_NOUNS, ...BODY_NOUNS, ...DOCUMENT_NOUNS].map(escape).join('|')})\\b`, 'iu').test(text);
}

/** The actors a text can be resolved to, with every spelling that names each. */
export class ActorIndex {
  readonly actors = new Map<string, KnownActor>();
  /** Spelling as printed → actor id. */
  private readonly spellings = new Map<string, string>();
  /** A person's full names, transliteration folded → actor id. */
  private readonly folded = new Map<string, string>();
  private pattern: RegExp | undefined;

  constructor(actors: Iterable<KnownActor>) {
    for (const actor of actors) this.add(actor);
  }

  /** Adds an actor (or a new one proposed on the way) with its name, aliases and a person's surnames. */
  add(actor: KnownActor): void {
    this.actors.set(actor.id, actor);
    const spellings = [actor.name, ...actor.aliases];
    for (const spelling of spellings) this.spell(spelling, actor.id);
    if (actor.kind === 'person') {
      for (const spelling of spellings) {
        this.folded.set(transliterationKey(spelling), actor.id);
        const surname = spelling.split(/\s+/).at(-1) ?? '';
        if (spelling.includes(' ') && surname.length >= 5) this.folded.set(transliterationKey(surname), actor.id);
      }
      for (const spelling of spellings) {
        const surname = spelling.split(/\s+/).at(-1) ?? '';
        if (surname.length >= 4 && /^\p{Lu}/u.test(surname) && !NOT_NAMES.has(surname)) this.spell(surname, actor.id, false);
      }
    }
    this.pattern = undefined;
  }

  private spell(spelling: string, id: string, overwrite = true): void {
    const key = fold(spelling);
    if (!overwrite && this.spellings.has(key)) return;
    this.spellings.set(key, id);
  }

  /** The actor a spelling names, if any (exact spelling, white space and apostrophes forgiven). */
  lookup(spelling: string): string | undefined {
    return this.spellings.get(fold(spelling));
  }

  /** The person a name or surname names in another transliteration ("Vladimir Vasilyev" for Vladimir Vasiliev, "Yermakov" for Ermakov), if any. */
  lookupTransliterated(name: string): string | undefined {
    return this.folded.get(transliterationKey(name));
  }

  /** The actor for a state's name, if the knowledge base has it. */
  state(name: string): string | undefined {
    return this.lookup(name) ?? this.lookup(`the ${name}`);
  }

  /** Every known spelling, longest first, as one pattern. */
  private spellingPattern(): RegExp {
    this.pattern ??= new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:${[...this.spellings.keys()].sort((a, b) => b.length - a.length).map((s) => escape(s).replace(/ /g, '\\s+').replace(/'/g, "['’]")).join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}])`,
      'gu',
    );
    return this.pattern;
  }

  /** Every mention in `text` outside the `masked` ranges (quoted words), in order. */
  mentions(text: string, masked: readonly { start: number; end: number }[] = []): Mention[] {
    const found: Mention[] = [];
    const free = (start: number, end: number) => !masked.some((m) => start < m.end && end > m.start) && !found.some((m) => start < m.end && end > m.start);
    const governed = (start: number) => PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 60), start));
    const push = (mention: Omit<Mention, 'governed'>) => {
      if (free(mention.start, mention.end)) found.push({ ...mention, governed: governed(mention.start) });
    };
    if (this.spellings.size > 0) {
      for (const match of text.matchAll(this.spellingPattern())) {
        const id = this.lookup(match[0]);
        if (id) push({ start: match.index, end: match.index + match[0].length, text: match[0], type: 'name', actor: id, kind: this.actors.get(id)?.kind ?? 'person' });
      }
    }
    // "the Russian side", "the US", Moscow: a state named the way news names states.
    const stateWords = Object.keys(STATE_WORDS).map(escape).join('|');
    for (const match of text.matchAll(new RegExp(`\\b(?:[Tt]he\\s+)?(${stateWords})\\s+(?:${GOVERNMENT_NOUNS})\\b`, 'g'))) {
      const id = this.state(STATE_WORDS[match[1] as string] as string);
      if (id) push({ start: match.index, end: match.index + match[0].length, text: match[0], type: 'name', actor: id, kind: 'state' });
    }
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}.])(?:${Object.keys(CAPITALS).map(escape).join('|')}|US|U\\.S\\.|USA|America)(?![\\p{L}-])(?!\\s+(?:${stateWords}|[\\p{Lu}][\\p{Ll}]+))`, 'gu'))) {
      const id = this.state(CAPITALS[match[0]] ?? (STATE_WORDS[match[0]] as string));
      if (id) push({ start: match.index, end: match.index + match[0].length, text: match[0], type: 'name', actor: id, kind: 'state' });
    }
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}-])(?:${INSTITUTIONS.map(escape).join('|')})(?![\\p{L}-])`, 'gu'))) {
      const id = this.lookup(match[0]);
      push({ start: match.index, end: match.index + match[0].length, text: match[0], type: id ? 'name' : 'new', ...(id ? { actor: id } : {}), kind: 'organisation' });
    }
    for (const mention of newNames(text)) push(mention);
    // A surname in another transliteration of a person known or proposed ("Yermakov" for Ermakov).
    for (const match of text.matchAll(/(?<![\p{L}-])[\p{Lu}][\p{Ll}]{4,}(?![\p{L}-])/gu)) {
      const id = NOT_NAMES.has(match[0]) ? undefined : this.lookupTransliterated(match[0]);
      if (id) push({ start: match.index, end: match.index + match[0].length, text: match[0], type: 'name', actor: id, kind: this.actors.get(id)?.kind ?? 'person' });
    }
    for (const match of text.matchAll(/\b(?:he|she|He|She|him|her|it|It)\b(?!\s*['’]s\b)/g)) {
      push({ start: match.index, end: match.index + match[0].length, text: match[0], type: 'pronoun', noun: match[0].toLowerCase() });
    }
    // "the NATO secretary general", "a senior NATO diplomat": a role whose modifier is a name is the role, not the name;
    // the name is what the role belongs to.
    for (const match of text.matchAll(new RegExp(`\\b(?:the|The|a|an|A|An)\\s+((?:[\\p{L}.-]+\\s+){1,3}?)(${ROLE_NOUNS.map(escape).join('|')})\\b`, 'gu'))) {
      const end = match.index + match[0].length;
      const inside = found.filter((m) => m.type === 'name' && m.start >= match.index && m.end <= end - (match[2] as string).length);
      if (inside.length === 0 || masked.some((m) => match.index < m.end && end > m.start)) continue;
      for (const name of inside) found.splice(found.indexOf(name), 1);
      push({ start: match.index, end, text: match[0], type: 'role', noun: (match[2] as string).toLowerCase(), actor: inside[0]!.actor as string, indefinite: /^an?\b/i.test(match[0]) });
    }
    const nounPhrase = (nouns: string[]) => new RegExp(`\\b(?:the|The|a|an)\\s+(?:[\\p{L}.-]+\\s+){0,3}?(${nouns.map(escape).join('|')})\\b(?:\\s+of\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}-]*\\s*)+)?`, 'giu');
    for (const match of text.matchAll(nounPhrase(ROLE_NOUNS))) {
      push({ start: match.index, end: match.index + match[0].length, text: match[0], type: 'role', noun: (match[1] as string).toLowerCase() });
    }
    for (const match of text.matchAll(nounPhrase(BODY_NOUNS))) {
      push({ start: match.index, end: match.index + match[0].length, text: match[0], type: 'body', noun: (match[1] as string).toLowerCase() });
    }
    for (const match of text.matchAll(nounPhrase(DOCUMENT_NOUNS))) {
      push({ start: match.index, end: match.index + match[0].length, text: match[0], type: 'document', noun: (match[1] as string).toLowerCase() });
    }
    return found.sort((a, b) => a.start - b.start);
  }
}

/**
 * Names of people and bodies as printed: a run of capitalised words, titles before it dropped
 * ("Deputy Foreign Minister Sergei Ryabkov" → "Sergei Ryabkov"). A person's name is two or three
 * words; a body's has a word such as Ministry or Institute.
 */
function newNames(text: string): Omit<Mention, 'governed'>[] {
  const names: Omit<Mention, 'governed'>[] = [];
  const word = String.raw`[\p{Lu}][\p{Ll}\p{M}'’]+(?:-[\p{Lu}\p{Ll}][\p{Ll}\p{M}]*)?\.?`;
  const run = new RegExp(`${word}(?:\\s+(?:(?:of|for|and|the|de|von|van|al|bin)\\s+)*${word})*`, 'gu');
  // A title broken by a line-end hyphen ("Minis-ter", "Russ-ian") is still a title.
  const title = (w: string) => NOT_NAMES.has(w.replace(/[.,]$/, '')) || NOT_NAMES.has(w.replace(/[.,]$/, '').replace(/-(?=\p{Ll})/gu, ''));
  const joiner = (w: string) => /^(?:of|for|and|the|de|von|van|al|bin)$/.test(w);
  const person = (words: string[], within: string, at: number) => {
    // The last two or three words that are not titles, places or other capitalised words.
    let first = words.length;
    while (first > 0 && !title(words[first - 1] as string) && !joiner(words[first - 1] as string)) first--;
    const name = words.slice(first).join(' ').replace(/\.$/, '');
    const count = name.split(' ').length;
    if (count < 2 || count > 3) return;
    const start = at + within.lastIndexOf(name);
    names.push({ start, end: start + name.length, text: name, type: 'new', kind: 'person' });
  };
  for (const match of text.matchAll(run)) {
    const words = match[0].split(/\s+/);
    const lastBody = words.findLastIndex((w) => BODY_WORDS.test(w));
    if (lastBody < 0) {
      person(words, match[0], match.index);
      continue;
    }
    // A body, and maybe a person named right after it ("the German Foreign Ministry Andrea Sasse").
    const bodyEnd = lastBody + 1 < words.length && joiner(words[lastBody + 1] as string) ? words.length : lastBody + 1;
    const rest = words.slice(bodyEnd);
    let skip = 0;
    while (skip < lastBody && /^(?:of|for|and|the|The|According|Following|Commenting|Recall|In|On|At|As)$/.test(words[skip] as string)) skip++;
    const bodyWords = words.slice(skip, bodyEnd);
    const name = bodyWords.join(' ');
    // "the Secretary General of the Alliance", "Representatives of the Ministry": a role or a body named before, not a new body; a state's adjective names one ("the Russian Foreign Ministry").
    const distinctive = bodyWords.filter((w) => (!title(w) || w in STATE_WORDS) && !BODY_WORDS.test(w) && !joiner(w));
    if (bodyWords.length >= 2 && distinctive.length > 0) {
      const start = match.index + match[0].indexOf(name);
      names.push({ start, end: start + name.length, text: name, type: 'new', kind: 'organisation' });
    }
    if (rest.length >= 2) person(rest, match[0], match.index);
  }
  return names;
}
