/**
 * Reads what the CMS needs from a Zod 4 schema: its kind, wrappers (optional, default), checks
 * and metadata. Zod exposes these on `schema._zod.def`; this module is the one place that
 * depends on that shape, so a Zod upgrade has one file to review.
 */
import { z } from 'astro/zod';

/** Metadata the content model attaches with `.meta()` and `.describe()`. */
export interface FieldMeta {
  title?: string;
  description?: string;
  /** A plain string that names another entry: "agencies", "services", "categories.services". */
  references?: string;
  /** Set by the CMS's stand-in for Astro's `image()`. */
  kind?: 'image';
  multiline?: boolean;
  optionLabels?: Record<string, string>;
  /** A regular expression equivalent to a `refine()` check the CMS cannot run. */
  pattern?: string;
  patternMessage?: string;
}

interface Check {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  error?: (issue?: unknown) => unknown;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  checks?: { _zod: { def: Check } }[];
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly']);

/** A schema without its wrappers, with what the wrappers said. */
export interface Unwrapped {
  /** The innermost schema (string, object, array ...). */
  schema: z.ZodType;
  type: string;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  /** Metadata of the wrappers and the inner schema; the outermost wins. */
  meta: FieldMeta;
}

export function unwrap(schema: z.ZodType): Unwrapped {
  const metas: FieldMeta[] = [];
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  let current = schema;
  for (;;) {
    metas.push((z.globalRegistry.get(current) ?? {}) as FieldMeta);
    const def = defOf(current);
    if (!WRAPPERS.has(def.type) || !def.innerType) break;
    if (def.type === 'optional') optional = true;
    if (def.type === 'default' || def.type === 'prefault') {
      hasDefault = true;
      defaultValue ??= def.defaultValue;
    }
    current = def.innerType;
  }
  const meta = Object.assign({}, ...metas.reverse()) as FieldMeta;
  return { schema: current, type: defOf(current).type, optional, hasDefault, defaultValue, meta };
}

/** The properties of an object schema, in declaration order. */
export function objectProperties(schema: z.ZodType): [string, z.ZodType][] {
  const shape = defOf(schema).shape;
  if (!shape) throw new Error(`expected an object schema, found "${defOf(schema).type}"`);
  return Object.entries(shape);
}

export const elementOf = (schema: z.ZodType): z.ZodType => {
  const element = defOf(schema).element;
  if (!element) throw new Error(`expected an array schema, found "${defOf(schema).type}"`);
  return element;
};

export const enumValues = (schema: z.ZodType): string[] => Object.values(defOf(schema).entries ?? {});

/** A schema's checks; a format schema such as `z.email()` is itself a check. */
const checksOf = (schema: z.ZodType): Check[] => {
  const def = defOf(schema) as Def & Partial<Check>;
  const own = def.check ? [def as Check] : [];
  return [...own, ...(def.checks ?? []).map((c) => c._zod.def)];
};

/** The custom message of a check, when the schema gave one. */
const messageOf = (check: Check): string | undefined => {
  const message = check.error?.();
  return typeof message === 'string' ? message : undefined;
};

export interface Limits {
  min?: number;
  max?: number;
  minMessage?: string;
  maxMessage?: string;
}

/** Length limits of strings and arrays, value limits of numbers. */
export function limitsOf(schema: z.ZodType): Limits {
  const limits: Limits = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' || (check.check === 'greater_than' && check.inclusive)) {
      limits.min = check.minimum ?? check.value;
      limits.minMessage = messageOf(check);
    }
    if (check.check === 'max_length' || (check.check === 'less_than' && check.inclusive)) {
      limits.max = check.maximum ?? check.value;
      limits.maxMessage = messageOf(check);
    }
  }
  return limits;
}

/** Regular expressions a string must match (`.regex()`, and formats such as `z.email()`), with their messages. */
export function regexesOf(schema: z.ZodType): { source: string; message?: string }[] {
  return checksOf(schema)
    .filter((check) => check.check === 'string_format' && check.pattern)
    .map((check) => ({ source: (check.pattern as RegExp).source, message: messageOf(check) }));
}

/** True for `z.number().int()`. */
export const isInteger = (schema: z.ZodType): boolean =>
  checksOf(schema).some((check) => check.check === 'number_format' && /int/.test(check.format ?? ''));
