/**
 * The built site as a reader's browser sees it: every HTML page, parsed by parse5 (the HTML standard's
 * parser, so markup is read exactly as a browser would read it), with source lines for messages.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export interface Page {
  /** The file, relative to the build folder, e.g. `articles/x/index.html`. */
  file: string;
  /** The address it is served at, including the base, e.g. `/inf-kb/articles/x/`. */
  path: string;
  html: string;
  document: DefaultTreeAdapterMap['document'];
}

/** Every file under `outDir`, relative to it, with `/` separators. */
export async function listFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

/** The address a built file is served at under `base`: `x/index.html` → `/base/x/`. */
export function addressOf(file: string, base = '/'): string {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return `${root}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function parsePage(file: string, html: string, base = '/'): Page {
  return { file, path: addressOf(file, base), html, document: parse(html, { sourceCodeLocationInfo: true }) };
}

/** Every HTML page of a build. */
export async function readPages(outDir: string, base = '/'): Promise<Page[]> {
  const files = (await listFiles(outDir)).filter((f) => f.endsWith('.html'));
  return Promise.all(files.map(async (file) => parsePage(file, await readFile(path.join(outDir, file), 'utf8'), base)));
}

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Every element in document order, template contents included. */
export function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
    if (child.tagName === 'template') yield* elements((child as DefaultTreeAdapterMap['template']).content);
  }
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The text a reader gets from an element: its text nodes joined (script and style contents included). */
export function textOf(node: ParentNode): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') out += (child as DefaultTreeAdapterMap['textNode']).value;
    else if (isElement(child)) out += textOf(child);
  }
  return out;
}

export function lineOf(element: Element): number {
  return element.sourceCodeLocation?.startLine ?? 0;
}

export function find(page: Page, predicate: (element: Element) => boolean): Element[] {
  return [...elements(page.document)].filter(predicate);
}

/** The content of `<meta name|property="key">`. */
export function metaContent(page: Page, key: string): string | undefined {
  const meta = find(page, (e) => e.tagName === 'meta' && (attr(e, 'name') === key || attr(e, 'property') === key))[0];
  return meta && attr(meta, 'content');
}
