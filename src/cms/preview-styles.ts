/**
 * The site's own stylesheets for the preview pane. Their file names carry a content hash that
 * changes with every build, so they are read from the home page when the admin starts: the
 * preview then uses exactly the CSS residents get (in `astro dev`, the inline styles Vite injects).
 */

export interface SiteStyles {
  links: string[];
  inline: string[];
}

/** Stylesheets of an HTML page: linked ones (absolute URLs) and inline `<style>` text. */
export function stylesOf(html: string, pageUrl: string): SiteStyles {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const links = [...doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"][href]')].map(
    (link) => new URL(link.getAttribute('href') ?? '', pageUrl).href,
  );
  const inline = [...doc.querySelectorAll('style')].map((style) => style.textContent ?? '').filter(Boolean);
  return { links, inline };
}

/** Fetches the home page's stylesheets; none (a plain preview) when the site cannot be reached. */
export async function siteStyles(siteRoot: string): Promise<SiteStyles> {
  try {
    const response = await fetch(siteRoot, { credentials: 'same-origin' });
    if (!response.ok) return { links: [], inline: [] };
    return stylesOf(await response.text(), siteRoot);
  } catch {
    return { links: [], inline: [] };
  }
}
