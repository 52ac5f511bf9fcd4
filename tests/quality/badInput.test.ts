/**
 * Bad input: a table of broken copies of the fixture content, each of which must be refused with a
 * message naming the file, the field and what is wrong. Every row runs through `npm run check:content`
 * (the same schemas and rules as the build, in a fraction of a second); the rows marked `build` also
 * run through the real build, so that every kind of fault is shown to stop the build. (Further faults
 * are planted in real builds by tests/build/integrity.test.ts.)
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, editFixture } from '../helpers/build.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';
import { checkContent, reported } from '../helpers/problems.ts';

const WIRE = 'articles/2019-02-01-wire-suspension.mdx';
const PROPOSAL = 'articles/2020-10-26-translated-proposal.mdx';
const POMPEO = 'actors/mike-pompeo.yaml';
const RUSSIA = 'actors/russia.yaml';
const EVENT = 'events/us-suspension.yaml';
const TOPIC = 'topics/treaty-compliance.yaml';

const edit = editFixture;
async function add(dir: string, file: string, text: string) {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), text);
}
const move = async (dir: string, from: string, to: string) => {
  const text = await readFile(path.join(dir, from), 'utf8');
  await rm(path.join(dir, from));
  await add(dir, to, text);
};

interface Row {
  category: string;
  fault: string;
  /** The file the message must name, relative to the content folder. */
  file: string;
  /** The field the message must name (`(file)` for the file as a whole) and what it must say. */
  field: string;
  message: RegExp;
  plant: (dir: string) => Promise<unknown>;
  /** Also run through the real build. */
  build?: true;
}

