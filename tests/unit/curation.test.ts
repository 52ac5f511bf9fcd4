/**
 * Curation checks on the real `content/` folder: how many statements each article carries, that every
 * speaker named in an article's text resolves to one actor whatever the spelling, that photo
 * captions and credits never became statements or speakers, and the editors' rules of
 * tests/helpers/curation.ts (dates the text supports, hearsay, whole quotations, disputes, roles).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticleSource, readYaml } from '../../src/data/articleFile.ts';
import { readAddressFiles } from '../../src/data/ledger.ts';
import { actorSchema, articleSchema, eventSchema, type ActorData, type ArticleData, type Claim } from '../../src/schemas/index.ts';
import { parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';
import { normalizeQuoteText, paragraphsOf, quoteParts } from '../../src/utils/quoteText.ts';
import {
  boundDatesGivenADay,
  daysFinerThanTheArticle,
  disputesThatAreAnswers,
  earlierStatementsOnTheArticleDate,
  garbledTextsCalledHumanTranslations,
  hearsayWithoutVia,
  quotations,
  quotationsWithParagraphsLeftOut,
  rolesAtOddsWithTheDescription,
  statementsAfterAnEventOnItsDay,
  type Corpus,
  type CuratedArticle,
} from '../helpers/curation.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** The integrity check's own comparison: white space, typographic quotes, apostrophes and dashes folded. */
const normalise = normalizeQuoteText;

function readActors(): Map<string, ActorData> {
  const folder = path.join(CONTENT, 'actors');
  return new Map(
    readdirSync(folder)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => [path.basename(file, '.yaml'), actorSchema.parse(readYaml(readFileSync(path.join(folder, file), 'utf8')))]),
  );
}

function readArticle(id: string): { data: ArticleData; body: string } {
  const { frontmatter, body } = readArticleSource(readFileSync(path.join(CONTENT, 'articles', `${id}.mdx`), 'utf8'));
  return { data: articleSchema.parse(frontmatter), body: body.replace(/^\r?\n/, '') };
}

/** The items of every `<PhotoCaption items={[…]} />` in a body. */
function captionItems(body: string): string[] {
  return [...body.matchAll(/<PhotoCaption items=\{(\[.*?\])\} \/>/g)].flatMap((m) => JSON.parse(m[1] ?? '[]') as string[]);
}

const actors = readActors();

