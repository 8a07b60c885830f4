/**
 * The local CMS server answers only the admin page of this run, and only about content/: another
 * local site, a DNS-rebinding page, a program without the secret, or a path outside content/ are
 * refused and nothing is written. Real decap-server API behind the guard, real HTTP.
 */
import { mkdirSync, mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isContentPath, pathsOutsideContent, startCmsServer } from '../../scripts/cms-server.mjs';

const ADMIN = 'http://127.0.0.1:4321';
const SECRET = 'rahasia-uji-coba-0123456789';
let root: string;
let port: number;
let server: Awaited<ReturnType<typeof startCmsServer>>;

interface Reply {
  status: number;
  body: string;
}

/** A POST as a browser or a program would send it, with full control of Host and Origin. */
function post(body: unknown, headers: Record<string, string> = {}, path = `/${SECRET}/api/v1`): Promise<Reply> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: {
          host: `127.0.0.1:${port}`,
          origin: ADMIN,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          ...headers,
        },
      },
      (res) => {
        let data = '';
        res.on('data', (chunk: Buffer) => (data += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

const persist = (path: string) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    dataFiles: [{ slug: 'x', path, raw: '---\ntitle: Uji\n---\n' }],
    assets: [],
    options: { commitMessage: 'uji', useWorkflow: false, status: 'draft' },
  },
});

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'portal-mpp-cms-'));
  mkdirSync(join(root, 'content/news'), { recursive: true });
  mkdirSync(join(root, 'public'));
  writeFileSync(join(root, 'content/news/ada.mdx'), '---\ntitle: Ada\n---\n');
  writeFileSync(join(root, 'secret.txt'), 'jangan dibaca');
  port = 20000 + Math.floor(Math.random() * 20000);
  server = await startCmsServer({ root, port, adminOrigins: [ADMIN], secret: SECRET });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the local CMS server', () => {
  it('gives the admin page the API address with the secret', () =>
    expect(server.url).toBe(`http://127.0.0.1:${port}/${SECRET}/api/v1`));

  it('serves the admin page of this run: reads and writes under content/', async () => {
    const info = await post({ action: 'info' });
    expect(info.status, info.body).toBe(200);
    const entry = await post({ action: 'getEntry', params: { path: 'content/news/ada.mdx', branch: 'main' } });
    expect(entry.status, entry.body).toBe(200);
    expect(entry.body).toContain('title: Ada');
    const saved = await post(persist('content/news/baru.mdx'));
    expect(saved.status, saved.body).toBe(200);
    expect(readFileSync(join(root, 'content/news/baru.mdx'), 'utf8')).toContain('title: Uji');
  });

  it.each([
    ['another local site', { origin: 'http://127.0.0.1:5173' }],
    ['a program that sends no origin', { origin: '' }],
    ['a DNS-rebinding page (its own host name)', { host: 'jahat.example:8081' }],
  ])('refuses %s, and writes nothing', async (_, headers) => {
    const reply = await post(persist('content/news/dari-luar.mdx'), headers);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(existsSync(join(root, 'content/news/dari-luar.mdx'))).toBe(false);
  });

  it('refuses a request without this run’s secret, and writes nothing', async () => {
    const reply = await post(persist('content/news/tanpa-rahasia.mdx'), {}, '/api/v1');
    expect(reply.status).toBe(404);
    expect(existsSync(join(root, 'content/news/tanpa-rahasia.mdx'))).toBe(false);
  });

  it.each(['public/x.js', 'scripts/build.mjs', '.git/config', 'content/../public/y.js', '/etc/passwd', 'content'])(
    'refuses to write %s, outside content/',
    async (path) => {
      const reply = await post(persist(path));
      expect(reply.status).toBe(403);
      expect(reply.body).toContain('Ditolak');
      expect(existsSync(join(root, 'public/x.js')) || existsSync(join(root, 'public/y.js'))).toBe(false);
    },
  );

  it('refuses to read outside content/ or to list another folder', async () => {
    expect((await post({ action: 'getEntry', params: { path: 'secret.txt', branch: 'main' } })).status).toBe(403);
    const listing = await post({
      action: 'entriesByFolder',
      params: { folder: '.', extension: 'txt', depth: 1, branch: 'main' },
    });
    expect(listing.status).toBe(403);
    expect(listing.body).not.toContain('jangan dibaca');
  });

  it('refuses actions it does not know', async () =>
    expect((await post({ action: 'deleteEverything', params: {} })).status).toBe(400));
});

describe('content paths', () => {
  it('accepts files and folders inside content/ only', () => {
    expect(['content/news/a.mdx', 'content/uploads', 'content/settings/site.yml'].every(isContentPath)).toBe(true);
    expect(
      ['content', 'content/../x', '../content/a', '/content/a', 'src/a.ts', 'content\\..\\x'].some(isContentPath),
    ).toBe(false);
  });
  it('finds a bad path anywhere in a request', () =>
    expect(
      pathsOutsideContent({
        params: { entry: { dataFiles: [{ path: 'content/a' }], assets: [{ path: 'public/b' }] } },
      }),
    ).toEqual(['public/b']));
});
