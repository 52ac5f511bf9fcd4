/**
 * Two faults html-validate lets through and browsers quietly repair, checked with parse5's source
 * locations: markup after `</html>` (the parser moves it into the body; the Nu checker calls it a
 * stray tag), and a meta refresh whose value is not the standard's `<seconds>; url=<address>` (the
 * Nu checker refuses `0;url=…`). A redirect page must also say where it points for search engines:
 * `<link rel="canonical">` to the same address and `noindex`.
 */
import { attr, find, lineOf, metaContent, type Element, type Page } from './pages.ts';

export interface MarkupProblem {
  file: string;
  line: number;
  problem: string;
}

/** A valid refresh value that redirects (HTML standard, "refresh" state): seconds, ";", white space, "url=", an unquoted address. */
const REFRESH = /^\d+;[\t\n\f\r ]+url=(?!['"])(\S+)$/i;

export function markupProblems(page: Page): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const html = page.document.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html');
  const end = html?.sourceCodeLocation?.endTag;
  if (!end) problems.push({ file: page.file, line: 1, problem: 'has no </html> end tag' });
  else if (page.html.slice(end.endOffset).trim() !== '') {
    problems.push({ file: page.file, line: end.endLine, problem: `has markup after </html> ("${page.html.slice(end.endOffset).trim().slice(0, 60)}"): put it inside the layout (an element after </Base> is written after </html>)` });
  }
  for (const meta of find(page, (e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'refresh')) {
    const content = attr(meta, 'content') ?? '';
    const target = REFRESH.exec(content)?.[1];
    if (target === undefined) {
      problems.push({ file: page.file, line: lineOf(meta), problem: `has <meta http-equiv="refresh" content="${content}">, which is not a valid refresh: write "0; url=/new/address/"` });
      continue;
    }
    const canonical = find(page, (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')[0];
    const href = canonical && attr(canonical, 'href');
    if (!href || new URL(href).pathname !== target) problems.push({ file: page.file, line: lineOf(meta), problem: `redirects to ${target} but its <link rel="canonical"> is ${href ?? 'missing'}: search engines must be told the same address` });
    if (metaContent(page, 'robots') !== 'noindex') problems.push({ file: page.file, line: lineOf(meta), problem: 'redirects but lacks <meta name="robots" content="noindex">: the old address must not be indexed' });
  }
  return problems;
}

export function formatMarkupProblems(problems: MarkupProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.problem}`).join('\n');
}
