import { describe, expect, it } from 'vitest';
import { csvChunks } from '../../src/utils/csv.ts';
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
    expect(pieces.length).toBe(Math.floor(records.length / perChunk) + 1);
  });

  it.each([[0], [1], [3], [7]])('CSV with %i rows, in pieces of 3', (count) => {
    const columns: [string, (row: (typeof rows)[number]) => string][] = [['id', (r) => r.id], ['quote', (r) => r.quote]];
    const pieces = [...csvChunks(rows.slice(0, count), columns, 3)];
    expect(pieces.join('')).toBe(`id,quote\r\n${rows.slice(0, count).map((r) => `${r.id},"${r.quote.replace(/"/g, '""')}"\r\n`).join('')}`);
    expect(pieces.length).toBe(Math.floor(count / 3) + (count % 3 || count === 0 ? 1 : 0));
  });

  it('makes each record only when its piece is asked for', () => {
    let made = 0;
    const lazy = { *[Symbol.iterator]() { for (const row of rows) { made++; yield row; } } };
    const pieces = jsonChunks(lazy, 3);
    expect(made).toBe(0);
    pieces.next();
    expect(made).toBe(3);
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
