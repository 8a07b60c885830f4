/**
 * `/rencana/qr.js`: the QR encoder of the visit planner (src/browser/plan-qr.ts), bundled by
 * esbuild outside Vite. Were it a dynamic import inside the site's bundle, Vite would move its
 * import helper into a chunk that every guide's search script then loads before interaction;
 * as a plain module at its own address, only the planner fetches it, and only once a plan exists.
 */
import type { APIRoute } from 'astro';
import { join } from 'node:path';
import { build } from 'esbuild';

export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [join(process.cwd(), 'src/browser/plan-qr.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'error',
  });
  return new Response(result.outputFiles[0].text, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
