/**
 * A CSL-JSON record (citations.ts) as the files reference managers import: BibTeX and RIS, written by
 * Citation.js. Used at the end of the build (src/integrations/citationFiles.ts) for every statement's
 * and article's download links, and by the tests, which read each file back with the same library.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './citations.ts';

// The entry's key is its id (a statement's permanent id), not one made up from author, year and title,
// so that a reader's bibliography keeps one key per statement however many they cite by one speaker.
(plugins.config.get('@bibtex') as unknown as { format: { useIdAsLabel: boolean } }).format.useIdAsLabel = true;

export function toBibtex(item: CslItem): string {
  return `${(new Cite(item).format('bibtex') as string).trim()}\n`;
}

/** Citation.js's RIS fields of a record, in the 2011 tag set. */
const risFields = (item: CslItem) => {
  const [entry] = new Cite(item).format('ris', { format: 'object', spec: 'new' }) as Record<string, string | string[]>[];
  if (!entry) throw new Error(`Citation.js wrote no RIS for "${item.id}"`);
  return entry;
};

/**
 * RIS (2011 tags). Citation.js's table for a newspaper item (NEWS) leaves out the author and the date,
 * which the RIS specification gives NEWS as AU and DA: they are taken as Citation.js writes them for
 * the same record as a magazine item, whose table has them. Each field is on one line: Citation.js
 * wraps values at 70 characters, and its own reader (like others) joins continuation lines with a
 * space, which would split words.
 */
export function toRis(item: CslItem): string {
  const entry = risFields(item);
  if (entry['TY'] === 'NEWS') {
    const { AU, DA } = risFields({ ...item, type: 'article-magazine' } as unknown as CslItem);
    Object.assign(entry, AU === undefined ? {} : { AU }, DA === undefined ? {} : { DA });
  }
  const { TY, ER: _end, ...rest } = entry;
  const lines = [`TY  - ${String(TY)}`];
  for (const [tag, value] of Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))) for (const one of [value].flat()) lines.push(`${tag}  - ${String(one).replace(/\s+/g, ' ')}`);
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}
