/**
 * Bundles `/admin/` (`src/cms/admin.ts` with Decap CMS and React) with esbuild, outside Vite.
 *
 * Why not let Astro's Vite bundle it like any page script: Decap is ~2,000 modules and Vite
 * added about 4 s to every `astro build` for it, paid again by each test that builds the site.
 * esbuild bundles it in about 1.5 s, and the result is cached in `node_modules/.cache`, keyed
 * on the installed packages and the content of every project file in the bundle, so a build
 * that changed nothing in the admin only copies the cached file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build, version, type BuildOptions, type Plugin } from 'esbuild';

interface Manifest {
  key: string;
  inputs: Record<string, string>;
  file: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Zod's namespace export keeps all of its ~50 interface languages in the bundle (a quarter of a
 * megabyte); the admin uses Indonesian and Zod's English default only.
 */
const zodLocales: Plugin = {
  name: 'zod-locales-id-en',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.resolveDir.includes(`${sep}zod${sep}`)
        ? { path: resolve(args.resolveDir, args.path), namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';\nexport { default as id } from './id.js';",
      resolveDir: dirname(args.path),
    }));
  },
};

function options(root: string): BuildOptions {
  return {
    entryPoints: [join(root, 'src/cms/admin.ts')],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile: true,
    legalComments: 'eof',
    // Decap's packages ship JSX in .js files and read Node's `process.env.NODE_ENV` and `global`.
    loader: { '.js': 'jsx' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    plugins: [zodLocales],
    logLevel: 'error',
  };
}

/** What the cached bundle depends on besides the project files it was built from. */
function cacheKey(root: string): string {
  const lock = ['node_modules/.package-lock.json', 'package-lock.json', 'package.json']
    .map((file) => join(root, file))
    .find((file) => existsSync(file));
  const { entryPoints, absWorkingDir, plugins, ...rest } = options(root);
  void entryPoints;
  void absWorkingDir;
  const pluginNames = plugins?.map((plugin) => plugin.name);
  return sha256(JSON.stringify({ version, rest, pluginNames, lock: lock ? sha256(readFileSync(lock)) : '' }));
}

/** Bundles kept: several project copies (tests, benchmarks) share node_modules and its cache. */
const KEEP = 6;

function readManifests(dir: string): Manifest[] {
  try {
    const entries = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as unknown;
    return Array.isArray(entries) ? (entries as Manifest[]) : [];
  } catch {
    return [];
  }
}

/** The cached bundle built from exactly these packages and these project files, if any. */
function cached(root: string, dir: string, key: string): string | undefined {
  const unchanged = (manifest: Manifest) =>
    manifest.key === key &&
    Object.entries(manifest.inputs).every(
      ([file, hash]) => existsSync(join(root, file)) && sha256(readFileSync(join(root, file))) === hash,
    );
  const hit = readManifests(dir).find(unchanged);
  try {
    return hit ? readFileSync(join(dir, hit.file), 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Adds a bundle to the cache, dropping the oldest beyond KEEP. */
function store(dir: string, manifest: Omit<Manifest, 'file'>, code: string) {
  mkdirSync(dir, { recursive: true });
  const file = `cms-${sha256(code).slice(0, 16)}.js`;
  writeAtomically(join(dir, file), code);
  const manifests = [{ ...manifest, file }, ...readManifests(dir).filter((m) => m.file !== file)].slice(0, KEEP);
  writeAtomically(join(dir, 'manifest.json'), JSON.stringify(manifests));
  const kept = new Set(manifests.map((m) => m.file));
  for (const old of readdirSync(dir))
    if (/^cms-.*\.js$/.test(old) && !kept.has(old)) rmSync(join(dir, old), { force: true });
}

/** Writes through a temporary name, so a parallel build never reads half a file. */
function writeAtomically(file: string, content: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/** The admin's JavaScript, from the cache when nothing it is built from has changed. */
export async function adminBundle(root = process.cwd()): Promise<string> {
  const dir = resolve(root, 'node_modules/.cache/portal-mpp-admin');
  const key = cacheKey(root);
  const hit = cached(root, dir, key);
  if (hit !== undefined) return hit;

  const result = await build(options(root));
  const code = result.outputFiles?.[0]?.text;
  if (!code) throw new Error('esbuild produced no admin bundle');
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile?.inputs ?? {})) {
    // Packages are covered by the lockfile; "(disabled):fs" marks a Node module left out for the browser.
    if (input.includes('node_modules/') || input.includes(':')) continue;
    const file = relative(root, resolve(root, input));
    inputs[file] = sha256(readFileSync(join(root, file)));
  }
  try {
    store(dir, { key, inputs }, code);
  } catch {
    // A read-only node_modules only costs the next build another bundling.
  }
  return code;
}
