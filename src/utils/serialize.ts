/**
 * The dataset files written piece by piece. At 10,000 articles `statements.json` is over 100 MB: built
 * as one string it sat in memory several times over (the string, its encoding, Astro's copy) while
 * other pages rendered. These produce exactly the text of `JSON.stringify(rows, null, 2)` a few
 * hundred records at a time (csvChunks in csv.ts does the same for CSV), for a streamed Response.
 */
export const RECORDS_PER_CHUNK = 500;

/** The text of `${JSON.stringify([...rows], null, 2)}\n`, in pieces; records are read only as pieces are asked for. */
export function* jsonChunks(rows: Iterable<unknown>, perChunk = RECORDS_PER_CHUNK): Generator<string> {
  let piece: string[] = [];
  let first = true;
  for (const row of rows) {
    piece.push(`${first ? '[\n' : ',\n'}  ${JSON.stringify(row, null, 2).replace(/\n/g, '\n  ')}`);
    first = false;
    if (piece.length === perChunk) {
      yield piece.join('');
      piece = [];
    }
  }
  yield first ? '[]\n' : `${piece.join('')}\n]\n`;
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
