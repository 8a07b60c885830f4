/**
 * `/offline.js`: reading without signal on the page itself, bundled apart from the site's
 * scripts (src/integrations/service-worker.ts) and loaded by OfflineSupport.astro only where it
 * has work, so that no page's first view carries it: the note on a stored copy (how old it is;
 * the page reloads itself once the network answers), the "Simpan untuk dibaca offline" button,
 * and the list of stored pages (stored-pages.ts).
 */
import { fill } from '../i18n/fill';
import type { Strings } from '../i18n/id';
import { StoreFullError, isSaved, pageKey, removePage, savePage } from './offline-store';
import './stored-pages';

/** How often a stored copy asks the network whether it is back. */
const RETRY_MS = 10_000;

/** Says how old the stored copy on screen is, and swaps it for the live page when possible. */
function showStoredCopy(storedAt: string) {
  const note = document.querySelector<HTMLElement>('[data-stored-note]');
  if (!note) return;
  const date = new Date(storedAt).toLocaleString('id-ID', { dateStyle: 'long', timeStyle: 'short' });
  note.textContent = fill(note.dataset.storedNote as Strings['offline']['storedCopy'], { date });
  note.hidden = false;
  // A HEAD request skips the worker: it succeeds only when the network answers.
  const retry = () =>
    fetch(location.href, { method: 'HEAD', cache: 'no-store' }).then(
      (response) => response.ok && location.reload(),
      () => undefined,
    );
  addEventListener('online', retry);
  setInterval(retry, RETRY_MS);
}

type SaveStrings = Record<'save' | 'saving' | 'saved' | 'remove' | 'removed' | 'failed', string> & {
  full: Strings['offline']['full'];
};

/** The save button (SaveOffline.astro): shown once it can work, saves or removes this page. */
async function enableSaveButton(box: HTMLElement) {
  const button = box.querySelector<HTMLButtonElement>('[data-save]');
  const message = box.querySelector<HTMLElement>('[data-save-message]');
  if (!button || !message || !('caches' in window)) return;
  const strings = JSON.parse(box.dataset.strings ?? '{}') as SaveStrings;
  const path = pageKey(location.href);
  let saved = await isSaved(path).catch(() => false);
  const show = () => (button.textContent = saved ? strings.remove : strings.save);
  show();
  if (saved) message.textContent = strings.saved;
  box.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      if (saved) {
        await removePage(path);
        saved = false;
        message.textContent = strings.removed;
      } else {
        message.textContent = strings.saving;
        await savePage(path);
        saved = true;
        message.textContent = strings.saved;
      }
    } catch (error) {
      message.textContent =
        error instanceof StoreFullError ? fill(strings.full, { count: error.message }) : strings.failed;
    } finally {
      button.disabled = false;
      show();
    }
  });
}

const storedAt = document.documentElement.dataset.storedAt;
if (storedAt) showStoredCopy(storedAt);
const box = document.querySelector<HTMLElement>('[data-save-offline]');
if (box) void enableSaveButton(box);
