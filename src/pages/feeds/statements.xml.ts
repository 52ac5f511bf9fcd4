import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getKnowledgeBase, site, urls } from '../../data/kb.ts';
import { rssOptions, statementsFeed } from '../../data/feeds.ts';
import { makeShareUrls } from '../../utils/shareUrls.ts';

export const GET: APIRoute = async () => rss(rssOptions(statementsFeed((await getKnowledgeBase()).statements, urls, site), makeShareUrls(urls).feedStatements, site));
