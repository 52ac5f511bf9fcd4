/**
 * Checks every internal link of a built site: each address must be a file the static host serves,
 * and each `#anchor` an id on the page it points to. Links are read from the HTML as a browser reads
 * them (`href`, `src`, form `action`, a redirect page's meta refresh) and, when `site` is given,
 * absolute links to the site's own origin (canonical, og:url) count as internal too.
 */
import { attr, elements, lineOf, type Page } from './pages.ts';

export interface LinkProblem {
  /** The page to fix (file in the build) and the line of the link. */
  file: string;
  line: number;
  href: string;
  problem: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  anchors: number;
  problems: LinkProblem[];
}

const ORIGIN = 'http://site.invalid';

function linksOf(page: Page): { href: string; line: number }[] {
  const out: { href: string; line: number }[] = [];
  for (const element of elements(page.document)) {
    const add = (value: string | undefined) => value !== undefined && out.push({ href: value, line: lineOf(element) });
    const tag = element.tagName;
    if (tag === 'a' || tag === 'area' || tag === 'link') add(attr(element, 'href'));
    if (tag === 'script' || tag === 'img' || tag === 'iframe' || tag === 'source' || tag === 'audio' || tag === 'video') add(attr(element, 'src'));
    if (tag === 'form') add(attr(element, 'action'));
    if (tag === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'refresh') add(/url=(.*)$/i.exec(attr(element, 'content') ?? '')?.[1]);
    if (tag === 'meta' && attr(element, 'property') === 'og:url') add(attr(element, 'content'));
  }
  return out;
}

/**
 * Every broken internal link in `pages`, whose files are `files` (every file of the build, relative,
 * with `/`), served under `base`; `site` is the public origin, e.g. `https://inf-treaty-kb.org`.
 */
export function checkLinks(pages: Page[], files: string[], options: { base?: string; site?: string } = {}): LinkReport {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const served = new Set(files);
  const ids = new Map<string, Set<string>>();
  for (const page of pages) {
    const set = new Set<string>();
    for (const element of elements(page.document)) {
      const id = attr(element, 'id') ?? (element.tagName === 'a' ? attr(element, 'name') : undefined);
      if (id) set.add(id);
    }
    ids.set(page.file, set);
  }
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const problems: LinkProblem[] = [];
  let links = 0;
  let anchors = 0;
  for (const page of pages) {
    for (const { href, line } of linksOf(page)) {
      const report = (problem: string) => problems.push({ file: page.file, line, href, problem });
      let url: URL;
      try {
        url = new URL(href, `${ORIGIN}${page.path}`);
      } catch {
        report('is not a valid address');
        continue;
      }
      if (url.origin !== ORIGIN) {
        if (url.origin !== siteOrigin) continue;
        url = new URL(`${url.pathname}${url.search}${url.hash}`, ORIGIN);
      }
      links++;
      if (!url.pathname.startsWith(base)) {
        report(`points outside the site's base ${base}: build the link with the URL helpers in src/utils/urls.ts`);
        continue;
      }
      const relative = decodeURIComponent(url.pathname.slice(base.length));
      const target = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
      if (!served.has(target)) {
        const hint = served.has(`${relative}/index.html`) ? ` (the page is ${url.pathname}/: end the link with a slash)` : '';
        report(`no page at ${url.pathname}: the build has no ${target}${hint}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment) continue;
      anchors++;
      const targetIds = ids.get(target);
      if (!targetIds) {
        report(`#${fragment} points into ${target}, which is not an HTML page`);
      } else if (!targetIds.has(fragment)) {
        report(`no element with id="${fragment}" on ${url.pathname} (${target})`);
      }
    }
  }
  return { pages: pages.length, links, anchors, problems };
}

export function formatLinkProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: link "${p.href}" ${p.problem}`).join('\n');
}
