/**
 * Published addresses are never lost: the addresses a content tree publishes, computed from content
 * alone; the ledger's lines; and every way a recorded address can be lost or a move go wrong, each
 * named in the file to mend with the line that mends it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressProblems, fingerprintOf, siteAddresses, type AddressFiles, type LedgerEntry, type SiteAddress } from '../../src/data/addresses.ts';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import { formatLedger, isAddressTaken, parseLedger, recordAddresses, takenStatementIds } from '../../src/data/ledger.ts';
import { buildKnowledgeBase } from '../../src/data/model.ts';
import { publishedContent } from '../../src/data/drafts.ts';
import { readWithdrawals } from '../../src/data/redirects.ts';
import type { Withdrawal } from '../../src/schemas/addresses.ts';
import { parsePartialDate, type PartialDate } from '../../src/utils/partialDate.ts';
import type { Problem } from '../../src/data/integrity.ts';
import { FIXTURES } from '../helpers/paths.ts';

describe('siteAddresses: the pages a content tree publishes, from content alone', () => {
  const computed = async () => {
    const root = path.join(FIXTURES, 'basic');
    const { content } = await readContentFolder(root, { passages: false });
    return siteAddresses(buildKnowledgeBase(publishedContent(content)), (await readWithdrawals(root)).data);
  };

  it.each([
    ['a statement, held by its article at its place in the claims', '/statements/mfa-regrets-suspension/', { permanent: true, holder: 'articles/2019-02-01-wire-suspension.mdx', field: 'claims[1].id' }],
    ['a withdrawn statement’s notice', '/statements/mfa-threatens-retaliation/', { permanent: true, holder: 'withdrawn.yaml' }],
    ['an article', '/articles/2020-10-26-translated-proposal/', { permanent: true, holder: 'articles/2020-10-26-translated-proposal.mdx' }],
    ['an actor', '/actors/vladimir-putin/', { permanent: true, holder: 'actors/vladimir-putin.yaml' }],
    ['a year of articles', '/articles/year/2020/', { permanent: true }],
    ['a year of the timeline', '/timeline/2019/', { permanent: true }],
    ['a year of a filtered timeline', '/timeline/actor/vladimir-putin/2020/', { permanent: true }],
    ['a filtered timeline’s overview, which is not cited', '/timeline/topic/treaty-compliance/', { permanent: false }],
    ['an outlet', '/outlets/state-tv/', { permanent: false }],
    ['the statements by year', '/statements/', { permanent: false }],
  ])('%s: %s', async (_, address, expected) => {
    expect((await computed()).find((s) => s.address === address)).toMatchObject(expected);
  });

  it('names each address once, and none that the routes do not build', async () => {
    const addresses = (await computed()).map((s) => s.address);
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses).not.toContain('/timeline/actor/mike-pompeo/2020/');
    expect(addresses).not.toContain('/statements/pompeo-announces-suspension/');
  });
});

describe('fingerprintOf', () => {
  it('is the same for a quote typed with other quotation marks, dashes or spacing', () => {
    expect(fingerprintOf('“A serious  mistake” – Moscow')).toBe(fingerprintOf('"A serious mistake" - Moscow'));
  });
  it('differs when a word differs', () => {
    expect(fingerprintOf('A serious mistake')).not.toBe(fingerprintOf('A grave mistake'));
  });
});

describe('the ledger file', () => {
  const FILE = 'content/addresses.txt';
  it.each([
    ['an address with its file and fingerprint', '/statements/a/  articles/x.mdx  0123456789ab', [{ address: '/statements/a/', holder: 'articles/x.mdx', fingerprint: '0123456789ab', line: 1 }], []],
    ['a year page, alone', '# comment\n\n/timeline/2019/', [{ address: '/timeline/2019/', holder: undefined, fingerprint: undefined, line: 3 }], []],
    ['an address without its slashes', 'statements/a', [], [/line 1: "statements\/a" is not a ledger line/]],
    ['a file outside the content', '/statements/a/  ../secret.mdx', [], [/line 1: .* is not a ledger line/]],
  ])('reads %s', (_, text, entries, problems) => {
    const parsed = parseLedger(text, FILE);
    expect(parsed.entries).toEqual(entries);
    expect(parsed.problems.map((p) => `${p.field}: ${p.problem}`)).toEqual(problems.map((p) => expect.stringMatching(p)));
  });

  it('reports repeated and unsorted lines as mendable by recording', () => {
    const parsed = parseLedger('/statements/b/\n/statements/a/\n/statements/a/', FILE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.untidy.map((p) => `${p.field}: ${p.problem} Fix: ${p.fix}`)).toEqual([
      'line 2: /statements/a/ is out of order: the ledger is sorted Fix: run `npm run addresses:record`, which sorts it',
      'line 3: /statements/a/ is already recorded at line 2 Fix: run `npm run addresses:record`, which keeps one',
    ]);
  });

  it('is written sorted, under its header, and read back the same', () => {
    const entries = [{ address: '/timeline/2019/', line: 0 }, { address: '/actors/a/', holder: 'actors/a.yaml', fingerprint: 'aaaaaaaaaaaa', line: 0 }];
    const text = formatLedger(entries);
    expect(text).toMatch(/^# Every permanent address/);
    expect(text.split('\n').filter((l) => l.startsWith('/'))).toEqual(['/actors/a/  actors/a.yaml  aaaaaaaaaaaa', '/timeline/2019/']);
    expect(parseLedger(text, FILE).entries.map((e) => e.address)).toEqual(['/actors/a/', '/timeline/2019/']);
  });

  it('is only added to by recording: new addresses come in, gone ones stay, present ones get their present file', () => {
    const ledger: LedgerEntry[] = [
      { address: '/statements/gone/', holder: 'articles/old.mdx', fingerprint: '111111111111', line: 1 },
      { address: '/statements/kept/', holder: 'articles/old.mdx', fingerprint: '222222222222', line: 2 },
    ];
    const site: SiteAddress[] = [
      { address: '/statements/kept/', permanent: true, holder: 'articles/new.mdx', fingerprint: '333333333333' },
      { address: '/statements/new/', permanent: true, holder: 'articles/new.mdx', fingerprint: '444444444444' },
      { address: '/outlets/o/', permanent: false },
    ];
    const { entries, added } = recordAddresses(ledger, site);
    expect(added).toEqual(['/statements/new/']);
    expect(entries.map((e) => [e.address, e.holder, e.fingerprint])).toEqual([
      ['/statements/gone/', 'articles/old.mdx', '111111111111'],
      ['/statements/kept/', 'articles/new.mdx', '333333333333'],
      ['/statements/new/', 'articles/new.mdx', '444444444444'],
    ]);
  });
});

describe('addressProblems', () => {
  const date = (written: string) => parsePartialDate(written) as PartialDate;
  const SITE: SiteAddress[] = [
    ...['/', '/timeline/', '/articles/', '/timeline/actor/x/'].map((address) => ({ address, permanent: false })),
    { address: '/statements/renamed/', permanent: true, holder: 'articles/a.mdx', field: 'claims[1].id', fingerprint: fingerprintOf('Quote one') },
    { address: '/statements/other/', permanent: true, holder: 'articles/b.mdx', field: 'claims[0].id', fingerprint: fingerprintOf('Quote two') },
    { address: '/articles/a/', permanent: true, holder: 'articles/a.mdx', fingerprint: fingerprintOf('https://example.org/a') },
    { address: '/articles/b/', permanent: true, holder: 'articles/b.mdx', fingerprint: fingerprintOf('https://example.org/b') },
    { address: '/actors/x/', permanent: true, holder: 'actors/x.yaml', fingerprint: fingerprintOf('X') },
    { address: '/timeline/2019/', permanent: true },
    { address: '/timeline/actor/x/2019/', permanent: true },
    { address: '/statements/withdrawn/', permanent: true, holder: 'withdrawn.yaml' },
  ];
  const withdrawal = (over: Partial<Withdrawal> = {}): Withdrawal => ({ id: 'withdrawn', withdrawn: date('2024-05-01'), reason: 'Misattributed.', speaker: 'X', said: date('2019'), quote: 'Old words.', ...over });
  const entry = (address: string, holder?: string, quote?: string): LedgerEntry => ({ address, holder, fingerprint: quote === undefined ? undefined : fingerprintOf(quote), line: 7 });
  const show = (file: string) => `content/${file}`;
  const check = (files: Partial<AddressFiles>, site = SITE) => addressProblems({ ledger: [], redirects: {}, withdrawals: [withdrawal()], ...files }, site, show);
  const shape = (p: Problem) => `${p.file} → ${p.field}: ${p.problem}. Fix: ${p.fix}`;

  it('finds nothing when every recorded address is a page, a move to a page, or a withdrawal notice', () => {
    expect(check({ ledger: [entry('/statements/renamed/'), entry('/statements/old/', 'articles/a.mdx'), entry('/statements/withdrawn/', 'withdrawn.yaml'), entry('/timeline/2019/')], redirects: { '/statements/old/': '/statements/renamed/' } })).toEqual([]);
  });

  it.each<[string, Partial<AddressFiles>, string[]]>([
    [
      'a statement whose id was changed in its article: named at its claim, with the redirect line',
      { ledger: [entry('/statements/old-id/', 'articles/a.mdx', 'Quote  one')] },
      ['content/articles/a.mdx → claims[1].id: statement "renamed" was published as "old-id": its address /statements/old-id/ would be lost, and a statement\'s id is permanent. Fix: add the line "/statements/old-id/: /statements/renamed/" to content/redirects.yaml, or give the claim back its id "old-id"'],
    ],
    [
      'a statement removed from its article',
      { ledger: [entry('/statements/gone/', 'articles/a.mdx', 'A quote no article has')] },
      ['content/articles/a.mdx → claims: statement "gone" was published from this file at /statements/gone/ and is gone. Fix: if it moved, add the line "/statements/gone/: /statements/<new-id>/" to content/redirects.yaml; if it was wrong, withdraw it in content/withdrawn.yaml; or restore the statement'],
    ],
    [
      'a statement moved to another article under a new id',
      { ledger: [entry('/statements/moved/', 'articles/a.mdx', 'Quote two')] },
      ['content/articles/a.mdx → claims: statement "moved" was published from this file at /statements/moved/ and is gone (content/articles/b.mdx has the same quote at /statements/other/). Fix: add the line "/statements/moved/: /statements/other/" to content/redirects.yaml; if it was wrong, withdraw it in content/withdrawn.yaml; or restore the statement'],
    ],
    [
      'an article whose file was renamed, found by its source address',
      { ledger: [entry('/articles/old/', 'articles/old.mdx', 'https://example.org/b')] },
      ['content/articles/old.mdx → (file): article "old" was published from this file at /articles/old/ and is gone (content/articles/b.mdx has the same source address at /articles/b/). Fix: add the line "/articles/old/: /articles/b/" to content/redirects.yaml; or restore the article'],
    ],
    [
      'a year page of the timeline',
      { ledger: [entry('/timeline/1987/')] },
      ['content/addresses.txt → line 7: /timeline/1987/ was published and is no longer a page. Fix: add the line "/timeline/1987/: /timeline/" to content/redirects.yaml, or restore what it listed'],
    ],
    [
      'a year page of a filtered timeline, sent to that filter’s overview',
      { ledger: [entry('/timeline/actor/x/1987/')] },
      ['content/addresses.txt → line 7: /timeline/actor/x/1987/ was published and is no longer a page. Fix: add the line "/timeline/actor/x/1987/: /timeline/actor/x/" to content/redirects.yaml, or restore what it listed'],
    ],
    [
      'a year page of an actor whose id moved, sent to the same year under the new id',
      { ledger: [entry('/timeline/actor/old/2019/')], redirects: { '/actors/old/': '/actors/x/' } },
      ['content/addresses.txt → line 7: /timeline/actor/old/2019/ was published and is no longer a page. Fix: add the line "/timeline/actor/old/2019/: /timeline/actor/x/2019/" to content/redirects.yaml, or restore what it listed'],
    ],
    [
      'a withdrawal notice whose entry was deleted',
      { ledger: [entry('/statements/withdrawn/', 'withdrawn.yaml')], withdrawals: [] },
      ['content/withdrawn.yaml → (file): the withdrawal notice of statement "withdrawn" (/statements/withdrawn/) was published and is gone. Fix: restore its entry in content/withdrawn.yaml'],
    ],
  ])('reports a recorded address that is lost: %s', (_, files, expected) => {
    const site = files.withdrawals ? SITE.filter((s) => s.holder !== 'withdrawn.yaml') : SITE;
    expect(check(files, site).map(shape)).toEqual(expected);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['a redirect to nowhere', { '/statements/old/': '/statements/nowhere/' }, ['content/redirects.yaml → "/statements/old/": redirects to /statements/nowhere/, where there is no page. Fix: point it at a page the site publishes, e.g. "/statements/old/: /statements/<id>/"']],
    [
      'a chain of redirects',
      { '/statements/a/': '/statements/b/', '/statements/b/': '/statements/renamed/' },
      ['content/redirects.yaml → "/statements/a/": redirects to /statements/b/, which itself redirects (/statements/a/ → /statements/b/ → /statements/renamed/): readers would be sent on twice. Fix: point it straight at the end: "/statements/a/: /statements/renamed/"'],
    ],
    [
      'a loop',
      { '/statements/a/': '/statements/b/', '/statements/b/': '/statements/a/' },
      [
        'content/redirects.yaml → "/statements/a/": the redirects go round in a loop and never reach a page: /statements/a/ → /statements/b/ → /statements/a/. Fix: point /statements/a/ at the page it moved to, e.g. "/statements/a/: /statements/<id>/"',
        'content/redirects.yaml → "/statements/b/": the redirects go round in a loop and never reach a page: /statements/b/ → /statements/a/ → /statements/b/. Fix: point /statements/b/ at the page it moved to, e.g. "/statements/b/: /statements/<id>/"',
      ],
    ],
    ['a redirect to itself', { '/statements/a/': '/statements/a/' }, [expect.stringContaining('loop and never reach a page: /statements/a/ → /statements/a/') as unknown as string]],
    [
      'a redirect that would hide a page (an id reused)',
      { '/statements/renamed/': '/statements/other/' },
      ['content/redirects.yaml → "/statements/renamed/": /statements/renamed/ is a page the site publishes (content/articles/a.mdx), which this redirect would hide. Fix: remove this line if the page has come back; if a new statement took the old id, give it another id instead (an address is never reused)'],
    ],
    [
      'a redirect that would hide a withdrawal notice',
      { '/statements/withdrawn/': '/statements/other/' },
      ['content/redirects.yaml → "/statements/withdrawn/": /statements/withdrawn/ is the withdrawal notice of statement "withdrawn" (content/withdrawn.yaml), which this redirect would hide. Fix: keep one: remove this line, or the statement\'s entry in content/withdrawn.yaml'],
    ],
  ])('refuses %s', (_, redirects, expected) => {
    expect(check({ redirects }).map(shape)).toEqual(expected);
  });

  it.each<[string, Partial<Withdrawal>, string]>([
    ['a statement still published', { id: 'other' }, 'content/withdrawn.yaml → [0].id: statement "other" is withdrawn, but content/articles/b.mdx still publishes it. Fix: remove the claim from the article, or this entry if the statement stands'],
    ['a replacement that is not published', { replacedBy: 'nothing' }, 'content/withdrawn.yaml → [0].replacedBy: refers to statement "nothing", which is not published. Fix: use the id of a published statement, or leave the field out when nothing replaces it'],
    ['an article that does not exist', { article: 'gone' }, 'content/withdrawn.yaml → [0].article: refers to article "gone", which does not exist. Fix: correct the id, or leave the field out if the article is no longer on the site'],
  ])('refuses a withdrawal of %s', (_, over, expected) => {
    expect(check({ withdrawals: [withdrawal(over)] }).map(shape)).toContain(expected);
  });

  it('accepts a withdrawal that names its replacement and its article', () => {
    expect(check({ withdrawals: [withdrawal({ replacedBy: 'other', article: 'b' })] })).toEqual([]);
  });
});

describe('ids a new statement may not take (for tools that propose ids)', () => {
  const root = path.join(FIXTURES, 'basic');
  it.each([
    ['a statement published now', 'putin-verification-offer', true],
    ['an id that moved (content/redirects.yaml)', 'pompeo-announces-suspension', true],
    ['a withdrawn statement', 'mfa-threatens-retaliation', true],
    ['an id never given out', 'putin-new-proposal', false],
  ])('%s: %s', async (_, id, taken) => {
    expect((await takenStatementIds(root)).has(id)).toBe(taken);
    expect(await isAddressTaken(root, `/statements/${id}/`)).toBe(taken);
  });

  it.each([
    ['/actors/mike-pompeo/', true],
    ['/articles/2019-02-01-wire-suspension/', true],
    ['/actors/boris-johnson/', false],
  ])('knows whether %s is taken', async (address, taken) => {
    expect(await isAddressTaken(root, address)).toBe(taken);
  });

  it('counts an address recorded in the ledger as taken though nothing holds it now', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    await writeFile(path.join(dir, 'addresses.txt'), '/actors/gone/  actors/gone.yaml\n/statements/gone/  articles/a.mdx\n');
    expect(await isAddressTaken(dir, '/actors/gone/')).toBe(true);
    expect((await takenStatementIds(dir)).has('gone')).toBe(true);
  });
});
