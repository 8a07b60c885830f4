/**
 * The messages of schema problems, in plain Indonesian, for the build and for the CMS alike:
 * the admin lists the build's problems word for word, so Zod's own wording ("diharapkan string,
 * diterima undefined") would reach an editor. A schema rule with its own message keeps it.
 */
import { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

/** What a value of each type is called for an editor. */
const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'pilihan ya atau tidak',
  array: 'daftar',
  object: 'kelompok isian',
  date: 'tanggal',
};

const countOf = (origin: unknown, n: unknown) => {
  if (origin === 'string') return `${n} karakter`;
  if (origin === 'array' || origin === 'set') return `${n} butir`;
  return String(n);
};

function plainMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'wajib diisi';
      return `harus berupa ${TYPE_NAMES[String(issue.expected)] ?? 'isian yang sesuai'}`;
    case 'too_small':
      return `isi paling sedikit ${countOf(issue.origin, issue.minimum)}`;
    case 'too_big':
      return `isi paling banyak ${countOf(issue.origin, issue.maximum)}`;
    case 'invalid_value':
      if (issue.input === undefined) return 'wajib diisi';
      return `pilih salah satu: ${issue.values.map((value) => `"${String(value)}"`).join(', ')}`;
    case 'unrecognized_keys':
      return `isian tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return 'format tidak sesuai';
    default:
      return undefined;
  }
}

/** Zod's own Indonesian messages, for the rare issue `plainMessage` does not word. */
const zodIndonesian = z.locales.id().localeError as (issue: Issue) => string | { message: string } | undefined;

/** The `error` option of `safeParse`: the message of one issue. */
export function indonesianMessage(issue: Issue): string | undefined {
  const plain = plainMessage(issue);
  if (plain) return plain;
  const message = zodIndonesian(issue);
  return typeof message === 'string' ? message : message?.message;
}
