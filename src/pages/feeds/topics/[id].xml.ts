import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKnowledgeBase, site, urls, type Topic } from '../../../data/kb.ts';
import { rssOptions, statementsFeed } from '../../../data/feeds.ts';
import { makeShareUrls } from '../../../utils/shareUrls.ts';

export const getStaticPaths = (async () => (await getKnowledgeBase()).topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { topic } = props as { topic: Topic };
  return rss(rssOptions(statementsFeed(topic.statements, urls, site, { title: `statements on ${topic.name}`, page: urls.topic(topic.id) }), makeShareUrls(urls).feedTopic(topic.id), site));
};
