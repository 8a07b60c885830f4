/**
 * How the CMS reads and writes content files: MDX with YAML frontmatter for entries, plain YAML
 * for settings. Registered with Decap through `CMS.registerCustomFormat` (see `admin.ts`) and
 * used by `scripts/format-content.ts` to bring hand-written files into the same form.
 *
 * The written form is canonical, so opening and saving an entry without edits changes nothing:
 * keys in the order of the content model, empty values left out (Decap keeps "" for fields an
 * editor never touched, which the schema would reject), dates as plain `2025-02-12`, any other
 * string that YAML could mistake for a date, number or boolean quoted, no line folding, and the
 * body escaped for MDX (`mdx-escape.ts`) after one blank line.
 */
import { withoutWorkingValues } from './file-names';
import { DUMP_SCHEMA, defineScalarTag, dump, load, timestampTag } from 'js-yaml';
import { escapeMdx, unescapeMdx } from './mdx-escape';
import type { DecapField } from './types';

/** The order of keys and which of them hold dates, for an object and everything inside it. */
export interface Shape {
  keys: string[];
  dates: Set<string>;
  children: Map<string, Shape>;
}

/** The shape of an object whose fields the CMS configuration describes. */
export function fieldShape(fields: DecapField[]): Shape {
  const shape: Shape = { keys: [], dates: new Set(), children: new Map() };
  for (const field of fields) {
    shape.keys.push(field.name);
    if (field.widget === 'datetime') shape.dates.add(field.name);
    if (field.fields) shape.children.set(field.name, fieldShape(field.fields));
  }
  return shape;
}

/** Shapes of several files written by one format (the settings files have distinct keys). */
export function mergeShapes(shapes: Shape[]): Shape {
  return {
    keys: shapes.flatMap((s) => s.keys),
    dates: new Set(shapes.flatMap((s) => [...s.dates])),
    children: new Map(shapes.flatMap((s) => [...s.children])),
  };
}

/** A calendar day, written as a plain YAML date so Astro reads it as a date. */
class CalendarDay {
  constructor(readonly iso: string) {}
}
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

// Replaces YAML's timestamp tag when writing: calendar days are printed plain, and any string
// that the timestamp tag would read as a date (`2025-02-12T10:00Z`) is still quoted.
const calendarDayTag = defineScalarTag('tag:yaml.org,2002:timestamp', {
  implicit: true,
  implicitFirstChars: timestampTag.implicitFirstChars,
  resolve: (source, isExplicit, tagName) =>
    CALENDAR_DAY.test(source) ? new CalendarDay(source) : timestampTag.resolve(source, isExplicit, tagName),
  identify: (data) => data instanceof CalendarDay,
  represent: (data: CalendarDay) => data.iso,
});
const WRITE_SCHEMA = DUMP_SCHEMA.withTags(calendarDayTag);

type Data = Record<string, unknown>;
const isPlainObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof CalendarDay);

/**
 * The value without empty strings, nulls, empty lists and empty objects, with keys in the shape's
 * order (unknown keys last, as found) and calendar days marked for plain writing.
 */
export function canonical(value: unknown, shape?: Shape, isDate = false): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return isDate && CALENDAR_DAY.test(value) ? new CalendarDay(value) : value;
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, shape, isDate)).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (!isPlainObject(value)) return value;
  const rank = (key: string) => {
    const index = shape?.keys.indexOf(key) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  const result: Data = {};
  for (const key of keys) {
    const item = canonical(value[key], shape?.children.get(key), shape?.dates.has(key) ?? false);
    if (item !== undefined) result[key] = item;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** YAML text of the data in canonical form, without the CMS's working values (file-names.ts). */
export function writeYaml(data: Data, shape: Shape): string {
  const value = canonical(withoutWorkingValues(data), shape) ?? {};
  return dump(value, { schema: WRITE_SCHEMA, lineWidth: -1, noRefs: true });
}

/** Data of YAML text; dates stay strings (`2025-02-12`), as Decap's date picker expects. */
export function readYaml(text: string): Data {
  if (text.trim() === '') return {};
  const data = load(text);
  if (!isPlainObject(data)) throw new Error('Isi berkas YAML harus berupa pasangan nama: nilai');
  return data;
}

const normaliseNewlines = (text: string) => text.replace(/\r\n?/g, '\n');

// Same rule as Astro's frontmatter reader: from the first line to the next line starting "---".
const FRONTMATTER = /^\uFEFF?---\n([\s\S]*?\n)?---[^\n]*(?:\n|$)/;

export interface Formatter {
  fromFile: (content: string) => Data;
  toFile: (data: Data) => string;
}

/** An MDX entry: YAML frontmatter, then the body, which Decap edits as the field `body`. */
export function mdxFormat(shape: Shape): Formatter {
  return {
    fromFile(content) {
      const text = normaliseNewlines(content);
      const match = FRONTMATTER.exec(text);
      const data = match ? readYaml(match[1] ?? '') : {};
      const rest = match ? text.slice(match[0].length) : text;
      return { ...data, body: unescapeMdx(rest.replace(/^(?:[ \t]*\n)+/, '').trimEnd()) };
    },
    toFile(data) {
      const { body, ...fields } = data;
      const text =
        typeof body === 'string'
          ? normaliseNewlines(body)
              .replace(/^(?:[ \t]*\n)+/, '')
              .trimEnd()
          : '';
      const frontmatter = `---\n${writeYaml(fields, shape)}---\n`;
      return text ? `${frontmatter}\n${escapeMdx(text)}\n` : frontmatter;
    },
  };
}

/** A settings file: YAML only. */
export function yamlFormat(shape: Shape): Formatter {
  return {
    fromFile: (content) => readYaml(normaliseNewlines(content)),
    toFile: (data) => writeYaml(data, shape),
  };
}
