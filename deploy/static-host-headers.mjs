// How Cloudflare Pages and Netlify turn a `_headers` file into the headers of one response.
// They differ, and the file must give the intended value on both:
//   - Cloudflare Pages applies every rule whose path matches, in file order; a header set by
//     two rules is sent once with both values joined by ", ". A line `! Name` in a rule drops
//     the value that earlier rules gave that header ("detach").
//   - Netlify applies every matching rule in file order too, but a header set again by a later
//     rule replaces the earlier value. It has no detach line, so a Netlify build gets the file
//     without them (`forNetlify`, applied by scripts/build.mjs when NETLIFY=true).
// The tests use this model to check the final value of every header on each host.

/** Rules of a `_headers` file: a path pattern and its lines, in file order. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), lines: [] });
      continue;
    }
    const entry = line.trim();
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: a header comes before any path: "${entry}"`);
    const detach = /^!\s*(\S+)$/.exec(entry);
    if (detach) rule.lines.push({ detach: detach[1].toLowerCase() });
    else {
      const colon = entry.indexOf(':');
      if (colon < 1) throw new Error(`_headers: not "Name: value": "${entry}"`);
      rule.lines.push({ name: entry.slice(0, colon).trim().toLowerCase(), value: entry.slice(colon + 1).trim() });
    }
  }
  return rules;
}

/** Whether a rule's path pattern (`*` matches anything, slashes included) matches a path. */
export function matches(pattern, path) {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/** The headers Cloudflare Pages sends for `path`. */
export function headersOnCloudflare(rules, path) {
  const headers = new Map();
  for (const rule of rules.filter((r) => matches(r.path, path)))
    for (const line of rule.lines) {
      if ('detach' in line) headers.delete(line.detach);
      else headers.set(line.name, headers.has(line.name) ? `${headers.get(line.name)}, ${line.value}` : line.value);
    }
  return Object.fromEntries(headers);
}

/** The headers Netlify sends for `path` (from the file as a Netlify build leaves it). */
export function headersOnNetlify(rules, path) {
  const headers = new Map();
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    if (rule.lines.some((line) => 'detach' in line))
      throw new Error(`_headers: Netlify has no detach lines (rule ${rule.path}); build with NETLIFY=true`);
    const own = new Map();
    for (const line of rule.lines)
      own.set(line.name, own.has(line.name) ? `${own.get(line.name)}, ${line.value}` : line.value);
    for (const [name, value] of own) headers.set(name, value);
  }
  return Object.fromEntries(headers);
}

/** The file as a Netlify build publishes it: the same rules without Cloudflare's detach lines. */
export function forNetlify(text) {
  return text
    .split('\n')
    .filter((line) => !/^\s+!\s*\S+\s*$/.test(line))
    .join('\n');
}
