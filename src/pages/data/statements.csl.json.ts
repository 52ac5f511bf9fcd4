import type { APIRoute } from 'astro';
import { getCitationRecords } from '../../data/citationStore.ts';
import { jsonChunks, textStream } from '../../utils/serialize.ts';

/** Every statement's citation record, for importing the whole knowledge base into a reference manager. */
export const GET: APIRoute = async () =>
  new Response(textStream(jsonChunks((await getCitationRecords()).statements)), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
