/**
 * The list at /tersimpan/ (src/pages/tersimpan.astro): the pages stored on this device, saved
 * and opened, each with its date and a button to remove it. The service worker also shows that
 * page for any page not stored when there is no signal; the heading then says so.
 */
import { listPages, removePage, type StoredPage } from './offline-store';
import { fill } from '../i18n/fill';
import type { Strings } from '../i18n/id';

type ListStrings = { notStoredTitle: string; remove: string; none: string } & Pick<
  Strings['offline'],
  'notStored' | 'storedOn'
>;

class StoredPages extends HTMLElement {
  #strings = JSON.parse(this.dataset.strings ?? '{}') as ListStrings;

  async connectedCallback() {
    if (!('caches' in window)) return;
    const strings = this.#strings;
    // Shown in place of a page that is not stored, at that page's own address.
    if (location.pathname !== this.dataset.home) {
      const title = this.querySelector('[data-title]');
      const notStored = this.querySelector<HTMLElement>('[data-not-stored]');
      if (title) title.textContent = strings.notStoredTitle;
      if (notStored) {
        notStored.textContent = fill(strings.notStored, { path: decodeURI(location.pathname) });
        notStored.hidden = false;
      }
      document.title = strings.notStoredTitle;
    }
    this.querySelector<HTMLElement>('[data-needs-script]')?.remove();
    this.querySelector<HTMLElement>('[data-lists]')?.removeAttribute('hidden');
    await this.#render();
  }

  async #render() {
    const pages = await listPages().catch(() => []);
    for (const kind of ['saved', 'opened'] as const) {
      const list = this.querySelector(`[data-list="${kind}"]`);
      const mine = pages.filter((page) => page.kind === kind);
      list?.replaceChildren(...(mine.length ? mine.map((page) => this.#item(page)) : [this.#none()]));
    }
  }

  #none() {
    const item = document.createElement('li');
    item.textContent = this.#strings.none;
    return item;
  }

  #item(page: StoredPage) {
    const item = document.createElement('li');
    item.className = 'flex flex-wrap items-center gap-x-3 gap-y-1';
    const link = document.createElement('a');
    link.href = page.path;
    link.textContent = page.title || page.path;
    const date = document.createElement('span');
    date.className = 'text-sm text-muted';
    const when = new Date(page.storedAt).toLocaleString('id-ID', { dateStyle: 'long', timeStyle: 'short' });
    date.textContent = fill(this.#strings.storedOn, { date: when });
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button button-secondary';
    remove.textContent = this.#strings.remove;
    remove.setAttribute('aria-label', `${this.#strings.remove}: ${link.textContent}`);
    remove.addEventListener('click', async () => {
      await removePage(page.path);
      await this.#render();
      this.querySelector<HTMLElement>('h1')?.focus();
    });
    item.append(link, date, remove);
    return item;
  }
}
customElements.define('stored-pages', StoredPages);
