/**
 * Curation checks on the real `content/` folder: how many statements each article carries, that every
 * speaker named in an article's text resolves to one actor whatever the spelling, and that photo
 * captions and credits never became statements or speakers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { actorSchema, articleSchema, type ActorData, type ArticleData } from '../../src/schemas/index.ts';
import { normalizeQuoteText } from '../../src/utils/quoteText.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** The integrity check's own comparison: white space, typographic quotes, apostrophes and dashes folded. */
const normalise = normalizeQuoteText;

function readActors(): Map<string, ActorData> {
  const folder = path.join(CONTENT, 'actors');
  return new Map(
    readdirSync(folder)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => [path.basename(file, '.yaml'), actorSchema.parse(yaml.load(readFileSync(path.join(folder, file), 'utf8')))]),
  );
}

function readArticle(id: string): { data: ArticleData; body: string } {
  const raw = readFileSync(path.join(CONTENT, 'articles', `${id}.mdx`), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${id}.mdx has no frontmatter`);
  return { data: articleSchema.parse(yaml.load(match[1] ?? '')), body: match[2] ?? '' };
}

/** The items of every `<PhotoCaption items={[…]} />` in a body. */
function captionItems(body: string): string[] {
  return [...body.matchAll(/<PhotoCaption items=\{(\[.*?\])\} \/>/g)].flatMap((m) => JSON.parse(m[1] ?? '[]') as string[]);
}

const actors = readActors();

/** Names of actors as printed in each article's text (every spelling used), and the actor they are. */
const ARTICLES: { id: string; claims: number; names: [printed: string, actor: string][] }[] = [
  {
    id: '2019-01-25-rt-russia-nato-council',
    claims: 33,
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
    claims: 14,
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
    claims: 51,
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
    claims: 10,
    names: [
      ['Vladimir Putin', 'vladimir-putin'],
      ['Putin', 'vladimir-putin'],
      ['Ronald Reagan', 'ronald-reagan'],
      ['Mikhail Gorbachev', 'mikhail-gorbachev'],
    ],
  },
  {
    id: '2022-01-frontier-post-difficult-dialogue',
    claims: 42,
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

describe.each(ARTICLES)('$id', ({ id, claims, names }) => {
  const { data, body } = readArticle(id);

  it(`carries the ${claims} statements curated from it`, () => {
    expect(data.claims).toHaveLength(claims);
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
  it.each([
    ['2019-01-25-rt-russia-nato-council', 2],
    ['2019-03-19-tass-arms-race-warning', 0],
    ['2020-10-26-rt-putin-9m729-moratorium', 4],
    ['2020-10-30-natowatch-mutual-inspections', 0],
    ['2022-01-frontier-post-difficult-dialogue', 0],
  ])('%s has %i caption groups', (id, groups) => {
    const { body } = readArticle(id);
    expect(body.match(/<PhotoCaption /g) ?? []).toHaveLength(groups);
  });
});
