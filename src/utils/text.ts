/** Pure helpers for words shown to readers. */

/** "1 statement", "2 statements". */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/**
 * `text` with white space folded, cut to at most `max` characters at the end of a word, with "…"
 * when anything was cut. A word longer than the whole limit is cut where the limit falls.
 */
export function trimAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - 1);
  const cut = flat[max - 1] === ' ' ? room.length : room.lastIndexOf(' ');
  return `${(cut > 0 ? room.slice(0, cut) : room).replace(/[\s,;:–—-]+$/, '')}…`;
}

const languages = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language's English name from its BCP 47 code ("ru" → "Russian"); the code itself if unknown. */
export function languageName(code: string): string {
  try {
    return languages.of(code) ?? code;
  } catch {
    return code;
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to write into HTML, escaped as Astro escapes text (the site's one escaper). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
