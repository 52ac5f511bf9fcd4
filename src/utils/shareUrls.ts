/**
 * Addresses of what a reader takes away from a page: citation files, preview images, feeds, the
 * sitemap and the data package. Built on the site's URL builders (urls.ts), so the base is respected.
 * These addresses are published (in feeds, link previews, reference managers): keep them stable.
 */
import type { SiteUrls } from './urls.ts';

/** The citation files beside every statement and article page: `statements/<id>/cite.bib` and so on. */
export const CITATION_FILES = [
  { ext: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json', about: 'for Zotero, Mendeley, pandoc and citeproc' },
  { ext: 'bib', label: 'BibTeX', type: 'application/x-bibtex', about: 'for LaTeX and JabRef' },
  { ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems', about: 'for EndNote, Zotero, Mendeley and Papers' },
] as const;
export type CitationFileExt = (typeof CITATION_FILES)[number]['ext'];

/** The kinds of page with a preview image of their own; every other page shows the home page's. */
export type PreviewKind = 'articles' | 'actors' | 'events' | 'topics';

export interface ShareUrls {
  statementCitation: (id: string, ext: CitationFileExt) => string;
  articleCitation: (id: string, ext: CitationFileExt) => string;
  /** `og/articles/<id>.png`; without an id, the home page's image (`og/home.png`), which every other page shows. */
  previewImage: (kind?: PreviewKind, id?: string) => string;
  feedArticles: string;
  feedStatements: string;
  feedActor: (id: string) => string;
  feedTopic: (id: string) => string;
  sitemap: string;
  dataPackage: string;
}

export function makeShareUrls(urls: SiteUrls): ShareUrls {
  const file = (path: string) => urls.asset(path.split('/').map(encodeURIComponent).join('/'));
  return {
    statementCitation: (id, ext) => `${urls.statement(id)}cite.${ext}`,
    articleCitation: (id, ext) => `${urls.article(id)}cite.${ext}`,
    previewImage: (kind, id) => (kind && id ? file(`og/${kind}/${id}.png`) : file('og/home.png')),
    feedArticles: file('feeds/articles.xml'),
    feedStatements: file('feeds/statements.xml'),
    feedActor: (id) => file(`feeds/actors/${id}.xml`),
    feedTopic: (id) => file(`feeds/topics/${id}.xml`),
    sitemap: file('sitemap-index.xml'),
    dataPackage: urls.dataFile('datapackage.json'),
  };
}
