/**
 * `/admin/cms.js`: the Decap CMS application, bundled by esbuild (see
 * `src/cms/build/admin-bundle.ts` for why not by Vite). Only `/admin/` loads it.
 */
import type { APIRoute } from 'astro';
import { adminBundle } from '../../cms/build/admin-bundle';

export const GET: APIRoute = async () =>
  new Response(await adminBundle(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
