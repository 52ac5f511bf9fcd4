/**
 * Runs a command the way the benchmark times it: wall time, CPU time and peak memory of the whole
 * process tree (GNU time's figures where /usr/bin/time exists, and the peak of every process seen
 * in /proc, polled), with every line it prints stamped with the moment it arrived.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';

export interface TimedLine {
  /** Seconds since the command started. */
  at: number;
  text: string;
}

export interface ProcessPeak {
  pid: number;
  /** The program and its first argument, e.g. `node astro.mjs` or `pagefind_extended`. */
  name: string;
  peakRssMB: number;
}

export interface MeasuredRun {
  code: number;
  wallSeconds: number;
  /** User plus system CPU time of the command and every process it waited for. */
  cpuSeconds: number;
  /** The largest resident set of any one process of the tree. */
  peakRssMB: number;
  processes: ProcessPeak[];
  /** Resident memory of each process above 50 MB every five seconds or so, to tell which phase holds the memory. */
  rssTimeline: { at: number; name: string; rssMB: number }[];
  lines: TimedLine[];
}

const TIME = '/usr/bin/time';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * Runs `args[0]` with the rest as arguments; resolves when it exits, whatever its exit code.
 * With `log`, every line is also written to that file as it arrives, so a long run can be followed.
 */
export async function runMeasured(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log?: string }): Promise<MeasuredRun> {
  const useTime = existsSync(TIME);
  const command = useTime ? [TIME, '-v', ...args] : args;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const child = spawn(command[0] as string, command.slice(1), { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: TimedLine[] = [];
  const timeReport: string[] = [];
  const logStream = options.log ? createWriteStream(options.log) : undefined;
  const collect = (stream: NodeJS.ReadableStream, isStderr: boolean) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = seconds();
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) {
        const text = part.replace(ANSI, '').replace(/\r/g, '');
        // GNU time writes its report last, on stderr, each line indented by a tab.
        if (isStderr && useTime && /^\t[A-Z].*: /.test(text)) timeReport.push(text.trim());
        else {
          lines.push({ at, text });
          logStream?.write(`${at.toFixed(3).padStart(9)} ${text}\n`);
        }
      }
    });
    stream.on('end', () => {
      if (pending) lines.push({ at: seconds(), text: pending.replace(ANSI, '') });
    });
  };
  collect(child.stdout, false);
  collect(child.stderr, true);

  // Polling costs the build CPU on a small machine: the process list is read once a second and the
  // known processes' peaks twice a second. VmHWM is a high-water mark, so nothing is lost between reads
  // except a process that lives less than a second, which GNU time's figure still covers.
  const peaks = new Map<number, ProcessPeak>();
  const rssTimeline: MeasuredRun['rssTimeline'] = [];
  let tree: number[] = [];
  let polling = true;
  const poll = async () => {
    for (let tick = 0; polling; tick++) {
      if (tick % 2 === 0) tree = await listTree(child.pid as number).catch(() => tree);
      const current = await samplePeaks(tree, peaks).catch(() => []);
      if (tick % 10 === 0) for (const p of current.filter((c) => c.rssMB >= 50)) rssTimeline.push({ at: Math.round(seconds()), ...p });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };
  const poller = poll();
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit) => resolve(exit ?? 1));
  });
  const wallSeconds = seconds();
  polling = false;
  await poller;
  if (logStream) await new Promise((resolve) => logStream.end(resolve));

  const field = (name: string) => {
    const line = timeReport.find((l) => l.startsWith(`${name}:`));
    return line === undefined ? undefined : line.slice(name.length + 1).trim();
  };
  const processes = [...peaks.values()].filter((p) => !p.name.startsWith('time')).sort((a, b) => b.peakRssMB - a.peakRssMB);
  const polledPeak = Math.max(0, ...processes.map((p) => p.peakRssMB));
  const timeRss = Number(field('Maximum resident set size (kbytes)') ?? 0) / 1024;
  const cpu = Number(field('User time (seconds)') ?? NaN) + Number(field('System time (seconds)') ?? NaN);
  return {
    code,
    wallSeconds,
    cpuSeconds: Number.isFinite(cpu) ? cpu : NaN,
    peakRssMB: Math.max(timeRss, polledPeak),
    processes,
    rssTimeline,
    lines,
  };
}

/** The pids of `root` and every process descended from it. */
async function listTree(root: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The command name may hold spaces and parentheses: the fields after the last ")" are fixed.
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (after.length > 1) parents.set(Number(entry), Number(after[1]));
  }
  const inTree = (pid: number) => {
    for (let at: number | undefined = pid, hops = 0; at !== undefined && hops < 50; at = parents.get(at), hops++) if (at === root) return true;
    return false;
  };
  return [...parents.keys()].filter(inTree);
}

/** Records the peak resident set (VmHWM) of each process; returns each one's current resident set. */
async function samplePeaks(pids: number[], peaks: Map<number, ProcessPeak>): Promise<{ name: string; rssMB: number }[]> {
  const current: { name: string; rssMB: number }[] = [];
  for (const pid of pids) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    if (!hwm) continue;
    let name = peaks.get(pid)?.name;
    if (name === undefined) {
      const argv = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0').filter(Boolean);
      name = argv.slice(0, 2).map((a) => a.split('/').pop()).join(' ');
    }
    const peakRssMB = Number(hwm[1]) / 1024;
    const known = peaks.get(pid);
    if (!known || known.peakRssMB < peakRssMB) peaks.set(pid, { pid, name, peakRssMB });
    if (rss && !name.startsWith('time')) current.push({ name, rssMB: Math.round(Number(rss[1]) / 1024) });
  }
  return current;
}
