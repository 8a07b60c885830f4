/**
 * What the admin page adds to the site's Content-Security-Policy (see `astro.config.mjs`), which
 * is written for public pages. Decap needs more, and only `/admin/` gets it:
 * - inline styles: its components are styled by Emotion, which writes `<style>` elements;
 * - `eval`: Decap validates its configuration with Ajv, which compiles validators at run time;
 * - connections to the Git host's API (and the local `decap-server`) chosen at build time, and
 *   to `blob:` URLs of files being uploaded;
 * - images from `blob:` (uploads not yet saved) and from the Git host (avatars, media).
 */
import type { DecapConfig } from './types';

/** Where Decap's backends send requests when the configuration does not say. */
const DEFAULT_API: Record<string, string[]> = {
  github: ['https://api.github.com'],
  gitlab: ['https://gitlab.com'],
};

const originOf = (url: string | undefined) => {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/** Origins the admin must be allowed to fetch from. */
export function adminConnectSources(config: Pick<DecapConfig, 'backend' | 'local_backend'>): string[] {
  const { backend, local_backend } = config;
  const urls = [
    backend.api_root,
    backend.base_url,
    backend.proxy_url,
    local_backend ? local_backend.url : undefined,
    ...(backend.api_root ? [] : (DEFAULT_API[backend.name] ?? [])),
  ];
  return [...new Set(urls.map(originOf).filter((origin): origin is string => Boolean(origin)))];
}

/** Additions to the site's policy: directives to widen, and sources for scripts and styles. */
export interface AdminCsp {
  directives: `${'connect-src' | 'img-src'} ${string}`[];
  scriptResources: string[];
  styleResources: string[];
}

export function adminCsp(config: Pick<DecapConfig, 'backend' | 'local_backend'>): AdminCsp {
  return {
    // blob: because Decap reads a picked upload back through fetch() before saving it.
    directives: [
      `connect-src 'self' blob: ${adminConnectSources(config).join(' ')}`,
      "img-src 'self' data: blob: https:",
    ],
    scriptResources: ["'unsafe-eval'"],
    // With 'unsafe-inline' among the style sources Astro leaves out its style hashes, which
    // would otherwise make browsers ignore 'unsafe-inline'.
    styleResources: ["'unsafe-inline'"],
  };
}
