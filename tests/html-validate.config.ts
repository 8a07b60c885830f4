/** html-validate settings for the built site: the recommended rules, with each exception explained. */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Service and news titles are official names ("Pendaftaran Peserta JKN Mandiri (BPJS
    // Kesehatan) — ..."); cutting them would make tabs and bookmarks ambiguous, and search
    // engines shorten long titles themselves.
    'long-title': 'off',
    // HTML5 allows ids that begin with a digit; ours come from headings editors write, such
    // as "1. Baca panduan layanan", and must keep working as #anchors.
    'valid-id': ['error', { relaxed: true }],
  },
};
