import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../data/kb.ts';
import { STATEMENT_COLUMNS } from '../../data/dataset.ts';
import { csvChunks } from '../../utils/csv.ts';
import { jsonChunks, textStream } from '../../utils/serialize.ts';

const FILES = ['statements.json', 'actors.json', 'articles.json', 'outlets.json', 'events.json', 'topics.json', 'statements.csv'] as const;

export const getStaticPaths = (() => FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

// Streamed a few hundred records at a time: the large files are never one string in memory.
export const GET: APIRoute = async ({ params }) => {
  const dataset = await getDataset();
  if (params.file === 'statements.csv') {
    return new Response(textStream(csvChunks(dataset.statements, STATEMENT_COLUMNS)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const name = String(params.file).replace(/\.json$/, '') as keyof typeof dataset;
  return new Response(textStream(jsonChunks(dataset[name])), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
