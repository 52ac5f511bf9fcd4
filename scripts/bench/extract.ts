/**
 * `npm run bench:extract`: how good `npm run new-article`'s proposals are. The proposer runs on each
 * curated article twice with its claims hidden — on the source text as received (/work/shared/sources
 * or $KB_SOURCES, through the same reading as the command) and on the article's body in
 * content/articles — and its proposals are scored against the curated statements (extractScore.ts:
 * recall, speaker accuracy among those found, precision). Prints a table per article and overall;
 * `--details` lists each miss, wrong speaker and unmatched proposal. A report of figures, not a test.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFolder, splitArticle } from '../../src/data/contentFolder.ts';
import { contentRoot } from '../../src/data/contentRoot.ts';
import { editorKnowledge } from '../../src/editor/knowledge.ts';
import { proposeStatements } from '../../src/editor/propose.ts';
import { mdxParagraphs, paragraphTexts, readTextSource } from '../../src/editor/source.ts';
import { percent, score, type Score } from './extractScore.ts';

const { values } = parseArgs({ options: { details: { type: 'boolean', default: false }, sources: { type: 'string' } } });
const sources = path.resolve(values.sources ?? process.env['KB_SOURCES'] ?? '/work/shared/sources');
const root = contentRoot();
const { content, problems } = await readContentFolder(root);
if (problems.length > 0) throw new Error(`The content does not pass its check; run npm run check:content.`);
const knowledge = editorKnowledge(content);
const sourceFiles = new Set(await readdir(sources).catch(() => [] as string[]));

const rows: { article: string; input: string; score: Score; seconds: number }[] = [];
for (const article of content.articles.filter((a) => a.data.draft !== true)) {
  const curated = article.data.claims.map((c) => ({ id: c.id, speaker: c.speaker, quote: c.quote, kind: c.kind }));
  const inputs: [string, string[]][] = [];
  if (sourceFiles.has(`${article.id}.txt`)) inputs.push(['source text', paragraphTexts(readTextSource(await readFile(path.join(sources, `${article.id}.txt`), 'utf8')).blocks)]);
  inputs.push(['article body', mdxParagraphs(splitArticle(await readFile(path.join(root, 'articles', `${article.id}.mdx`), 'utf8')).body)]);
  for (const [input, paragraphs] of inputs) {
    const started = performance.now();
    const proposal = proposeStatements({ paragraphs, date: article.data.date.iso, actors: knowledge.actors, topics: knowledge.topics, events: knowledge.events, outlets: knowledge.outlets, takenIds: [] });
    rows.push({ article: article.id, input, score: score(curated, proposal.claims), seconds: (performance.now() - started) / 1000 });
  }
}

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = [line(['article', 'input', 'curated', 'found', 'recall', 'speaker right', 'kind right', 'proposed', 'precision']), line(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:'])];
const sum = (list: typeof rows) => list.reduce((t, r) => ({ curated: t.curated + r.score.curated, found: t.found + r.score.found, speakerRight: t.speakerRight + r.score.speakerRight, kindRight: t.kindRight + r.score.kindRight, proposed: t.proposed + r.score.proposed, correct: t.correct + r.score.correct }), { curated: 0, found: 0, speakerRight: 0, kindRight: 0, proposed: 0, correct: 0 });
const cells = (s: ReturnType<typeof sum>) => [String(s.curated), String(s.found), percent(s.found, s.curated), percent(s.speakerRight, s.found), percent(s.kindRight, s.found), String(s.proposed), percent(s.correct, s.proposed)];
for (const row of rows) table.push(line([row.article, row.input, ...cells(sum([row]))]));
for (const input of ['source text', 'article body']) {
  const of = rows.filter((r) => r.input === input);
  if (of.length > 0) table.push(line([`**all ${of.length}**`, input, ...cells(sum(of))]));
}
console.log(table.join('\n'));
console.log(`\nProposing took ${rows.reduce((t, r) => t + r.seconds, 0).toFixed(2)} s for ${rows.length} runs.`);

if (values.details) {
  for (const row of rows) {
    const { missed, wrongSpeaker, unmatched } = row.score;
    if (missed.length + wrongSpeaker.length + unmatched.length === 0) continue;
    console.log(`\n## ${row.article} (${row.input})`);
    for (const c of missed) console.log(`  missed    [${c.speaker}] ${c.quote.replace(/\s+/g, ' ').slice(0, 140)}`);
    for (const w of wrongSpeaker) console.log(`  speaker   [${w.curated.speaker} ≠ ${w.proposed.speaker.id}] ${w.curated.quote.replace(/\s+/g, ' ').slice(0, 120)}`);
    for (const p of unmatched) console.log(`  unmatched [${p.speaker.id}] ${p.quote.slice(0, 140)}`);
  }
}
