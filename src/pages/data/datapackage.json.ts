import type { APIRoute } from 'astro';
import { getKnowledgeBase, site, urls } from '../../data/kb.ts';
import { dataPackage, datasetCounts } from '../../data/datasetSchema.ts';
import { BUILD_DATE } from '../../data/buildDate.ts';

/** The Frictionless Data Package descriptor of /data/ (src/data/datasetSchema.ts). */
export const GET: APIRoute = async () => {
  const counts = datasetCounts(await getKnowledgeBase());
  return new Response(`${JSON.stringify(dataPackage({ urls, site, built: BUILD_DATE, counts }), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
