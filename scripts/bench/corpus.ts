/**
 * A synthetic content folder shaped like the real one, for the benchmark: articles of about 700
 * words drawn from a vocabulary of several thousand pseudo-words (Zipf-distributed, as real text
 * is), about ten claims each whose quotes are sentences of the body, about sixty actors with
 * aliases, ten outlets, topics, events, and answers and disputes between statements.
 *
 * Everything comes from one seeded generator, so a seed gives the same files byte for byte; nothing
 * is downloaded. The files go through the same schemas and integrity rules as real content.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';

export interface CorpusOptions {
  articles: number;
  seed: number;
}

export interface CorpusSummary {
  articles: number;
  statements: number;
  actors: number;
  outlets: number;
  events: number;
  topics: number;
  words: number;
  vocabulary: number;
  /** A word from a quote that few articles use: what the benchmark searches for. */
  searchWord: string;
  /** Articles whose body contains `searchWord`. */
  searchWordArticles: number;
}

export interface CorpusFile {
  /** Path inside the content folder, e.g. `articles/2019-03-19-outlet-word-word.mdx`. */
  path: string;
  text: string;
}

const VOCABULARY_SIZE = 6000;
const ACTORS = 60;
const OUTLETS = 10;
const TOPICS = 15;
const ARTICLE_WORDS = 700;
const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAYS = 6 * 365;
const DAY = 86_400_000;

/** English glue between the pseudo-words, so sentences read like text and stop words exist. */
const GLUE = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'on', 'for', 'with', 'is', 'was', 'by', 'as', 'it', 'not', 'from', 'at', 'would', 'its', 'treaty', 'missile', 'said', 'talks'];

