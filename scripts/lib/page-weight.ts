/**
 * What a first visit to a built page costs, read from the files in dist/: the HTML, the CSS
 * and the JavaScript it loads before anyone interacts (scripts named by <script src> and the
 * modules they import statically), each gzip-compressed as a server would send it. Images
 * are counted apart. Shared by the budget test and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  images: number;
  requests: number;
  renderBlockingScripts: number;
  files: string[];
}

/** Budgets per public page (gzip bytes): a guide must load fast on a cheap phone over a slow connection. */
export const BUDGETS = { total: 30 * 1024, jsBeforeInteraction: 5 * 1024, renderBlockingScripts: 0 };

/**
 * The one page whose content is drawn by script: the visit planner (/rencana/) merges the guides
 * a resident picked, which no static page can hold. It carries every page's scripts (about
 * 4.5 KB) plus its own (about 3 KB), under a budget of its own; without JavaScript it explains
 * itself and links the journeys. `npm run bench` reports its JS.
 */
export const PAGE_JS_BUDGETS: Record<string, number> = { '/rencana/': 8 * 1024 };

export const jsBudget = (path: string) => PAGE_JS_BUDGETS[path] ?? BUDGETS.jsBeforeInteraction;

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const pathOf = (dist: string, url: string) => join(dist, url.split(/[?#]/)[0]);

/** Static imports of an ES module (`import … from "./x.js"` and bare `import "./x.js"`). */
function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g))
    found.push(match[1]);
  return found;
}

/** Every JS file a page's scripts pull in before interaction (dynamic imports excluded). */
function scriptClosure(dist: string, entry: string, seen: Set<string>) {
  if (seen.has(entry)) return;
  seen.add(entry);
  const source = readFileSync(pathOf(dist, entry), 'utf8');
  for (const spec of staticImports(source)) {
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    scriptClosure(dist, new URL(spec, `https://x${entry}`).pathname, seen);
  }
}

/**
 * The phone the first view is weighed on: Lighthouse's mobile device, 412 CSS px wide at a
 * device pixel ratio of 1.75, so a full-width image needs about 721 device pixels.
 */
const PHONE_IMAGE_PIXELS = Math.round(412 * 1.75);

/** The candidate a phone takes from a `w`-descriptor srcset: the smallest wide enough, else the widest. */
function pickCandidate(srcset: string): string | undefined {
  const candidates = srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .map(([url, descriptor]) => ({ url, width: Number.parseInt(descriptor ?? '', 10) || 0 }))
    .sort((a, b) => a.width - b.width);
  return (candidates.find((c) => c.width >= PHONE_IMAGE_PIXELS) ?? candidates.at(-1))?.url;
}

/**
 * The file a browser fetches for an <img>: inside a <picture>, the first <source> (our sources
 * are AVIF first, which every current browser takes); otherwise the img's own srcset or src.
 */
function imageFetched(img: Element): string {
  const source = img.parentElement?.tagName === 'PICTURE' ? img.parentElement.querySelector('source[srcset]') : null;
  const srcset = source?.getAttribute('srcset') ?? img.getAttribute('srcset');
  return (srcset && pickCandidate(srcset)) || (img.getAttribute('src') ?? '');
}

export function pageWeight(dist: string, path: string): PageWeight {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  const html = readFileSync(file);
  const { document } = parseHTML(html.toString('utf8'));
  const css = [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href') ?? '');
  const scripts = new Set<string>();
  let renderBlockingScripts = 0;
  for (const script of document.querySelectorAll('script[src]')) {
    const type = script.getAttribute('type');
    if (type !== 'module' && !script.hasAttribute('defer') && !script.hasAttribute('async')) renderBlockingScripts++;
    scriptClosure(dist, script.getAttribute('src') ?? '', scripts);
  }
  const images = [...document.querySelectorAll('img[src]')]
    .filter((img) => img.getAttribute('loading') !== 'lazy')
    .map(imageFetched)
    .filter((src) => src.startsWith('/'));
  const sum = (urls: Iterable<string>, compress = true) =>
    [...urls].reduce((total, url) => {
      const bytes = readFileSync(pathOf(dist, url));
      return total + (compress ? gz(bytes) : bytes.length);
    }, 0);
  return {
    path,
    html: gz(html),
    css: sum(css),
    js: sum(scripts),
    images: sum(images, false),
    requests: 1 + css.length + scripts.size + images.length,
    renderBlockingScripts,
    files: [...css, ...scripts, ...images],
  };
}

/** The home page is where most visits start, so its first-view images count against its budget too. */
const countsImages = (weight: PageWeight) => weight.path === '/';

/** The bytes held to the 30 KB budget: HTML + CSS + JS, and first-view images on the home page. */
export function budgetedBytes(weight: PageWeight): number {
  return weight.html + weight.css + weight.js + (countsImages(weight) ? weight.images : 0);
}

/** Budget problems of one page, as readable sentences naming the page and the overrun. */
export function overBudget(weight: PageWeight): string[] {
  const problems: string[] = [];
  const total = budgetedBytes(weight);
  const what = countsImages(weight) ? 'HTML+CSS+JS+first-view images' : 'HTML+CSS+JS';
  if (total > BUDGETS.total)
    problems.push(
      `${weight.path}: ${what} ${(total / 1024).toFixed(1)} KB gzip, ${((total - BUDGETS.total) / 1024).toFixed(1)} KB over the ${BUDGETS.total / 1024} KB budget`,
    );
  const jsLimit = jsBudget(weight.path);
  if (weight.js > jsLimit)
    problems.push(
      `${weight.path}: ${(weight.js / 1024).toFixed(1)} KB of JS before interaction, ${((weight.js - jsLimit) / 1024).toFixed(1)} KB over the ${jsLimit / 1024} KB budget`,
    );
  if (weight.renderBlockingScripts > BUDGETS.renderBlockingScripts)
    problems.push(`${weight.path}: ${weight.renderBlockingScripts} render-blocking script(s); budget is none`);
  return problems;
}