const ROWS: Row[] = [
  // Malformed YAML
  { category: 'malformed YAML', fault: 'a YAML file with an unclosed list', file: POMPEO, field: '(file)', message: /the YAML cannot be read: .*\(\d+:\d+\)/, plant: (d) => edit(d, POMPEO, 'aliases: [Michael Pompeo]', 'aliases: [Michael Pompeo'), build: true },
  { category: 'malformed YAML', fault: 'frontmatter with an unclosed list', file: PROPOSAL, field: '(file)', message: /the YAML cannot be read: .*\(\d+:\d+\)/, plant: (d) => edit(d, PROPOSAL, 'speakers: [vladimir-putin]', 'speakers: [vladimir-putin'), build: true },
  { category: 'malformed YAML', fault: 'text with ": " left unquoted', file: TOPIC, field: '(file)', message: /the YAML cannot be read/, plant: (d) => edit(d, TOPIC, 'name: Treaty compliance', 'name: Treaty compliance: the dispute') },
  { category: 'malformed YAML', fault: 'a field indented with a tab', file: RUSSIA, field: '(file)', message: /the YAML cannot be read/, plant: (d) => edit(d, RUSSIA, 'kind: state', 'kind:\n\tstate') },
  // Wrong types
  { category: 'wrong type', fault: 'a number where a kind of actor belongs', file: POMPEO, field: 'kind', message: /must be person, organisation or state/, plant: (d) => edit(d, POMPEO, 'kind: person', 'kind: 5'), build: true },
  { category: 'wrong type', fault: 'a single name where a list of aliases belongs', file: RUSSIA, field: 'aliases', message: /expected array/, plant: (d) => edit(d, RUSSIA, 'aliases: [Russian Federation, Moscow]', 'aliases: Russian Federation') },
  { category: 'wrong type', fault: 'a single id where a list of speakers belongs', file: WIRE, field: 'speakers', message: /expected array/, plant: (d) => edit(d, WIRE, 'speakers: [mike-pompeo, russian-foreign-ministry, vladimir-putin]', 'speakers: mike-pompeo') },
  { category: 'wrong type', fault: 'yes/no where a date belongs', file: EVENT, field: 'date', message: /must be a date written YYYY-MM-DD, YYYY-MM or YYYY/, plant: (d) => edit(d, EVENT, 'date: 2019-02-01', 'date: true') },
  { category: 'wrong type', fault: 'an address that is not a web address', file: WIRE, field: 'url', message: /must be a full web address starting with https:\/\/ or http:\/\//, plant: (d) => edit(d, WIRE, 'url: https://example.org/wire/inf-suspension', 'url: example.org/wire/inf-suspension') },
  { category: 'wrong type', fault: 'a javascript: address', file: 'outlets/wire-service.yaml', field: 'homepage', message: /must be a full web address/, plant: (d) => edit(d, 'outlets/wire-service.yaml', 'homepage: https://example.org/wire/', 'homepage: "javascript:alert(1)"') },
  { category: 'wrong type', fault: 'an outlet named where its id belongs', file: WIRE, field: 'outlet', message: /"Wire Service" is not a valid id of an outlet/, plant: (d) => edit(d, WIRE, 'outlet: wire-service', 'outlet: Wire Service') },
  { category: 'wrong type', fault: 'an unknown kind of statement', file: PROPOSAL, field: 'claims[1].kind', message: /"guess" is not a kind of statement/, plant: (d) => edit(d, PROPOSAL, 'kind: paraphrase', 'kind: guess') },
  { category: 'wrong type', fault: 'a misspelt field name', file: PROPOSAL, field: '(file)', message: /Unrecognized key: "titel"/, plant: (d) => edit(d, PROPOSAL, 'title: Putin proposes', 'titel: Putin proposes'), build: true },
  { category: 'wrong type', fault: 'a required field left out', file: TOPIC, field: 'description', message: /must be text \(description\)/, plant: (d) => edit(d, TOPIC, 'description: Accusations of violating the INF Treaty and the replies to them.', '') },
  // Impossible dates
  { category: 'impossible date', fault: 'an unquoted day that does not exist, which YAML would roll over to 2 March', file: EVENT, field: 'date', message: /"2019-02-30" is not a calendar date: February 2019 has 28 days/, plant: (d) => edit(d, EVENT, 'date: 2019-02-01', 'date: 2019-02-30'), build: true },
  { category: 'impossible date', fault: 'month 13', file: WIRE, field: 'date', message: /"2019-13-01" has no month 13/, plant: (d) => edit(d, WIRE, 'date: 2019-02-01', 'date: 2019-13-01') },
  { category: 'impossible date', fault: '29 February in a year that is not a leap year', file: WIRE, field: 'claims[0].said', message: /"2019-02-29" is not a calendar date/, plant: (d) => edit(d, WIRE, 'said: 2019-02-01', 'said: 2019-02-29') },
  { category: 'impossible date', fault: 'a date written another way', file: PROPOSAL, field: 'date', message: /is not a date: write YYYY-MM-DD, YYYY-MM or YYYY/, plant: (d) => edit(d, PROPOSAL, 'date: 2020-10', 'date: October 2020') },
  { category: 'impossible date', fault: 'a role that ends before it begins', file: POMPEO, field: 'roles[0].to', message: /the role ends \(2018\) before it begins \(2021\)/, plant: (d) => edit(d, POMPEO, '    organisation: united-states', '    organisation: united-states\n    from: 2021\n    to: 2018') },
  // Unknown references
  { category: 'unknown reference', fault: 'a speaker who is not an actor', file: PROPOSAL, field: 'speakers[1]', message: /refers to actor "vladimir-zelensky", which does not exist/, plant: (d) => edit(d, PROPOSAL, 'speakers: [vladimir-putin]', 'speakers: [vladimir-putin, vladimir-zelensky]') },
  { category: 'unknown reference', fault: 'a topic that does not exist', file: WIRE, field: 'claims[0].topics[0]', message: /refers to topic "arms-control", which does not exist/, plant: (d) => edit(d, WIRE, 'topics: [treaty-compliance]', 'topics: [arms-control]') },
  { category: 'unknown reference', fault: 'an event that does not exist', file: WIRE, field: 'claims[0].event', message: /refers to event "us-withdrawal", which does not exist/, plant: (d) => edit(d, WIRE, 'event: us-suspension', 'event: us-withdrawal') },
  { category: 'unknown reference', fault: 'an affiliation to no actor', file: 'actors/vladimir-putin.yaml', field: 'affiliation', message: /refers to actor "kremlin", which does not exist/, plant: (d) => edit(d, 'actors/vladimir-putin.yaml', 'affiliation: russia', 'affiliation: kremlin') },
  { category: 'unknown reference', fault: 'an original outlet that does not exist', file: PROPOSAL, field: 'original.outlet', message: /refers to outlet "state-radio", which does not exist/, plant: (d) => edit(d, PROPOSAL, 'outlet: state-tv', 'outlet: state-radio') },
  { category: 'unknown reference', fault: 'an event reported by an article that does not exist', file: EVENT, field: 'articles[0]', message: /refers to article "2019-02-02-wire-suspension", which does not exist/, plant: (d) => edit(d, EVENT, 'articles: [2019-02-01-wire-suspension]', 'articles: [2019-02-02-wire-suspension]') },
  { category: 'unknown reference', fault: 'a statement known through the account of no actor', file: WIRE, field: 'claims[2].via', message: /refers to actor "the-ministry", which does not exist/, plant: (d) => edit(d, WIRE, 'via: russian-foreign-ministry', 'via: the-ministry') },
  { category: 'unknown reference', fault: 'an event resting on an article that does not exist', file: EVENT, field: 'sources[0].article', message: /refers to article "2019-02-09-wire-report", which does not exist/, plant: (d) => edit(d, EVENT, '  - article: 2019-02-01-wire-suspension', '  - article: 2019-02-09-wire-report') },
  { category: 'unknown reference', fault: 'a statement that disputes itself', file: PROPOSAL, field: 'claims[0].disputes[0]', message: /statement "putin-verification-offer" refers to itself/, plant: (d) => edit(d, PROPOSAL, 'disputes: [pompeo-suspension-announced]', 'disputes: [putin-verification-offer]') },
  // Second-hand statements and what events rest on
  { category: 'hearsay', fault: 'a statement known through the account of its own speaker', file: WIRE, field: 'claims[2].via', message: /statement "putin-will-mirror-step" is known through the account of its own speaker "vladimir-putin".*remove `via`/, plant: (d) => edit(d, WIRE, 'via: russian-foreign-ministry', 'via: vladimir-putin'), build: true },
  { category: 'hearsay', fault: 'a statement known through the account of an actor the article does not report', file: WIRE, field: 'claims[2].via', message: /known through the account of "russia", who is not in the article's speakers.*add "russia" to speakers/, plant: (d) => edit(d, WIRE, 'via: russian-foreign-ministry', 'via: russia') },
  { category: 'event sources', fault: 'an event that does not say what it rests on', file: EVENT, field: 'sources', message: /must be a list of sources, each \{ article: <article id>, facts: <which facts it gives> \}/, plant: (d) => edit(d, EVENT, /\nsources:[\s\S]*$/, '\n'), build: true },
  { category: 'event sources', fault: 'an event with an empty list of sources', file: EVENT, field: 'sources', message: /must name at least one source/, plant: (d) => edit(d, EVENT, /\nsources:[\s\S]*?(?=\nsourceNote:)/, '\nsources: []') },
  { category: 'event sources', fault: 'an event resting on an article that does not report it', file: EVENT, field: 'sources[0].article', message: /the event rests on article "2019-02-01-wire-suspension", which is not in its articles/, plant: (d) => edit(d, EVENT, 'articles: [2019-02-01-wire-suspension]', 'articles: []') },
  { category: 'event sources', fault: 'a source that says nothing of the facts it gives', file: EVENT, field: 'sources[1].facts', message: /must not be empty or blank/, plant: (d) => edit(d, EVENT, "  - facts: The six months before withdrawal, from the treaty's own withdrawal clause.", '  - facts: " "') },
  // Duplicate ids
  { category: 'duplicate id', fault: 'a statement id used twice in one article', file: WIRE, field: 'claims[1].id', message: /statement id "pompeo-suspension-announced" is already used in .*2019-02-01-wire-suspension\.mdx/, plant: (d) => edit(d, WIRE, 'id: mfa-regrets-suspension', 'id: pompeo-suspension-announced') },
  { category: 'duplicate id', fault: 'a speaker listed twice', file: WIRE, field: 'speakers', message: /lists speaker "mike-pompeo" more than once/, plant: (d) => edit(d, WIRE, 'speakers: [mike-pompeo, russian-foreign-ministry, vladimir-putin]', 'speakers: [mike-pompeo, russian-foreign-ministry, vladimir-putin, mike-pompeo]') },
  { category: 'duplicate id', fault: 'an alias that repeats the name', file: POMPEO, field: 'aliases[1]', message: /"Mike Pompeo" is listed twice for this actor/, plant: (d) => edit(d, POMPEO, 'aliases: [Michael Pompeo]', 'aliases: [Michael Pompeo, Mike Pompeo]') },
  { category: 'duplicate id', fault: 'two actors with the same name', file: POMPEO, field: 'name', message: /"Mike Pompeo" also names actor "michael-pompeo" \(.*michael-pompeo\.yaml\)/, plant: (d) => add(d, 'actors/michael-pompeo.yaml', 'name: Mike Pompeo\nkind: person\ndescription: A second file for the same person.\n') },
  // Quotes not in the body
  { category: 'quote not in the body', fault: 'a quote with one word changed', file: WIRE, field: 'claims[0].quote', message: /the quote of "pompeo-suspension-announced" does not occur in the article body/, plant: (d) => edit(d, WIRE, 'jeopardized the United States’ security', 'endangered the United States’ security') },
  { category: 'quote not in the body', fault: 'a quote from another article', file: PROPOSAL, field: 'claims[1].quote', message: /the quote of "putin-earlier-mistake" does not occur in the article body/, plant: (d) => edit(d, PROPOSAL, 'quote: In 2019 Putin called the withdrawal a mistake.', 'quote: The United States suspended its obligations under the INF Treaty on Friday.') },
  { category: 'quote not in the body', fault: 'a quotation over two paragraphs written as one', file: WIRE, field: 'claims[3].quote', message: /the quote of "pompeo-waited-for-years" does not occur in the article body as written.*written with a blank line between them/, plant: (d) => edit(d, WIRE, '“We have waited for years.\n\n      Russia did not listen,” Pompeo added.', '“We have waited for years. Russia did not listen,” Pompeo added.') },
  { category: 'quote not in the body', fault: 'a quotation over two paragraphs with a paragraph left out', file: WIRE, field: 'claims[3].quote', message: /the quote of "pompeo-waited-for-years" does not occur/, plant: (d) => edit(d, WIRE, '“We have waited for years.\n\n      Russia did not listen,” Pompeo added.', 'According to the ministry, President Putin told his Security Council that Moscow would mirror the step.\n\n      Russia did not listen,” Pompeo added.') },
  // Dated after the article
  { category: 'statement dated after its article', fault: 'a statement said the day after it was published', file: WIRE, field: 'claims[0].said', message: /statement "pompeo-suspension-announced" is dated 2 February 2019, after the article's date \(1 February 2019\)/, plant: (d) => edit(d, WIRE, 'said: 2019-02-01', 'said: 2019-02-02') },
  { category: 'statement dated after its article', fault: 'a statement said after the month an article is dated to', file: PROPOSAL, field: 'claims[0].said', message: /is dated 1 November 2020, after the article's date \(October 2020\)/, plant: (d) => edit(d, PROPOSAL, 'said: 2020-10-26', 'said: 2020-11-01') },
  // Empty or blank values
  { category: 'empty or blank value', fault: 'an empty title', file: PROPOSAL, field: 'title', message: /must not be empty or blank/, plant: (d) => edit(d, PROPOSAL, 'title: Putin proposes mutual verification', 'title: ""'), build: true },
  { category: 'empty or blank value', fault: 'a quote of spaces', file: PROPOSAL, field: 'claims[1].quote', message: /must not be empty or blank/, plant: (d) => edit(d, PROPOSAL, 'quote: In 2019 Putin called the withdrawal a mistake.', 'quote: "   "') },
  { category: 'empty or blank value', fault: 'a summary left empty', file: WIRE, field: 'summary', message: /must be text \(summary\)/, plant: (d) => edit(d, WIRE, 'summary: A fixture wire report of the US suspension and the first Russian reply.', 'summary:') },
  { category: 'empty or blank value', fault: 'an empty alias', file: RUSSIA, field: 'aliases[1]', message: /must not be empty or blank/, plant: (d) => edit(d, RUSSIA, 'aliases: [Russian Federation, Moscow]', 'aliases: [Russian Federation, ""]') },
  { category: 'empty or blank value', fault: "an editor's note without text", file: WIRE, field: 'notes[0].text', message: /must not be empty or blank/, plant: (d) => edit(d, WIRE, 'text: The Russian abbreviation for the INF Treaty.', 'text: " "') },
  { category: 'empty or blank value', fault: 'an empty file', file: TOPIC, field: 'name', message: /must be text \(name\)/, plant: (d) => writeFile(path.join(d, TOPIC), '') },
  // MDX that would run code: a body is the text as published (src/integrations/articleLoader.ts)
  { category: 'code in an article body', fault: 'a component in the text', file: WIRE, field: 'body', message: /line \d+, column 1: "<Chart …>" is a component, which MDX would render as markup.*write a "<" that is part of the text as "\\<" or "&lt;"/s, plant: (d) => edit(d, WIRE, '| Missile |', '<Chart data="ranges" />\n\n| Missile |'), build: true },
  { category: 'code in an article body', fault: 'an expression in the text', file: PROPOSAL, field: 'body', message: /line \d+, column 7: the expression "\{also\}" would be run as code.*write a "\{" that is part of the text as "\\\{"/s, plant: (d) => edit(d, PROPOSAL, '\n\nPutin also invited', '\n\nPutin {also} invited'), build: true },
  { category: 'code in an article body', fault: 'an import in the text', file: WIRE, field: 'body', message: /"import Chart from "\.\/chart\.js"" is an import statement/, plant: (d) => edit(d, WIRE, '| Missile |', 'import Chart from "./chart.js"\n\n| Missile |') },
  { category: 'code in an article body', fault: 'a caption whose items are not texts', file: WIRE, field: 'body', message: /this <PhotoCaption> is not a plain list of caption texts/, plant: (d) => edit(d, WIRE, '<PhotoCaption items={["Mike Pompeo", "© Photographer"]} />', '<PhotoCaption items={captions} />') },
  // Misplaced files
  { category: 'misplaced file', fault: 'an article in the actors folder', file: 'actors/2019-02-01-wire-suspension.mdx', field: '(file)', message: /a \.mdx file does not belong in actors\/, so it would be ignored/, plant: (d) => move(d, WIRE, 'actors/2019-02-01-wire-suspension.mdx'), build: true },
  { category: 'misplaced file', fault: 'a YAML file at the content root', file: 'us-suspension.yaml', field: '(file)', message: /this file is not in a collection folder, so it would be ignored/, plant: (d) => move(d, EVENT, 'us-suspension.yaml') },
  { category: 'misplaced file', fault: 'an upper-case file name', file: 'actors/Boris-Johnson.yaml', field: '(file)', message: /the file name is its permanent id and must be lowercase kebab-case.*rename it, e\.g\. to boris-johnson\.yaml/s, plant: (d) => add(d, 'actors/Boris-Johnson.yaml', 'name: Boris Johnson\nkind: person\ndescription: UK Prime Minister.\n'), build: true },
  { category: 'misplaced file', fault: 'a file name with spaces', file: 'topics/arms race.yaml', field: '(file)', message: /must be lowercase kebab-case.*arms-race\.yaml/s, plant: (d) => add(d, 'topics/arms race.yaml', 'name: Arms race\ndescription: An arms race.\n') },
  { category: 'misplaced file', fault: 'a .yml file', file: 'topics/arms-race.yml', field: '(file)', message: /a \.yml file does not belong in topics\//, plant: (d) => add(d, 'topics/arms-race.yml', 'name: Arms race\ndescription: An arms race.\n') },
  { category: 'misplaced file', fault: 'an article in a sub-folder', file: 'articles/2019/2019-02-01-wire-suspension.mdx', field: '(file)', message: /this file is not in a collection folder/, plant: (d) => move(d, WIRE, 'articles/2019/2019-02-01-wire-suspension.mdx') },
  { category: 'misplaced file', fault: 'a folder that is no collection', file: 'people/boris-johnson.yaml', field: '(file)', message: /this file is not in a collection folder.*move it to/s, plant: (d) => add(d, 'people/boris-johnson.yaml', 'name: Boris Johnson\n') },
  // The address files at the content root (src/schemas/addresses.ts); what they say is checked by tests/build/addresses.test.ts
  { category: 'address file', fault: 'a redirect to a full web address', file: 'redirects.yaml', field: '/statements/pompeo-announces-suspension/', message: /"https:\/\/example\.org\/x\/" is not an address on this site: write it without the site's origin or base/, plant: (d) => edit(d, 'redirects.yaml', ': /statements/pompeo-suspension-announced/', ': https://example.org/x/'), build: true },
  { category: 'address file', fault: 'a withdrawal with a misspelt field', file: 'withdrawn.yaml', field: '[0]', message: /Unrecognized key: "reasons"/, plant: (d) => edit(d, 'withdrawn.yaml', '  reason:', '  reasons:') },
  { category: 'address file', fault: 'a withdrawal without its date', file: 'withdrawn.yaml', field: '[0].withdrawn', message: /must be a date written YYYY-MM-DD/, plant: (d) => edit(d, 'withdrawn.yaml', '  withdrawn: 2019-02-05\n', '') },
  { category: 'address file', fault: 'a line of the ledger edited by hand', file: 'addresses.txt', field: 'line 8', message: /"\/actors\/Mike-Pompeo\/.*" is not a ledger line/, plant: (d) => edit(d, 'addresses.txt', '/actors/mike-pompeo/  actors/mike-pompeo.yaml', '/actors/Mike-Pompeo/') },
];

function expectReported(output: string, dir: string, row: Row) {
  const file = path.relative(ROOT, path.join(dir, row.file));
  expect(reported(output), output).toContainEqual(expect.objectContaining({ file, field: row.field, text: expect.stringMatching(row.message) }));
}

async function planted(row: Row): Promise<string> {
  const dir = await copyFixture(path.join(FIXTURES, 'basic'));
  await row.plant(dir);
  return dir;
}

describe('`npm run check:content` refuses, naming the file and the field,', () => {
  it('nothing in the fixture as it is', async () => {
    const { code, output } = await checkContent(path.join(FIXTURES, 'basic'));
    expect(code, output).toBe(0);
  });

  it.each(ROWS.map((row) => [row.category, row.fault, row] as const))('%s: %s', async (_, __, row) => {
    const dir = await planted(row);
    const { code, output } = await checkContent(dir);
    expect(code, output).toBe(1);
    expectReported(output, dir, row);
  });

  it('covers every kind of bad input', () => {
    expect(new Set(ROWS.map((r) => r.category))).toEqual(new Set(['malformed YAML', 'wrong type', 'impossible date', 'unknown reference', 'duplicate id', 'quote not in the body', 'statement dated after its article', 'empty or blank value', 'code in an article body', 'misplaced file', 'hearsay', 'event sources', 'address file']));
    expect(ROWS.length).toBeGreaterThanOrEqual(45);
  });
});

describe('the build refuses, with the same message,', () => {
  it.each(ROWS.filter((row) => row.build).map((row) => [row.category, row.fault, row] as const))('%s: %s', async (_, __, row) => {
    const dir = await planted(row);
    const result = await buildSite(`bad-${path.basename(dir)}`, dir);
    expect(result.code, result.output).not.toBe(0);
    expectReported(result.output, dir, row);
    expect(result.output).not.toMatch(/\[build\] Complete!/);
  });

  it('a quote that runs across two paragraphs, which only the build can see', async () => {
    const dir = await copyFixture(path.join(FIXTURES, 'basic'));
    await edit(dir, PROPOSAL, 'quote: In 2019 Putin called the withdrawal a mistake.', 'quote: mutual verification measures." In 2019 Putin called the withdrawal a mistake.');
    const result = await buildSite(`bad-${path.basename(dir)}`, dir);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(new RegExp(`${path.relative(ROOT, path.join(dir, PROPOSAL)).replace(/\./g, '\\.')} → claims\\[1\\]\\.quote: the quote of "putin-earlier-mistake" does not occur in the article body \\(as rendered, within one paragraph or over consecutive ones\\)`));
  });
});
