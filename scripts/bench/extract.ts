/**
 * `npm run bench:extract`: how good `npm run new-article`'s proposals are. The proposer runs on each
 * curated article twice with its claims hidden — on the source text as received (../shared/sources
 * or --sources DIR, through the same reading as the command) and on the article's body in
 * content/articles — and its proposals are scored against the curated statements (extractScore.ts:
 * recall, speaker accuracy among those found, precision). Prints a table per article and overall;
 * `--details` lists each miss, wrong speaker and unmatched proposal. A report of figures, not a test.
 *
 * The actors in content/ were written from these very articles, with every spelling they print. So
 * each source text is also run "cold": the actors no other article names are hidden, as they would be
 * for an article never seen, and a proposed new actor counts as the right speaker when its name or an
 * alias is a spelling (transliteration forgiven) of the hidden actor the curators made.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFolder } from '../../src/data/contentFolder.ts';
import { splitArticle } from '../../src/data/articleFile.ts';
import { settings } from '../../src/settings.ts';
import { editorKnowledge } from '../../src/editor/knowledge.ts';
import { transliterationKey } from '../../src/editor/names.ts';
import { proposeStatements } from '../../src/editor/propose.ts';
import { mdxParagraphs, paragraphTexts, readTextSource } from '../../src/editor/source.ts';
import { percent, score, type Score } from './extractScore.ts';
import { ROOT } from '../../tests/helpers/paths.ts';

const { values } = parseArgs({ options: { details: { type: 'boolean', default: false }, sources: { type: 'string' } } });
// The source texts as received sit beside the project, in ../shared/sources.
const sources = path.resolve(values.sources ?? path.join(ROOT, '..', 'shared', 'sources'));
const root = settings.content;
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
  // Actors no other article names: unknown to an editor adding this article first.
  const elsewhere = new Set(content.articles.filter((a) => a !== article).flatMap((a) => [...a.data.speakers, ...a.data.claims.map((c) => c.speaker)]));
  const hidden = knowledge.actors.filter((actor) => !elsewhere.has(actor.id));
  const cold = { ...knowledge, actors: knowledge.actors.filter((actor) => elsewhere.has(actor.id)) };
  if (inputs.length > 1) inputs.push(['source, cold', inputs[0]![1]]);
  for (const [input, paragraphs] of inputs) {
    const known = input === 'source, cold' ? cold : knowledge;
    const started = performance.now();
    const proposal = proposeStatements({ paragraphs, date: article.data.date.iso, actors: known.actors, topics: known.topics, events: known.events, outlets: known.outlets, takenIds: [] });
    const seconds = (performance.now() - started) / 1000;
    // A new actor stands for the hidden actor whose spellings include its name or an alias.
    const spellings = new Map(hidden.flatMap((actor) => [actor.name, ...actor.aliases].map((name) => [transliterationKey(name), actor.id] as const)));
    const claims = proposal.claims.map((claim) => {
      const fresh = proposal.newActors.find((actor) => actor.id === claim.speaker.id);
      const stands = fresh && [fresh.name, ...fresh.aliases].map((name) => spellings.get(transliterationKey(name))).find(Boolean);
      return stands ? { ...claim, speaker: { ...claim.speaker, id: stands } } : claim;
    });
    rows.push({ article: article.id, input, score: score(curated, claims), seconds });
  }
}

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = [line(['article', 'input', 'curated', 'found', 'recall', 'speaker right', 'kind right', 'proposed', 'precision']), line(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:'])];
const sum = (list: typeof rows) => list.reduce((t, r) => ({ curated: t.curated + r.score.curated, found: t.found + r.score.found, speakerRight: t.speakerRight + r.score.speakerRight, kindRight: t.kindRight + r.score.kindRight, proposed: t.proposed + r.score.proposed, correct: t.correct + r.score.correct }), { curated: 0, found: 0, speakerRight: 0, kindRight: 0, proposed: 0, correct: 0 });
const cells = (s: ReturnType<typeof sum>) => [String(s.curated), String(s.found), percent(s.found, s.curated), percent(s.speakerRight, s.found), percent(s.kindRight, s.found), String(s.proposed), percent(s.correct, s.proposed)];
for (const row of rows) table.push(line([row.article, row.input, ...cells(sum([row]))]));
for (const input of ['source text', 'source, cold', 'article body']) {
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
