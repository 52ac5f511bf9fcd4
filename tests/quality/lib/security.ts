/**
 * The site's Content-Security-Policy as static hosts send it (public/_headers) and as every page
 * carries it (<meta http-equiv>), and a check of built pages against both: nothing inline runs or
 * styles unless its hash is allowed, and every link to another site has rel="noopener noreferrer".
 */
import { createHash } from 'node:crypto';
import { attr, elements, lineOf, textOf, type Element, type Page } from './pages.ts';

export type Policy = Map<string, string[]>;

/** `a b; c d` → {a: [b], c: [d]} (directive names lower-cased, as browsers read them). */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** The headers a `_headers` file (Netlify, Cloudflare Pages) sets for `path`. */
export function headersFor(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of file.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      applies = pattern.test(path);
    } else if (applies) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

/** The directive a browser applies to a kind of resource, falling back as CSP level 3 says. */
export function effective(policy: Policy, directive: 'script-src' | 'style-src'): string[] | undefined {
  return policy.get(directive) ?? policy.get('default-src');
}

/** The hash source a browser computes for an inline script or style, e.g. `'sha256-…'`. */
export function hashSource(text: string, algorithm: 'sha256' | 'sha384' | 'sha512' = 'sha256'): string {
  return `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;
}

function allowsInline(sources: string[] | undefined, text: string): boolean {
  if (sources === undefined) return true;
  if (sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(sha\d+|nonce)-/.test(s))) return true;
  return (['sha256', 'sha384', 'sha512'] as const).some((algorithm) => sources.includes(hashSource(text, algorithm)));
}

/** Script types a browser executes (anything else, e.g. application/ld+json, is a data block). */
const EXECUTED = /^(|text\/javascript|application\/javascript|module)$/i;

export interface SecurityProblem {
  file: string;
  line: number;
  problem: string;
}

/** The Content-Security-Policy <meta> element. */
export const isCspMeta = (e: Element) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy';

export function metaPolicy(page: Page): Policy | undefined {
  const meta = [...elements(page.document)].find(isCspMeta);
  return meta ? parsePolicy(attr(meta, 'content') ?? '') : undefined;
}

export const isRedirectPage = (page: Page) =>
  [...elements(page.document)].some((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'refresh');

/**
 * What `header` (the policy from public/_headers) and each page's own meta policy would block on
 * the pages as built, and every link to another origin than `site` that lacks rel="noopener noreferrer".
 */
export function checkPages(pages: Page[], header: Policy, site: string): SecurityProblem[] {
  const problems: SecurityProblem[] = [];
  const origin = new URL(site).origin;
  for (const page of pages) {
    const report = (line: number, problem: string) => problems.push({ file: page.file, line, problem });
    const meta = metaPolicy(page);
    if (!meta && !isRedirectPage(page)) report(1, 'has no <meta http-equiv="content-security-policy">: does the page use src/layouts/Base.astro?');
    const policies: [string, Policy | undefined][] = [['the page’s meta policy', meta], ['the header policy in public/_headers', header]];
    for (const element of elements(page.document)) {
      const line = lineOf(element);
      if (element.tagName === 'script' && attr(element, 'src') === undefined && EXECUTED.test(attr(element, 'type') ?? '')) {
        const text = textOf(element);
        for (const [name, policy] of policies) {
          if (policy && !allowsInline(effective(policy, 'script-src'), text)) report(line, `has an inline <script> that ${name} blocks: move it to a file (an Astro <script> without is:inline), or allow its hash ${hashSource(text)}`);
        }
      }
      if (element.tagName === 'style') {
        const text = textOf(element);
        for (const [name, policy] of policies) {
          if (policy && !allowsInline(effective(policy, 'style-src'), text)) report(line, `has an inline <style> that ${name} blocks: put the rules in src/styles/ or the component's stylesheet`);
        }
      }
      for (const { name } of element.attrs) {
        if (name === 'style') report(line, `has a style="" attribute on <${element.tagName}>, which the Content-Security-Policy blocks: use a class`);
        if (/^on/i.test(name)) report(line, `has an inline event handler ${name}="" on <${element.tagName}>, which the Content-Security-Policy blocks: attach it from a script file`);
      }
      const href = element.tagName === 'a' ? attr(element, 'href') : undefined;
      if (href && /^(https?:)?\/\//i.test(href) && new URL(href, site).origin !== origin) {
        const rel = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) report(line, `links to another site (${href}) without rel="noopener noreferrer"`);
      }
    }
  }
  return problems;
}

export function formatSecurityProblems(problems: SecurityProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.problem}`).join('\n');
}
