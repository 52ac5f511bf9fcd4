import { describe, expect, it } from 'vitest';
import { csvChunks, toCsv } from '../../src/utils/csv.ts';
import { jsonChunks, textStream } from '../../src/utils/serialize.ts';

const rows = Array.from({ length: 7 }, (_, i) => ({ id: `s-${i}`, quote: `“Quoted”, with "marks", commas\nand a line ${i}`, topics: i % 2 ? ['a', 'b'] : [], nested: { n: i, empty: {} } }));

describe('the dataset files written in pieces are the same text as written whole', () => {
  it.each([
    ['no records', [] as unknown[], 3],
    ['one record', rows.slice(0, 1), 3],
    ['records filling whole pieces', rows.slice(0, 6), 3],
    ['records with a short last piece', rows, 3],
    ['more records than one piece holds', rows, 500],
  ])('JSON, %s', (_, records, perChunk) => {
    const pieces = [...jsonChunks(records, perChunk)];
    expect(pieces.join('')).toBe(`${JSON.stringify(records, null, 2)}\n`);
    expect(pieces.length).toBe(Math.max(1, Math.ceil(records.length / perChunk)));
  });

  it.each([[0], [1], [3], [7]])('CSV with %i rows, in pieces of 3', (count) => {
    const columns: [string, (row: (typeof rows)[number]) => string][] = [['id', (r) => r.id], ['quote', (r) => r.quote]];
    const pieces = [...csvChunks(rows.slice(0, count), columns, 3)];
    expect(pieces.join('')).toBe(toCsv(rows.slice(0, count), columns));
    expect(pieces.join('')).toMatch(/^id,quote\r\n/);
  });

  it('streams the pieces as UTF-8 bytes, reading them only as they are asked for', async () => {
    let read = 0;
    function* counted() {
      for (const piece of jsonChunks(rows, 2)) {
        read++;
        yield piece;
      }
    }
    const stream = textStream(counted());
    expect(read).toBe(0);
    expect(await new Response(stream).text()).toBe(`${JSON.stringify(rows, null, 2)}\n`);
    expect(read).toBe(4);
  });
});
