// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { readSiteUrl } from './src/integrations/site-url.mjs';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { literalMdx } from './src/integrations/literal-mdx.ts';

/** @typedef {Exclude<NonNullable<import('astro').AstroUserConfig['security']>['csp'], boolean | undefined>} CspConfig */

/** Directives browsers ignore in a <meta> policy: they are sent only as HTTP headers. */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/**
 * The public pages' Content-Security-Policy as Astro's setting for each page's <meta> tag. The
 * policy is defined once, in deploy/security-headers.mjs, and generated into public/_headers
 * (a unit test keeps the two equal); it is read from there because test and benchmark builds
 * copy the project without deploy/. Astro writes script-src and style-src itself, adding the
 * hashes of the scripts and styles it puts in the page.
 * @returns {CspConfig}
 */
function publicPageCsp() {
  const headers = readFileSync(new URL('./public/_headers', import.meta.url), 'utf8');
  const policy = /^\/\*\n(?: {2}.*\n)*? {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
  if (!policy)
    throw new Error('public/_headers: no Content-Security-Policy for /*; run node scripts/write-headers.mjs');
  const directives = policy.split('; ');
  /** @param {string} name */
  const sources = (name) => directives.filter((d) => d.startsWith(`${name} `)).flatMap((d) => d.split(' ').slice(1));
  const rest = directives.filter(
    (d) => !['script-src', 'style-src', ...HEADER_ONLY_DIRECTIVES].includes(d.split(' ')[0]),
  );
  return {
    directives: /** @type {NonNullable<CspConfig['directives']>} */ (rest),
    scriptDirective: { resources: sources('script-src') },
    styleDirective: { resources: sources('style-src') },
  };
}

export default defineConfig({
  // The public address comes from content/settings/site.yml (or SITE_URL), never from code.
  site: readSiteUrl(),
  output: 'static',
  // scripts/build.mjs builds into a staging folder and swaps it in only on success.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Two content files that resolve to the same address must stop the build, not overwrite.
  prerenderConflictBehavior: 'error',
  // Content-Security-Policy for public pages (see publicPageCsp). Headers that a <meta> cannot
  // carry (frame-ancestors, HSTS) come only from public/_headers and deploy/nginx.conf. The CMS
  // at /admin/ sets its own, wider policy.
  security: { csp: publicPageCsp() },
  integrations: [
    // Astro's default Markdown processor, with content rendered as literal text (see literal-mdx.ts).
    // What an editor types is what residents read: no curly quotes or dashes made from " ' -- ---.
    mdx({ processor: satteri({ mdastPlugins: [literalMdx], features: { smartPunctuation: false } }) }),
    // Not public documents: the CMS, print posters (noindex; the campaign page is canonical),
    // and the list of pages stored on the visitor's own device (src/pages/tersimpan.astro).
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !path.startsWith('/admin/') && !path.endsWith('/poster/') && path !== '/tersimpan/';
      },
    }),
    pagefind(),
    // After Pagefind: the worker fingerprints the search index too.
    serviceWorker(),
  ],
  // No code blocks in content: no syntax highlighter (Shiki's inline styles would need CSP exceptions).
  markdown: { syntaxHighlight: false },
  // Every script as a file, never inline: the same strict script-src works as an HTTP header
  // (deploy/, public/_headers) as in the per-page <meta> policy.
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX entry with a "use astro:head-inject" directive that the bundler
        // drops, by design, with one warning per content file (~75 for the sample, thousands for a
        // large site). Harmless, and it buries the warnings that matter; every other warning stays.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // `npm run cms` serves the admin with a per-run secret: no other local origin may read it.
    server: { cors: false },
  },
});
