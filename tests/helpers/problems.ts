/** Reading back the report of `npm run check:content` and of a refused build (formatProblems in src/data/integrity.ts). */
import path from 'node:path';
import { cleanEnv, runCommand } from './build.ts';
import { ROOT } from './paths.ts';

export interface Reported { file: string; field: string; text: string }

/** The problems in a report: file lines, then `  field: problem.` and `    Fix: …` lines (the fix joined to its problem's text). */
export function reported(output: string): Reported[] {
  const found: Reported[] = [];
  let file = '';
  for (const line of output.split('\n')) {
    if (/^\S.*\.(mdx|ya?ml|md|json|txt)$/.test(line)) file = line;
    const problem = /^ {2}(\S.*?): (.*)$/.exec(line);
    if (problem && file && !line.startsWith('    ')) found.push({ file, field: problem[1] ?? '', text: problem[2] ?? '' });
    else if (/^ {4}Fix: /.test(line) && found.length > 0) found[found.length - 1]!.text += ` ${line.trim()}`;
  }
  return found;
}

/** `npm run check:content` over the content folder `dir`. */
export const checkContent = (dir: string) => runCommand(process.execPath, [path.join(ROOT, 'src/cli/check.ts')], { env: { ...cleanEnv(), KB_CONTENT: dir, NO_COLOR: '1' } });

/** `npm run addresses:record` over the content folder `dir`. */
export const recordAddresses = (dir: string) => runCommand(process.execPath, [path.join(ROOT, 'scripts/recordAddresses.ts')], { env: { ...cleanEnv(), KB_CONTENT: dir, NO_COLOR: '1' } });
