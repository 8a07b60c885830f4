/**
 * The bare Astro baseline: the smallest Astro project that builds the same content files as
 * the site — only @astrojs/mdx, one permissive collection per content folder, one minimal
 * layout, one route that renders every entry. Whatever the site spends above this per page is
 * the site's own overhead. Written into a temporary folder at run time, so the project never
 * carries a second Astro app that `astro check` or ESLint would have to understand.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emptyWorkspace, linkNodeModules, type Workspace } from '../../lib/workspace';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()] });
`;

const contentConfig = (collections: string[]) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const folder = (name: string) =>
  defineCollection({
    loader: glob({ base: './content/' + name, pattern: '**/[^_]*.{md,mdx}' }),
    schema: z.looseObject({}),
  });

export const collections = { ${collections.map((name) => `'${name}': folder('${name}')`).join(', ')} };
`;

const LAYOUT = `---
const { title } = Astro.props;
---
<html lang="id">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><slot /></main></body>
</html>
`;

const route = (collections: string[]) => `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';

export async function getStaticPaths() {
  const lists = await Promise.all(${JSON.stringify(collections)}.map((name) => getCollection(name)));
  return lists.flat().map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.data.name ?? entry.data.business ?? entry.id);
---
<Layout title={title}><h1>{title}</h1><Content /></Layout>
`;

function write(root: string, path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** Content folders that hold Markdown or MDX entries (settings files are YAML and skipped). */
function contentCollections(content: string): string[] {
  return readdirSync(content, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => readdirSync(join(content, name)).some((file) => /\.mdx?$/.test(file)));
}

/** A bare Astro project over a copy of `content`, ready for `astro build`. */
export function bareProject(content: string): Workspace {
  const workspace = emptyWorkspace('bare');
  const { root } = workspace;
  cpSync(content, join(root, 'content'), { recursive: true });
  const collections = contentCollections(join(root, 'content'));
  write(root, 'astro.config.mjs', CONFIG);
  write(root, 'src/content.config.ts', contentConfig(collections));
  write(root, 'src/layouts/Layout.astro', LAYOUT);
  write(root, 'src/pages/[collection]/[id].astro', route(collections));
  if (!existsSync(join(root, 'node_modules'))) linkNodeModules(root);
  return workspace;
}
