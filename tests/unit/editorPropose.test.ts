/**
 * The statement proposer, one pattern of reported speech at a time: a snippet of news text in, the
 * proposed statements (passage, speaker, kind) out — and the failure cases that must propose nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphTexts, readTextSource } from '../../src/editor/source.ts';
import type { KnownActor } from '../../src/editor/names.ts';
import { proposeStatements, type ProposedClaim } from '../../src/editor/propose.ts';
import { quotesInBody } from '../../src/utils/quoteText.ts';
import { FIXTURES } from '../helpers/paths.ts';

const ACTORS: KnownActor[] = [
  { id: 'sergey-ryabkov', name: 'Sergey Ryabkov', aliases: ['Sergei Ryabkov'], kind: 'person', roles: ['Deputy Foreign Minister of Russia'], affiliation: 'russian-foreign-ministry' },
  { id: 'jens-stoltenberg', name: 'Jens Stoltenberg', aliases: [], kind: 'person', roles: ['Secretary General of NATO'], affiliation: 'nato' },
  { id: 'dmitry-peskov', name: 'Dmitry Peskov', aliases: [], kind: 'person', roles: ['Press Secretary of the President of Russia'], affiliation: 'kremlin' },
  { id: 'donald-trump', name: 'Donald Trump', aliases: [], kind: 'person', roles: ['President of the United States'], affiliation: 'united-states' },
  { id: 'mike-pompeo', name: 'Mike Pompeo', aliases: ['Michael Pompeo'], kind: 'person', roles: ['US Secretary of State'], affiliation: 'us-state-department' },
  { id: 'sergei-ermakov', name: 'Sergei Ermakov', aliases: ['Yermakov'], kind: 'person', roles: [] },
  { id: 'russian-foreign-ministry', name: 'Ministry of Foreign Affairs of Russia', aliases: ['Russian Foreign Ministry'], kind: 'organisation', roles: [], affiliation: 'russia' },
  { id: 'us-state-department', name: 'United States Department of State', aliases: ['State Department'], kind: 'organisation', roles: [], affiliation: 'united-states' },
  { id: 'kremlin', name: 'Kremlin', aliases: [], kind: 'organisation', roles: [], affiliation: 'russia' },
  { id: 'nato', name: 'NATO', aliases: ['North Atlantic Alliance'], kind: 'organisation', roles: [] },
  { id: 'russia', name: 'Russia', aliases: ['Russian Federation'], kind: 'state', roles: [] },
  { id: 'united-states', name: 'United States', aliases: ['USA'], kind: 'state', roles: [] },
];

function propose(text: string, date = '2019-03-19') {
  const paragraphs = text.split(/\n\n+/);
  return proposeStatements({ paragraphs, date, actors: ACTORS, topics: [], events: [], outlets: ['TASS'], takenIds: [] });
}
const brief = (claims: ProposedClaim[]) => claims.map((c) => [c.speaker.id, c.kind, c.quote]);

describe('direct speech', () => {
  it.each([
    ['a tail with the name after the verb', '"We will not destroy the missile," said Sergei Ryabkov.', 'sergey-ryabkov'],
    ['a tail with the name before the verb', '“We will not destroy the missile,” Ryabkov said.', 'sergey-ryabkov'],
    ['guillemets', '«We will not destroy the missile», Ryabkov said.', 'sergey-ryabkov'],
    ['German-style „…“ marks', '„We will not destroy the missile“, Ryabkov said.', 'sergey-ryabkov'],
    ['single quotation marks, apostrophes left alone', '‘We won’t destroy the missile,’ Ryabkov said.', 'sergey-ryabkov'],
    ['the quotation after a colon', 'Ryabkov said: “We will not destroy the missile.”', 'sergey-ryabkov'],
    ['a machine translation’s closing mark with the space on the wrong side', '“We expect that common sense will prevail, ”said Ryabkov.', 'sergey-ryabkov'],
    ['an opening mark used to close', '“We are ready to sit down at the table, “the NATO secretary general said. Stoltenberg spoke in Brussels.', null],
    ['an institution as the speaker', '"This may result in serious threats to the regime," the Russian Foreign Ministry said.', 'russian-foreign-ministry'],
  ])('%s', (_, text, speaker) => {
    const [first] = propose(speaker === null ? `Jens Stoltenberg spoke to reporters.\n\n${text}` : text).claims;
    expect(first?.kind).toBe('direct');
    expect(first?.speaker.id).toBe(speaker ?? 'jens-stoltenberg');
  });

  it('keeps a quotation’s sentences and its tail together as one passage, as printed', () => {
    const text = '“We will have contact, but whether Ms. Thompson is ready, I have no answer.” Of course, we are interested in this dialogue, ”Ryabkov said.';
    expect(brief(propose(text).claims)).toEqual([['sergey-ryabkov', 'direct', text]]);
  });

  it('gives a quotation running over paragraphs one statement per paragraph, by the speaker its closing tail names', () => {
    const text = 'Ryabkov spoke after the meeting.\n\n“Russia has already invited countries to discuss security.\n\nAn important document.\n\nThe alliance will continue to act the same way, "Peskov stressed.';
    const claims = propose(text).claims;
    expect(brief(claims)).toEqual([
      ['dmitry-peskov', 'direct', '“Russia has already invited countries to discuss security.'],
      ['dmitry-peskov', 'direct', 'The alliance will continue to act the same way, "Peskov stressed.'],
    ]);
  });

  it('leaves a stray mark with spaces on both sides out of the quotations', () => {
    const text = 'He also added that “specific numbers” should not be discussed, said Jens Stoltenberg. ” At the same time, Ryabkov stressed that Moscow will not wait.';
    expect(brief(propose(text).claims).map(([speaker]) => speaker)).toEqual(['jens-stoltenberg', 'sergey-ryabkov']);
  });

  it('proposes a statement reported inside a quotation under its own speaker, saying who reports it', () => {
    const text = '“Such a breach is the administration’s style. His adviser, Mike Pompeo, said that the US would withdraw from all treaties. Therefore, Washington will withdraw, ”concluded Sergei Ermakov.';
    const claims = propose(text).claims;
    expect(claims.map((c) => c.speaker.id)).toEqual(['sergei-ermakov', 'mike-pompeo']);
    expect(claims[1]).toMatchObject({ kind: 'indirect', via: 'sergei-ermakov', quote: 'His adviser, Mike Pompeo, said that the US would withdraw from all treaties.' });
  });
});

describe('indirect speech and positions', () => {
  it.each([
    ['said that', 'Russian Deputy Foreign Minister Sergei Ryabkov said that he was not sure of the American side’s readiness.', 'sergey-ryabkov', 'indirect'],
    ['told', 'Ryabkov told reporters the talks would continue in Geneva.', 'sergey-ryabkov', 'indirect'],
    ['according to', 'According to Ryabkov, the talks will continue in Geneva next week.', 'sergey-ryabkov', 'indirect'],
    ['noted', 'Stoltenberg noted that NATO does not want a new arms race.', 'jens-stoltenberg', 'indirect'],
    ['stressed', 'The Russian Foreign Ministry issued a statement. The ministry stressed that Moscow will respond.', null, 'indirect'],
    ['warned', 'Stoltenberg warned that the treaty is under threat.', 'jens-stoltenberg', 'indirect'],
    ['added', 'Stoltenberg added that the allies are united.', 'jens-stoltenberg', 'indirect'],
    ['"As X said,"', 'As Sergei Ryabkov said, the US sent a short letter.', 'sergey-ryabkov', 'indirect'],
    ['a tail after the reported words', 'The treaty’s collapse may spark an arms race in several regions, the Russian Foreign Ministry said in a statement on Tuesday.', 'russian-foreign-ministry', 'indirect'],
    ['an apposition between subject and verb', 'Sergei Ermakov, a military expert and senior fellow at the Higher School of Economics, also believes that the talks are useless.', 'sergei-ermakov', 'indirect'],
    ['a state by its capital', 'Moscow has repeatedly opposed the destruction of the treaty.', 'russia', 'paraphrase'],
    ['a position held by a state', 'Washington on many occasions had accused Russia of violating the accord.', 'united-states', 'paraphrase'],
    ['"the Russian side"', 'In addition, the Russian side has repeatedly drawn attention to the fact that the launchers can fire cruise missiles.', 'russia', 'paraphrase'],
    ['the Kremlin, placed by a preposition', 'In the Kremlin, this position was described as “indicative of no mood to talk.”', 'kremlin', 'direct'],
    ['NATO', 'NATO said that it will not deploy new nuclear weapons in Europe.', 'nato', 'indirect'],
  ])('%s', (_, text, speaker, kind) => {
    const claims = propose(text).claims;
    expect(claims[0]).toMatchObject({ speaker: { id: speaker ?? 'russian-foreign-ministry' }, kind });
  });

  it('splits a sentence whose clauses report two speakers', () => {
    const text = 'Washington on many occasions had accused Russia of violating the accord, but Moscow vehemently dismissed all accusations.';
    expect(brief(propose(text).claims)).toEqual([
      ['united-states', 'paraphrase', 'Washington on many occasions had accused Russia of violating the accord'],
      ['russia', 'paraphrase', 'Moscow vehemently dismissed all accusations.'],
    ]);
  });

  it('does not split a sentence that a tail attributes as a whole', () => {
    const text = 'The United States constantly declares a Russian threat, but it never materializes for European allies, Ermakov notes.';
    expect(brief(propose(text).claims)).toEqual([['sergei-ermakov', 'indirect', text]]);
  });

  it('records two officials speaking jointly under what both belong to', () => {
    const text = 'On February 1, US President Donald Trump and US Secretary of State Michael Pompeo announced the suspension of the treaty.';
    expect(propose(text).claims[0]?.speaker.id).toBe('united-states');
  });

  it('gives the sentence before "This was announced by X" to X, and proposes nothing for that sentence', () => {
    const text = 'The statement on de-escalation is aimed at continuing the line towards de-escalation.\n\nThis was announced by the press secretary of the Russian leader Dmitry Peskov.';
    expect(brief(propose(text).claims)).toEqual([['dmitry-peskov', 'indirect', 'The statement on de-escalation is aimed at continuing the line towards de-escalation.']]);
  });
});

describe('speakers named before', () => {
  it.each([
    ['"he"', 'Sergei Ryabkov said the talks had failed.\n\nHe added that Moscow is not satisfied with the ultimatums.', 'sergey-ryabkov'],
    ['"she" after a tail', 'Jens Stoltenberg said the talks had failed.\n\n“Until Russia destroys the system, the moratorium is not a viable proposal, ”she said.', 'jens-stoltenberg'],
    ['"it" for a body', '"We cannot destroy our missile," the Russian Foreign Ministry said. "We cannot accept the demands," it said.', 'russian-foreign-ministry'],
    ['"the Russian diplomat" for a deputy foreign minister', 'Sergei Ryabkov spoke in Geneva.\n\nThe Russian diplomat noted that Moscow is ready to continue work.', 'sergey-ryabkov'],
    ['"the Alliance Secretary General" by the role on record', 'Jens Stoltenberg and Sergei Ryabkov met in Brussels.\n\n“There is still a chance to keep the treaty,” the Alliance Secretary General said.', 'jens-stoltenberg'],
    ['"the expert" for the last person quoted for what they know, not an office holder', 'The situation shows a lack of independence, said Sergei Ermakov.\n\nRyabkov spoke too, said Jens Stoltenberg.\n\n“The United States is doing everything to destroy international law, ”the expert noted.', 'sergei-ermakov'],
    ['"the statement" for the author of a statement named before', 'Recall that the Kremlin published a statement by Dmitry Peskov on the treaty.\n\n"We reaffirm our adherence to the moratorium," the statement said.', 'dmitry-peskov'],
    ['an unattributed quotation continuing the last speaker', 'Sergei Ryabkov said the talks had failed.\n\nThe US withdrawal was a "serious mistake" that increased the risk of "uncontrolled escalation."', 'sergey-ryabkov'],
  ])('%s', (_, text, speaker) => {
    const claims = propose(text).claims;
    expect(claims.at(-1)?.speaker.id).toBe(speaker);
  });
});

describe('new actors', () => {
  it('proposes a new actor with the name as printed, titles left out, and resolves the surname to them later', () => {
    const { claims, newActors } = propose('The situation demonstrates a lack of independence, said Vladimir Vasilyev, corresponding member of the Academy of Military Sciences.\n\nThe United States is leaving the treaty, Vasilyev notes.');
    expect(newActors).toEqual([{ id: 'vladimir-vasilyev', name: 'Vladimir Vasilyev', aliases: [], kind: 'person' }]);
    expect(claims.map((c) => c.speaker)).toEqual([{ id: 'vladimir-vasilyev', name: 'Vladimir Vasilyev' }, { id: 'vladimir-vasilyev', name: 'Vasilyev' }]);
  });

  it('takes another transliteration of a known or new person for the same person', () => {
    const known = propose('Sergey Ermakov said that the talks have failed.');
    expect(known.claims[0]?.speaker.id).toBe('sergei-ermakov');
    expect(known.newActors).toEqual([]);
    const fresh = propose('Vladimir Vasilyev said that the talks have failed.\n\nVladimir Vasiliev added that the treaty is dead.');
    expect(fresh.newActors).toEqual([{ id: 'vladimir-vasilyev', name: 'Vladimir Vasilyev', aliases: ['Vladimir Vasiliev'], kind: 'person' }]);
  });

  it('proposes a new body with its name as printed', () => {
    const { newActors } = propose('The Federal Security Service of Ukraine said that the missiles were moved.');
    expect(newActors).toEqual([{ id: 'federal-security-service-of-ukraine', name: 'Federal Security Service of Ukraine', aliases: [], kind: 'organisation' }]);
  });
});

describe('what is not a statement', () => {
  it.each([
    ['a quotation nobody is quoted for yet', '“An important document,” the report begins with a long quotation of the treaty text.'],
    ['a term in quotation marks', 'Sergei Ryabkov arrived.\n\nThe meeting of the “nuclear five” took place in Beijing.'],
    ['a passive verb with no quotation', 'The treaty was concluded by the USSR and the USA in 1987.'],
    ['an impersonal report', 'It is specified that we are talking about the Russian missile.'],
    ['a sentence with no reporting verb', 'Putin signed a decree suspending Moscow’s compliance with the treaty on March 4.'],
    ['a noun that looks like a verb', 'As for the next NATO claims against Moscow regarding the treaty, they are due to image reasons.'],
    ['an outlet cited as a source', 'The news agency TASS reported on the meeting in Geneva.'],
  ])('%s', (_, text) => {
    expect(brief(propose(text).claims)).toEqual([]);
  });

  it('proposes a passage printed twice where it is fuller, so that it anchors there', () => {
    const text = 'Moscow is forced to get ready for new missiles, the Russian Foreign Ministry said\n\nMOSCOW, March 19. Moscow is forced to get ready for new missiles, the Russian Foreign Ministry said. "We have to get ready for their deployment," the statement reads.';
    const claims = propose(text).claims;
    expect(claims).toHaveLength(2);
    const body = quotesInBody(text);
    for (const claim of claims) expect(body.find(claim.quote)?.[0]?.paragraph, claim.quote).toContain('MOSCOW, March 19.');
  });
});

describe('every proposal', () => {
  it('quotes the text exactly as printed, so the content check finds it within one paragraph', () => {
    const text = '“We will have contact, but whether Ms. Thompson is ready, I have no answer.” Of course, ”Ryabkov said.\n\nAccording to him, Russia and NATO completely dispersed in their positions.\n\nStoltenberg said that NATO does not observe "breakthroughs" in resolving the crisis.';
    const body = quotesInBody(text);
    const claims = propose(text).claims;
    expect(claims).toHaveLength(3);
    for (const claim of claims) expect(body.has(claim.quote), claim.quote).toBe(true);
  });

  it('has an id in the project’s style, unique against the ids already taken', () => {
    const taken = ['ryabkov-talks-continue-geneva'];
    const { claims } = proposeStatements({ paragraphs: ['Ryabkov said that the talks continue in Geneva.', 'Ryabkov later said that the talks continue in Geneva today.'], date: '2019-03-19', actors: ACTORS, topics: [], events: [], takenIds: taken });
    expect(claims.map((c) => c.id)).toEqual(['ryabkov-talks-continue-geneva-2', 'ryabkov-talks-continue-geneva-today']);
  });

  it('is dated by the attributing words at the precision they give, else by the article', () => {
    const { claims } = propose('The Russian Foreign Ministry issued a statement. The ministry said in a statement on Tuesday that the treaty is dead.\n\nRyabkov said that Washington suspends the treaty on February 2.\n\nIn October last year, Ryabkov stressed that Russia is concerned.', '2019-03-19');
    expect(claims.map((c) => c.said)).toEqual(['2019-03-19', '2019-03-19', '2018-10']);
    expect(claims[2]?.saidNote).toMatch(/"October"/);
  });

  it('suggests the topics whose names the passage carries, and the event the words and date fit', () => {
    const { claims } = proposeStatements({
      paragraphs: ['Stoltenberg said that NATO will seek to avoid an arms race after the Russia-NATO Council in Brussels.'],
      date: '2019-01-25',
      actors: ACTORS,
      topics: [{ id: 'arms-race', name: 'Arms race' }, { id: 'new-start', name: 'New START' }],
      events: [{ id: 'council-2019-01-25', name: 'Russia-NATO Council on the INF Treaty, Brussels', date: '2019-01-25' }, { id: 'council-2022', name: 'NATO-Russia Council', date: '2022-01-12' }],
      takenIds: [],
    });
    expect(claims[0]).toMatchObject({ topics: ['arms-race'], event: 'council-2019-01-25' });
  });
});

describe('a wire report written for the tests, not one the rules were made from', () => {
  it('proposes each statement with its speaker: names, a pronoun, an unnamed diplomat, a new expert', async () => {
    const source = readTextSource(await readFile(path.join(FIXTURES, 'sources', 'unseen-wire-report.txt'), 'utf8'));
    expect(source).toMatchObject({ title: 'Germany rejects Russian missile offer', authors: ['Anna Schmidt', 'Paul Carrel'] });
    const actors: KnownActor[] = [...ACTORS, { id: 'germany', name: 'Germany', aliases: [], kind: 'state', roles: [] }];
    const { claims, newActors } = proposeStatements({ paragraphs: paragraphTexts(source.blocks), date: '2020-11-03', actors, topics: [], events: [], takenIds: [] });
    expect(claims.map((c) => [c.speaker.id, c.kind, c.quote.slice(0, 31)])).toEqual([
      ['germany', 'paraphrase', 'Germany on Tuesday rejected a R'],
      ['heiko-maas', 'direct', '"The offer is not credible as l'],
      ['heiko-maas', 'indirect', 'Maas said Germany would coordin'],
      ['heiko-maas', 'direct', 'He added that Berlin remained o'],
      ['kremlin', 'paraphrase', 'The Kremlin dismissed the criti'],
      ['dmitry-peskov', 'direct', 'Spokesman Dmitry Peskov said th'],
      ['nato', 'indirect', 'According to a senior NATO dipl'],
      ['nato', 'direct', '"We have seen this before," the'],
      ['nato', 'direct', '"It is a proposal designed to d'],
      ['ulrich-kuhn', 'indirect', 'Ulrich Kühn, an arms control ex'],
      ['ulrich-kuhn', 'direct', '"Europe should test Moscow\'s si'],
    ]);
    expect(newActors).toEqual([{ id: 'heiko-maas', name: 'Heiko Maas', aliases: [], kind: 'person' }, { id: 'ulrich-kuhn', name: 'Ulrich Kühn', aliases: [], kind: 'person' }]);
  });
});
