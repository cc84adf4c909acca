// The session cookie over https: `__Host-lifeboat_session` (Secure, Path=/, no Domain) when the server speaks
// TLS or its public URL is https (a TLS-terminating proxy, simulated by the test browser's origin mapping); every
// surface reads only that name, and sign-out clears it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachedOverHttps } from '../../src/modules/sessions/cookies.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { ADMIN_TOKEN } from '../helpers/app.ts';
import { browserSignIn, deviceSignIn, startSsoTestbed, type SsoTestbed } from '../helpers/oidc.ts';
import { DIALECTS } from '../helpers/stores.ts';

const PUBLIC_URL = 'https://lifeboat.example.test';

describe('which cookies are Secure', () => {
  it('over TLS or behind an https public URL; not on plain http, nor with an http public URL', () => {
    expect(reachedOverHttps(loadConfig({}))).toBe(false);
    expect(reachedOverHttps(loadConfig({ LIFEBOAT_PUBLIC_URL: 'http://lifeboat.internal:8080' }))).toBe(false);
    expect(reachedOverHttps(loadConfig({ LIFEBOAT_PUBLIC_URL: PUBLIC_URL }))).toBe(true);
    expect(reachedOverHttps(loadConfig({ LIFEBOAT_TLS_CERT: 'cert.pem', LIFEBOAT_TLS_KEY: 'key.pem' }))).toBe(true);
  });
});

for (const dialect of DIALECTS) {
  describe(`the session cookie behind an https public URL [${dialect}]`, () => {
    let bed: SsoTestbed;
    beforeAll(async () => {
      bed = await startSsoTestbed(dialect, { LIFEBOAT_PUBLIC_URL: PUBLIC_URL });
    }, 30_000);
    afterAll(() => bed.close());

    it('is __Host-lifeboat_session: Secure, Path=/, no Domain; the pending sign-in is __Secure-', async () => {
      const { browser, res } = await browserSignIn(bed, 'alice');
      expect(res.status).toBe(303);
      const set = res.headers.getSetCookie();
      const session = set.find((c) => c.startsWith('__Host-lifeboat_session='))!;
      expect(session.split('; ')).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax', 'Secure']));
      expect(session).not.toMatch(/Domain=/i);
      expect(set.find((c) => c.startsWith('__Secure-lifeboat_sso_login='))).toMatch(/; Secure/);
      expect(set.some((c) => c.startsWith('lifeboat_session='))).toBe(false);
      expect(browser.cookie(PUBLIC_URL, '__Host-lifeboat_session')).toMatch(/^lbs_/);
    });

    it('opens the native, connection-group and /v3 surfaces; the unprefixed name is not read; sign-out clears the __Host- cookie', async () => {
      const { browser } = await browserSignIn(bed, 'alice');
      const token = browser.cookie(PUBLIC_URL, '__Host-lifeboat_session')!;
      const account = (await (await fetch(`${bed.baseUrl}/api/v1/accounts/${bed.t.accountId}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()) as { domainId: string };
      const surfaces = [`/api/v1/accounts/${bed.t.accountId}/projects`, '/connections/aws/connection-groups', `/v3/${account.domainId}/ccaas/cloud-connections`];
      for (const url of surfaces) {
        expect((await browser.request(`${PUBLIC_URL}${url}`)).status, url).toBe(200);
        // A cookie planted over plain http (or by a sibling host) cannot carry the unprefixed name in.
        expect((await fetch(`${bed.baseUrl}${url}`, { headers: { cookie: `lifeboat_session=${token}` } })).status, url).toBe(401);
      }
      const { csrfToken } = (await (await browser.request(`${PUBLIC_URL}/auth/session`)).json()) as { csrfToken: string };
      const out = await browser.request(`${PUBLIC_URL}/auth/logout`, { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
      expect(out.status).toBe(200);
      expect(out.headers.getSetCookie().find((c) => c.startsWith('__Host-lifeboat_session='))!.split('; ')).toEqual(expect.arrayContaining(['Max-Age=0', 'Path=/', 'Secure']));
      expect(browser.cookie(PUBLIC_URL, '__Host-lifeboat_session')).toBeUndefined();
      expect((await fetch(`${bed.baseUrl}${surfaces[0]}`, { headers: { cookie: `__Host-lifeboat_session=${token}` } })).status).toBe(401);
    });
  });

  describe(`the session cookie under TLS [${dialect}]`, () => {
    let bed: SsoTestbed;
    beforeAll(async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-tls-cookie-'));
      const [cert, key] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-subj', '/CN=127.0.0.1', '-days', '1'], { stdio: 'ignore' });
      bed = await startSsoTestbed(dialect, { LIFEBOAT_TLS_CERT: cert, LIFEBOAT_TLS_KEY: key });
    }, 30_000);
    afterAll(() => bed.close());

    it('the pending sign-in is __Secure-; only __Host-lifeboat_session is read, the unprefixed name is not', async () => {
      const login = await bed.t.app.http.inject({ method: 'GET', url: '/auth/sso/login' });
      expect(login.statusCode).toBe(302);
      expect(String(login.headers['set-cookie'])).toMatch(/^__Secure-lifeboat_sso_login=[^;]+; Path=\/auth\/sso; HttpOnly; SameSite=Lax; Max-Age=600; Secure$/);
      const { token } = await deviceSignIn(bed, 'oscar');
      const url = `/api/v1/accounts/${bed.t.accountId}/projects`;
      expect((await bed.t.app.http.inject({ method: 'GET', url, headers: { cookie: `__Host-lifeboat_session=${token}` } })).statusCode).toBe(200);
      expect((await bed.t.app.http.inject({ method: 'GET', url, headers: { cookie: `lifeboat_session=${token}` } })).statusCode).toBe(401);
    });
  });
}
