// The HTTP security headers of the site, in one place, for the deploy files generated from
// them (public/_headers for Netlify/Cloudflare Pages, checked against deploy/nginx.conf by
// the tests, and read back from public/_headers for the <meta> policy of every page).
// Public pages get a strict policy; /admin/ (Decap CMS) a wider, documented one.

/**
 * Public pages: every script is a file from this site (no inline script), plus Pagefind's WASM
 * ('wasm-unsafe-eval') and its same-origin worker. astro.config.mjs reads this policy back from
 * public/_headers for each page's <meta> tag, less what a <meta> cannot carry.
 */
export const PUBLIC_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * /admin/: Decap CMS compiles its config validators at run time ('unsafe-eval'), styles its
 * interface with inline <style> elements ('unsafe-inline' styles), previews uploads from
 * blob: URLs (and reads a picked photo back with fetch(blob:)), and talks to the Git host's API (any https origin, since the host is chosen at
 * build time) or to decap-server on the editor's own machine.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self' blob: https: http://127.0.0.1:8081 http://localhost:8081",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries. */
export const COMMON_HEADERS = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
