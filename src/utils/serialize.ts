/**
 * The dataset files written piece by piece. At 10,000 articles `statements.json` is over 100 MB: built
 * as one string it sat in memory several times over (the string, its encoding, Astro's copy) while
 * other pages rendered. These produce exactly the text of `JSON.stringify(rows, null, 2)` a few
 * hundred records at a time (csvChunks in csv.ts does the same for CSV), for a streamed Response.
 */
export const RECORDS_PER_CHUNK = 500;

/** The text of `${JSON.stringify(rows, null, 2)}\n`, in pieces. */
export function* jsonChunks(rows: readonly unknown[], perChunk = RECORDS_PER_CHUNK): Generator<string> {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  for (let at = 0; at < rows.length; at += perChunk) {
    const records = rows.slice(at, at + perChunk).map((row) => `  ${JSON.stringify(row, null, 2).replace(/\n/g, '\n  ')}`);
    yield `${at === 0 ? '[\n' : ',\n'}${records.join(',\n')}${at + perChunk >= rows.length ? '\n]\n' : ''}`;
  }
}

/** A byte stream that encodes the pieces only as they are read. */
export function textStream(chunks: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
