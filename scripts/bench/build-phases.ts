/**
 * Where a build spent its time, read from Astro's own log: content sync and types, bundling
 * (Vite/Rolldown, where every MDX file is compiled), page generation (where every page is
 * rendered), and image optimisation. Comparing these between ours and bare shows which
 * phase carries the overhead.
 */

export interface BuildPhases {
  sync?: number;
  bundle?: number;
  render?: number;
  images?: number;
}

/** Seconds in Astro's duration notation: "224ms", "26.72s", "1m 9s". */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$|^([\d.]+)ms$/.exec(text.trim());
  if (!match) return undefined;
  if (match[3] !== undefined) return Number(match[3]) / 1000;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

const DURATION = String.raw`((?:\d+m\s*)?[\d.]+m?s)`;
/** Terminal colour codes, which some tools print even with NO_COLOR. */
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export function buildPhases(log: string): BuildPhases {
  const plain = log.replace(COLOUR, '');
  const find = (pattern: RegExp) => {
    const match = pattern.exec(plain);
    return match ? parseDuration(match[1]) : undefined;
  };
  return {
    sync: find(new RegExp(String.raw`\[types\] Generated ${DURATION}`)),
    // The first "built in" is the server bundle with every page and content module.
    bundle: find(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`)),
    render: find(new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`)),
    images: find(new RegExp(String.raw`generating optimized images[\s\S]*?✓ Completed in ${DURATION}`)),
  };
}
