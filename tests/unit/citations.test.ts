/**
 * Citing a statement or an article: the CSL-JSON record (valid against the CSL-JSON schema, read back
 * by Citation.js unchanged), the BibTeX and RIS files made from it (read back by the same library),
 * and the record formatted in APA, Chicago and MLA.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { Cite } from '@citation-js/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/data/model.ts';
import { articleCsl, statementCsl, type CslItem, type CslName } from '../../src/data/citations.ts';
import { toBibtex, toRis } from '../../src/data/citationExports.ts';
import { CITATION_STYLES, citationText, cleanCitationHtml, formatCitations, formatEntry, formatOne, openCitationCache } from '../../src/data/citationStyles.ts';
import { makeUrls } from '../../src/utils/urls.ts';
import { FIXTURES, ROOT, TMP } from '../helpers/paths.ts';

const SITE = 'https://inf-treaty-kb.org';
let kb: KnowledgeBase;
let statements: CslItem[];
let articles: CslItem[];
beforeAll(async () => {
  const { content, problems } = await readContentFolder(path.join(FIXTURES, 'basic'));
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  kb = buildKnowledgeBase(content);
  const urls = makeUrls('/inf-kb/');
  statements = kb.statements.map((s) => statementCsl(s, urls, SITE));
  articles = kb.articles.map((a) => articleCsl(a));
});
const fullName = (name: CslName) => name.literal ?? [name.given, name.family].filter(Boolean).join(' ');
const item = (id: string) => {
  const found = statements.find((s) => s.id === id);
  if (!found) throw new Error(`no statement ${id}`);
  return found;
};

describe('the CSL-JSON record of a statement', () => {
  it('names the speaker as author (a person by family and given name, an organisation as named), the date said at its precision, how and where it was reported, and the permanent page under the base', () => {
    expect(item('pompeo-suspension-announced')).toEqual({
      id: 'pompeo-suspension-announced',
      'citation-key': 'pompeo-suspension-announced',
      type: 'article-newspaper',
      title: 'Statement',
      genre: 'Quoted in “US suspends INF obligations; Moscow responds”',
      author: [{ given: 'Mike', family: 'Pompeo' }],
      issued: { 'date-parts': [[2019, 2, 1]] },
      'container-title': 'Wire Service',
      URL: 'https://inf-treaty-kb.org/inf-kb/statements/pompeo-suspension-announced/',
      abstract: '"Russia has jeopardized the United States\' security interests," Pompeo said.',
      source: 'INF Treaty Statements',
    });
    const ministry = item('mfa-regrets-suspension');
    expect(ministry.author).toEqual([{ literal: 'Russian Foreign Ministry' }]);
    expect(ministry.issued).toEqual({ 'date-parts': [[2019, 2]] });
    expect(ministry.genre).toMatch(/^Reported in “/);
  });

  it('of a statement known only through another’s account names whose account it is, in every style', () => {
    const hearsay = item('putin-will-mirror-step');
    expect(hearsay.author).toEqual([{ family: 'Putin', given: 'Vladimir' }]);
    expect(hearsay.genre).toMatch(/, according to Russian Foreign Ministry$/);
  });

  it('of every statement and article is valid against the CSL-JSON schema', async () => {
    const schema = JSON.parse(await readFile(path.join(ROOT, 'tests/fixtures/csl/csl-data.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate([...statements, ...articles]), JSON.stringify(validate.errors)).toBe(true);
    // The schema rejects what it does not know: a misspelt field is caught.
    expect(validate([{ ...item('pompeo-suspension-announced'), speaker: 'Mike Pompeo' }])).toBe(false);
  });

  it('is read back by Citation.js as it was written', () => {
    for (const record of [...statements, ...articles]) {
      const [back] = new Cite(record).data.map(({ _graph, ...rest }) => rest);
      expect(back, record.id).toEqual(record);
    }
  });
});

describe('BibTeX and RIS files', () => {
  it('are read back by Citation.js with the title, outlet, address and (BibTeX) author and date', () => {
    for (const record of [...statements, ...articles]) {
      const fields = { title: record.title, 'container-title': record['container-title'], URL: record.URL };
      const [bib] = new Cite(toBibtex(record)).data;
      expect(bib, `BibTeX of ${record.id}`).toMatchObject({ ...fields, issued: record.issued });
      // An organisation is written in braces, as BibTeX keeps a corporate name whole, and read back as one name.
      expect(((bib?.['author'] ?? []) as CslName[]).map(fullName), `BibTeX authors of ${record.id}`).toEqual((record.author ?? []).map(fullName));
      const [ris] = new Cite(toRis(record)).data;
      // A RIS field is one line: a passage over several paragraphs comes back with its paragraphs joined by a space.
      const oneLine = (text: string) => text.replace(/\s+/g, ' ');
      expect({ ...ris, ...(typeof ris?.['abstract'] === 'string' ? { abstract: oneLine(ris['abstract']) } : {}) }, `RIS of ${record.id}`).toMatchObject({ ...fields, type: 'article-newspaper', ...(record.genre ? { genre: record.genre } : {}), ...(record.abstract ? { abstract: oneLine(record.abstract) } : {}) });
    }
  });

  it('give RIS the author and the date at its precision, which Citation.js leaves out of a newspaper item, each field on one CRLF line', () => {
    const long = { ...item('pompeo-suspension-announced'), abstract: 'word '.repeat(40).trim() };
    const ris = toRis(long);
    expect(ris).toMatch(/^TY {2}- NEWS\r\n/);
    expect(ris).toContain('AU  - Pompeo, Mike\r\n');
    expect(ris).toContain('DA  - 2019/2/1/\r\n');
    expect(ris).toContain(`AB  - ${long.abstract}\r\n`);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    expect(toRis(item('mfa-regrets-suspension'))).toContain('DA  - 2019/2//\r\n');
    expect(toRis(item('mfa-regrets-suspension'))).toContain('AU  - Russian Foreign Ministry\r\n');
  });

  it('key the BibTeX entry by the statement id (Citation.js keeps letters and digits)', () => {
    expect(toBibtex(item('pompeo-suspension-announced'))).toMatch(/^@article\{pompeosuspensionannounced,\n/);
  });
});

describe('a statement cited in APA, Chicago and MLA', () => {
  it('reads as each style writes a statement reported in a newspaper article, with its permanent page', () => {
    const styled = formatCitations([item('pompeo-suspension-announced')]).get('pompeo-suspension-announced');
    const url = 'https://inf-treaty-kb.org/inf-kb/statements/pompeo-suspension-announced/';
    expect(styled?.apa.text).toBe(`Pompeo, M. (2019, February 1). Statement [Quoted in “US suspends INF obligations; Moscow responds”]. Wire Service. ${url}`);
    expect(styled?.chicago.text).toBe(`Pompeo, Mike. “Statement.” Quoted in “US suspends INF obligations; Moscow responds.” Wire Service, February 1, 2019. ${url}.`);
    expect(styled?.mla.text).toBe(`Pompeo, Mike. “Statement.” Quoted in “US suspends INF obligations; Moscow responds.” Wire Service, 1 Feb. 2019. INF Treaty Statements, ${url}.`);
    expect(styled?.apa.html).toContain('<cite>Wire Service</cite>');
  });

  it('gives a date known to the month as a month, and an organisation its name as written', () => {
    const styled = formatCitations([item('mfa-regrets-suspension')]).get('mfa-regrets-suspension');
    expect(styled?.apa.text).toMatch(/^Russian Foreign Ministry\. \(2019, February\)\. Statement \[Reported in/);
    expect(styled?.chicago.text).toContain('Wire Service, February 2019.');
  });

  it('gives each of several alike statements its own address, and formats them as if alone', () => {
    const first = item('putin-verification-offer');
    const twin = { ...first, id: 'putin-twin', 'citation-key': 'putin-twin', URL: first.URL.replace(first.id, 'putin-twin'), abstract: 'Another passage.' };
    const styled = formatCitations([first, twin]);
    expect(styled.get('putin-twin')?.mla.text).toBe(styled.get(first.id)?.mla.text.replace(first.id, 'putin-twin'));
    expect(styled.get('putin-twin')).toEqual(formatCitations([twin]).get('putin-twin'));
    // Alone, not as a bibliography: no "2020a"/"2020b", no dash for a repeated author.
    expect(styled.get('putin-twin')?.apa.text).not.toMatch(/2020[ab]|———/);
  });

  it('is the same with the styles cut down to one entry, on a kept engine, as through Citation.js with the styles as published', () => {
    for (const record of [...statements, ...articles]) {
      const { abstract: _quote, ...printed } = record;
      for (const { id: style } of CITATION_STYLES) {
        const published = formatOne(printed, style, true);
        expect(formatOne(printed, style), `${style} of ${record.id}`).toBe(published);
        expect(formatEntry(printed, style), `${style} of ${record.id} on the kept engine`).toBe(published);
      }
    }
  });

  it('formats a record once across builds: the second build reads the cache and asks citeproc for nothing', async () => {
    const folder = path.join(TMP, 'cache', `citations-unit-${process.pid}`);
    const records = [item('putin-verification-offer')];
    const cache = await openCitationCache(folder);
    let firstCalls = 0;
    const first = formatCitations(records, cache, undefined, (calls) => (firstCalls = calls.whole));
    await cache.save();
    const reopened = await openCitationCache(folder);
    let secondCalls = -1;
    expect(formatCitations(records, reopened, undefined, (calls) => (secondCalls = calls.whole))).toEqual(first);
    expect(firstCalls).toBeGreaterThan(0);
    expect(secondCalls).toBe(0);
  });

  it('can be formatted in shares by several threads, each writing its own cache file, which a reader takes together', async () => {
    const folder = path.join(TMP, 'cache', `citations-shares-${process.pid}`);
    const shares = await Promise.all([0, 1].map(async (index) => {
      const cache = await openCitationCache(folder, `thread-${index}`);
      const part = formatCitations(statements, cache, { index, of: 2 });
      await cache.save();
      return part;
    }));
    expect(shares[0]?.size && shares[1]?.size).toBeGreaterThan(0);
    expect((shares[0]?.size ?? 0) + (shares[1]?.size ?? 0)).toBe(statements.length);
    const reader = await openCitationCache(folder);
    const missed: string[] = [];
    const spy = { ...reader, get: (key: string) => { const html = reader.get(key); if (html === undefined) missed.push(key); return html; } };
    expect(formatCitations(statements, spy)).toEqual(formatCitations(statements));
    expect(missed).toEqual([]);
  });

  it('keeps markup in the data as text: a title that prints <b> is not set bold', () => {
    const record = { ...item('pompeo-suspension-announced'), genre: 'Quoted in “<b>Bold</b> & <i>claims</i> <script>x</script>”' };
    const styled = formatCitations([record]).get(record.id);
    for (const { id: style } of CITATION_STYLES) {
      expect(styled?.[style].html, style).not.toMatch(/<(?!\/?cite>)[a-z/]/);
      expect(styled?.[style].text, style).toContain('<b>Bold</b> & <i>claims</i> <script>x</script>');
    }
  });

  it('keeps only italics (as <cite>) and bold (as <strong>) from citeproc, and reads its character references back as text', () => {
    const html = cleanCitationHtml('<div class="csl-entry">A &#38; B. <i>Title</i> <b>Bold</b> <span style="font-variant:small-caps;">caps</span> &#60;x&#62;</div>');
    expect(html).toBe('A &#38; B. <cite>Title</cite> <strong>Bold</strong> caps &#60;x&#62;');
    expect(citationText(html)).toBe('A & B. Title Bold caps <x>');
  });
});

describe('the CSL-JSON record of an article', () => {
  it('cites the article as its outlet published it, at its source address', () => {
    const record = articles.find((a) => a.id === '2019-02-01-wire-suspension');
    expect(record).toMatchObject({
      title: 'US suspends INF obligations; Moscow responds',
      author: [{ given: 'Jane', family: 'Doe' }],
      'container-title': 'Wire Service',
      URL: 'https://example.org/wire/inf-suspension',
    });
    const translated = articles.find((a) => a.id === '2020-10-26-translated-proposal');
    expect(translated?.['container-title']).toMatch(/ \(from State TV\)$/);
  });
});
