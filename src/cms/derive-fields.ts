/**
 * Turns a collection's Zod schema into Decap CMS fields: label from the field's `title`, hint
 * from its description, required unless optional or defaulted, a select for every enum, a
 * relation widget for every reference, lists for arrays, a date picker for dates, an image
 * widget for images, and the schema's regular expressions and length limits as patterns, so
 * the editor is warned before saving instead of the build failing afterwards.
 */
import type { z } from 'astro/zod';
import type { DecapField } from './types';
import {
  elementOf,
  enumValues,
  isInteger,
  limitsOf,
  regexesOf,
  objectProperties,
  unwrap,
  type Unwrapped,
} from './schema-reading';

/** Where a relation widget finds its options, by the name in a field's `references`. */
export const RELATION_TARGETS: Record<
  string,
  Pick<DecapField, 'collection' | 'file' | 'value_field' | 'search_fields' | 'display_fields'>
> = {
  agencies: {
    collection: 'agencies',
    value_field: '{{slug}}',
    search_fields: ['name', 'shortName'],
    display_fields: ['name'],
  },
  services: { collection: 'services', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] },
  pages: { collection: 'pages', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] },
  'categories.services': {
    collection: 'settings',
    file: 'categories',
    value_field: 'services.*.id',
    search_fields: ['services.*.label'],
    display_fields: ['services.*.label'],
  },
  'categories.booths': {
    collection: 'settings',
    file: 'categories',
    value_field: 'booths.*.id',
    search_fields: ['booths.*.label'],
    display_fields: ['booths.*.label'],
  },
};

