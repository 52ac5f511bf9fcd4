/**
 * The W3C's Nu HTML Checker (vnu), the validator behind validator.w3.org/nu, run offline: the
 * `vnu-jar` package ships vnu.jar, and it needs Java 11 or later, which npm cannot install. Its
 * install script (which would download a Java runtime) is not run: package.json's allowScripts leaves it out.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export const JAVA_HELP = 'the Nu HTML Checker needs Java 11 or later: install it (on Debian, `apt-get install default-jre-headless`) or point JAVA_HOME at one';

/** The Java command to run vnu.jar with ($JAVA_HOME/bin/java, or `java` on the PATH), or undefined when there is none recent enough. */
export function findJava(): string | undefined {
  const java = process.env['JAVA_HOME'] ? path.join(process.env['JAVA_HOME'], 'bin', 'java') : 'java';
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const major = /version "(?:1\.)?(\d+)/.exec(`${run.stderr ?? ''}${run.stdout ?? ''}`)?.[1];
  return run.status === 0 && major !== undefined && Number(major) >= 11 ? java : undefined;
}

export interface NuProblem {
  /** The page, relative to the folder it was found in, e.g. `search/index.html`. */
  file: string;
  line: number;
  column: number;
  message: string;
}

interface NuMessage { type: string; subType?: string; url?: string; lastLine?: number; firstColumn?: number; message: string }

/** Every error the Nu HTML Checker finds in the HTML files under `folders` (one run of Java for all). */
export async function checkWithNu(java: string, folders: string[]): Promise<NuProblem[]> {
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    const child = spawn(java, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...folders], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit ?? 1, output: out }));
  });
  const json = output.slice(output.indexOf('{"'));
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(json) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`the Nu HTML Checker did not report (exit ${code}):\n${output}`);
  }
  const relative = (url = '') => {
    const file = url.startsWith('file:') ? fileURLToPath(url) : url;
    const folder = folders.find((f) => file.startsWith(path.resolve(f) + path.sep));
    return (folder ? path.relative(path.resolve(folder), file) : file).split(path.sep).join('/');
  };
  // "Cannot recover after last error" repeats the error before it.
  return messages.filter((m) => m.type === 'error' && m.subType !== 'fatal').map((m) => ({ file: relative(m.url), line: m.lastLine ?? 0, column: m.firstColumn ?? 0, message: m.message }));
}

export function formatNuProblems(problems: NuProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n');
}
