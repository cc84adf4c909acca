// Single sign-on end to end against a real OpenID Connect provider (oidc-provider) in the test process: the
// console's authorization code flow, role mapping, a person without a role, a tampered ID token, CSRF on
// cookie writes, people in the audit trail, the admin's session list and revocation, sign-out, and the idle
// and absolute expiry (Lifeboat's clock is moved; the provider's is the real one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN } from '../helpers/app.ts';
import { browserSignIn, HttpBrowser, startSsoTestbed, type SsoTestbed } from '../helpers/oidc.ts';
import { DIALECTS } from '../helpers/stores.ts';

interface SessionJson { id: string; kind: string; subject: string; email: string | null; name: string | null; accountId: number; role: string; projects: string[] | null; csrfToken?: string }

for (const dialect of DIALECTS) {
  describe(`single sign-on [${dialect}]`, () => {
    let bed: SsoTestbed;
    let accountApi: string;

    beforeAll(async () => {
      bed = await startSsoTestbed(dialect);
      accountApi = `${bed.baseUrl}/api/v1/accounts/${bed.t.accountId}`;
    }, 30_000);
    afterAll(() => bed.close());

    const admin = (path: string, init: { method?: string } = {}) =>
      fetch(`${accountApi}${path}`, { method: init.method ?? 'GET', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const current = async (browser: HttpBrowser) => browser.request(`${bed.baseUrl}/auth/session`);
    const createProject = (browser: HttpBrowser, id: string, csrf?: string) => browser.request(`${accountApi}/projects`, {
      method: 'POST', body: JSON.stringify({ id }), headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
    });

    it('says SSO is configured, for the console to offer it', async () => {
      const res = await fetch(`${bed.baseUrl}/auth/sso/config`);
      expect(await res.json()).toEqual({ enabled: true, loginUrl: '/auth/sso/login' });
    });

    it('signs a mapped person in: back to the console with an HttpOnly, SameSite=Lax session cookie and the mapped role', async () => {
      const { browser, res, url } = await browserSignIn(bed, 'alice', '/assemblies');
      expect(res.status).toBe(303);
      expect(url).toBe(`${bed.baseUrl}/assemblies`);
      const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('lifeboat_session='))!;
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Lax/);
      expect(setCookie).not.toMatch(/Secure/); // plain http here; under TLS it is Secure
      const me = await current(browser);
      expect(me.status).toBe(200);
      const session = (await me.json()) as SessionJson;
      expect(session).toMatchObject({ kind: 'browser', subject: 'alice', email: 'alice@example.com', name: 'Alice Admin', accountId: bed.t.accountId, role: 'admin', projects: null });
      expect(session.csrfToken).toMatch(/^[\w-]{20,}$/);
      // The session is a principal: the API answers the cookie.
      const projects = await browser.request(`${accountApi}/projects`);
      expect(projects.status).toBe(200);
    });

    it('refuses a cookie write without the CSRF token, writes nothing, and accepts it with the token; the audit trail names the person', async () => {
      const { browser } = await browserSignIn(bed, 'alice');
      const { csrfToken } = (await (await current(browser)).json()) as SessionJson;
      const refused = await createProject(browser, 'csrf-probe');
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { errors: Array<{ code: string }> }).errors[0]!.code).toBe('CSRF_TOKEN_INVALID');
      expect((await createProject(browser, 'csrf-probe', 'not-the-token')).status).toBe(403);
      const list = (await (await admin('/projects')).json()) as Array<{ id: string }>;
      expect(list.map((p) => p.id)).not.toContain('csrf-probe');

      const made = await createProject(browser, 'by-alice', csrfToken);
      expect(made.status).toBe(201);
      const events = (await (await admin('/events')).json()) as Array<{ actor: string; actorName: string; action: string; result: string }>;
      expect(events.find((e) => e.action === 'createProject' && e.result === 'success')).toMatchObject({ actor: 'person:alice', actorName: 'Alice Admin <alice@example.com>' });
      expect(events.find((e) => e.action === 'signIn')).toMatchObject({ actor: 'person:alice' });
    });

    it('a signed-in person reads the connection-group and /v3 network surfaces the console shows; a cookie write there needs the CSRF token', async () => {
      const { browser } = await browserSignIn(bed, 'alice');
      const groups = await browser.request(`${bed.baseUrl}/connections/aws/connection-groups`);
      expect(groups.status, await groups.clone().text()).toBe(200);
      const account = (await (await admin('')).json()) as { domainId: string };
      const network = await browser.request(`${bed.baseUrl}/v3/${account.domainId}/ccaas/cloud-connections`);
      expect(network.status, await network.clone().text()).toBe(200);
      const body = JSON.stringify({ cloud_connection: { name: 'csrf-probe-cc' } });
      const refused = await browser.request(`${bed.baseUrl}/v3/${account.domainId}/ccaas/cloud-connections`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      expect(refused.status).toBe(403);
      const groupRefused = await browser.request(`${bed.baseUrl}/connections/aws/connection-groups`, {
        method: 'POST', body: JSON.stringify({ account_native_id: '123456789012', aws_regions: ['us-east-1'], asset_types: ['EC2'] }), headers: { 'content-type': 'application/json' },
      });
      expect(groupRefused.status).toBe(403);
      const after = (await (await browser.request(`${bed.baseUrl}/v3/${account.domainId}/ccaas/cloud-connections`)).json()) as { cloud_connections: Array<{ name: string }> };
      expect(after.cloud_connections.map((c) => c.name)).not.toContain('csrf-probe-cc');
    });

    it('a bearer request is not asked for a CSRF token', async () => {
      const res = await fetch(`${accountApi}/projects`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ id: 'by-token' }) });
      expect(res.status).toBe(201);
    });

    it('maps groups to roles: a viewer limited to one project may read it, not write, and sees no other project', async () => {
      const { browser } = await browserSignIn(bed, 'vera');
      const session = (await (await current(browser)).json()) as SessionJson;
      expect(session).toMatchObject({ role: 'viewer', projects: ['default'], email: 'vera@example.com' });
      expect((await browser.request(`${accountApi}/projects/default/aws/cloud-connections`)).status).toBe(200);
      expect((await browser.request(`${accountApi}/projects/by-alice/aws/cloud-connections`)).status).toBe(404);
      const write = await browser.request(`${accountApi}/projects/default/aws/cloud-connections`, {
        method: 'POST', body: '{}', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken! },
      });
      expect(write.status).toBe(403);

      const operator = await browserSignIn(bed, 'oscar');
      expect(((await (await current(operator.browser)).json()) as SessionJson).role).toBe('operator');
    });

    it('refuses a person no role maps to with a clear page, and stores nothing for them', async () => {
      const { browser, res, body } = await browserSignIn(bed, 'nobody');
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(body).toContain('No access to Lifeboat');
      expect(body).toContain('nobody@example.com');
      expect(body).toContain('marketing');
      expect(browser.cookie(bed.baseUrl, 'lifeboat_session')).toBeUndefined();
      expect(await (await admin('/sessions?subject=nobody')).json()).toEqual([]);
      const events = (await (await admin('/events')).json()) as Array<{ actor: string }>;
      expect(events.some((e) => e.actor === 'person:nobody')).toBe(false);
    });

    it('refuses a tampered ID token (payload changed after signing): no session', async () => {
      bed.tamperIdTokens = true;
      try {
        const { browser, res, body } = await browserSignIn(bed, 'nobody');
        expect(res.status).toBe(400);
        expect(body).toContain('Sign-in refused');
        expect(browser.cookie(bed.baseUrl, 'lifeboat_session')).toBeUndefined();
        // Refused by openid-client's signature check against the provider's JWKS, not by anything else.
        expect(bed.t.logs.filter((l) => l.includes('the sign-in was refused')).join('\n')).toMatch(/signature/i);
      } finally {
        bed.tamperIdTokens = false;
      }
      expect(await (await admin('/sessions?subject=nobody')).json()).toEqual([]);
    });

    it('refuses a callback with a state this browser did not start', async () => {
      const first = await browserSignIn(bed, 'alice');
      expect(first.res.status).toBe(303);
      const stranger = new HttpBrowser();
      const res = await stranger.request(`${bed.baseUrl}/auth/sso/callback?code=stolen&state=forged`);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Sign-in expired');
    });

    it('lists active sessions for an admin only, and revokes one at once', async () => {
      const { browser } = await browserSignIn(bed, 'oscar');
      const mine = (await (await current(browser)).json()) as SessionJson;
      const listed = (await (await admin('/sessions')).json()) as SessionJson[];
      expect(listed.find((s) => s.id === mine.id)).toMatchObject({ subject: 'oscar', role: 'operator', kind: 'browser' });
      expect(JSON.stringify(listed)).not.toContain(mine.csrfToken!);
      // An operator (the session itself) may not list or revoke sessions.
      expect((await browser.request(`${accountApi}/sessions`)).status).toBe(403);

      expect((await admin(`/sessions/${mine.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await browser.request(`${accountApi}/projects`)).status).toBe(401);
      expect((await current(browser)).status).toBe(401);
      expect((await admin(`/sessions/${mine.id}`, { method: 'DELETE' })).status).toBe(404);
    });

    it("revokes every session of one person, and no one else's", async () => {
      const one = await browserSignIn(bed, 'vera');
      const two = await browserSignIn(bed, 'vera');
      const other = await browserSignIn(bed, 'alice');
      const res = await admin('/sessions?subject=vera', { method: 'DELETE' });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { revoked: number }).revoked).toBeGreaterThanOrEqual(2);
      expect((await current(one.browser)).status).toBe(401);
      expect((await current(two.browser)).status).toBe(401);
      expect((await current(other.browser)).status).toBe(200);
      const events = (await (await admin('/events')).json()) as Array<{ action: string; targetId: string | null }>;
      expect(events.find((e) => e.action === 'revokePersonSessions')).toMatchObject({ targetId: 'vera' });
    });

    it("signs out: the session ends, the cookie is cleared, and the provider's end-session page is given", async () => {
      const { browser } = await browserSignIn(bed, 'alice');
      const { csrfToken } = (await (await current(browser)).json()) as SessionJson;
      expect((await browser.request(`${bed.baseUrl}/auth/logout`, { method: 'POST' })).status).toBe(403); // no CSRF token
      const res = await browser.request(`${bed.baseUrl}/auth/logout`, { method: 'POST', headers: { 'x-csrf-token': csrfToken! } });
      expect(res.status).toBe(200);
      const { endSessionUrl } = (await res.json()) as { endSessionUrl: string };
      expect(endSessionUrl.startsWith(`${bed.issuer}/session/end`)).toBe(true);
      expect(new URL(endSessionUrl).searchParams.get('id_token_hint')).toBeTruthy();
      expect(browser.cookie(bed.baseUrl, 'lifeboat_session')).toBeUndefined();
    });

    it('ends a session left idle, and any session at its absolute expiry however busy', async () => {
      const start = bed.clock;
      try {
        const idle = await browserSignIn(bed, 'alice');
        bed.clock += 59 * 60_000;
        expect((await current(idle.browser)).status).toBe(200); // used at 59 minutes: the idle time starts again
        bed.clock += 59 * 60_000;
        expect((await current(idle.browser)).status).toBe(200);
        bed.clock += 61 * 60_000;
        expect((await current(idle.browser)).status).toBe(401);

        const busy = await browserSignIn(bed, 'alice');
        for (let hour = 0; hour < 11; hour++) {
          bed.clock += 50 * 60_000;
          expect((await current(busy.browser)).status).toBe(200);
        }
        bed.clock += 12 * 3_600_000 - 11 * 50 * 60_000; // 12 hours after sign-in (and the few ms the test took)
        expect((await current(busy.browser)).status).toBe(401);
      } finally {
        bed.clock = start;
      }
    });
  });
}
