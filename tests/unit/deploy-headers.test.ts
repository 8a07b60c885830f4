/**
 * The static-host headers file, the nginx config and the <meta> policy Astro writes into every
 * page carry exactly the policies defined once, in deploy/security-headers.mjs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { ADMIN_CSP, COMMON_HEADERS, PUBLIC_CSP } from '../../deploy/security-headers.mjs';
import { headersFile } from '../../scripts/write-headers.mjs';
import {
  forNetlify,
  headersOnCloudflare,
  headersOnNetlify,
  parseHeadersFile,
} from '../../deploy/static-host-headers.mjs';

const root = join(import.meta.dirname, '../..');
const nginx = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8');

describe('security headers stay in step', () => {
  it('public/_headers is what scripts/write-headers.mjs generates', () => {
    expect(readFileSync(join(root, 'public/_headers'), 'utf8')).toBe(headersFile());
  });
  it('deploy/nginx.conf uses the same public and admin policies', () => {
    expect(nginx).toContain(`set $csp_public "${PUBLIC_CSP}";`);
    expect(nginx).toContain(`set $csp_admin "${ADMIN_CSP}";`);
  });
  it('deploy/nginx.conf sends every common header', () => {
    for (const [name, value] of Object.entries(COMMON_HEADERS))
      expect(nginx).toMatch(new RegExp(`add_header ${name} "?${value.replace(/[()]/g, '\\$&')}"? always;`));
  });
  it('the public policy allows no inline or evaluated script', () => {
    expect(PUBLIC_CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(PUBLIC_CSP).toContain("frame-ancestors 'none'");
  });
  it("the pages' <meta> policy is the public header policy, less what a meta tag cannot carry", () => {
    const csp = astroConfig.security?.csp;
    if (typeof csp !== 'object') throw new Error('astro.config.mjs sets no Content-Security-Policy');
    // What Astro writes into each page, hashes aside: its directives, then script-src and style-src.
    const meta = [
      ...(csp.directives ?? []),
      `script-src ${csp.scriptDirective?.resources?.join(' ')}`,
      `style-src ${csp.styleDirective?.resources?.join(' ')}`,
    ];
    expect([...meta, "frame-ancestors 'none'"].toSorted()).toEqual(PUBLIC_CSP.split('; ').toSorted());
  });
});

describe('public/_headers gives the intended final value on each static host', () => {
  const file = readFileSync(join(root, 'public/_headers'), 'utf8');
  const hosts = {
    'Cloudflare Pages': (path: string) => headersOnCloudflare(parseHeadersFile(file), path),
    Netlify: (path: string) => headersOnNetlify(parseHeadersFile(forNetlify(file)), path),
  };
  const common = Object.fromEntries(Object.entries(COMMON_HEADERS).map(([name, value]) => [name.toLowerCase(), value]));
  const expected: Record<string, Record<string, string>> = {
    '/layanan/ktp-el-baru/': { ...common, 'content-security-policy': PUBLIC_CSP, 'cache-control': 'no-cache' },
    // The service worker: never a long cache, or a new build would wait for it to expire.
    '/sw.js': { ...common, 'content-security-policy': PUBLIC_CSP, 'cache-control': 'no-cache' },
    '/_astro/index.Bx1a2.css': {
      ...common,
      'content-security-policy': PUBLIC_CSP,
      'cache-control': 'public, max-age=31536000, immutable',
    },
    '/pagefind/pagefind.js': {
      ...common,
      'content-security-policy': PUBLIC_CSP,
      'cache-control': 'public, max-age=3600',
    },
    '/admin/': {
      ...common,
      'content-security-policy': ADMIN_CSP,
      'referrer-policy': 'same-origin',
      'x-robots-tag': 'noindex, nofollow',
      'cache-control': 'no-store',
    },
  };
  for (const [host, headersFor] of Object.entries(hosts))
    it.each(Object.keys(expected))(`${host}: %s`, (path) => expect(headersFor(path)).toEqual(expected[path]));

  it('the models see the difference between the hosts (a rule without detach joins on Cloudflare)', () => {
    const rules = parseHeadersFile('/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: immutable\n');
    expect(headersOnCloudflare(rules, '/_astro/a.js')['cache-control']).toBe('no-cache, immutable');
    expect(headersOnNetlify(rules, '/_astro/a.js')['cache-control']).toBe('immutable');
  });
});
