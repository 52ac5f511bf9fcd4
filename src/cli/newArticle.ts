/**
 * `npm run new-article -- <source> --outlet <id> --date <date> [--url <address>] [--title <title>] [--json]`
 *
 * Turns a source (plain text as published, or an HTML page saved from the web) into a draft article:
 * `content/articles/<date>-<outlet>-<few-words>.mdx` with the body as published and the proposed
 * statements (src/editor/propose.ts), plus a draft stub for each new actor. Never overwrites a file.
 * Checks the content with the new files at once and lists what the editor must review.
 * With `--json`, writes nothing and prints the proposal as one JSON object.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFolder } from '../data/contentFolder.ts';
import { settings } from '../settings.ts';
import { readAddressFiles } from '../data/ledger.ts';
import { articleFile, articleId, actorFile, mdxBody } from '../editor/draft.ts';
import { editorKnowledge } from '../editor/knowledge.ts';
import { statementIds } from '../editor/ledger.ts';
import { proposeStatements } from '../editor/propose.ts';
import { paragraphTexts, readTextSource, type Source } from '../editor/source.ts';
import { draftsToReview } from '../data/drafts.ts';
import { checkIntegrity, formatByFile, formatProblems } from '../data/integrity.ts';
import { parsePartialDate } from '../utils/partialDate.ts';

const USAGE = 'npm run new-article -- <source.txt|source.html> --outlet <outlet id> --date <YYYY-MM-DD|YYYY-MM|YYYY> [--url <address>] [--title <headline>] [--json]';

function fail(problem: string, fix: string): never {
  console.error(`new-article: ${problem}.\n  Fix: ${fix}.\n  Usage: ${USAGE}`);
  process.exit(1);
}

const started = performance.now();
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { outlet: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, json: { type: 'boolean', default: false } } });
} catch (error) {
  fail((error as Error).message.replace(/\.$/, ''), 'use only the options shown below');
}
const { values, positionals } = parsed;
const [sourcePath, ...extra] = positionals;
if (!sourcePath) fail('no source file given', 'name the plain-text or HTML file of the article as published');
if (extra.length > 0) fail(`more than one source given (${positionals.join(', ')})`, 'make one article at a time');
if (!values.outlet) fail('no --outlet given', 'give the id of the outlet that published the text, e.g. --outlet tass (content/outlets/tass.yaml)');
if (!values.date) fail('no --date given', 'give the publication date as printed, e.g. --date 2019-03-19, or --date 2019-03 when only the month is known');
const date = parsePartialDate(values.date);
if (typeof date === 'string') fail(`--date ${date}`, 'write the date as YYYY-MM-DD, YYYY-MM or YYYY; never invent a day');
if (values.url !== undefined && !/^https?:\/\/\S+$/.test(values.url)) fail(`--url "${values.url}" is not a web address`, 'give the full address the text was taken from, starting with https:// or http://');

const root = settings.content;
const { content, problems: contentProblems } = await readContentFolder(root);
const outlet = content.outlets.find((entry) => entry.id === values.outlet);
if (!outlet) fail(`there is no outlet "${values.outlet}" (no ${path.join(path.relative(process.cwd(), root), 'outlets', `${values.outlet}.yaml`)})`, `use one of: ${content.outlets.map((entry) => entry.id).join(', ')}; or add the outlet first`);

const text = await readFile(sourcePath, 'utf8').catch((error: NodeJS.ErrnoException) => fail(`cannot read ${sourcePath} (${error.code ?? error.message})`, 'check the path of the source file'));
const html = /\.x?html?$/i.test(sourcePath) || /^\s*(?:<!doctype html|<html)/i.test(text);
let source: Source;
try {
  // The DOM is loaded only for a web page.
  source = html ? (await import('../editor/htmlSource.ts')).readHtmlSource(text, values.title) : readTextSource(text, values.title);
} catch (error) {
  fail(`${sourcePath}: ${(error as Error).message}`, 'save the article page as HTML again, or copy its text into a .txt file, paragraphs separated by blank lines');
}
const paragraphs = paragraphTexts(source.blocks);
if (paragraphs.length === 0) fail(`${sourcePath} has no paragraphs of text`, 'check the file holds the article, paragraphs separated by blank lines');

const warnings: string[] = [];
let title = values.title ?? source.title;
if (!title) {
  title = (paragraphs[0] as string).split(/(?<=[.!?])\s/)[0]!.split(/\s+/).slice(0, 12).join(' ');
  warnings.push(`No headline was found in the source: the title is the first words of the text ("${title}"); give --title to set it.`);
}
const url = values.url ?? source.url;
if (!url && !values.json) fail('no address for the article: the source names none', 'give the address the text was taken from with --url https://…');

const knowledge = editorKnowledge(content);
// Every address ever published, moved or withdrawn (content/addresses.txt, redirects.yaml, withdrawn.yaml) stays taken.
const addressFiles = await readAddressFiles(root);
const recorded = [...addressFiles.ledger.map((entry) => entry.address), ...Object.keys(addressFiles.redirects), ...addressFiles.withdrawals.map((w) => `/statements/${w.id}/`)];
const proposal = proposeStatements({
  paragraphs,
  date: date.iso,
  actors: knowledge.actors,
  topics: knowledge.topics,
  events: knowledge.events,
  outlets: knowledge.outlets,
  takenIds: [...knowledge.statementIds, ...statementIds(recorded)],
});
const speakers = [...new Set(proposal.claims.map((claim) => claim.speaker.id).filter((id): id is string => id !== null))];
const article = { title, date: date.iso, outlet: outlet.id, url, authors: source.authors, speakers, claims: proposal.claims };

if (values.json) {
  const { claims, ...frontmatter } = article;
  console.log(JSON.stringify({ article: { ...frontmatter, draft: true }, claims, newActors: proposal.newActors }, null, 2));
  process.exit(0);
}

// An address published once is never given again; a file in the content is refused below instead (never overwritten).
const existing = new Set(content.articles.map((entry) => entry.id));
const takenArticles = new Set(recorded.flatMap((address) => /^\/articles\/([^/]+)\/$/.exec(address)?.slice(1) ?? []).filter((taken) => !existing.has(taken)));
const id = articleId(date.iso, outlet.id, title, takenArticles);
const shown = (file: string) => path.relative(process.cwd(), file);
const articlePath = path.join(root, 'articles', `${id}.mdx`);
const written: string[] = [];
// 'wx': never overwrite; an existing file stops the command before anything else is written.
const create = async (file: string, body: string) => {
  try {
    await writeFile(file, body, { flag: 'wx' });
    written.push(shown(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${shown(file)} exists already and is never overwritten`, 'move or rename the existing file first, or give another --title');
    throw error;
  }
};
await create(articlePath, articleFile(article, mdxBody(source.blocks)));
for (const actor of proposal.newActors) await create(path.join(root, 'actors', `${actor.id}.yaml`), actorFile(actor, id));

// The content checked again with the new files, as `npm run check:content` would.
const after = await readContentFolder(root);
const problems = [...after.problems, ...checkIntegrity(after.content)].filter((problem) => contentProblems.length === 0 || written.includes(problem.file));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`Wrote ${written.join(', ')} (${seconds} s): ${proposal.claims.length} proposed statements, ${proposal.newActors.length} new actors.`);
for (const warning of warnings) console.log(`Note: ${warning}`);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const reviews = draftsToReview(after.content).filter((review) => review.file === shown(articlePath));
console.log(`\n${formatByFile('To review before it is published (npm run check:content lists it too):', reviews)}`);
