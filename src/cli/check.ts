/**
 * `npm run check:content`: checks the content folder (schemas, every integrity rule, and that every
 * address ever published is still a page, a move or a withdrawal notice) without building the site.
 * Exits 1 with every problem listed, naming file, field and fix; then lists what each draft still
 * needs from an editor (drafts do not fail the check: they are not published).
 * The folder is $KB_CONTENT, or ./content.
 */
import { addressProblems, siteAddresses } from '../data/addresses.ts';
import { readContentFolder } from '../data/contentFolder.ts';
import { settings } from '../settings.ts';
import { readAddressFiles, showIn } from '../data/ledger.ts';
import { buildKnowledgeBase } from '../data/model.ts';
import { checkIntegrity, formatByFile, formatProblems } from '../data/integrity.ts';
import { draftsToReview, publishedContent } from '../data/drafts.ts';

const root = settings.content;
const started = performance.now();
const [{ content, problems }, addressFiles] = await Promise.all([readContentFolder(root), readAddressFiles(root)]);
problems.push(...addressFiles.problems);
if (problems.length === 0) problems.push(...checkIntegrity(content));
// The addresses the content publishes can be known only once its references hold.
if (problems.length === 0) problems.push(...addressProblems(addressFiles, siteAddresses(buildKnowledgeBase(publishedContent(content)), addressFiles.withdrawals), showIn(root)));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const published = publishedContent(content);
const statements = published.articles.reduce((sum, article) => sum + article.data.claims.length, 0);
console.log(`Content OK: ${published.articles.length} articles, ${statements} statements, ${published.actors.length} actors, ${content.outlets.length} outlets, ${content.events.length} events, ${content.topics.length} topics${draftCount(content.articles.length - published.articles.length, content.actors.length - published.actors.length)} (${seconds} s).`);
const reviews = draftsToReview(content);
if (reviews.length > 0) console.log(`\n${formatByFile(`Drafts to review (checked, not published until \`draft: true\` is removed):`, reviews)}`);

function draftCount(articles: number, actors: number): string {
  return articles + actors === 0 ? '' : `, and drafts: ${articles} article${articles === 1 ? '' : 's'}, ${actors} actor${actors === 1 ? '' : 's'}`;
}
