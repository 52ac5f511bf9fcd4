import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getKnowledgeBase, site, urls } from '../../data/kb.ts';
import { articlesFeed, rssOptions } from '../../data/feeds.ts';
import { makeShareUrls } from '../../utils/shareUrls.ts';

export const GET: APIRoute = async () => rss(rssOptions(articlesFeed((await getKnowledgeBase()).articles, urls, site), makeShareUrls(urls).feedArticles, site));
