// The two programs the tests drive that npm cannot install: a Chromium for the browser tests
// and nginx for the deploy-config test. Found where Debian, Ubuntu and Playwright put them;
// `npm test` installs a missing one with apt when it may (root, or sudo without a password),
// and otherwise stops at once with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Playwright's own browser downloads, if someone installed them for another project. */
function playwrightChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache/ms-playwright');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort()
    .reverse()
    .flatMap((name) => [join(cache, name, 'chrome-linux64/chrome'), join(cache, name, 'chrome-linux/chrome')]);
}

export const TOOLS = {
  chromium: {
    env: 'CHROMIUM_PATH',
    // Debian's package, Ubuntu's (a snap behind /usr/bin/chromium-browser), then Playwright's.
    candidates: () => ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', ...playwrightChromium()],
    aptPackage: 'chromium',
  },
  nginx: {
    env: 'NGINX_PATH',
    candidates: () => ['/usr/sbin/nginx', '/usr/bin/nginx'],
    aptPackage: 'nginx-light',
  },
};

/** The path of a tool, or undefined when it is nowhere to be found. */
export function findTool(name) {
  const tool = TOOLS[name];
  const fromEnv = process.env[tool.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return tool.candidates().find((path) => existsSync(path));
}

/** How this user can run apt-get: directly as root, through sudo without a password, or not. */
function aptPrefix() {
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : undefined;
}

/** Finds every tool, installing the missing ones with apt when allowed; throws with the command otherwise. */
export function ensureTools(names = Object.keys(TOOLS), log = console.log) {
  for (const name of names) {
    const fromEnv = process.env[TOOLS[name].env];
    if (fromEnv && !existsSync(fromEnv)) throw new Error(`${TOOLS[name].env}=${fromEnv}: no such file.`);
  }
  const missing = names.filter((name) => !findTool(name));
  if (missing.length === 0) return Object.fromEntries(names.map((name) => [name, findTool(name)]));
  const packages = missing.map((name) => TOOLS[name].aptPackage);
  const command = `sudo apt-get install -y ${packages.join(' ')}`;
  const prefix = existsSync('/usr/bin/apt-get') ? aptPrefix() : undefined;
  if (!prefix)
    throw new Error(
      `The tests need ${missing.join(' and ')}, which this machine does not have.\n` +
        `Install with:  ${command}\n` +
        `(or point ${missing.map((name) => TOOLS[name].env).join('/')} at an existing binary)`,
    );
  log(`Installing ${packages.join(', ')} with apt-get (needed by the browser and server tests) …`);
  const run = (args) =>
    execFileSync(prefix[0] ?? args[0], prefix[0] ? [...prefix.slice(1), ...args] : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...packages]);
  const still = missing.filter((name) => !findTool(name));
  if (still.length) throw new Error(`apt-get ran but ${still.join(', ')} is still missing. Install with:  ${command}`);
  return Object.fromEntries(names.map((name) => [name, findTool(name)]));
}

// `node scripts/lib/system-tools.mjs`: the first step of `npm test`.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const found = ensureTools();
    console.log(
      Object.entries(found)
        .map(([name, path]) => `${name}: ${path}`)
        .join('  ·  '),
    );
  } catch (error) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
