/**
 * The whole Decap CMS configuration, built when the site is built (the admin page embeds it):
 * collections from the content model, the backend from environment variables.
 */
import { backendConfig, type Env } from './backend';
import { folderCollections, settingsCollection } from './collections';
import { loginLogoUrl } from './login-logo';
import type { DecapConfig } from './types';

/** Uploads sit beside the content so Astro can optimise them (schemas use `image()`). */
export const MEDIA_FOLDER = 'content/uploads';
/** How a content file (`content/<collection>/x.mdx`) refers to an upload. */
export const PUBLIC_FOLDER = '../uploads';

/** `siteName`, from Pengaturan → Situs, is shown on the login screen instead of Decap's logo. */
export function cmsConfig(env: Env, siteUrl?: string, siteName?: string): DecapConfig {
  return {
    load_config_file: false,
    locale: 'id',
    ...backendConfig(env),
    ...(siteUrl ? { site_url: siteUrl, display_url: siteUrl } : {}),
    ...(siteName ? { logo: { src: loginLogoUrl(siteName), show_in_header: false } } : {}),
    show_preview_links: true,
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    // File names become URLs: plain ASCII, no accents, words joined by hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: [...folderCollections(), settingsCollection()],
  };
}
