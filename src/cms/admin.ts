/**
 * The `/admin/` application: Decap CMS with only the backends and widgets this site uses (the
 * full `decap-cms-app` also bundles maps, code editors and other backends, nearly twice the
 * download), its Indonesian interface, the formats that keep content files buildable, the
 * previews and a check of every entry against the content model before it is saved.
 *
 * The configuration is not fetched: the admin page embeds it as JSON, built from the content
 * model and the environment when the site is built (`src/pages/admin/index.astro`).
 */
import { DecapCmsCore as CMS, type CmsConfig } from 'decap-cms-core';
import { GitHubBackend } from 'decap-cms-backend-github';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { GiteaBackend } from 'decap-cms-backend-gitea';
import { ForgejoBackend } from 'decap-cms-backend-forgejo';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import BooleanWidget from 'decap-cms-widget-boolean';
import DatetimeWidget from 'decap-cms-widget-datetime';
import ImageWidget from 'decap-cms-widget-image';
import ListWidget from 'decap-cms-widget-list';
import MarkdownWidget from 'decap-cms-widget-markdown';
import NumberWidget from 'decap-cms-widget-number';
import ObjectWidget from 'decap-cms-widget-object';
import RelationWidget from 'decap-cms-widget-relation';
import SelectWidget from 'decap-cms-widget-select';
import StringWidget from 'decap-cms-widget-string';
import TextWidget from 'decap-cms-widget-text';
import { bodyImage } from './editor-image';
import { bodyTable } from './editor-table';
import { formattersByName } from './formats';
import { decapLocaleId } from './locale-id';
import { siteStyles } from './preview-styles';
import { registerPreviews } from './previews';
import type { DecapConfig } from './types';
import { registerSaveGuards } from './save-guards';
import { fitSmallScreens } from './small-screens';
import { translateDragWords } from './drag-words';
import { guardSiteLinks } from './site-link-guard';

function registerExtensions() {
  CMS.registerBackend('github', GitHubBackend);
  CMS.registerBackend('gitlab', GitLabBackend);
  CMS.registerBackend('gitea', GiteaBackend);
  CMS.registerBackend('forgejo', ForgejoBackend);
  CMS.registerBackend('proxy', ProxyBackend);
  const widgets = [
    StringWidget,
    TextWidget,
    NumberWidget,
    BooleanWidget,
    DatetimeWidget,
    SelectWidget,
    RelationWidget,
    ImageWidget,
    ObjectWidget,
    ListWidget,
    MarkdownWidget,
  ];
  for (const widget of widgets) CMS.registerWidget(widget.Widget());
  CMS.registerEditorComponent(bodyImage);
  CMS.registerEditorComponent(bodyTable);
  CMS.registerLocale('id', decapLocaleId);
}

function registerFormats(config: DecapConfig) {
  for (const [name, formatter] of formattersByName(config)) {
    const extension = config.collections.find((c) => c.format === name)?.extension ?? 'mdx';
    CMS.registerCustomFormat(name, extension, formatter);
  }
}

/**
 * With `npm run cms` the admin runs on the development server, whose client draws a developer
 * error overlay over the whole page when a content file breaks the site; the overlay catches
 * every click, so the editor could not even open the entry to fix it. The client draws it only
 * if no element of its name exists yet, and this script runs before it: an empty element of
 * that name keeps the admin usable. The admin lists broken entries itself
 * (content-problems.ts). A built site has no such client, and this changes nothing there.
 */
function keepDeveloperOverlayAway() {
  if (!customElements.get('vite-error-overlay'))
    customElements.define('vite-error-overlay', class extends HTMLElement {});
}

/**
 * Decap keeps the open entry's form when only the address changes from one entry to another
 * (another entry's address typed or pasted into the address bar), and a save then writes the
 * first entry's data into the second entry's file. Going from one entry's address to another's
 * therefore loads the admin afresh, as opening that address in a new tab would; Decap itself
 * never moves from one saved entry straight to another.
 */
function reloadOnEntrySwitch() {
  const entryOf = (url: string) => /#\/collections\/([^/]+)\/entries\/([^?]+)/.exec(url)?.slice(1).join('/');
  window.addEventListener('hashchange', (event) => {
    const before = entryOf(event.oldURL);
    const after = entryOf(event.newURL);
    if (before && after && before !== after) location.reload();
  });
}

/**
 * "Lihat di situs" and the site's address in the header lead to `site_url`, the public site. On
 * the editor's own machine (`npm run cms`; Decap uses the local backend for the same host names)
 * they lead to the site being edited there, which shows what was just saved.
 */
function linkToSiteHere(config: DecapConfig): DecapConfig {
  if (!config.local_backend || !['localhost', '127.0.0.1'].includes(location.hostname)) return config;
  return { ...config, site_url: location.origin, display_url: location.origin };
}

async function start() {
  keepDeveloperOverlayAway();
  reloadOnEntrySwitch();
  fitSmallScreens();
  translateDragWords();
  // Decap needs crypto.randomUUID, which browsers only offer over HTTPS or on localhost.
  if (!window.isSecureContext) {
    document.getElementById('insecure')?.removeAttribute('hidden');
    return;
  }
  const element = document.getElementById('cms-config');
  if (!element?.textContent) throw new Error('The admin page has no #cms-config');
  const config = linkToSiteHere(JSON.parse(element.textContent) as DecapConfig);
  registerExtensions();
  guardSiteLinks();
  registerFormats(config);
  registerPreviews(CMS);
  const reserved = document.getElementById('cms-reserved-pages')?.textContent;
  registerSaveGuards(CMS, config, reserved ? (JSON.parse(reserved) as string[]) : []);
  CMS.init({ config: config as unknown as CmsConfig });
  // Previews read their styles when an entry opens, long after this request has returned.
  const styles = await siteStyles(new URL('/', location.href).href);
  for (const href of styles.links) CMS.registerPreviewStyle(href);
  for (const css of styles.inline) CMS.registerPreviewStyle(css, { raw: true });
}

void start();
