/**
 * Types for the Decap packages the admin imports one by one. They ship no declarations of
 * their own (only `decap-cms-core` and `decap-cms-app` do), so these say just what we use.
 */
declare module 'decap-cms-backend-github' {
  export const GitHubBackend: import('decap-cms-core').CmsBackendClass;
}
declare module 'decap-cms-backend-gitlab' {
  export const GitLabBackend: import('decap-cms-core').CmsBackendClass;
}
declare module 'decap-cms-backend-gitea' {
  export const GiteaBackend: import('decap-cms-core').CmsBackendClass;
}
declare module 'decap-cms-backend-forgejo' {
  export const ForgejoBackend: import('decap-cms-core').CmsBackendClass;
}
declare module 'decap-cms-backend-proxy' {
  export const ProxyBackend: import('decap-cms-core').CmsBackendClass;
}
/** Every widget package exports a factory of its registration. */
declare module 'decap-cms-widget-*' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam };
  export default widget;
}
/** Decap's English interface strings, which `tests/unit/cms-locale.test.ts` compares with ours. */
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
/**
 * Decap's own backend object and store, which its public API does not offer: the checks across
 * entries read the other entries through them (`src/cms/backend-reader.ts`).
 */
declare module 'decap-cms-core/dist/esm/backend' {
  export function currentBackend(config: unknown): {
    implementation: import('../cms/backend-reader').DecapImplementation;
  };
  /** The link to an entry's page on the site, or nothing when there is none. */
  export class Backend {
    getDeploy(collection: unknown, slug: string, entry: unknown): { url: string; status: string } | undefined;
  }
}
declare module 'decap-cms-core/dist/esm/redux' {
  export const store: {
    getState: () => { config: { publish_mode?: string }; auth: { user?: unknown } };
    subscribe: (listener: () => void) => () => void;
    dispatch: (action: unknown) => void;
  };
}
/** The action that marks a field with errors, as Decap's own checks do (`src/cms/field-marks.ts`). */
declare module 'decap-cms-core/dist/esm/actions/entries' {
  export function changeDraftFieldValidation(
    uniqueFieldId: string,
    errors: { type: string; message: string }[],
  ): unknown;
}
