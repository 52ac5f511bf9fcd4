/**
 * RFC 4180 CSV, written by csv-stringify: CRLF line ends, a field quoted when it holds a comma, a quote
 * or a line break (a lone CR or LF included, which csv-stringify would otherwise leave bare because
 * the record delimiter is CRLF), quotes doubled.
 */
import { stringify, type Options } from 'csv-stringify/sync';
import { RECORDS_PER_CHUNK } from './serialize.ts';

const OPTIONS: Options = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ };

export function csvField(value: string): string {
  return stringify([[value]], OPTIONS).slice(0, -2);
}

/** The CSV text, header first, a few hundred rows at a time (for a streamed file); rows are read only as pieces are asked for. */
export function* csvChunks<T>(rows: Iterable<T>, columns: [string, (row: T) => string][], perChunk = RECORDS_PER_CHUNK): Generator<string> {
  let piece = stringify([columns.map(([name]) => name)], OPTIONS);
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(columns.map(([, get]) => get(row)));
    if (batch.length === perChunk) {
      yield piece + stringify(batch, OPTIONS);
      piece = '';
      batch = [];
    }
  }
  if (piece || batch.length > 0) yield piece + stringify(batch, OPTIONS);
}

export function toCsv<T>(rows: Iterable<T>, columns: [string, (row: T) => string][]): string {
  return [...csvChunks(rows, columns)].join('');
}
