// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { readSiteUrl } from './src/integrations/site-url.mjs';
import pagefind from './src/integrations/pagefind.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { literalMdx } from './src/integrations/literal-mdx.ts';
import { ASTRO_CSP } from './deploy/security-headers.mjs';

export default defineConfig({
  // The public address comes from content/settings/site.yml (or SITE_URL), never from code.
  site: readSiteUrl(),
  output: 'static',
  // scripts/build.mjs builds into a staging folder and swaps it in only on success.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Two content files that resolve to the same address must stop the build, not overwrite.
  prerenderConflictBehavior: 'error',
  // Content-Security-Policy for public pages, defined in deploy/security-headers.mjs with the
  // HTTP headers; Astro adds hashes for its own scripts and styles. Headers that a <meta> cannot
  // carry (frame-ancestors, HSTS) come only from public/_headers and deploy/nginx.conf. The CMS
  // at /admin/ sets its own, wider policy.
  security: { csp: ASTRO_CSP },
  integrations: [
    // Astro's default Markdown processor, with content rendered as literal text (see literal-mdx.ts).
    mdx({ processor: satteri({ mdastPlugins: [literalMdx] }) }),
    // Not public documents: the CMS, and print posters (noindex; the campaign page is canonical).
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !path.startsWith('/admin/') && !path.endsWith('/poster/');
      },
    }),
    pagefind(),
  ],
  // No code blocks in content: no syntax highlighter (Shiki's inline styles would need CSP exceptions).
  markdown: { syntaxHighlight: false },
  // Every script as a file, never inline: the same strict script-src works as an HTTP header
  // (deploy/, public/_headers) as in the per-page <meta> policy.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
