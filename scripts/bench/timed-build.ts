/**
 * Runs one build (or any Node step) as a child process and measures it: wall-clock seconds;
 * CPU seconds of the whole process tree, which stay much steadier than wall time on a machine
 * shared with other jobs; and the peak memory of the tree. The log is kept in the folder for
 * when a build fails.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchProcessTree } from './process-tree';

export const BUILD_DATE = '2026-11-28';

export interface Timing {
  seconds: number;
  /** User + system CPU seconds of every process of the step. */
  cpuSeconds: number;
  /** Highest resident memory of the step's processes together, in MB. */
  peakMb: number;
}

export interface BuildTiming extends Timing {
  /** HTML pages in the output. */
  pages: number;
}

/** Every .html file under a folder. */
export function countHtml(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length;
}

/** Runs `node <args>` in `cwd`; the log goes to `<logName>.log` there. Throws when it fails. */
export async function timedNode(cwd: string, args: string[], logName: string): Promise<Timing> {
  const log: Buffer[] = [];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BUILD_DATE,
      ASTRO_TELEMETRY_DISABLED: '1',
      // Colour codes would only bloat the log.
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const usage = watchProcessTree(child.pid ?? 0);
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (error) => {
      usage.stop();
      reject(error);
    });
    child.on('close', resolve);
  });
  const { cpuSeconds, peakMb } = usage.stop();
  const seconds = (performance.now() - started) / 1000;
  const output = Buffer.concat(log).toString('utf8');
  writeFileSync(join(cwd, `${logName}.log`), output);
  if (code !== 0) throw new Error(`${logName} in ${cwd} failed (exit ${code}):\n${output.slice(-3000)}`);
  return { seconds, cpuSeconds, peakMb };
}

/** Runs a build and counts the pages it wrote into `dist`. */
export async function timedBuild(cwd: string, args: string[], dist: string): Promise<BuildTiming> {
  const timing = await timedNode(cwd, args, 'bench-build');
  if (!existsSync(dist) || countHtml(dist) === 0) throw new Error(`The build in ${cwd} wrote no pages into ${dist}`);
  return { ...timing, pages: countHtml(dist) };
}
