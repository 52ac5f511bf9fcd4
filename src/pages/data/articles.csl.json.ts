import type { APIRoute } from 'astro';
import { getCitationRecords } from '../../data/citationStore.ts';
import { jsonChunks, textStream } from '../../utils/serialize.ts';

/** Every article's citation record, as its outlet published it. */
export const GET: APIRoute = async () =>
  new Response(textStream(jsonChunks((await getCitationRecords()).articles)), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
