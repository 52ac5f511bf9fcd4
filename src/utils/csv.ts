/** RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, a quote or a line break, quotes doubled. */

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text, header first, a few hundred rows at a time (for a streamed file). */
export function* csvChunks<T>(rows: readonly T[], columns: [string, (row: T) => string][], perChunk = 500): Generator<string> {
  yield `${columns.map(([name]) => csvField(name)).join(',')}\r\n`;
  for (let at = 0; at < rows.length; at += perChunk) {
    yield rows.slice(at, at + perChunk).map((row) => `${columns.map(([, get]) => csvField(get(row))).join(',')}\r\n`).join('');
  }
}

export function toCsv<T>(rows: readonly T[], columns: [string, (row: T) => string][]): string {
  return [...csvChunks(rows, columns)].join('');
}
