/**
 * Placeholder names in an interface string: `Placeholders<'Layanan {agency}'>` is `'agency'`.
 * The strings in `id.ts` are `as const`, so their placeholders are known to the compiler.
 */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * Puts values into the `{name}` placeholders of an interface string:
 * `fill(t.agencies.servicesTitle, { agency: 'Disdukcapil' })` gives "Layanan Disdukcapil".
 * Every placeholder of a literal template needs a value and every value a placeholder, or the
 * call does not type-check. A placeholder without a value stays as written.
 */
export function fill<T extends string>(template: T, values: Record<Placeholders<T>, string | number>): string {
  const known: Partial<Record<string, string | number>> = values;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(known[name] ?? placeholder));
}
