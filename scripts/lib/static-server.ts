/**
 * A minimal static file server over a built `dist/`, on 127.0.0.1 and a free port, that
 * answers like a static host: directory index, the site's 404 page, correct content types.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** Text that a host compresses; Pagefind's own files are stored gzipped already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
  /** Cuts the network: open connections and every new request fail, as with no signal. */
  setOffline: (offline: boolean) => void;
}

export interface ServeOptions {
  /** Gzip text for clients that accept it, as nginx does (deploy/nginx.conf); off by default. */
  compress?: boolean;
  /**
   * Cache headers as deploy/nginx.conf sends them (hashed assets for a year, the search index
   * for an hour, everything else revalidated) with ETags and 304 answers, so a browser's repeat
   * visit costs what it costs on the real host. Off by default: tests then always get fresh files.
   */
  cacheHeaders?: boolean;
}

/** The Cache-Control deploy/nginx.conf gives a path. */
function cacheControl(pathname: string): string {
  if (pathname.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  if (pathname.startsWith('/pagefind/')) return 'public, max-age=3600';
  return 'no-cache';
}

/**
 * The cache headers the host sends (deploy/nginx.conf), for tests that walk many pages: as on a
 * reader's visit, hashed scripts and styles are fetched and compiled once, not on every page.
 */
export const AS_THE_HOST: ServeOptions = { cacheHeaders: true };

/**
 * `extraFiles` adds files from outside `dist` at fixed paths (a test's own script), sent with a
 * day's cache lifetime so that Chromium compiles them once; the site's files get no cache header.
 */
export async function serveDist(
  dist: string,
  extraFiles: Record<string, string> = {},
  options: ServeOptions = {},
): Promise<StaticServer> {
  let offline = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    if (offline) {
      request.socket.destroy();
      return;
    }
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const extra = extraFiles[pathname];
    if (extra) {
      response.writeHead(200, { 'content-type': TYPES[extname(extra)], 'cache-control': 'max-age=86400' });
      createReadStream(extra).pipe(response);
      return;
    }
    let file = normalize(join(dist, pathname));
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(dist, '404.html');
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const stat = statSync(target);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const caching = options.cacheHeaders && found ? { 'cache-control': cacheControl(pathname), etag } : {};
    if (options.cacheHeaders && found && request.headers['if-none-match'] === etag) {
      response.writeHead(304, caching).end();
      return;
    }
    const gzip =
      options.compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(found ? 200 : 404, {
      'content-type': type,
      ...caching,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    const body = createReadStream(target);
    if (gzip) body.pipe(createGzip({ level: 6 })).pipe(response);
    else body.pipe(response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
    setOffline: (value) => {
      offline = value;
      if (value) for (const socket of sockets) socket.destroy();
    },
  };
}
