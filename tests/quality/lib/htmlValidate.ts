/**
 * html-validate over built pages, with the project's configuration: the recommended and document
 * presets (valid markup, accessible names, unique ids and landmarks, label for every field, heading
 * order), less the rules that judge style rather than correctness (tests/quality/htmlvalidate.json):
 * - no-trailing-whitespace, doctype-style: how Astro lays out its output;
 * - long-title: a statement page's title is the speaker, the date and the start of the quote, so that a
 *   browser tab, a bookmark or a search result says which statement it is;
 * - require-sri only for other origins: the site loads nothing from elsewhere, and same-origin files
 *   need no integrity hash.
 * From the command line: `npm exec -- html-validate --config tests/quality/htmlvalidate.json 'dist/**\/*.html'`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type ConfigData } from 'html-validate';

const CONFIG_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'htmlvalidate.json');

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

let validator: Promise<HtmlValidate> | undefined;
function getValidator(): Promise<HtmlValidate> {
  validator ??= readFile(CONFIG_FILE, 'utf8').then((text) => new HtmlValidate(JSON.parse(text) as ConfigData));
  return validator;
}

/** Every error html-validate reports for one page; `file` names it in messages. */
export async function validateHtml(file: string, html: string): Promise<HtmlProblem[]> {
  const report = await (await getValidator()).validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.filter((m) => m.severity === 2).map((m) => ({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
  );
}

export function formatHtmlProblems(problems: HtmlProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} (${p.rule}, https://html-validate.org/rules/${p.rule}.html)`).join('\n');
}
