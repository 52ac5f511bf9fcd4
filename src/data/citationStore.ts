/**
 * Every statement's and article's citation records and styled citations, made once per build for all
 * pages (and the dataset file) that show them. The styled ones come from the cache folder when a
 * record has been formatted by an earlier build (citationStyles.ts).
 */
import { getKnowledgeBase, site, urls } from './kb.ts';
import { articleCsl, statementCsl, type CslItem } from './citations.ts';
import { CITATIONS_WARMING, formatCitations, openCitationCache, type StyledCitations } from './citationStyles.ts';
import { settings } from '../settings.ts';

let records: Promise<{ statements: CslItem[]; articles: CslItem[] }> | undefined;

/** The CSL-JSON records, statements in the order they were made and articles newest first. */
export function getCitationRecords(): Promise<{ statements: CslItem[]; articles: CslItem[] }> {
  records ??= getKnowledgeBase().then((kb) => ({
    statements: kb.statements.map((s) => statementCsl(s, urls, site)),
    articles: kb.articles.map((a) => articleCsl(a)),
  }));
  return records;
}

type Styled = { statements: Map<string, StyledCitations>; articles: Map<string, StyledCitations> };
let styled: Promise<Styled> | undefined;

async function formatAll(): Promise<Styled> {
  // During a build the cache is being filled by a worker thread (CITATIONS_WARMING): formatting here
  // too would do the work twice.
  await ((globalThis as Record<symbol, unknown>)[CITATIONS_WARMING] as Promise<unknown> | undefined)?.catch(() => undefined);
  const { statements, articles } = await getCitationRecords();
  const cache = await openCitationCache(settings.cacheDir);
  const started = performance.now();
  const all = { statements: formatCitations(statements, cache), articles: formatCitations(articles, cache) };
  await cache.save();
  if (statements.length > 1000) console.log(`[inf-kb:citations] ${statements.length + articles.length} records in APA, Chicago and MLA in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return all;
}

/** A statement's or an article's citation in every style. */
export async function getStyledCitation(kind: 'statement' | 'article', id: string): Promise<StyledCitations> {
  styled ??= formatAll();
  const found = (await styled)[kind === 'statement' ? 'statements' : 'articles'].get(id);
  if (!found) throw new Error(`No citation for the ${kind} "${id}": it is not in this build.`);
  return found;
}
