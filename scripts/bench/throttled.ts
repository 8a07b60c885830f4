/**
 * A resident on a slow phone network, measured in Debian's Chromium against the built site:
 * for each of DevTools' "Slow 3G" and "Slow 4G" presets, with the CPU slowed down four times
 * and a phone-sized viewport, a first visit to a guide page in a fresh browser context, a
 * repeat visit to the same URL in that context, and a first search typed into the header box.
 *
 * Throttling goes through CDP, on the page and on every worker the page starts, service
 * workers included (Chromium applies a page's network conditions to the page's own requests
 * only); only a service worker's own script, fetched before the worker starts, goes
 * unthrottled. Bytes are the sum of `encodedDataLength` of CDP's `Network.loadingFinished`
 * over the page and its workers: what crossed the network, headers included; a response that
 * came from the HTTP cache or from a service worker counts nothing, the service worker's own
 * fetch counts.
 *
 * Alone: `npx tsx scripts/bench/throttled.ts [dist folder] [page path]` prints the table.
 */
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { serveDist } from '../lib/static-server';

export interface NetworkProfile {
  name: string;
  latencyMs: number;
  downloadBytesPerSecond: number;
  uploadBytesPerSecond: number;
  /** CPU slowdown factor, as Emulation.setCPUThrottlingRate takes it. */
  cpuSlowdown: number;
}

/** Chrome DevTools' presets: 500 kbit/s × 0.8 and 1.6 Mbit/s × 0.9 (750 kbit/s up), in bytes/s. */
export const PROFILES: NetworkProfile[] = [
  {
    name: 'Slow 3G',
    latencyMs: 400 * 5,
    downloadBytesPerSecond: (500 * 1000 * 0.8) / 8,
    uploadBytesPerSecond: (500 * 1000 * 0.8) / 8,
    cpuSlowdown: 4,
  },
  {
    name: 'Slow 4G',
    latencyMs: 150 * 3.75,
    downloadBytesPerSecond: (1.6 * 1000 * 1000 * 0.9) / 8,
    uploadBytesPerSecond: (750 * 1000 * 0.9) / 8,
    cpuSlowdown: 4,
  },
];

export const VISITS = ['first visit', 'repeat visit', 'first search'] as const;
export type Visit = (typeof VISITS)[number];

export interface VisitFigures {
  visit: Visit;
  /** First contentful paint after navigation start; none for a search. */
  msToFirstPaint?: number;
  /** A visit: the navigation's load event end (every script ran). A search: focus to first result. */
  msToUsable: number;
  /** Bytes over the network during the step, until nothing was in flight for a second. */
  bytes: number;
  requests: number;
  /** Why the step has no figures; the steps after a failed one are not run. */
  error?: string;
}

export interface ThrottledRun {
  profile: NetworkProfile;
  visits: VisitFigures[];
}

export interface ThrottledResult {
  page: string;
  viewport: { width: number; height: number };
  runs: ThrottledRun[];
}

const VIEWPORT = { width: 360, height: 740 };
const RESULT = 'dialog[open] .search-results li';
/** Slow 3G takes ~10 s for a first search; these only stop a run that hangs. */
const STEP_TIMEOUT = 60_000;
/** After a visit's load, anything started later (a service worker's install) gets this long. */
const AFTER_LOAD_MS = 2000;
const QUIET_MS = 1000;

interface CdpEvent {
  method?: string;
  params?: Record<string, unknown>;
}

/**
 * Throttles the page and every worker it starts, and counts what they transfer. Workers are
 * attached in CDP's non-flat mode (messages wrapped in Target.sendMessageToTarget), the only
 * way a Playwright CDP session reaches them; each starts paused until it is throttled.
 */
async function throttlePage(context: BrowserContext, page: Page, profile: NetworkProfile) {
  const cdp: CDPSession = await context.newCDPSession(page);
  const conditions = {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downloadBytesPerSecond,
    uploadThroughput: profile.uploadBytesPerSecond,
  };
  // By request id, shared by the page and its workers: a request seen by both counts once.
  const bytes = new Map<string, number>();
  // Request id → the worker's session ('' for the page): a worker that goes away ends its requests.
  const inFlight = new Map<string, string>();
  const notOverNetwork = new Set<string>();
  let lastActivity = performance.now();

  const onNetwork = ({ method, params }: CdpEvent, sessionId = '') => {
    if (!method?.startsWith('Network.') || !params) return;
    const id = params.requestId as string;
    lastActivity = performance.now();
    if (method === 'Network.requestWillBeSent') inFlight.set(id, sessionId);
    else if (method === 'Network.requestServedFromCache') notOverNetwork.add(id);
    else if (method === 'Network.responseReceived') {
      const response = params.response as { fromServiceWorker?: boolean; fromDiskCache?: boolean };
      if (response.fromServiceWorker || response.fromDiskCache) notOverNetwork.add(id);
    } else if (method === 'Network.loadingFinished') {
      inFlight.delete(id);
      bytes.set(id, notOverNetwork.has(id) ? 0 : (params.encodedDataLength as number));
    } else if (method === 'Network.loadingFailed') inFlight.delete(id);
  };
  for (const method of [
    'Network.requestWillBeSent',
    'Network.requestServedFromCache',
    'Network.responseReceived',
    'Network.loadingFinished',
    'Network.loadingFailed',
  ] as const)
    cdp.on(method, (params) => onNetwork({ method, params: params as unknown as Record<string, unknown> }));

  let messageId = 0;
  const toWorker = (sessionId: string, method: string, params: object = {}) =>
    cdp
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++messageId, method, params }) })
      .catch(() => undefined); // the worker may be gone already
  cdp.on('Target.attachedToTarget', ({ sessionId }) => {
    void toWorker(sessionId, 'Network.enable');
    void toWorker(sessionId, 'Network.emulateNetworkConditions', conditions);
    // Not every kind of worker has this; those without simply answer with an error.
    void toWorker(sessionId, 'Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    void toWorker(sessionId, 'Runtime.runIfWaitingForDebugger');
  });
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) =>
    onNetwork(JSON.parse(message) as CdpEvent, sessionId),
  );
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => {
    for (const [id, session] of inFlight) if (session === sessionId) inFlight.delete(id);
  });

  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', conditions);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });

  const total = () => {
    let sum = 0;
    for (const value of bytes.values()) sum += value;
    return { bytes: sum, requests: [...bytes.values()].filter((value) => value > 0).length };
  };
  /** Resolves once nothing is in flight and nothing happened for QUIET_MS, at least `minMs` from now. */
  const settle = async (minMs = 0) => {
    const start = performance.now();
    while (
      performance.now() - start < minMs ||
      ((inFlight.size > 0 || performance.now() - lastActivity < QUIET_MS) && performance.now() - start < STEP_TIMEOUT)
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
  };
  return { total, settle };
}

