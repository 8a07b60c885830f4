/**
 * Where the CMS saves, chosen by environment variables when the site is built (see the README,
 * "CMS backends"). Without CMS_BACKEND the admin only works on the editor's own machine through
 * `decap-server` (`npm run cms`). Misconfiguration stops the build: an admin that cannot log in
 * is found by the editor, too late.
 */
import type { DecapBackend, DecapConfig } from './types';

export type Env = Record<string, string | undefined>;

/** The local `decap-server` of `npm run cms`; Decap only tries it when the admin runs on localhost. */
export const DEFAULT_LOCAL_BACKEND_URL = 'http://127.0.0.1:8081/api/v1';

const BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;
type GitBackend = (typeof BACKENDS)[number];

/**
 * Backends on which the draft → review → ready workflow is on unless CMS_EDITORIAL_WORKFLOW=false.
 * Decap's Forgejo backend has the workflow, but new entries fail in it (decap-cms issue 7949,
 * open for the version we ship), so there it is on only with CMS_EDITORIAL_WORKFLOW=true. Decap's
 * Gitea backend has no workflow at all.
 */
const WORKFLOW_BY_DEFAULT: ReadonlySet<GitBackend> = new Set(['github', 'gitlab']);
const WORKFLOW_ON_REQUEST: ReadonlySet<GitBackend> = new Set(['forgejo']);

const COMMIT_MESSAGES = {
  create: 'Tambah {{collection}} “{{slug}}”',
  update: 'Ubah {{collection}} “{{slug}}”',
  delete: 'Hapus {{collection}} “{{slug}}”',
  uploadMedia: 'Unggah “{{path}}”',
  deleteMedia: 'Hapus “{{path}}”',
  openAuthoring: '{{message}}',
};

function required(env: Env, name: string, why: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`CMS: ${name} is required when CMS_BACKEND=${env.CMS_BACKEND} (${why})`);
  return value;
}

function httpsUrl(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  if (value && !/^https:\/\/\S+$/.test(value) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(value))
    throw new Error(`CMS: ${name} must be an https:// address (got "${value}")`);
  return value || undefined;
}

function gitBackend(name: GitBackend, env: Env): DecapBackend {
  const common = {
    repo: required(env, 'CMS_REPO', 'the repository, as owner/name'),
    branch: env.CMS_BRANCH?.trim() || 'main',
    commit_messages: COMMIT_MESSAGES,
  };
  const apiRoot = httpsUrl(env, 'CMS_API_ROOT');
  switch (name) {
    case 'github':
      return {
        name,
        ...common,
        // GitHub's OAuth needs a server holding the client secret: the OAuth proxy.
        base_url: httpsUrl(env, 'CMS_BASE_URL') ?? required(env, 'CMS_BASE_URL', 'the OAuth proxy'),
        auth_endpoint: env.CMS_AUTH_ENDPOINT?.trim() || 'auth',
        ...(apiRoot ? { api_root: apiRoot } : {}),
      };
    case 'gitlab':
      return {
        name,
        ...common,
        auth_type: 'pkce',
        app_id: required(env, 'CMS_APP_ID', 'the OAuth application ID'),
        ...(httpsUrl(env, 'CMS_BASE_URL') ? { base_url: httpsUrl(env, 'CMS_BASE_URL') } : {}),
        ...(apiRoot ? { api_root: apiRoot } : {}),
        ...(env.CMS_AUTH_ENDPOINT?.trim() ? { auth_endpoint: env.CMS_AUTH_ENDPOINT.trim() } : {}),
      };
    case 'gitea':
      return {
        name,
        ...common,
        app_id: required(env, 'CMS_APP_ID', 'the OAuth2 application client ID'),
        base_url: httpsUrl(env, 'CMS_BASE_URL') ?? required(env, 'CMS_BASE_URL', 'the Gitea address'),
        api_root: apiRoot ?? required(env, 'CMS_API_ROOT', 'the Gitea API, https://<host>/api/v1'),
      };
    case 'forgejo':
      return {
        name,
        ...common,
        app_id: required(env, 'CMS_APP_ID', 'the OAuth2 application client ID'),
        // Decap's Forgejo backend finds the login page from the API address.
        api_root: apiRoot ?? required(env, 'CMS_API_ROOT', 'the Forgejo API, https://<host>/api/v1'),
      };
  }
}

/** The `backend`, `local_backend` and `publish_mode` parts of the Decap configuration. */
export function backendConfig(env: Env): Pick<DecapConfig, 'backend' | 'local_backend' | 'publish_mode'> {
  const localUrl = env.CMS_LOCAL_BACKEND_URL?.trim() || DEFAULT_LOCAL_BACKEND_URL;
  const local_backend = env.CMS_LOCAL_BACKEND === 'false' ? (false as const) : { url: localUrl };
  const chosen = env.CMS_BACKEND?.trim();
  // Locally the workflow is asked for and Decap keeps it only when the local server is a Git one
  // (`npm run cms -- --git`); with the file server of `npm run cms` Decap publishes directly.
  if (!chosen)
    return {
      backend: {
        name: 'proxy',
        proxy_url: localUrl,
        // The branch the Git mode publishes to; Decap's proxy backend would assume "master".
        branch: env.CMS_BRANCH?.trim() || 'main',
        commit_messages: COMMIT_MESSAGES,
      },
      local_backend,
      ...(env.CMS_EDITORIAL_WORKFLOW !== 'false' ? { publish_mode: 'editorial_workflow' as const } : {}),
    };
  if (!(BACKENDS as readonly string[]).includes(chosen))
    throw new Error(`CMS: CMS_BACKEND must be one of ${BACKENDS.join(', ')} (got "${chosen}")`);
  const name = chosen as GitBackend;
  const workflow =
    (WORKFLOW_BY_DEFAULT.has(name) && env.CMS_EDITORIAL_WORKFLOW !== 'false') ||
    (WORKFLOW_ON_REQUEST.has(name) && env.CMS_EDITORIAL_WORKFLOW === 'true');
  return {
    backend: gitBackend(name, env),
    local_backend,
    ...(workflow ? { publish_mode: 'editorial_workflow' as const } : {}),
  };
}
