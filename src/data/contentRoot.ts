import path from 'node:path';

/** The content folder: $KB_CONTENT (for fixtures and the benchmark) or ./content. */
export function contentRoot(): string {
  return path.resolve(process.env.KB_CONTENT ?? 'content');
}
