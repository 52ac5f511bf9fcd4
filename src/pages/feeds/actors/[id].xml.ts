import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKnowledgeBase, site, urls, type Actor } from '../../../data/kb.ts';
import { rssOptions, statementsFeed } from '../../../data/feeds.ts';
import { makeShareUrls } from '../../../utils/shareUrls.ts';

export const getStaticPaths = (async () => (await getKnowledgeBase()).actors.map((actor) => ({ params: { id: actor.id }, props: { actor } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { actor } = props as { actor: Actor };
  return rss(rssOptions(statementsFeed(actor.statements, urls, site, { title: `statements by ${actor.name}`, page: urls.actor(actor.id) }), makeShareUrls(urls).feedActor(actor.id), site));
};
