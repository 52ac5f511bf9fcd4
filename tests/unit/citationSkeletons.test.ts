/**
 * Citations made from skeletons (src/data/citationSkeletons.ts) must be exactly what citeproc gives for
 * each whole record: on the real content, on a synthetic corpus, and with styles that rewrite what
 * they are given. And the skeletons must save citeproc work: that is their reason to exist.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import { buildKnowledgeBase } from '../../src/data/model.ts';
import { publishedContent } from '../../src/data/drafts.ts';
import { articleCsl, statementCsl, type CslItem } from '../../src/data/citations.ts';
import { CITATION_STYLES, formatCitations, formatEntry } from '../../src/data/citationStyles.ts';
import { SkeletonFormatter, differingMiddle, isPlainText, type Printed } from '../../src/data/citationSkeletons.ts';
import { makeUrls } from '../../src/utils/urls.ts';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

async function records(folder: string): Promise<CslItem[]> {
  const { content, problems } = await readContentFolder(folder, { passages: false });
  if (problems.length > 0) throw new Error(JSON.stringify(problems.slice(0, 3)));
  const kb = buildKnowledgeBase(publishedContent(content));
  const urls = makeUrls('/inf-kb/');
  return [...kb.statements.map((s) => statementCsl(s, urls, 'https://inf-treaty-kb.org')), ...kb.articles.map((a) => articleCsl(a))];
}

/** Every record's citation from skeletons against citeproc on the whole record; the first differences, and what citeproc was asked. */
function compare(items: CslItem[]) {
  let calls: SkeletonFormatter<string>['calls'] | undefined;
  const styled = formatCitations(items, undefined, undefined, (c) => (calls = c));
  const differences: string[] = [];
  for (const { abstract: _quote, ...printed } of items) {
    for (const { id: style } of CITATION_STYLES) {
      const whole = formatEntry(printed, style);
      const made = styled.get(printed.id)?.[style].html;
      if (made !== whole && differences.length < 3) differences.push(`${style} ${printed.id}:\n  citeproc: ${whole}\n  skeleton: ${made}`);
    }
  }
  return { differences, calls: calls! };
}

describe('citations made from skeletons', () => {
  let real: CslItem[];
  let synthetic: CslItem[];
  beforeAll(async () => {
    real = await records(path.join(ROOT, 'content'));
    await mkdir(TMP, { recursive: true });
    const dir = await mkdtemp(path.join(TMP, 'skeleton-corpus-'));
    await writeCorpus(dir, { articles: 60, seed: 7 });
    synthetic = await records(dir);
  }, 120_000);

  it('are what citeproc gives for every whole record of the real content, in every style', () => {
    expect(real.length).toBeGreaterThan(100);
    expect(compare(real).differences).toEqual([]);
  }, 120_000);

  it('are what citeproc gives for every record of a synthetic corpus, and ask citeproc for fewer formattings than there are citations', () => {
    const { differences, calls } = compare(synthetic);
    expect(differences).toEqual([]);
    // Without skeletons: one formatting per record and style. (At 60 articles most statements have a
    // day of their own; the saving grows with the corpus, as days and speakers repeat: docs/performance.md.)
    expect(calls.whole).toBeLessThan(synthetic.length * CITATION_STYLES.length * 0.75);
    expect(calls.skeletons).toBeGreaterThan(0);
  }, 120_000);
});

describe('a style that rewrites what it is given', () => {
  const item = (id: string, title: string, outlet = 'Wire Service'): Printed => ({
    id,
    'citation-key': id,
    type: 'article-newspaper',
    title: 'Statement',
    genre: `Quoted in “${title}”`,
    author: [{ family: 'Pompeo', given: 'Mike' }],
    issued: { 'date-parts': [[2019, 2, 1]] },
    'container-title': outlet,
    URL: `https://kb.example/statements/${id}/`,
    source: 'KB',
  });
  const date = (i: Printed) => i.issued['date-parts'][0].join('/');
  const name = (i: Printed) => i.author?.map((a) => a.literal ?? `${a.family}, ${a.given?.[0]}.`).join('; ');

  it.each([
    ['prints everything as given', (i: Printed) => `${name(i)} (${date(i)}). ${i.genre}. ${i['container-title']}. ${i.URL}`],
    ['title-cases the genre', (i: Printed) => `${name(i)} (${date(i)}). ${(i.genre ?? '').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())}. ${i.URL}`],
    ['prints the outlet in capitals', (i: Printed) => `${name(i)}. ${i.genre}. ${i['container-title'].toUpperCase()}, ${date(i)}. ${i.URL}`],
    ['prints how long the title is (nothing a stand-in can carry)', (i: Printed) => `${name(i)}. ${i.genre} [${(i.genre ?? '').length}]. ${i.URL}`],
  ])('gives what the style gives for each whole record when the style %s', (_, style) => {
    const whole = (i: Printed) => style(i);
    const formatter = new SkeletonFormatter<'s'>(whole);
    for (const i of [item('a', 'US suspends INF obligations'), item('b', 'Moscow responds in kind', 'Tass'), item('c', 'Allies welcome the decision', 'Wire Service')]) {
      expect(formatter.citation(i, 's')).toBe(whole(i));
    }
  });

  it('finds a day as a whole number, not inside a missile\'s name', () => {
    const style = (i: Printed) => `${name(i)} (${date(i)}). ${i.genre}. ${i.URL}`;
    const formatter = new SkeletonFormatter<'s'>(style);
    const record = { ...item('m', 'Putin offers not to deploy 9M729 missiles'), genre: 'Quoted in “‘9M729’ offer”', issued: { 'date-parts': [[2019, 10, 29]] as [[number, number, number]] } };
    expect(formatter.citation(record, 's')).toBe(style(record));
    expect(formatter.calls.fallbacks).toBe(0);
  });

  it('formats a skeleton once for alike records, and checks it against its first record whole', () => {
    const formatter = new SkeletonFormatter<'s'>((i) => `${name(i)} (${date(i)}). ${i.genre}. ${i['container-title']}. ${i.URL}`);
    for (const id of ['a', 'b', 'c', 'd']) formatter.citation(item(id, `Title ${id}`), 's');
    expect(formatter.calls.skeletons).toBe(1);
    expect(formatter.calls.checks).toBe(1);
    expect(formatter.calls.fallbacks).toBe(0);
  });
});

describe('plain text and differing middles', () => {
  it.each([
    ['US suspends INF obligations; Moscow responds', true],
    ['Teller Report (from RT)', true],
    ['Москва отвечает', true],
    ["'Europe didn't have an independent agenda'", false],
    ['Is the treaty dead?', false],
    ['Talks end.', false],
    ['A & B', false],
    ['<b>Bold</b>', false],
    ['Two  spaces', false],
    ['', false],
  ])('%s is plain text: %s', (text, plain) => {
    expect(isPlainText(text)).toBe(plain);
  });

  it.each([
    ['Probe, P. (1357, October 29). S', 'Probe, P. (2019, February 1). S', '1357, October 29', '2019, February 1'],
    ['(1357, October 29).', '(1357, October 5).', '29', '5'],
    ['Zyqxfam, Z. (1357)', 'Pompeo, M. (1357)', 'Zyqxfam, Z', 'Pompeo, M'],
    ['October 2, 1357', 'October 29, 1357', '2', '29'],
    ['same', 'same', '', ''],
  ])('%s against %s differ in %s and %s', (a, b, from, to) => {
    expect(differingMiddle(a, b)).toEqual([from, to]);
  });
});
