/**
 * A new page (Halaman) takes its address from its title: "Berita" would become /berita/, which
 * the site's news list already uses, and the build would stop. The CMS refuses such a title
 * before saving. The list of addresses in use is the build's own (`reservedPageIds` in
 * src/lib/content-files.ts, read from src/pages/ and public/), handed to the admin page as JSON.
 */

/** The file name Decap gives a new page from its title (`slug: '{{title}}'`), close enough to
 * compare with the reserved names, which are plain lowercase words. */
export function pageSlugFromTitle(title: string): string {
  return title
    .trim()
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/\./g, '-')
    .replace(/[^\p{L}\p{N}_~-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** The problem with a new page's title, in the form the CMS shows ("Judul: …"), or undefined. */
export function reservedTitleProblem(title: string, reserved: string[]): string | undefined {
  const slug = pageSlugFromTitle(title);
  return reserved.includes(slug)
    ? `Judul: alamat /${slug}/ sudah dipakai bagian lain situs; pilih judul lain`
    : undefined;
}