/** Names of actors as printed in each article's text (every spelling used), and the actor they are. */
const ARTICLES: { id: string; names: [printed: string, actor: string][] }[] = [
  {
    id: '2019-01-25-rt-russia-nato-council',
    names: [
      ['Sergei Ryabkov', 'sergey-ryabkov'],
      ['Ryabkov', 'sergey-ryabkov'],
      ['Jens Stoltenberg', 'jens-stoltenberg'],
      ['Stoltenberg', 'jens-stoltenberg'],
      ['Dmitry Peskov', 'dmitry-peskov'],
      ['Sergei Sudakov', 'sergei-sudakov'],
      ['Sudakov', 'sergei-sudakov'],
      ['Vladimir Vasilyev', 'vladimir-vasiliev'],
      ['Vasilyev', 'vladimir-vasiliev'],
      ['Vladimir Vasiliev', 'vladimir-vasiliev'],
      ['Vasiliev', 'vladimir-vasiliev'],
      ['Vladimir Putin', 'vladimir-putin'],
      ['John Bolton', 'john-bolton'],
      ['Andrea Thompson', 'andrea-thompson'],
      ['Russian Defense Ministry', 'russian-defence-ministry'],
      ['Kremlin', 'kremlin'],
      ['United States', 'united-states'],
    ],
  },
  {
    id: '2019-03-19-tass-arms-race-warning',
    names: [
      ['Russian Foreign Ministry', 'russian-foreign-ministry'],
      ['Sergey Lavrov', 'sergey-lavrov'],
      ['Donald Trump', 'donald-trump'],
      ['Michael Pompeo', 'mike-pompeo'],
      ['Vladimir Putin', 'vladimir-putin'],
      ['United States', 'united-states'],
    ],
  },
  {
    id: '2020-10-26-rt-putin-9m729-moratorium',
    names: [
      ['Dmitry Peskov', 'dmitry-peskov'],
      ['Peskov', 'dmitry-peskov'],
      ['Vladimir Putin', 'vladimir-putin'],
      ['Oana Lungescu', 'oana-lungescu'],
      ['Donald Trump', 'donald-trump'],
      ['Sergei Lavrov', 'sergey-lavrov'],
      ['Lavrov', 'sergey-lavrov'],
      ['Emmanuel Macron', 'emmanuel-macron'],
      ['Andrea Sasse', 'andrea-sasse'],
      ['Sasse', 'andrea-sasse'],
      ['German Foreign Ministry', 'german-foreign-office'],
      ['Jens Stoltenberg', 'jens-stoltenberg'],
      ['Alexei Leonkov', 'alexei-leonkov'],
      ['Alexey Leonkov', 'alexei-leonkov'],
      ['Leonkov', 'alexei-leonkov'],
      ['Sergei Ermakov', 'sergei-ermakov'],
      ['Yermakov', 'sergei-ermakov'],
    ],
  },
  {
    id: '2020-10-30-natowatch-mutual-inspections',
    names: [
      ['Vladimir Putin', 'vladimir-putin'],
      ['Putin', 'vladimir-putin'],
      ['Ronald Reagan', 'ronald-reagan'],
      ['Mikhail Gorbachev', 'mikhail-gorbachev'],
    ],
  },
  {
    id: '2022-01-frontier-post-difficult-dialogue',
    names: [
      ['Jens Stoltenberg', 'jens-stoltenberg'],
      ['Stoltenberg', 'jens-stoltenberg'],
      ['Vladimir Putin', 'vladimir-putin'],
      ['Sergei Lavrov', 'sergey-lavrov'],
      ['Wendy Sherman', 'wendy-sherman'],
      ['Alexander Grushko', 'alexander-grushko'],
      ['Alexander Lukashevich', 'alexander-lukashevich'],
      ['Anthony Blinken', 'antony-blinken'],
      ['Pavel Feldman', 'pavel-feldman'],
      ['Feldman', 'pavel-feldman'],
      ['Vasily Kashin', 'vasily-kashin'],
      ['Kashin', 'vasily-kashin'],
      ['State Department', 'us-state-department'],
      ['Russian Federation', 'russia'],
    ],
  },
];

/** Agencies credited in captions; with every "©" credit, none may be a speaker. */
const AGENCIES = ['Reuters', 'RIA News', 'Kyodo', 'US Navy', 'Wikimedia commons', 'nato.int'];

