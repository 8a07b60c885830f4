/**
 * CPU time and memory of a process and everything it starts, sampled from /proc.
 *
 * Why not GNU time: it only counts children that were waited for, and Pagefind's indexer is
 * killed by `close()` while Node exits, so its CPU time (most of the search step) never
 * reaches the parent. Sampling the process tree every 200 ms sees every process while it
 * runs; what it misses is the last few milliseconds of each one, which is noise here.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** Linux reports CPU time in clock ticks of 1/100 s and memory in 4 KiB pages on x86-64 and arm64. */
const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;
const INTERVAL_MS = 200;

interface Sample {
  ppid: number;
  cpuTicks: number;
  rssPages: number;
}

function readStat(pid: string): Sample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses; fields follow the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state(3) ppid(4) … utime(14) stime(15) … rss(24), numbered from 1.
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssPages: Number(fields[21]) };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

export interface TreeUsage {
  cpuSeconds: number;
  /** Highest memory of the whole tree at one moment (sum of resident sets), in MB. */
  peakMb: number;
}

/** Starts sampling the tree under `rootPid`; `stop()` returns the totals. */
export function watchProcessTree(rootPid: number): { stop: () => TreeUsage } {
  const lastCpu = new Map<number, number>();
  let peakBytes = 0;
  const sample = () => {
    const all = new Map<number, Sample>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readStat(name);
      if (stat) all.set(Number(name), stat);
    }
    const inTree = new Set<number>([rootPid]);
    // Parents usually have lower ids than their children, but not always: repeat until stable.
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, stat] of all)
        if (!inTree.has(pid) && inTree.has(stat.ppid)) {
          inTree.add(pid);
          grew = true;
        }
    }
    let rss = 0;
    for (const pid of inTree) {
      const stat = all.get(pid);
      if (!stat) continue;
      lastCpu.set(pid, stat.cpuTicks);
      rss += stat.rssPages * PAGE_BYTES;
    }
    peakBytes = Math.max(peakBytes, rss);
  };
  sample();
  const timer = setInterval(sample, INTERVAL_MS);
  return {
    stop: () => {
      clearInterval(timer);
      const ticks = [...lastCpu.values()].reduce((sum, value) => sum + value, 0);
      return { cpuSeconds: ticks / TICKS_PER_SECOND, peakMb: peakBytes / 1024 ** 2 };
    },
  };
}
