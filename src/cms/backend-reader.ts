/**
 * Reads the content files through the backend Decap is using (the local `decap-server`, GitHub,
 * GitLab, Gitea or Forgejo), for the checks across entries before a save. Decap's event
 * handlers receive only the entry being saved, so this takes the backend from Decap's own
 * store, the one object that knows the repository, the branch and the login.
 */
import { currentBackend } from 'decap-cms-core/dist/esm/backend';
import { store } from 'decap-cms-core/dist/esm/redux';
import type { ContentReader } from './cross-entry';
import { queue } from './read-queue';

interface ImplementationEntry {
  data: string;
  file: { path: string };
}

/** The part of a Decap backend implementation this file calls; every backend has it. */
export interface DecapImplementation {
  allEntriesByFolder?: (folder: string, extension: string, depth: number) => Promise<ImplementationEntry[]>;
  entriesByFolder: (folder: string, extension: string, depth: number) => Promise<ImplementationEntry[]>;
  getEntry: (path: string) => Promise<ImplementationEntry>;
}

const stored = (entry: ImplementationEntry) => ({ path: entry.file.path, text: entry.data });

export function backendReader(): ContentReader {
  const implementation = () => currentBackend(store.getState().config).implementation;
  const inTurn = queue(3);
  return {
    folder: (folder, extension) => inTurn(() => readFolder(folder, extension)),
    file: (path) => inTurn(() => readFile(path)),
  };

  async function readFolder(folder: string, extension: string) {
    const backend = implementation();
    // Folders are not nested here: every collection's files sit directly in its folder.
    const entries = backend.allEntriesByFolder
      ? await backend.allEntriesByFolder(folder, extension, 1)
      : await backend.entriesByFolder(folder, extension, 1);
    return entries.map(stored);
  }

  async function readFile(path: string) {
    try {
      return stored(await implementation().getEntry(path));
    } catch {
      // A settings file that does not exist yet: the build's check names it.
      return undefined;
    }
  }
}

/** Calls `then` once, when the editor has logged in (before that, a Git host refuses reads). */
export function afterLogin(then: () => void) {
  const loggedIn = () => store.getState().auth.user !== undefined;
  if (loggedIn()) return then();
  const stop = store.subscribe(() => {
    if (!loggedIn()) return;
    stop();
    then();
  });
}

/**
 * Whether Decap runs the editorial workflow: asked for in the configuration, and kept by Decap
 * only when the backend has it (the local file server of `npm run cms` has not).
 */
export function usesEditorialWorkflow(): boolean {
  return store.getState().config.publish_mode === 'editorial_workflow';
}