describe.each(ARTICLES)('$id', ({ id, names }) => {
  const { data, body } = readArticle(id);

  it('still carries every statement the address ledger records for it, unless it moved or was withdrawn', async () => {
    const files = await readAddressFiles(CONTENT);
    const gone = new Set([...Object.keys(files.redirects), ...files.withdrawals.map((w) => `/statements/${w.id}/`)]);
    const recorded = files.ledger.filter((e) => e.holder === `articles/${id}.mdx` && e.address.startsWith('/statements/') && !gone.has(e.address));
    const carried = new Set(data.claims.map((claim) => `/statements/${claim.id}/`));
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.map((e) => e.address).filter((address) => !carried.has(address))).toEqual([]);
  });

  it.each(names)('"%s" is printed in the text and is actor %s', (printed, actorId) => {
    expect(body).toContain(printed);
    const actor = actors.get(actorId);
    expect(actor, `no actor file content/actors/${actorId}.yaml`).toBeDefined();
    const spellings = [actor?.name ?? '', ...(actor?.aliases ?? [])];
    expect(spellings.some((spelling) => spelling.includes(printed)), `${actorId} has no name or alias containing "${printed}"`).toBe(true);
  });

  it('every speaker is a known actor and every quote is in the text', () => {
    const text = normalise(body);
    for (const claim of data.claims) {
      expect(actors.has(claim.speaker), claim.id).toBe(true);
      expect(data.speakers).toContain(claim.speaker);
      expect(text, claim.id).toContain(normalise(claim.quote));
    }
  });

  it('no photo caption or credit became a statement', () => {
    expect(body).not.toMatch(/^\s*•/m);
    const captions = captionItems(body).map(normalise);
    const withoutCaptions = normalise(body.replace(/<PhotoCaption [^\n]*\/>/g, ''));
    for (const claim of data.claims) {
      const quote = normalise(claim.quote);
      expect(quote, claim.id).not.toContain('•');
      expect(quote, claim.id).not.toContain('PhotoCaption');
      expect(captions, claim.id).not.toContain(quote);
      expect(withoutCaptions, `${claim.id} is only found inside a caption`).toContain(quote);
    }
  });

  it('no photographer or agency is a speaker', () => {
    const credits = [
      ...AGENCIES,
      ...captionItems(body)
        .filter((item) => item.startsWith('©'))
        .map((item) => item.replace(/^©\s*/, '')),
    ].map((credit) => credit.toLowerCase());
    for (const speaker of data.speakers) {
      const actor = actors.get(speaker);
      const spellings = [speaker, actor?.name ?? '', ...(actor?.aliases ?? [])].map((s) => s.toLowerCase());
      for (const credit of credits) expect(spellings, `${speaker} is credited as "${credit}"`).not.toContain(credit);
    }
  });
});

describe('captions are kept as components, not text', () => {
  it.each(ARTICLES.map((a) => a.id))('%s: every caption is a component with its items, and no line of the text is a bullet', (id) => {
    const { body } = readArticle(id);
    expect(body).not.toMatch(/^\s*•/m);
    for (const caption of body.match(/<PhotoCaption [^\n]*\/>/g) ?? []) expect(captionItems(caption).length, caption).toBeGreaterThan(0);
  });
});

/** Every article, event and actor as the schemas read them, with the article bodies. */
function readCorpus(): Corpus {
  const folder = (name: string) => path.join(CONTENT, name);
  const yamlFiles = (name: string) => readdirSync(folder(name)).filter((file) => file.endsWith('.yaml'));
  return {
    articles: readdirSync(folder('articles'))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => ({ id: path.basename(file, '.mdx'), ...readArticle(path.basename(file, '.mdx')) })),
    actors,
    events: new Map(yamlFiles('events').map((file) => [path.basename(file, '.yaml'), eventSchema.parse(readYaml(readFileSync(path.join(folder('events'), file), 'utf8')))])),
  };
}

