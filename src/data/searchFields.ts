/** What the search index is told about an article's statements (src/utils/statementMeta.ts). */
import type { Article } from './model.ts';
import { encodeStatementMeta, type StatementMeta } from '../utils/statementMeta.ts';
import { quoteParts } from '../utils/quoteText.ts';

/** The `statements` metadata field of an article page. */
export function articleStatementMeta(article: Article): string {
  const fields: Record<string, StatementMeta> = {};
  for (const s of article.statements) {
    fields[s.id] = {
      speaker: s.speaker.name,
      kind: s.speaker.kind,
      ...(s.via && { via: s.via.name }),
      said: s.said.iso,
      topics: s.topics.map((t) => t.name),
      ...(quoteParts(s.quote).length > 1 && { continues: true }),
    };
  }
  return encodeStatementMeta(fields);
}
