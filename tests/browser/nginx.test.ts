/**
 * deploy/nginx.conf for real: Debian's nginx serves the built site on 127.0.0.1 with that
 * file; the test checks the security and caching headers, the 404 page, compression, and
 * that every page type loads in Chromium (search included) with zero CSP violations.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../build-site';
import { freePort } from '../free-port';
import { openChromium } from '../chromium';
import { ADMIN_CSP, COMMON_HEADERS, PUBLIC_CSP } from '../../deploy/security-headers.mjs';
import { ensureTools } from '../../scripts/lib/system-tools.mjs';

const NGINX: string = ensureTools(['nginx']).nginx;
let nginx: ChildProcess;
let origin: string;
let dist: string;
let browser: Browser;

beforeAll(async () => {
  dist = inject('distDir');
  const work = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));
  const port = await freePort();
  const site = readFileSync(join(projectRoot, 'deploy/nginx.conf'), 'utf8')
    .replace(/^\s*listen\s+80;/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*root\s+[^;]+;/m, `    root ${dist};`);
  writeFileSync(join(work, 'site.conf'), site);
  writeFileSync(
    join(work, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root; # the build lives in a private temporary folder\n' : ''}worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/site.conf;
}
`,
  );
  nginx = spawn(NGINX, ['-c', join(work, 'nginx.conf'), '-p', work], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (chunk) => (stderr += chunk));
  origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(origin);
      break;
    } catch {
      if (attempt > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  browser = await openChromium();
});
afterAll(async () => {
  await browser?.close();
  nginx?.kill();
});

describe('deploy/nginx.conf', () => {
  it('sends the strict policy and security headers on public pages', async () => {
    const response = await fetch(`${origin}/layanan/ktp-el-baru/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(PUBLIC_CSP);
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('server')).toBe('nginx');
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const css = readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.css'));
    const response = await fetch(`${origin}/_astro/${css}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the service worker as a script that browsers check again on every visit', async () => {
    const response = await fetch(`${origin}/sw.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves the site’s own 404 page with status 404', async () => {
    const response = await fetch(`${origin}/halaman-yang-tidak-ada/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Halaman tidak ditemukan');
  });

  it('gives /admin/ its own documented policy, uncached and unindexed', async () => {
    const response = await fetch(`${origin}/admin/`);
    expect(response.headers.get('content-security-policy')).toBe(ADMIN_CSP);
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('redirects a folder address without its slash, /admin included, to the address with it', async () => {
    for (const [from, to] of [
      ['/admin', '/admin/'],
      ['/layanan', '/layanan/'],
      ['/layanan/ktp-el-baru', '/layanan/ktp-el-baru/'],
    ]) {
      const response = await fetch(origin + from, { redirect: 'manual' });
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(to);
    }
  });

  it('compresses the XML feeds and sitemap', async () => {
    for (const path of ['/berita/rss.xml', '/sitemap-0.xml']) {
      const response = await fetch(origin + path, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
    }
  });

  it('does not compress Pagefind files that are compressed already', async () => {
    const fragments = readdirSync(join(dist, 'pagefind/fragment'));
    const wasm = readdirSync(join(dist, 'pagefind')).find((name) => name.startsWith('wasm.'));
    for (const path of [`/pagefind/fragment/${fragments[0]}`, `/pagefind/${wasm}`]) {
      const response = await fetch(origin + path, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-encoding'), path).toBeNull();
    }
  });

  it('does not serve the static hosts’ headers file', async () => {
    expect((await fetch(`${origin}/_headers`)).status).toBe(404);
  });

  it('serves Pagefind WASM with the right type', async () => {
    const wasm = readdirSync(join(dist, 'pagefind')).find((name) => name.startsWith('wasm.'));
    const response = await fetch(`${origin}/pagefind/${wasm}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/wasm');
  });

  it('loads every page type, and a search, with no CSP violation or console error', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // The deliberately missing page answers 404, which Chromium logs; nothing else may log.
      const expected404 = page.url().includes('/halaman-yang-tidak-ada/') && message.text().includes('404');
      if (['error', 'warning'].includes(message.type()) && !expected404)
        problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    const paths = [
      '/',
      '/layanan/',
      '/layanan/ktp-el-baru/',
      '/instansi/disdukcapil/',
      '/peristiwa/kelahiran/',
      '/berita/',
      '/berita/uji-coba-mpp-ogan-ilir/',
      '/umkm/',
      '/kampanye/',
      '/cari/',
      '/kunjungan/',
      '/halaman-yang-tidak-ada/',
    ];
    for (const path of paths) await page.goto(origin + path, { waitUntil: 'load' });
    await page.goto(`${origin}/cari/?q=ktp`);
    await page.waitForSelector('.search-results li', { timeout: 15_000 });
    await page.goto(`${origin}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('pajak motor');
    await page.waitForSelector('dialog[open] .search-results li', { timeout: 15_000 });
    expect(problems).toEqual([]);
  });
});
