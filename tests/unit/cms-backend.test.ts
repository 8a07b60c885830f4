/**
 * Where the CMS saves is chosen by CMS_* variables when the site is built. Each backend gets
 * what Decap needs to log in, editorial workflow where Decap's backend has it, and the admin's
 * Content-Security-Policy lets it reach exactly those hosts. Misconfiguration stops the build.
 */
import { describe, expect, it } from 'vitest';
import { backendConfig, DEFAULT_LOCAL_BACKEND_URL } from '../../src/cms/backend';
import { adminConnectSources, adminCsp } from '../../src/cms/csp';

describe('backendConfig', () => {
  it('without CMS_BACKEND, saves only through the local decap-server on 127.0.0.1', () => {
    expect(backendConfig({})).toEqual({
      backend: {
        name: 'proxy',
        proxy_url: DEFAULT_LOCAL_BACKEND_URL,
        branch: 'main',
        commit_messages: expect.any(Object),
      },
      local_backend: { url: 'http://127.0.0.1:8081/api/v1' },
      // Decap keeps it only against a Git-mode server (`npm run cms -- --git`).
      publish_mode: 'editorial_workflow',
    });
    expect(backendConfig({ CMS_EDITORIAL_WORKFLOW: 'false' }).publish_mode).toBeUndefined();
    expect(backendConfig({}).backend.commit_messages?.create).toBe('Tambah {{collection}} “{{slug}}”');
  });

  it('GitHub: through the OAuth proxy, with editorial workflow', () => {
    const config = backendConfig({
      CMS_BACKEND: 'github',
      CMS_REPO: 'dpmptsp-oi/portal-mpp',
      CMS_BASE_URL: 'https://oauth.mpp-oganilir.example',
    });
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'dpmptsp-oi/portal-mpp',
      branch: 'main',
      base_url: 'https://oauth.mpp-oganilir.example',
      auth_endpoint: 'auth',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(() => backendConfig({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' })).toThrow(/CMS_BASE_URL/);
  });

  it('GitLab: PKCE with an application ID, self-hosted when given its addresses', () => {
    const config = backendConfig({
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'diskominfo/portal-mpp',
      CMS_BRANCH: 'produksi',
      CMS_APP_ID: 'abc123',
      CMS_BASE_URL: 'https://gitlab.oganilirkab.example',
      CMS_API_ROOT: 'https://gitlab.oganilirkab.example/api/v4',
    });
    expect(config.backend).toMatchObject({
      name: 'gitlab',
      branch: 'produksi',
      auth_type: 'pkce',
      app_id: 'abc123',
      base_url: 'https://gitlab.oganilirkab.example',
      api_root: 'https://gitlab.oganilirkab.example/api/v4',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(() => backendConfig({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b' })).toThrow(/CMS_APP_ID/);
  });

  it('Gitea: PKCE, without editorial workflow, which Decap does not support there', () => {
    const config = backendConfig({
      CMS_BACKEND: 'gitea',
      CMS_REPO: 'mpp/portal',
      CMS_APP_ID: 'id',
      CMS_BASE_URL: 'https://git.example.go.id',
      CMS_API_ROOT: 'https://git.example.go.id/api/v1',
    });
    expect(config.backend).toMatchObject({ name: 'gitea', app_id: 'id', api_root: 'https://git.example.go.id/api/v1' });
    expect(config.publish_mode).toBeUndefined();
  });

  it('Forgejo: PKCE from the API address, publishing directly unless the workflow is asked for', () => {
    const forgejo = {
      CMS_BACKEND: 'forgejo',
      CMS_REPO: 'mpp/portal',
      CMS_APP_ID: 'id',
      CMS_API_ROOT: 'https://codeberg.org/api/v1',
    };
    const config = backendConfig(forgejo);
    expect(config.backend).toMatchObject({ name: 'forgejo', api_root: 'https://codeberg.org/api/v1' });
    // New entries fail in Decap's Forgejo workflow (decap-cms issue 7949).
    expect(config.publish_mode).toBeUndefined();
    expect(backendConfig({ ...forgejo, CMS_EDITORIAL_WORKFLOW: 'true' }).publish_mode).toBe('editorial_workflow');
    expect(backendConfig({ ...forgejo, CMS_EDITORIAL_WORKFLOW: 'false' }).publish_mode).toBeUndefined();
  });

  it('refuses what cannot work', () => {
    expect(() => backendConfig({ CMS_BACKEND: 'bitbucket' })).toThrow(/CMS_BACKEND must be one of/);
    expect(() => backendConfig({ CMS_BACKEND: 'github', CMS_BASE_URL: 'https://x.id' })).toThrow(/CMS_REPO/);
    expect(() =>
      backendConfig({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'http://oauth.example' }),
    ).toThrow(/https/);
  });
});

describe('the admin Content-Security-Policy', () => {
  it('reaches the local decap-server, or the Git host and its login server', () => {
    expect(adminConnectSources(backendConfig({}))).toEqual(['http://127.0.0.1:8081']);
    const github = backendConfig({
      CMS_BACKEND: 'github',
      CMS_REPO: 'a/b',
      CMS_BASE_URL: 'https://oauth.example',
      CMS_LOCAL_BACKEND: 'false',
    });
    expect(adminConnectSources(github)).toEqual(['https://oauth.example', 'https://api.github.com']);
    const gitea = backendConfig({
      CMS_BACKEND: 'gitea',
      CMS_REPO: 'a/b',
      CMS_APP_ID: 'i',
      CMS_BASE_URL: 'https://git.id',
      CMS_API_ROOT: 'https://git.id/api/v1',
    });
    expect(adminConnectSources(gitea)).toEqual(['https://git.id', 'http://127.0.0.1:8081']);
  });

  it('allows what Decap needs: inline styles and eval, for the admin only', () => {
    const csp = adminCsp(backendConfig({}));
    expect(csp.styleResources).toEqual(["'unsafe-inline'"]);
    expect(csp.scriptResources).toEqual(["'unsafe-eval'"]);
    expect(csp.directives).toContain("img-src 'self' data: blob: https:");
  });
});
