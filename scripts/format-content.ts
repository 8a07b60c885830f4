/**
 * Rewrites content files in the exact form the CMS writes them (`src/cms/content-format.ts`),
 * so that opening and saving a hand-written file in the CMS changes nothing but the edit.
 * YAML comments do not survive (the CMS cannot keep them either); the script names the files
 * that had some. Usage: `npm run format:content` to rewrite, `npm run format:content -- --check`
 * to only list the files that are not in canonical form (exit code 1 when there are any).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cmsConfig } from '../src/cms/config';
import { formatterForFile } from '../src/cms/formats';

const root = process.cwd();
const check = process.argv.includes('--check');
const config = cmsConfig({});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const changed: string[] = [];
const withComments: string[] = [];
for (const file of filesUnder(join(root, 'content'))) {
  const path = relative(root, file).split(sep).join('/');
  const formatter = formatterForFile(config, path);
  if (!formatter) continue;
  const text = readFileSync(file, 'utf8');
  const canonical = formatter.toFile(formatter.fromFile(text));
  if (canonical === text) continue;
  changed.push(path);
  const yamlPart = path.endsWith('.yml') ? text : (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
  if (/^\s*#/m.test(yamlPart)) withComments.push(path);
  if (!check) writeFileSync(file, canonical);
}

if (changed.length === 0) console.log('All content files are in the form the CMS writes.');
else if (check) {
  console.error(`Not in the form the CMS writes (run npm run format:content):\n- ${changed.join('\n- ')}`);
  process.exitCode = 1;
} else console.log(`Rewrote ${changed.length} file(s):\n- ${changed.join('\n- ')}`);
if (withComments.length > 0 && !check) console.log(`YAML comments removed from:\n- ${withComments.join('\n- ')}`);
