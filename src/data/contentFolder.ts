/**
 * Reads a content folder straight from disk, the way Astro's loaders do (js-yaml for YAML files and
 * frontmatter), and parses every entry with the same schemas. The `check` command, the build (first,
 * through src/integrations/contentCheck.ts) and the tests use it to check content in a second or two.
 * One difference on purpose: dates are read as written. js-yaml's default schema turns an unquoted
 * impossible date such as 2019-02-30 into 2 March 2019 without a word (and so do Astro's loaders);
 * read as text, the date schema rejects it.
 * Article bodies are read as the article loader reads them (src/integrations/articleLoader.ts), so a
 * body MDX would run code in is refused here first, with the loader's own words.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readYaml, splitArticle } from './articleFile.ts';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { ADDRESS_FILES } from '../schemas/addresses.ts';
import type { ContentEntries, Problem } from './integrity.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { articleBodyProblems } from './articleBody.ts';
import { printedPassages } from '../utils/quoteText.ts';

/** Paths in messages are relative to the folder the command runs in, e.g. `content/articles/x.mdx`. */
export const shown = (file: string) => path.relative(process.cwd(), file) || file;

/** The files at the content folder's root that keep addresses alive (src/schemas/addresses.ts). */
const ROOT_FILES = new Set<string>(Object.values(ADDRESS_FILES));

/**
 * Every file under `root` that no collection reads, or reads under a bad name: such a file would be
 * silently skipped. The address files at the root (addresses.txt, redirects.yaml, withdrawn.yaml) are read by src/data/ledger.ts.
 */
export async function findMisplacedFiles(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const folders = new Map<string, (typeof COLLECTIONS)[CollectionName]>(Object.values(COLLECTIONS).map((c) => [c.folder, c]));
  const listing = await readdir(root, { recursive: true, withFileTypes: true });
  for (const item of listing) {
    if (!item.isFile() || item.name.startsWith('.') || item.name === 'README.md') continue;
    const full = path.join(item.parentPath, item.name);
    const relative = path.relative(root, full).split(path.sep);
    const [folder, ...rest] = relative;
    if (rest.length === 0 && folder !== undefined && ROOT_FILES.has(folder)) continue;
    const collection = folder === undefined ? undefined : folders.get(folder);
    const extension = path.extname(item.name);
    const home = Object.values(COLLECTIONS).find((c) => (c.extensions as readonly string[]).includes(extension));
    const where = home ? `move it to ${path.join(shown(root), home.folder)}/` : `content files are .mdx (articles) or .yaml (actors, outlets, events, topics)`;
    if (!collection || rest.length !== 1) {
      problems.push({ file: shown(full), field: '', problem: 'this file is not in a collection folder, so it would be ignored', fix: where });
    } else if (!(collection.extensions as readonly string[]).includes(extension)) {
      problems.push({ file: shown(full), field: '', problem: `a ${extension || 'extension-less'} file does not belong in ${folder}/, so it would be ignored`, fix: where });
    } else if (!SLUG_PATTERN.test(path.basename(item.name, extension))) {
      problems.push({ file: shown(full), field: '', problem: 'the file name is its permanent id and must be lowercase kebab-case', fix: `rename it, e.g. to ${slugify(path.basename(item.name, extension))}${extension}` });
    }
  }
  return problems;
}

function slugify(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entry';
}

/** Zod's issues as problems naming the file and the field path. */
export function schemaProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    field: formatPath(issue.path),
    problem: issue.message,
    fix: fixFor(issue),
  }));
}

function formatPath(parts: readonly PropertyKey[]): string {
  return parts.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

function fixFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `remove ${issue.keys.map((key) => `"${key}"`).join(', ')} or correct the spelling (see the fields listed in src/schemas/)`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'add this required field';
  return 'correct the value as described';
}

/** Files read at once: reading one at a time left the check waiting on the disk for a quarter of its time. */
const READ_CONCURRENCY = 16;

/** The files' texts, read a few at a time, in the order given. */
async function readAll(files: string[]): Promise<string[]> {
  const texts: string[] = new Array(files.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < files.length; i = next++) texts[i] = await readFile(files[i] as string, 'utf8');
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, reader));
  return texts;
}

/**
 * YAML text as data, dates read as written (src/data/articleFile.ts), or the problem naming the file.
 * `full` is the file's path, for js-yaml's messages.
 */
export function readYamlOrProblem(text: string, full: string): { data: unknown } | { problem: Problem } {
  try {
    return { data: readYaml(text, full) };
  } catch (error) {
    return { problem: { file: shown(full), field: '', problem: `the YAML cannot be read: ${(error as Error).message.split('\n')[0]}`, fix: 'correct the YAML syntax (indentation, a colon after each field name, quotes around text containing ": ")' } };
  }
}

export interface ReadOptions {
  /**
   * Find each claim's printed passage in its article's body (what the integrity check's quote rule
   * needs); true by default. The content check at the start of a build checks schemas and bodies only
   * and leaves the passages to the build (src/data/kb.ts).
   */
  passages?: boolean;
}

/** Loads and parses every entry; returns the entries that parsed and the problems of those that did not. */
export async function readContentFolder(root: string, options: ReadOptions = {}): Promise<{ content: ContentEntries; problems: Problem[] }> {
  const problems = await findMisplacedFiles(root);
  const content: ContentEntries = { articles: [], actors: [], outlets: [], events: [], topics: [] };
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { folder, extensions, schema } = COLLECTIONS[name];
    const dir = path.join(root, folder);
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => (extensions as readonly string[]).includes(path.extname(f))).sort();
    const sources = await readAll(files.map((fileName) => path.join(dir, fileName)));
    for (const [index, fileName] of files.entries()) {
      const full = path.join(dir, fileName);
      const file = shown(full);
      const id = path.basename(fileName, path.extname(fileName));
      const source = sources[index] as string;
      const parsed = name === 'articles' ? splitArticle(source) : { rawFrontmatter: source, body: '' };
      const { body } = parsed;
      const read = readYamlOrProblem(parsed.rawFrontmatter, full);
      if ('problem' in read) {
        problems.push(read.problem);
        continue;
      }
      const raw = read.data;
      const result = schema.safeParse(raw ?? {});
      if (!result.success) {
        problems.push(...schemaProblems(file, result.error));
        continue;
      }
      if (name === 'articles') {
        // Anything MDX would run in the body (elements, expressions, imports), as the article loader reads it.
        problems.push(...articleBodyProblems(file, source));
        const data = result.data as ContentEntries['articles'][number]['data'];
        const passages = options.passages === false ? new Map<string, string | null>() : printedPassages(body, data.claims.map((claim) => claim.quote));
        content.articles.push({ id, file, data, passages });
      } else (content[name] as { id: string; file: string; data: unknown }[]).push({ id, file, data: result.data });
    }
  }
  return { content, problems };
}
