/** The site's name and one-line description, used in titles, meta tags and citations. */
export const SITE_NAME = 'INF Treaty Statements';
export const SITE_DESCRIPTION =
  'A knowledge base of who said what about the collapse of the INF Treaty, 2019 onwards: every statement with its speaker, date and source.';