/** "asli-dan-fotokopi" → "Asli dan fotokopi": enum values are Indonesian words already. */
export const optionLabel = (value: string) => {
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const ANY_CHARACTERS = '[\\s\\S]';

/** A length limit as a pattern, with an Indonesian message when the schema gave none. */
function lengthRule(min = 0, max?: number, message?: string): { source: string; message: string } {
  const source = `^${ANY_CHARACTERS}{${min},${max ?? ''}}$`;
  if (message) return { source, message };
  if (max === undefined) return { source, message: `Isi minimal ${min} karakter` };
  if (min === 0) return { source, message: `Isi paling banyak ${max} karakter` };
  return { source, message: `Isi ${min}–${max} karakter` };
}

/**
 * Every rule a string must meet, as one Decap pattern. Decap takes a single regular expression
 * per field, so several rules become lookaheads that must all hold from the start.
 */
export function stringPattern(field: Unwrapped): [string, string] | undefined {
  const rules = regexesOf(field.schema).map((r) => ({ source: r.source, message: r.message ?? 'Format tidak sesuai' }));
  if (field.meta.pattern)
    rules.push({ source: field.meta.pattern, message: field.meta.patternMessage ?? 'Format tidak sesuai' });
  const { min, max, minMessage, maxMessage } = limitsOf(field.schema);
  // A minimum of 1 only says "not empty", which `required` already covers.
  if ((min !== undefined && min > 1) || max !== undefined) rules.push(lengthRule(min, max, minMessage ?? maxMessage));
  if (rules.length === 0) return undefined;
  if (rules.length === 1) return [rules[0].source, rules[0].message];
  return [rules.map((r) => `(?=${r.source})`).join(''), rules.map((r) => r.message).join('; ')];
}

interface Context {
  /** False inside an optional object: Decap would otherwise demand its parts even when it is left empty. */
  parentRequired: boolean;
}

function base(
  name: string,
  field: Unwrapped,
  context: Context,
): Pick<DecapField, 'name' | 'label' | 'required' | 'hint'> {
  const { title, description } = field.meta;
  if (!title) throw new Error(`field "${name}" has no title: add .meta({ title: '…' }) in the content model`);
  const required = context.parentRequired && !field.optional && !field.hasDefault;
  return { name, label: title, required, ...(description && description !== title ? { hint: description } : {}) };
}

function relation(name: string, target: string): Omit<DecapField, 'name' | 'label' | 'required'> {
  const where = RELATION_TARGETS[target];
  if (!where) throw new Error(`field "${name}" references "${target}", which the CMS does not know`);
  return { widget: 'relation', ...where, options_length: 100 };
}

/** The Decap field for one property of a schema. */
export function deriveField(name: string, schema: z.ZodType, context: Context = { parentRequired: true }): DecapField {
  const field = unwrap(schema);
  const common = base(name, field, context);
  const { meta } = field;
  switch (field.type) {
    case 'string': {
      if (meta.kind === 'image') return { ...common, widget: 'image', choose_url: false };
      if (meta.references) return { ...common, ...relation(name, meta.references) } as DecapField;
      const pattern = stringPattern(field);
      return { ...common, widget: meta.multiline ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
    }
    case 'enum':
      return {
        ...common,
        widget: 'select',
        options: enumValues(field.schema).map((value) => ({
          value,
          label: meta.optionLabels?.[value] ?? optionLabel(value),
        })),
        ...(field.hasDefault ? { default: field.defaultValue } : {}),
      };
    case 'number': {
      const { min, max } = limitsOf(field.schema);
      return {
        ...common,
        widget: 'number',
        value_type: isInteger(field.schema) ? 'int' : 'float',
        ...(isInteger(field.schema) ? { step: 1 } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(field.hasDefault ? { default: field.defaultValue } : {}),
      };
    }
    case 'boolean':
      // Decap leaves an untouched checkbox out of the file; the schema needs a value.
      return { ...common, widget: 'boolean', default: field.hasDefault ? field.defaultValue : false };
    case 'date':
      return {
        ...common,
        widget: 'datetime',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        // A required date starts at today; an optional one stays empty until the editor picks one.
        default: common.required ? '{{now}}' : '',
      };
    case 'object':
      return { ...common, widget: 'object', fields: deriveFields(field.schema, { parentRequired: common.required }) };
    case 'array':
      return { ...common, ...deriveList(name, field) };
    default:
      throw new Error(`field "${name}": the CMS has no widget for a "${field.type}" schema`);
  }
}

/** A list: a multiple select or relation for enums and references, otherwise Decap's list widget. */
function deriveList(name: string, field: Unwrapped): Omit<DecapField, 'name' | 'label' | 'required'> {
  const { min, max } = limitsOf(field.schema);
  const limits = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  const element = unwrap(elementOf(field.schema));
  if (element.type === 'enum') {
    const options = deriveField(name, elementOf(field.schema)).options;
    return { widget: 'select', multiple: true, options, ...limits };
  }
  if (element.type === 'string' && element.meta.references)
    return { ...relation(name, element.meta.references), multiple: true, ...limits };
  const singular = element.meta.title ?? field.meta.title;
  if (element.type === 'object') {
    const fields = deriveFields(element.schema, { parentRequired: true });
    const first = fields.find((f) => f.widget === 'string' || f.widget === 'select' || f.widget === 'datetime');
    return {
      widget: 'list',
      ...(singular ? { label_singular: singular } : {}),
      ...(first ? { summary: `{{fields.${first.name}}}` } : {}),
      collapsed: false,
      fields,
      ...limits,
    };
  }
  const item = deriveField('item', elementOf(field.schema), { parentRequired: true });
  // Decap folds list items by default, which hides the values of a list of words or steps.
  return {
    widget: 'list',
    ...(singular ? { label_singular: singular } : {}),
    collapsed: false,
    field: item,
    ...limits,
  };
}

/** The Decap fields of an object schema, in the schema's order. */
export function deriveFields(schema: z.ZodType, context: Context = { parentRequired: true }): DecapField[] {
  return objectProperties(unwrap(schema).schema).map(([name, property]) => deriveField(name, property, context));
}
