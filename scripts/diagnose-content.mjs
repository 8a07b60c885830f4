// After a failed build, points at content problems whose build error does not name the file
// and field: a frontmatter image that does not exist, or frontmatter YAML that cannot be read.
// Runs only on failure, so a good build pays nothing for it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { load } from 'js-yaml';

/** Every .md/.mdx/.yml file under content/. */
function contentFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(full);
    return /\.(mdx?|ya?ml)$/.test(entry.name) ? [full] : [];
  });
}

/** Problems found, as "file: field "x": message" lines. */
export function diagnose(root = process.cwd()) {
  const problems = [];
  for (const file of contentFiles(resolve(root, 'content'))) {
    const name = relative(root, file);
    const source = readFileSync(file, 'utf8');
    const yamlText = /\.ya?ml$/.test(file) ? source : (/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '');
    let data;
    try {
      data = load(yamlText);
    } catch (error) {
      const line = error.mark ? ` (baris ${error.mark.line + 2})` : '';
      problems.push(`${name}: YAML tidak bisa dibaca${line}: ${error.reason ?? error.message}`);
      continue;
    }
    const visit = (value, path) => {
      if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
      else if (value && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) {
          const field = path ? `${path}.${key}` : key;
          if (
            key === 'src' &&
            typeof item === 'string' &&
            item.startsWith('.') &&
            !existsSync(resolve(dirname(file), item))
          )
            problems.push(`${name}: field "${field}": gambar "${item}" tidak ditemukan`);
          else visit(item, field);
        }
    };
    visit(data, '');
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = diagnose();
  if (problems.length) console.error(`\nMasalah konten yang ditemukan:\n- ${problems.join('\n- ')}`);
}