/** sfc32 seeded through splitmix32: small, fast and the same on every platform. */
function makeRandom(seed: number) {
  let state = seed >>> 0;
  const split = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof makeRandom>;

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'gr', 'kr', 'pl', 'st', 'tr', 'sh', 'ch', 'sk'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ei'];
const ORGANISATIONS = ['Foreign Ministry', 'Defence Ministry', 'Security Council', 'Parliament', 'Presidential Office', 'Space Agency', 'Arms Directorate'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm', 'k', 'nt', 'st', 'rd'];

function syllable(random: Random): string {
  return random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
}

/** `count` distinct pseudo-words of one to four syllables, shorter ones more common, none an English glue word. */
function makeVocabulary(random: Random, count: number): string[] {
  const words = new Set<string>();
  const glue = new Set(GLUE);
  while (words.size < count) {
    const syllables = random.pick([1, 2, 2, 2, 3, 3, 3, 4]);
    let word = '';
    for (let i = 0; i < syllables; i++) word += syllable(random);
    if (word.length >= 3 && !glue.has(word)) words.add(word);
  }
  return [...words];
}

/**
 * Draws ranks 0…n-1 with probability proportional to 1/(rank+offset): Zipf's law, as word use follows.
 * An offset above 1 leaves the very top ranks to the English glue words.
 */
function makeZipf(random: Random, n: number, offset = 1) {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let rank = 0; rank < n; rank++) {
    sum += 1 / (rank + offset);
    cumulative[rank] = sum;
  }
  return () => {
    const target = random.next() * sum;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

interface Actor {
  id: string;
  name: string;
  aliases: string[];
  kind: 'person' | 'organisation' | 'state';
  affiliation?: string;
  /** The surname or short name used when attributing a quote. */
  short: string;
}

interface ClaimOut {
  id: string;
  speaker: string;
  quote: string;
  kind: 'direct' | 'indirect' | 'paraphrase';
  said: string;
  topics: string[];
  event?: string;
  respondsTo?: string[];
  disputes?: string[];
  note?: string;
}

/** Generates the whole corpus in memory: the files and a summary of what they hold. */
export function generateCorpus({ articles: articleCount, seed }: CorpusOptions): { files: CorpusFile[]; summary: CorpusSummary } {
  const random = makeRandom(seed);
  const vocabulary = makeVocabulary(random, VOCABULARY_SIZE);
  const zipf = makeZipf(random, vocabulary.length, 10);
  const files: CorpusFile[] = [];
  const dump = (value: unknown) => yaml.dump(value, { lineWidth: 100, noRefs: true });
  const usedNames = new Set<string>();
  const nameWord = () => {
    for (;;) {
      const word = capitalise(syllable(random) + syllable(random));
      if (!usedNames.has(word.toLowerCase())) {
        usedNames.add(word.toLowerCase());
        return word;
      }
    }
  };
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

  // Outlets.
  const outlets = Array.from({ length: OUTLETS }, (_, i) => {
    const name = `${nameWord()} ${random.pick(['News', 'Herald', 'Agency', 'Post', 'Review', 'Wire'])}`;
    const id = slug(name);
    files.push({
      path: `outlets/${id}.yaml`,
      text: dump({
        name,
        country: `${nameWord()}land`,
        ownership: random.pick(['state-owned', 'privately owned', 'independent non-profit']),
        homepage: `https://${id}.example.org/`,
        ...(i % 2 === 0 ? { description: sentence(12, false) } : {}),
      }),
    });
    return { id, name };
  });

  // Topics.
  const topics = Array.from({ length: TOPICS }, () => {
    const name = `${capitalise(word())} ${word()}`;
    return { id: '', name };
  });
  const topicIds = new Set<string>();
  for (const topic of topics) {
    let id = slug(topic.name);
    while (topicIds.has(id)) id = `${id}-${word()}`;
    topicIds.add(id);
    topic.id = id;
    files.push({ path: `topics/${id}.yaml`, text: dump({ name: topic.name, description: sentence(14, false) }) });
  }

  // Actors: states, then their organisations, then people in them. Each has other spellings.
  const actors: Actor[] = [];
  const states = 10;
  const organisations = 20;
  for (let i = 0; i < ACTORS; i++) {
    if (i < states) {
      const root = nameWord();
      actors.push({ id: slug(`${root}ia`), name: `${root}ia`, aliases: [`Republic of ${root}ia`, `${root}ian Federation`], kind: 'state', short: `${root}ia` });
    } else if (i < states + organisations) {
      const state = actors[i % states] as Actor;
      let what = random.pick(ORGANISATIONS);
      while (actors.some((a) => a.name === `${state.name} ${what}`)) what = random.pick(ORGANISATIONS);
      const name = `${state.name} ${what}`;
      actors.push({ id: slug(name), name, aliases: [`${what} of ${state.name}`], kind: 'organisation', affiliation: state.id, short: `the ${what.toLowerCase()}` });
    } else {
      const organisation = actors[states + (i % organisations)] as Actor;
      const first = nameWord();
      const last = nameWord();
      const variant = last.replace(/k/g, 'c').replace(/v/g, 'w').replace(/i/g, 'y');
      const aliases = [`${first.charAt(0)}. ${last}`, variant !== last ? `${first} ${variant}` : `${first} ${last}e`];
      actors.push({ id: slug(`${first} ${last}`), name: `${first} ${last}`, aliases, kind: 'person', affiliation: organisation.id, short: last });
    }
  }
  for (const actor of actors) {
    const roles =
      actor.kind === 'person'
        ? [{ title: `${random.pick(['Minister', 'Deputy Minister', 'Spokesperson', 'Director', 'Ambassador', 'Adviser'])} (${(actors.find((a) => a.id === actor.affiliation) as Actor).name})`, organisation: actor.affiliation }]
        : [];
    files.push({
      path: `actors/${actor.id}.yaml`,
      text: dump({
        name: actor.name,
        aliases: actor.aliases,
        kind: actor.kind,
        ...(roles.length > 0 ? { roles } : {}),
        ...(actor.affiliation ? { affiliation: actor.affiliation } : {}),
        description: sentence(10, false),
      }),
    });
  }
  // Some actors speak far more than others, as in the real sources.
  const speakerRank = makeZipf(random, actors.length);
  const speakerOrder = actors.map((_, i) => actors[(i * 37) % actors.length] as Actor);

  // Events, spread over the period; articles and claims refer to them.
  const eventCount = 20 + Math.floor(articleCount / 25);
  const events = Array.from({ length: eventCount }, () => {
    const day = FIRST_DAY + random.int(0, DAYS - 1) * DAY;
    const title = `${capitalise(word())} ${word()} ${word()} ${random.pick(['meeting', 'briefing', 'decree', 'summit', 'test', 'statement'])}`;
    return { id: '', day, title, actors: [] as string[], articles: [] as string[], topics: [random.pick(topics).id] };
  });
  const eventIds = new Set<string>();
  for (const event of events) {
    let id = `${slug(event.title)}-${isoDay(event.day).slice(0, 7)}`;
    while (eventIds.has(id)) id = `${id}-${word()}`;
    eventIds.add(id);
    event.id = id;
  }
  events.sort((a, b) => a.day - b.day);

  // Articles.
  const claimIds = new Set<string>();
  const articleIds = new Set<string>();
  const earlierClaims: string[] = [];
  const counts = new Map<string, number>();
  let statements = 0;
  let totalWords = 0;
  let searchWord = '';
  for (let index = 0; index < articleCount; index++) {
    const outlet = random.pick(outlets);
    const day = FIRST_DAY + random.int(0, DAYS - 1) * DAY;
    const monthOnly = random.chance(0.05);
    const date = monthOnly ? isoDay(day).slice(0, 7) : isoDay(day);
    let id = `${isoDay(day)}-${outlet.id}-${word()}-${word()}`;
    while (articleIds.has(id)) id = `${id}-${word()}`;
    articleIds.add(id);

    const speakerCount = random.int(2, 5);
    const speakers: Actor[] = [];
    while (speakers.length < speakerCount) {
      const actor = speakerOrder[speakerRank()] as Actor;
      if (!speakers.includes(actor)) speakers.push(actor);
    }
    const nearEvents = events.filter((e) => Math.abs(e.day - day) < 60 * DAY && e.day <= day);

    // The body: paragraphs of sentences, some of them attributed statements that claims quote.
    const claimCount = random.int(8, 12);
    const paragraphs: string[][] = [];
    const claims: ClaimOut[] = [];
    let words = 0;
    const claimSlots = new Set<number>();
    const sentenceTotal = 44;
    while (claimSlots.size < claimCount) claimSlots.add(random.int(0, sentenceTotal - 1));
    let sentenceIndex = 0;
    while (words < ARTICLE_WORDS) {
      const paragraph: string[] = [];
      const length = random.int(2, 5);
      for (let s = 0; s < length && words < ARTICLE_WORDS; s++, sentenceIndex++) {
        if (claimSlots.has(sentenceIndex) && claims.length < claimCount) {
          const speaker = random.pick(speakers);
          const kind = random.pick(['direct', 'direct', 'indirect', 'paraphrase'] as const);
          const inner = sentence(random.int(9, 22), false);
          let printed: string;
          let quote: string;
          if (kind === 'direct') {
            printed = `“${inner.slice(0, -1)},” ${speaker.short} said.`;
            // Typed with straight quotes, as editors copy them: the check forgives exactly that.
            quote = `"${inner.slice(0, -1)}," ${speaker.short} said.`;
          } else if (kind === 'indirect') {
            printed = `${capitalise(speaker.short)} said that ${inner.charAt(0).toLowerCase()}${inner.slice(1)}`;
            quote = printed;
          } else {
            printed = inner;
            quote = printed;
          }
          paragraph.push(printed);
          words += printed.split(' ').length;
          let claimId = `${slug(speaker.short)}-${word()}-${word()}`;
          while (claimIds.has(claimId)) claimId = `${claimId}-${word()}`;
          claimIds.add(claimId);
          const saidDay = monthOnly ? day : day - random.int(0, 3) * DAY;
          const claim: ClaimOut = {
            id: claimId,
            speaker: speaker.id,
            quote,
            kind,
            said: monthOnly ? date : random.chance(0.1) ? isoDay(saidDay).slice(0, 7) : isoDay(saidDay),
            topics: [random.pick(topics).id, random.pick(topics).id].filter((t, i, all) => all.indexOf(t) === i),
          };
          if (nearEvents.length > 0 && random.chance(0.3)) {
            const event = random.pick(nearEvents);
            claim.event = event.id;
            if (event.articles.length < 3 && !event.articles.includes(id)) event.articles.push(id);
            if (event.actors.length < 4 && !event.actors.includes(speaker.id)) event.actors.push(speaker.id);
          }
          if (earlierClaims.length > 0 && random.chance(0.15)) claim.respondsTo = [random.pick(earlierClaims)];
          if (earlierClaims.length > 0 && random.chance(0.05)) {
            const target = random.pick(earlierClaims);
            if (!claim.respondsTo?.includes(target)) claim.disputes = [target];
          }
          if (random.chance(0.03)) claim.note = sentence(8, false);
          claims.push(claim);
        } else {
          const plain = sentence(random.int(8, 24), true);
          paragraph.push(plain);
          words += plain.split(' ').length;
        }
      }
      paragraphs.push(paragraph);
    }
    if (index === Math.floor(articleCount / 2)) searchWord = rarestWord(claims[0]?.quote ?? '');
    for (const claim of claims) earlierClaims.push(claim.id);
    statements += claims.length;
    totalWords += words;

    const blocks = paragraphs.map((p) => p.join(' '));
    if (random.chance(0.2)) blocks.splice(random.int(1, blocks.length - 1), 0, `## ${capitalise(word())} ${word()}`);
    if (random.chance(0.1)) blocks.splice(random.int(1, blocks.length - 1), 0, `<PhotoCaption items={["${speakers[0]?.name}", "© ${outlet.name}"]} />`);
    for (const block of blocks) for (const w of new Set(block.toLowerCase().match(/[a-z]+/g) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);

    const frontmatter = {
      title: capitalise(sentence(random.int(6, 12), false).slice(0, -1)),
      date,
      ...(monthOnly ? { dateNote: 'Only the month is printed.' } : {}),
      outlet: outlet.id,
      ...(random.chance(0.15)
        ? { original: { outlet: random.pick(outlets.filter((o) => o !== outlet)).id, translation: random.pick(['machine', 'human'] as const), language: random.pick(['ru', 'de', 'fr']) } }
        : {}),
      url: `https://${outlet.id}.example.org/news/${id}`,
      authors: random.chance(0.6) ? [`${nameWord()} ${nameWord()}`] : [],
      summary: sentence(random.int(30, 50), false),
      speakers: speakers.map((s) => s.id),
      claims,
      ...(random.chance(0.1) ? { notes: [{ term: capitalise(word()).toUpperCase(), text: sentence(10, false) }] } : {}),
    };
    files.push({ path: `articles/${id}.mdx`, text: `---\n${dump(frontmatter)}---\n\n${blocks.join('\n\n')}\n` });
  }

  for (const event of events) {
    files.push({
      path: `events/${event.id}.yaml`,
      text: dump({
        date: isoDay(event.day),
        title: event.title,
        description: sentence(20, false),
        actors: event.actors,
        articles: event.articles,
        topics: event.topics,
        // As the real events do: what the date and the facts rest on, an article that reports it when there is one.
        sources: [event.articles[0] ? { article: event.articles[0], facts: sentence(8, false) } : { facts: sentence(8, false) }],
      }),
    });
  }

  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    files,
    summary: {
      articles: articleCount,
      statements,
      actors: actors.length,
      outlets: outlets.length,
      events: events.length,
      topics: topics.length,
      words: totalWords,
      vocabulary: vocabulary.length,
      searchWord,
      searchWordArticles: counts.get(searchWord) ?? 0,
    },
  };

  function word(): string {
    return vocabulary[zipf()] as string;
  }

  /** A sentence of `length` words: pseudo-words with English glue, a comma now and then, a full stop. */
  function sentence(length: number, withComma: boolean): string {
    const out: string[] = [];
    for (let i = 0; i < length; i++) out.push(random.chance(0.35) ? random.pick(GLUE) : word());
    if (withComma && length > 10) out[random.int(3, length - 4)] += ',';
    return `${capitalise(out.join(' '))}.`;
  }

  /** The quote's pseudo-word that is rarest in the vocabulary's ranking (least likely to be everywhere). */
  function rarestWord(quote: string): string {
    const rank = new Map(vocabulary.map((w, i) => [w, i]));
    const candidates = (quote.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => rank.has(w));
    return candidates.sort((a, b) => (rank.get(b) as number) - (rank.get(a) as number))[0] ?? 'treaty';
  }
}

/** Writes the corpus into `dir`, replacing whatever was there. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<CorpusSummary> {
  const { files, summary } = generateCorpus(options);
  await rm(dir, { recursive: true, force: true });
  for (const folder of ['articles', 'actors', 'outlets', 'events', 'topics']) await mkdir(path.join(dir, folder), { recursive: true });
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let file = queue.pop(); file; file = queue.pop()) await writeFile(path.join(dir, file.path), file.text);
    }),
  );
  return summary;
}
