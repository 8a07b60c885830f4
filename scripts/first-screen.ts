/**
 * Prints where the answers sit on a phone's first screen (see scripts/lib/first-screen.ts).
 * Usage: npx tsx scripts/first-screen.ts <dist> <path> [path...]  (WIDTH, HEIGHT: default 360 × 640)
 */
import { launchChromium } from './lib/chromium';
import { measureFirstScreen } from './lib/first-screen';
import { serveDist } from './lib/static-server';

const [dist, ...pagePaths] = process.argv.slice(2);
const server = await serveDist(dist);
const browser = await launchChromium();
const page = await browser.newPage({
  viewport: { width: Number(process.env.WIDTH ?? 360), height: Number(process.env.HEIGHT ?? 640) },
});
for (const path of pagePaths) {
  await page.goto(server.origin + path);
  console.log(path, JSON.stringify(await measureFirstScreen(page)));
}
await browser.close();
await server.close();
