/**
 * `npm test`: every check, as fast as two cores allow. First the system programs the browser
 * tests drive (Chromium, nginx), found or installed by scripts/lib/system-tools.mjs; then lint,
 * the type check and vitest at once. Lint and the type check each keep one core busy for half
 * a minute, while the site tests leave a core idle much of the time, so running them side by
 * side saves that half minute. Vitest prints as it runs; lint and the type check print their
 * whole output when they end. The run fails if any of the three fails.
 */
import { spawn } from 'node:child_process';

/** Runs a command; resolves with its exit code and, unless `live`, its output. */
function run(command, args, live) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const tools = await run(process.execPath, ['scripts/lib/system-tools.mjs'], true);
if (tools.code !== 0) process.exit(tools.code);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = [
  ['lint (eslint, prettier)', run(npm, ['run', '--silent', 'lint'])],
  ['type check (astro check)', run(npm, ['run', '--silent', 'check'])],
].map(([name, done]) =>
  done.then(({ code, output }) => {
    process.stdout.write(`\n── ${name}: ${code === 0 ? 'passed' : 'FAILED'} ──\n${code === 0 ? '' : output}`);
    return { name, code };
  }),
);
const vitest = run(npm, ['exec', '--', 'vitest', 'run'], true).then(({ code }) => ({ name: 'vitest', code }));

const failed = (await Promise.all([...quiet, vitest])).filter(({ code }) => code !== 0);
if (failed.length) {
  process.stdout.write(`\nnpm test FAILED: ${failed.map(({ name }) => name).join(', ')}\n`);
  process.exit(1);
}
process.stdout.write('\nnpm test: lint, type check and every test passed\n');