type Meter = Awaited<ReturnType<typeof throttlePage>>;

/** Navigates to `url` and reads the paint and load times the browser recorded. */
async function visit(page: Page, url: string, meter: Meter, label: Visit): Promise<VisitFigures> {
  const before = meter.total();
  await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT });
  await page.waitForFunction(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd &&
      performance.getEntriesByName('first-contentful-paint').length,
    null,
    { timeout: STEP_TIMEOUT },
  );
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  }));
  await meter.settle(AFTER_LOAD_MS);
  const after = meter.total();
  return {
    visit: label,
    msToFirstPaint: timing.paint,
    msToUsable: timing.load,
    bytes: after.bytes - before.bytes,
    requests: after.requests - before.requests,
  };
}

/**
 * Types "ktp" into the search box on screen as a person on a phone would: on a narrow screen
 * the header box is hidden, so first a tap on the "Cari" button that opens the phone's box.
 * The page notes the time of the box's focus and of the first result on screen.
 */
async function firstSearch(page: Page, meter: Meter): Promise<VisitFigures> {
  await page.evaluate(() => {
    const state = { focus: 0, results: 0 };
    (window as unknown as { benchThrottled: typeof state }).benchThrottled = state;
    document.addEventListener(
      'focusin',
      (event) => {
        const target = event.target as HTMLElement;
        if (!state.focus && /^header-search/.test(target.id)) state.focus = performance.now();
      },
      true,
    );
    new MutationObserver(() => {
      if (!state.results && document.querySelector('dialog[open] .search-results li'))
        state.results = performance.now();
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
  });
  const before = meter.total();
  const wide = await page.locator('#header-search').isVisible();
  if (wide) await page.focus('#header-search');
  else {
    await page.locator('details:has(#header-search-phone) > summary').tap({ timeout: STEP_TIMEOUT });
    await page.focus('#header-search-phone');
  }
  await page.keyboard.type('ktp', { delay: 100 });
  await page.waitForSelector(RESULT, { timeout: STEP_TIMEOUT });
  await meter.settle();
  const after = meter.total();
  const timing = await page.evaluate(
    () => (window as unknown as { benchThrottled: { focus: number; results: number } }).benchThrottled,
  );
  return {
    visit: 'first search',
    msToUsable: timing.results - timing.focus,
    bytes: after.bytes - before.bytes,
    requests: after.requests - before.requests,
  };
}

async function runProfile(context: BrowserContext, url: string, profile: NetworkProfile): Promise<VisitFigures[]> {
  const page = await context.newPage();
  const meter = await throttlePage(context, page, profile);
  const steps: Record<Visit, () => Promise<VisitFigures>> = {
    'first visit': () => visit(page, url, meter, 'first visit'),
    'repeat visit': () => visit(page, url, meter, 'repeat visit'),
    'first search': () => firstSearch(page, meter),
  };
  const figures: VisitFigures[] = [];
  let failed: string | undefined;
  for (const step of VISITS) {
    if (failed) {
      figures.push({ visit: step, msToUsable: NaN, bytes: NaN, requests: NaN, error: `not run: ${failed}` });
      continue;
    }
    try {
      figures.push(await steps[step]());
    } catch (error) {
      failed = `${step} failed`;
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      figures.push({ visit: step, msToUsable: NaN, bytes: NaN, requests: NaN, error: message });
    }
  }
  return figures;
}

/** Measures `pagePath` of the built site in `dist` under each profile, each in a fresh browser context. */
export async function measureThrottled(
  dist: string,
  pagePath: string,
  profiles: NetworkProfile[] = PROFILES,
): Promise<ThrottledResult> {
  const server = await serveDist(dist, {}, { compress: true, cacheHeaders: true });
  try {
    const browser = await launchChromium();
    try {
      const runs: ThrottledRun[] = [];
      for (const profile of profiles) {
        const context = await browser.newContext({
          viewport: VIEWPORT,
          deviceScaleFactor: 2,
          isMobile: true,
          hasTouch: true,
        });
        try {
          runs.push({ profile, visits: await runProfile(context, server.origin + pagePath, profile) });
        } finally {
          await context.close();
        }
      }
      return { page: pagePath, viewport: VIEWPORT, runs };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const { SERVICE_PAGE, pageOf } = await import('./measure');
  const { throttledSection } = await import('./report-throttled');
  const dist = resolve(process.argv[2] ?? 'dist');
  const result = await measureThrottled(dist, process.argv[3] ?? pageOf(dist, SERVICE_PAGE));
  console.log(throttledSection(result));
}
