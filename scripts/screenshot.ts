/**
 * Screenshots of built pages, for looking at the site as a visitor would.
 * Usage: npx tsx scripts/screenshot.ts <dist> <out-dir> <path> [path...] (a path may carry ?q=…)
 * WIDTH and HEIGHT set the viewport (default 390 × 800; WIDTH=360 HEIGHT=640 for a cheap phone,
 * WIDTH=1280 HEIGHT=800 for a laptop); FULL=1 captures the whole page, not only the first screen.
 */
import { launchChromium } from './lib/chromium';
import { serveDist } from './lib/static-server';

const [dist, out, ...pagePaths] = process.argv.slice(2);
const server = await serveDist(dist);
const browser = await launchChromium();
const page = await browser.newPage({
  viewport: { width: Number(process.env.WIDTH ?? 390), height: Number(process.env.HEIGHT ?? 800) },
});
for (const path of pagePaths) {
  // Until the network is quiet, so that a search page (/cari/?q=…) shows its results.
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  const name =
    path
      .replace(/^\/|\/$/g, '')
      .replace(/[/?=&+]+/g, '_')
      .replace(/_$/, '') || 'home';
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: process.env.FULL === '1' });
}
await browser.close();
await server.close();