const corpus = readCorpus();
const day = (written: string) => parsePartialDate(written) as PartialDate;
const articleOf = (id: string): CuratedArticle => {
  const found = corpus.articles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id}`);
  return found;
};
/** A copy of an article with one claim changed, to plant a fault the audit found. */
function withClaim(id: string, claimId: string, change: (claim: Claim) => void): CuratedArticle {
  const copy = structuredClone(articleOf(id));
  const claim = copy.data.claims.find((c) => c.id === claimId);
  if (!claim) throw new Error(`no claim ${claimId} in ${id}`);
  change(claim);
  return copy;
}
const RT_2019 = '2019-01-25-rt-russia-nato-council';
const RT_2020 = '2020-10-26-rt-putin-9m729-moratorium';
const NATO_WATCH = '2020-10-30-natowatch-mutual-inspections';
const FRONTIER = '2022-01-frontier-post-difficult-dialogue';

describe('curation rules hold for every article, and catch the faults an audit of the five found', () => {
  it('a statement the text says was made earlier ("noted then", "previously argued") does not carry the article’s date unexplained, nor, made "then", the article’s date at all', () => {
    expect(corpus.articles.flatMap(earlierStatementsOnTheArticleDate)).toEqual([]);
    const then = withClaim(RT_2020, 'lavrov-only-france-responded', (c) => { c.said = day('2020-10-26'); });
    expect(earlierStatementsOnTheArticleDate(then)).toEqual([expect.stringMatching(/^lavrov-only-france-responded: the text says it was said "then"/)]);
    const previously = withClaim(NATO_WATCH, 'united-states-nato-say-russia-deployed-violating-missiles', (c) => { delete c.saidNote; });
    expect(earlierStatementsOnTheArticleDate(previously)).toEqual([expect.stringMatching(/without a saidNote/)]);
  });

  it('an article whose date note says its date is only the earliest possible day is not dated to that day', () => {
    expect(corpus.articles.flatMap(boundDatesGivenADay)).toEqual([]);
    const planted = structuredClone(articleOf(RT_2019));
    planted.data.date = day('2019-01-25');
    expect(boundDatesGivenADay(planted)).toEqual([`${RT_2019}: the date note says 2019-01-25 is only the earliest possible day, yet the article is dated to that day`]);
  });

  it('a statement dated more precisely than its article says how the day is known', () => {
    expect(corpus.articles.flatMap(daysFinerThanTheArticle)).toEqual([]);
    const planted = withClaim(RT_2019, 'sudakov-europe-took-us-side', (c) => { c.said = day('2019-01-25'); delete c.saidNote; });
    expect(daysFinerThanTheArticle(planted)).toEqual([expect.stringMatching(/^sudakov-europe-took-us-side: dated 2019-01-25, more precisely than its article \(2019-01\)/)]);
  });

  it('a statement made "as a result" of an event, or following it, is not dated to the event’s day', () => {
    expect(corpus.articles.flatMap((a) => statementsAfterAnEventOnItsDay(a, corpus.events))).toEqual([]);
    const planted = withClaim(FRONTIER, 'russia-no-reason-for-optimism-after-geneva', (c) => { c.said = day('2022-01-10'); });
    expect(statementsAfterAnEventOnItsDay(planted, corpus.events)).toEqual([expect.stringMatching(/^russia-no-reason-for-optimism-after-geneva: the text says it followed geneva-talks-2022-01-10 \("As a result"\)/)]);
  });

  it('a quotation that runs over several paragraphs is held whole, each paragraph in a statement of one speaker', () => {
    const multi = corpus.articles.flatMap((a) => quotations(paragraphsOf(a.body)).filter((q) => q.end > q.start));
    expect(multi.length).toBeGreaterThan(0);
    expect(corpus.articles.flatMap(quotationsWithParagraphsLeftOut)).toEqual([]);
    // The two paragraphs the statements had left out.
    const peskov = withClaim(RT_2020, 'peskov-president-issued-de-escalation-statement', (c) => { c.quote = quoteParts(c.quote)[0] ?? ''; });
    expect(quotationsWithParagraphsLeftOut(peskov)).toEqual(['peskov-president-issued-de-escalation-statement: its quotation goes on in "An important document.", which no statement holds']);
    const leonkov = withClaim(RT_2020, 'leonkov-russia-invited-security-discussion', (c) => { c.quote = quoteParts(c.quote)[0] ?? ''; });
    expect(quotationsWithParagraphsLeftOut(leonkov)).toEqual(['leonkov-russia-invited-security-discussion: its quotation goes on in "But this idea did not receive support.", which no statement holds']);
  });

  it('a statement known only through another’s account names them with via', () => {
    expect(corpus.articles.flatMap((a) => hearsayWithoutVia(a, actors))).toEqual([]);
    const bolton = withClaim(RT_2019, 'bolton-withdraw-from-cold-war-treaties', (c) => { delete c.via; });
    expect(hearsayWithoutVia(bolton, actors)).toEqual(['bolton-withdraw-from-cold-war-treaties: the passage stands inside the quotation of vladimir-vasiliev, not of john-bolton: record via']);
    const letter = withClaim(RT_2020, 'lavrov-trump-short-letter', (c) => { c.speaker = 'donald-trump'; });
    expect(hearsayWithoutVia(letter, actors)).toEqual(['lavrov-trump-short-letter: the passage gives the account of sergey-lavrov, not of donald-trump: record via']);
  });

  it('a dispute joins statements on the same matter; an answer or a counter-accusation is recorded with respondsTo', () => {
    expect(disputesThatAreAnswers(corpus)).toEqual([]);
    const planted = (article: CuratedArticle): Corpus => ({ ...corpus, articles: corpus.articles.map((a) => (a.id === article.id ? article : a)) });
    const turnedRound = withClaim(RT_2020, 'russia-us-target-missiles-and-attack-drones', (c) => { c.disputes = ['united-states-accused-moscow-since-mid-2000s']; });
    expect(disputesThatAreAnswers(planted(turnedRound))).toEqual([
      'russia-us-target-missiles-and-attack-drones both answers and disputes united-states-accused-moscow-since-mid-2000s: it is one or the other',
      'russia-us-target-missiles-and-attack-drones turns the accusation round without denying it: it answers united-states-accused-moscow-since-mid-2000s (respondsTo), it does not dispute it',
    ]);
    const itself = withClaim(FRONTIER, 'russia-us-violated-treaty-since-1999', (c) => { c.disputes = ['united-states-claimed-9m729-violation']; c.respondsTo = []; });
    expect(disputesThatAreAnswers(planted(itself))).toEqual([expect.stringMatching(/^russia-us-violated-treaty-since-1999 turns the accusation round/)]);
    const offTopic = withClaim(FRONTIER, 'kashin-missile-talks-lead-nowhere-alone', (c) => { c.disputes = ['putin-reaffirms-moratorium-2020']; });
    expect(disputesThatAreAnswers(planted(offTopic))).toEqual([expect.stringMatching(/share no topic/)]);
  });

  it('an actor’s roles agree with its description, and no office ends before a later recorded term', () => {
    expect([...actors].flatMap(([id, actor]) => rolesAtOddsWithTheDescription(id, actor))).toEqual([]);
    expect([...actors.values()].some((a) => a.roles.some((r) => r.to))).toBe(true);
    const trump = actors.get('donald-trump');
    if (!trump) throw new Error('no donald-trump');
    const firstTermOnly = { ...trump, description: 'President of the United States from 2017 to 2021, whose administration withdrew from the INF Treaty.' };
    expect(rolesAtOddsWithTheDescription('donald-trump', firstTermOnly)).toEqual(['donald-trump: the role President of the United States (2025–) is not in the description, which may end the office before it']);
    const undated = { ...firstTermOnly, roles: [{ title: 'President of the United States', organisation: 'united-states' }] };
    expect(rolesAtOddsWithTheDescription('donald-trump', undated)).toEqual(['donald-trump: the description gives a term 2017–2021 that no dated role records']);
    const open = { ...trump, roles: trump.roles.map((r) => ({ title: r.title, ...(r.from ? { from: r.from } : {}) })) };
    expect(rolesAtOddsWithTheDescription('donald-trump', open)).toEqual(expect.arrayContaining(['donald-trump: a term as President of the United States has no end, but a later term is recorded']));
  });

  it('a text whose editors’ notes call its renderings garbled is not marked a human translation', () => {
    expect(corpus.articles.flatMap(garbledTextsCalledHumanTranslations)).toEqual([]);
    const planted = structuredClone(articleOf(FRONTIER));
    if (planted.data.original) planted.data.original.translation = 'human';
    expect(garbledTextsCalledHumanTranslations(planted)).toEqual([expect.stringMatching(/^2022-01-frontier-post-difficult-dialogue: marked a human translation, but its notes call "is important about the result" garbled/)]);
  });
});
