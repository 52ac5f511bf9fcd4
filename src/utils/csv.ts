/** RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, a quote or a line break, quotes doubled. */
import { RECORDS_PER_CHUNK } from './serialize.ts';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text, header first, a few hundred rows at a time (for a streamed file); rows are read only as pieces are asked for. */
export function* csvChunks<T>(rows: Iterable<T>, columns: [string, (row: T) => string][], perChunk = RECORDS_PER_CHUNK): Generator<string> {
  let piece = `${columns.map(([name]) => csvField(name)).join(',')}\r\n`;
  let count = 0;
  for (const row of rows) {
    piece += `${columns.map(([, get]) => csvField(get(row))).join(',')}\r\n`;
    if (++count % perChunk === 0) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}

export function toCsv<T>(rows: Iterable<T>, columns: [string, (row: T) => string][]): string {
  return [...csvChunks(rows, columns)].join('');
}
