/**
 * Makes Markdown written in the CMS safe to compile as MDX, and back.
 *
 * Decap's editor writes CommonMark. MDX reads the same text differently in three places: `<`
 * starts JSX, `{` and `}` delimit JavaScript expressions, and a line beginning with `import` or
 * `export` is JavaScript. A news item saying "Biaya <50 ribu {gratis}" therefore breaks the
 * build. `escapeMdx` rewrites exactly those places so MDX reads them as the literal text
 * CommonMark meant: `&lt;`, `\{`, `\}`, a space before `import`/`export` at the start of a line
 * (leading spaces do not show), and `\&` before anything that looks like a character reference
 * (`&amp;`), which Decap's editor shows literally. Markdown formatting is left alone.
 *
 * It escapes everywhere, code included, on purpose: telling code from text needs the whole
 * block structure (a fence inside a list ends with the list), and a wrong guess would leave a
 * `{` unescaped and break the build. The editor has no code button, so the only cost — an
 * escape shown inside hand-written code — is one the editors never meet.
 *
 * `unescapeMdx` undoes it when a file is loaded into the editor, so the editor never shows the
 * escapes: `escapeMdx(unescapeMdx(file)) === file` for every file `escapeMdx` wrote, which keeps
 * "open and save without changes" byte-identical.
 *
 * A backslash typed just before punctuation is read by Decap's editor as a Markdown escape (as
 * any Markdown editor does); the site shows what the editor shows.
 */

/** A character reference such as `&amp;`, `&#169;` or `&#xA9;`. */
const REFERENCE = '&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});';
/** In what the editor writes: `<`, `{`, `}` or a reference's `&`, with the backslashes before it. */
const SPECIAL = new RegExp(`(\\\\*)(<|[{}]|&(?=${REFERENCE.slice(1)}))`, 'g');
/** In a saved file: the same, with `<` written as `&lt;`. */
const ESCAPED_SPECIAL = new RegExp(`(\\\\*)(&lt;|[{}]|&(?=${REFERENCE.slice(1)}))`, 'g');
/** A line MDX would read as JavaScript: `import`/`export` followed by anything but a letter. */
const ESM_LINE = /^(?=(?:import|export)(?![\p{L}\p{N}_$]))/gmu;
const GUARDED_ESM_LINE = /^ (?=(?:import|export)(?![\p{L}\p{N}_$]))/gmu;

/**
 * The body made safe for MDX; see the module comment. `<` becomes `&lt;` (with any backslash
 * that escaped it dropped), because a backslash right after a bare URL is read as part of the
 * URL (GFM autolinks) and would leave the `<` to start JSX; `{` and `}` get a backslash; the `&`
 * of a reference gets a backslash so it shows as typed.
 */
export function escapeMdx(body: string): string {
  return body
    .replace(SPECIAL, (_match: string, slashes: string, char: string) => {
      const escaped = slashes.length % 2 === 1;
      if (char === '<') return `${escaped ? slashes.slice(1) : slashes}&lt;`;
      return escaped ? `${slashes}${char}` : `${slashes}\\${char}`;
    })
    .replace(ESM_LINE, ' ');
}

/** The body as the editor should show it: the inverse of `escapeMdx` on what it wrote. */
export function unescapeMdx(file: string): string {
  return file.replace(GUARDED_ESM_LINE, '').replace(ESCAPED_SPECIAL, (match: string, slashes: string, char: string) => {
    const escaped = slashes.length % 2 === 1;
    // `\&lt;` is a reference the editor typed as text; a bare `&lt;` is a `<`.
    if (char === '&lt;' && !escaped) return `${slashes}<`;
    return escaped ? `${slashes.slice(1)}${char}` : match;
  });
}
