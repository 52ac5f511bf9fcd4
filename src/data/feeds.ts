/**
 * RSS feeds for following the knowledge base: new articles, new statements, and a feed per actor and
 * per topic, each the latest FEED_LIMIT items, newest first. A statement's item carries the quote, who
 * said it, when, and the permanent link; an article's its outlet, date and summary. Statements are
 * ordered by the date they were made (the knowledge base records no date of entry), so a statement
 * added today about 2019 appears in its place in 2019, not at the top. Pure: built from the linked
 * knowledge base and the site's URLs; the routes in src/pages/feeds/ hand the result to @astrojs/rss.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Article, Statement } from './model.ts';
import { outletLabel } from './citations.ts';
import { formatDate, dateSpan, type PartialDate } from '../utils/partialDate.ts';
import { absoluteUrl, type SiteUrls } from '../utils/urls.ts';
import { trimAtWord } from '../utils/preview.ts';
import { escapeHtml } from '../utils/embed.ts';
import { SITE_NAME } from '../utils/site.ts';

export const FEED_LIMIT = 50;

/** The first day a partial date can mean, at noon UTC so no time zone moves it to the day before. */
export const feedDate = (date: PartialDate): Date => new Date(`${dateSpan(date).first}T12:00:00Z`);

/** The newest `limit` of a list kept oldest first. */
const newest = <T>(items: readonly T[], limit = FEED_LIMIT): T[] => items.slice(-limit).reverse();

export function statementItem(s: Statement, urls: SiteUrls, site: string): RSSFeedItem {
  const link = absoluteUrl(urls.statement(s.id), site);
  const said = formatDate(s.said);
  return {
    title: `${s.speaker.name}: ${trimAtWord(s.quote, 100)}`,
    link,
    pubDate: feedDate(s.said),
    description: `${s.quote} — ${s.speaker.name}, ${said}, reported in “${s.article.title}”, ${outletLabel(s.article)}. Permanent link: ${link}`,
    categories: s.topics.map((t) => t.name),
    customData: `<dc:creator>${escapeHtml(s.speaker.name)}</dc:creator>`,
  };
}

export function articleItem(a: Article, urls: SiteUrls, site: string): RSSFeedItem {
  const link = absoluteUrl(urls.article(a.id), site);
  return {
    title: a.title,
    link,
    pubDate: feedDate(a.date),
    description: `${outletLabel(a)}, ${formatDate(a.date)}. ${a.summary} (${a.statements.length} statement${a.statements.length === 1 ? '' : 's'} recorded.)`,
    categories: [...new Set(a.statements.flatMap((s) => s.topics.map((t) => t.name)))],
    customData: `<dc:creator>${escapeHtml(outletLabel(a))}</dc:creator>`,
  };
}

export interface Feed {
  title: string;
  description: string;
  /** The page the feed follows. */
  page: string;
  items: RSSFeedItem[];
}

/** Options for @astrojs/rss: Dublin Core for each item's speaker or outlet, the feed's own address as Atom's self link. */
export function rssOptions(feed: Feed, self: string, site: string): RSSOptions {
  return {
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(feed.page, site),
    items: feed.items,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${escapeHtml(absoluteUrl(self, site))}" rel="self" type="application/rss+xml"/>`,
  };
}

export const articlesFeed = (articles: readonly Article[], urls: SiteUrls, site: string): Feed => ({
  title: `${SITE_NAME}: new articles`,
  description: `The latest ${FEED_LIMIT} articles recorded, newest first, with the statements each reports.`,
  page: urls.articles,
  // Kept newest first by the knowledge base.
  items: articles.slice(0, FEED_LIMIT).map((a) => articleItem(a, urls, site)),
});

export const statementsFeed = (statements: readonly Statement[], urls: SiteUrls, site: string, about?: { title: string; page: string }): Feed => ({
  title: about ? `${SITE_NAME}: ${about.title}` : `${SITE_NAME}: new statements`,
  description: `The latest ${FEED_LIMIT} statements${about ? ` ${about.title.replace(/^statements /, '')}` : ''} by the date they were made, newest first: the quote, who said it, when, and where it was reported.`,
  page: about?.page ?? urls.timeline,
  items: newest(statements).map((s) => statementItem(s, urls, site)),
});
