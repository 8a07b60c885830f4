/**
 * A build stopped half-way (Ctrl+C, a scheduler's SIGTERM) stops Astro with it, removes its
 * staging folder and leaves the previous dist/ as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../build-site';

let copy: Awaited<ReturnType<typeof projectCopy>>;
beforeAll(async () => {
  copy = await projectCopy();
});
afterAll(() => copy.dispose());

/** Whether a process still exists. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('stopping a build', () => {
  it('on SIGTERM stops Astro, removes the staging folder and keeps dist/', async () => {
    const sentinel = '<!doctype html><title>previous good build</title>';
    mkdirSync(join(copy.root, 'dist'), { recursive: true });
    writeFileSync(join(copy.root, 'dist/index.html'), sentinel);
    const build = spawn(process.execPath, [join(copy.root, 'scripts/build.mjs')], {
      cwd: copy.root,
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const astroStarted = new Promise<void>((resolve) =>
      build.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/\[build\]|\[content\]|\[types\]/.test(output)) resolve();
      }),
    );
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await astroStarted;
    // Astro is the build's only child: find it before stopping the build.
    const children = readFileSync(`/proc/${build.pid}/task/${build.pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    expect(children.length).toBe(1);
    const exited = new Promise<number | null>((resolve) => build.on('exit', (code) => resolve(code)));
    build.kill('SIGTERM');
    expect(await exited).toBe(143);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(alive(children[0]), 'Astro must stop with the build').toBe(false);
    expect(readFileSync(join(copy.root, 'dist/index.html'), 'utf8')).toBe(sentinel);
    const staging = existsSync(join(copy.root, '.tmp')) ? readdirSync(join(copy.root, '.tmp')) : [];
    expect(staging, 'no staging folder may remain').toEqual([]);
    expect(output).toContain('Build stopped (SIGTERM)');
  });
});
