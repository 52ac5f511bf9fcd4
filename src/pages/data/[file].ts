import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../data/kb.ts';
import { STATEMENT_COLUMNS } from '../../data/dataset.ts';
import { toCsv } from '../../utils/csv.ts';

const FILES = ['statements.json', 'actors.json', 'articles.json', 'outlets.json', 'events.json', 'topics.json', 'statements.csv'] as const;

export const getStaticPaths = (() => FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const dataset = await getDataset();
  if (params.file === 'statements.csv') {
    return new Response(toCsv(dataset.statements, STATEMENT_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const name = String(params.file).replace(/\.json$/, '') as keyof typeof dataset;
  return new Response(`${JSON.stringify(dataset[name], null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
