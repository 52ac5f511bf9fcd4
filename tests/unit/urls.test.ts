import { describe, expect, it } from 'vitest';
import { absoluteUrl, makeUrls } from '../../src/utils/urls.ts';
import { csvChunks, csvField, toCsv } from '../../src/utils/csv.ts';

describe('site addresses respect the configured base', () => {
  it.each([
    ['/', '/statements/lavrov-x/', '/articles/a/#lavrov-x', '/data/statements.json', '/timeline/actor/jens-stoltenberg/'],
    ['/inf-kb/', '/inf-kb/statements/lavrov-x/', '/inf-kb/articles/a/#lavrov-x', '/inf-kb/data/statements.json', '/inf-kb/timeline/actor/jens-stoltenberg/'],
    ['inf-kb', '/inf-kb/statements/lavrov-x/', '/inf-kb/articles/a/#lavrov-x', '/inf-kb/data/statements.json', '/inf-kb/timeline/actor/jens-stoltenberg/'],
    ['/a/b/', '/a/b/statements/lavrov-x/', '/a/b/articles/a/#lavrov-x', '/a/b/data/statements.json', '/a/b/timeline/actor/jens-stoltenberg/'],
  ])('base %s', (base, statement, anchor, data, timeline) => {
    const urls = makeUrls(base);
    expect(urls.statement('lavrov-x')).toBe(statement);
    expect(urls.statementAnchor('a', 'lavrov-x')).toBe(anchor);
    expect(urls.dataFile('statements.json')).toBe(data);
    expect(urls.timelineFiltered('actor', 'jens-stoltenberg')).toBe(timeline);
    expect(urls.exchange('sergey-lavrov--disputes--mike-pompeo')).toBe(`${urls.exchanges}sergey-lavrov--disputes--mike-pompeo/`);
    expect(urls.exchanges).toBe(statement.replace('statements/lavrov-x/', 'exchanges/'));
  });

  it('makes permanent links absolute', () => {
    expect(absoluteUrl('/inf-kb/statements/x/', 'https://example.org')).toBe('https://example.org/inf-kb/statements/x/');
  });
});

describe('CSV fields per RFC 4180', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['a lone\rCR', '"a lone\rCR"'],
    ['crlf\r\ninside', '"crlf\r\ninside"'],
    ['', ''],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('ends every record with CRLF after a header', () => {
    expect(toCsv([{ a: '1', b: 'x,y' }], [['a', (r) => r.a], ['b', (r) => r.b]])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('writes the same text streamed a few rows at a time as in one piece', () => {
    const rows = ['a', 'b,c', 'd"e', 'f\ng', 'h'].map((v) => ({ v }));
    const columns: [string, (r: { v: string }) => string][] = [['value', (r) => r.v]];
    const pieces = [...csvChunks(rows, columns, 2)];
    expect(pieces.length).toBe(3);
    expect(pieces[0]).toBe('value\r\na\r\n"b,c"\r\n');
    expect(pieces.join('')).toBe('value\r\na\r\n"b,c"\r\n"d""e"\r\n"f\ng"\r\nh\r\n');
  });
});
