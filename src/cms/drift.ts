/**
 * Compares a collection's schema, read through Zod's JSON Schema export (independent of the
 * introspection `derive-fields.ts` uses), with the CMS fields, and lists every difference:
 * a field on one side only, or a label, hint, required flag, widget, option list, pattern,
 * limit or relation target that disagrees. `tests/unit/cms-config.test.ts` runs it on every
 * collection; an empty list means the CMS edits exactly what the site builds.
 */
import { z } from 'astro/zod';
import type { DecapField } from './types';

/** The parts of a JSON Schema property that matter to the CMS. */
interface JsonProperty {
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonProperty;
  properties?: Record<string, JsonProperty>;
  required?: string[];
  references?: string;
  kind?: string;
  multiline?: boolean;
}

/** JSON Schema of a content schema as the CMS edits it: inputs (defaults optional), dates as strings. */
export function jsonSchemaOf(schema: z.ZodType): JsonProperty {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if ((ctx.zodSchema._zod.def as { type: string }).type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date';
      }
    },
  }) as JsonProperty;
}

/** The relation a `references` value must become in the CMS. */
function expectedRelation(target: string): Pick<DecapField, 'collection' | 'file' | 'value_field'> {
  const [collection, list] = target.split('.');
  return list
    ? { collection: 'settings', file: collection, value_field: `${list}.*.id` }
    : { collection, value_field: '{{slug}}' };
}

function expectedWidget(property: JsonProperty): DecapField['widget'] | undefined {
  if (property.kind === 'image') return 'image';
  if (property.references) return 'relation';
  if (property.enum) return 'select';
  if (property.format === 'date') return 'datetime';
  if (property.type === 'string') return property.multiline ? 'text' : 'string';
  if (property.type === 'integer' || property.type === 'number') return 'number';
  if (property.type === 'boolean') return 'boolean';
  if (property.type === 'object') return 'object';
  if (property.type === 'array') {
    const items = property.items ?? {};
    if (items.enum) return 'select';
    if (items.references) return 'relation';
    return 'list';
  }
  return undefined;
}

function compareProperty(path: string, property: JsonProperty, field: DecapField, required: boolean): string[] {
  const problems: string[] = [];
  const differ = (what: string, schema: unknown, cms: unknown) => {
    if (JSON.stringify(schema) !== JSON.stringify(cms))
      problems.push(
        `${path}: ${what} is ${JSON.stringify(schema)} in the content model, ${JSON.stringify(cms)} in the CMS`,
      );
  };
  differ('label', property.title, field.label);
  differ('hint', property.description === property.title ? undefined : property.description, field.hint);
  differ('required', required, field.required);
  const widget = expectedWidget(property);
  differ('widget', widget, field.widget);
  if (widget !== field.widget) return problems;

  const items = property.type === 'array' ? (property.items ?? {}) : undefined;
  const scalar = items ?? property;
  if (field.widget === 'select')
    differ(
      'options',
      scalar.enum,
      field.options?.map((o) => o.value),
    );
  if (field.widget === 'relation' && scalar.references) {
    const expected = expectedRelation(scalar.references);
    differ('relation', expected, { collection: field.collection, file: field.file, value_field: field.value_field });
  }
  if (field.widget === 'list') differ('singular label', items?.title ?? property.title, field.label_singular);
  if (items) {
    differ('multiple', field.widget === 'list' ? undefined : true, field.multiple);
    differ('min', property.minItems, field.min);
    differ('max', property.maxItems, field.max);
  }
  if (field.widget === 'number') {
    // `.int()` also means "a safe integer", which JSON Schema spells as these bounds.
    const bound = (value?: number) => (Math.abs(value ?? 0) === Number.MAX_SAFE_INTEGER ? undefined : value);
    differ('minimum', bound(property.minimum), field.min);
    differ('maximum', bound(property.maximum), field.max);
    differ('integer', property.type === 'integer', field.value_type === 'int');
  }
  if (field.widget === 'string' || field.widget === 'text') problems.push(...comparePattern(path, property, field));
  if (field.widget === 'object') problems.push(...compareFields(path, property, field.fields ?? [], field.required));
  if (field.widget === 'list' && items) {
    if (items.type === 'object') problems.push(...compareFields(`${path}[]`, items, field.fields ?? [], true));
    else if (field.field) problems.push(...compareProperty(`${path}[]`, items, field.field, true));
    else problems.push(`${path}: a list of values needs a "field" in the CMS`);
  }
  return problems;
}

/** The CMS pattern must carry the schema's regular expression and its length limits. */
function comparePattern(path: string, property: JsonProperty, field: DecapField): string[] {
  const pattern = field.pattern?.[0] ?? '';
  const problems: string[] = [];
  if (property.pattern && !pattern.includes(property.pattern))
    problems.push(`${path}: the CMS pattern does not check /${property.pattern}/`);
  const min = property.minLength ?? 0;
  const limited = min > 1 || property.maxLength !== undefined;
  if (limited && !pattern.includes(`{${min},${property.maxLength ?? ''}}`))
    problems.push(`${path}: the CMS pattern does not check a length of ${min} to ${property.maxLength ?? 'any'}`);
  if (!property.pattern && !limited && field.pattern)
    problems.push(`${path}: the CMS checks a pattern the content model does not have`);
  return problems;
}

/** Differences between the properties of an object schema and a list of CMS fields. */
export function compareFields(path: string, object: JsonProperty, fields: DecapField[], required = true): string[] {
  const properties = object.properties ?? {};
  const byName = new Map(fields.map((field) => [field.name, field]));
  const problems: string[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const field = byName.get(name);
    const where = path ? `${path}.${name}` : name;
    if (!field) problems.push(`${where}: in the content model but not in the CMS`);
    else problems.push(...compareProperty(where, property, field, required && (object.required ?? []).includes(name)));
  }
  for (const name of byName.keys())
    if (!(name in properties))
      problems.push(`${path ? `${path}.` : ''}${name}: in the CMS but not in the content model`);
  return problems;
}

/** Every difference between a collection's schema and its CMS fields. */
export function drift(collection: string, schema: z.ZodType, fields: DecapField[]): string[] {
  return compareFields(collection, jsonSchemaOf(schema), fields);
}
