/**
 * One planted fault per integrity rule: the real build must fail, and its message must name the
 * file, the field and the problem, so an editor can fix it without hunting.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, editFixture } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';

const WIRE = 'articles/2019-02-01-wire-suspension.mdx';
const PROPOSAL = 'articles/2020-10-26-translated-proposal.mdx';

const edit = editFixture;

const cases: { rule: string; file: string; plant: (dir: string) => Promise<void>; expected: RegExp[] }[] = [
  {
    rule: 'a reference to an outlet that does not exist',
    file: WIRE,
    plant: (dir) => edit(dir, WIRE, 'outlet: wire-service', 'outlet: wire-servce'),
    expected: [/outlet: refers to outlet "wire-servce", which does not exist/, /add content\/outlets\/wire-servce\.yaml/],
  },
  {
    rule: 'a claim whose speaker is not among the article’s speakers',
    file: WIRE,
    plant: (dir) => edit(dir, WIRE, 'speakers: [mike-pompeo, russian-foreign-ministry, vladimir-putin]', 'speakers: [russian-foreign-ministry, vladimir-putin]'),
    expected: [/claims\[0\]\.speaker: statement "pompeo-suspension-announced" is by "mike-pompeo", who is not in the article's speakers/],
  },
  {
    rule: 'a statement id used twice across articles',
    file: PROPOSAL,
    plant: (dir) => edit(dir, PROPOSAL, 'id: putin-earlier-mistake', 'id: pompeo-suspension-announced'),
    expected: [/claims\[1\]\.id: statement id "pompeo-suspension-announced" is already used in .*2019-02-01-wire-suspension\.mdx/],
  },
  {
    rule: 'a quote that is not in the article body',
    file: PROPOSAL,
    plant: (dir) => edit(dir, PROPOSAL, 'quote: In 2019 Putin called the withdrawal a mistake.', 'quote: In 2019 Putin called the withdrawal a grave mistake.'),
    expected: [/claims\[1\]\.quote: the quote of "putin-earlier-mistake" does not occur in the article body/],
  },
  {
    rule: 'a statement dated after its article',
    file: WIRE,
    plant: (dir) => edit(dir, WIRE, 'said: 2019-02\n', 'said: 2019-03\n'),
    expected: [/claims\[1\]\.said: statement "mfa-regrets-suspension" is dated March 2019, after the article's date \(1 February 2019\)/],
  },
  {
    rule: 'one alias belonging to two actors',
    file: 'actors/russian-foreign-ministry.yaml',
    plant: (dir) => edit(dir, 'actors/russian-foreign-ministry.yaml', 'aliases: [Ministry of Foreign Affairs of Russia]', 'aliases: [Ministry of Foreign Affairs of Russia, Moscow]'),
    expected: [/aliases\[1\]: "Moscow" also names actor "russia"/],
  },
  {
    rule: 'a blank required string',
    file: 'topics/treaty-compliance.yaml',
    plant: (dir) => edit(dir, 'topics/treaty-compliance.yaml', 'name: Treaty compliance', 'name: "   "'),
    expected: [/name/, /must not be empty or blank/],
  },
  {
    rule: 'an impossible date',
    file: 'events/us-suspension.yaml',
    plant: (dir) => edit(dir, 'events/us-suspension.yaml', 'date: 2019-02-01', 'date: "2019-02-30"'),
    expected: [/date/, /is not a calendar date: February 2019 has 28 days/],
  },
  {
    rule: 'a file outside any collection folder',
    file: 'actor-notes.yaml',
    plant: (dir) => writeFile(path.join(dir, 'actor-notes.yaml'), 'name: Lost\n'),
    expected: [/this file is not in a collection folder, so it would be ignored/, /move it to/],
  },
  {
    rule: 'a reference to a statement that does not exist',
    file: WIRE,
    plant: (dir) => edit(dir, WIRE, 'respondsTo: [pompeo-suspension-announced]', 'respondsTo: [pompeo-says-something-else]'),
    expected: [/claims\[1\]\.respondsTo\[0\]: refers to statement "pompeo-says-something-else", which does not exist/],
  },
];

describe('the build fails, naming the file and the field, on', () => {
  it.each(cases)('$rule', async ({ file, plant, expected }) => {
    const dir = await copyFixture(path.join(FIXTURES, 'basic'));
    await plant(dir);
    const result = await buildSite(`fault-${path.basename(dir)}`, dir);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(path.basename(file));
    for (const pattern of expected) expect(result.output).toMatch(pattern);
  });
});
