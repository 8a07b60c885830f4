/** The report's "Slow networks" section: visits and a first search under DevTools' throttling presets. */
import { kb, table } from './report-format';
import type { NetworkProfile, ThrottledResult } from './throttled';

const whole = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(0));

const describeProfile = (p: NetworkProfile) =>
  `${p.name}: ${p.latencyMs} ms latency, ${(p.downloadBytesPerSecond / 1000).toFixed(0)} kB/s down, ${(p.uploadBytesPerSecond / 1000).toFixed(1)} kB/s up`;

export function throttledSection(result: ThrottledResult): string {
  const rows = result.runs.flatMap(({ profile, visits }) =>
    visits.map((v, i) => [
      i === 0 ? profile.name : '',
      v.visit,
      whole(v.msToFirstPaint),
      whole(v.msToUsable),
      Number.isNaN(v.bytes) ? '–' : kb(v.bytes),
    ]),
  );
  const errors = result.runs.flatMap(({ profile, visits }) =>
    visits.filter((v) => v.error).map((v) => `- ${profile.name}, ${v.visit}: ${v.error}`),
  );
  const slowdowns = [...new Set(result.runs.map((r) => r.profile.cpuSlowdown))].join('/');
  return [
    '## Slow networks',
    '',
    `Chromium on \`${result.page}\` of the sample site, ${result.viewport.width}×${result.viewport.height} phone viewport, served by the test server gzipped and with the cache headers and ETags of deploy/nginx.conf, throttled through CDP with Chrome DevTools’ presets (${result.runs.map((r) => describeProfile(r.profile)).join('; ')}) and the CPU slowed down ${slowdowns}×; the page’s workers, a service worker included, get the same network conditions (only a service worker’s own script, which the browser fetches before the worker starts, goes unthrottled). Each profile starts in a fresh browser context: the first visit, then, in the same context, the same URL again (the repeat visit). Each visit’s figures run from navigation start: first paint is the first contentful paint; usable is the end of the navigation’s load event, when every script has run; KB is what crossed the network from the navigation until nothing was in flight for a second, at least 2 s after load (so a service worker installed after load counts with the visit that installed it). The first search follows on the repeated page: a tap on the phone header’s search button, then “ktp” typed at 100 ms per key; its usable time runs from the search box’s focus to the first result on screen, and its KB from the focus until the network was quiet again. KB is the sum of CDP’s \`encodedDataLength\` (headers included; responses from the HTTP cache or a service worker count nothing, a service worker’s own fetches count).`,
    '',
    table(['profile', 'visit', 'ms to first paint', 'ms to usable', 'KB transferred'], rows),
    ...(errors.length ? ['', 'Steps without figures:', '', ...errors] : []),
  ].join('\n');
}
