/**
 * The one reader of content files: YAML (an actor's file, an article's frontmatter) and the split of
 * an `.mdx` file into frontmatter and body. Every part of the code that reads content goes through
 * here — the content check, the article loader, the body rules, the claim anchors, the tests — so they
 * cannot disagree on what a file says.
 *
 * Dates are read as written: js-yaml's default schema turns an unquoted `2019-03-19` into a Date at
 * midnight UTC and rolls an impossible `2019-02-30` over to 2 March, silently. With the core schema it
 * stays the text the editor typed, and the date schema (src/schemas/partialDate.ts) checks it.
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';

/** Parses YAML text; a syntax error throws js-yaml's error, which names the line. */
export const readYaml = (text: string, filename?: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA, ...(filename && { filename }) });

/**
 * An article file's frontmatter text and body, split as Astro's parseFrontmatter splits them (its
 * default, 'remove'), without parsing the YAML.
 */
export function splitArticle(source: string): { rawFrontmatter: string; body: string } {
  const rawFrontmatter = extractFrontmatter(source);
  if (rawFrontmatter === undefined) return { rawFrontmatter: '', body: source };
  return { rawFrontmatter, body: source.replace(`${fenceOf(source)}${rawFrontmatter}${fenceOf(source)}`, '') };
}

/** The body of an `.mdx` file with the frontmatter blanked out line for line, so line numbers are the file's. */
export function bodyWithLines(source: string): string {
  const rawFrontmatter = extractFrontmatter(source);
  if (rawFrontmatter === undefined) return source;
  const fence = fenceOf(source);
  return source.replace(`${fence}${rawFrontmatter}${fence}`, rawFrontmatter.replace(/[^\r\n]/g, ''));
}

/** An article file's frontmatter, parsed, and its body. */
export function readArticleSource(source: string, filename?: string): { frontmatter: Record<string, unknown>; body: string } {
  const { rawFrontmatter, body } = splitArticle(source);
  const data = readYaml(rawFrontmatter, filename);
  return { frontmatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body };
}

const fenceOf = (source: string) => /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(source)?.[1] ?? '---';
