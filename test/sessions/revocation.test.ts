// Revoking a session ends it everywhere at once: its very next request is a 401 on the native, connection-group
// and /v3 surfaces, and the refresh token of a revoked CLI session renews nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN } from '../helpers/app.ts';
import { browserSignIn, deviceSignIn, startSsoTestbed, type SsoTestbed } from '../helpers/oidc.ts';
import { DIALECTS } from '../helpers/stores.ts';

for (const dialect of DIALECTS) {
  describe(`a revoked session [${dialect}]`, () => {
    let bed: SsoTestbed;
    let surfaces: string[];
    beforeAll(async () => {
      bed = await startSsoTestbed(dialect);
      const account = (await (await fetch(`${bed.baseUrl}/api/v1/accounts/${bed.t.accountId}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()) as { domainId: string };
      surfaces = [`/api/v1/accounts/${bed.t.accountId}/projects`, '/connections/aws/connection-groups', `/v3/${account.domainId}/ccaas/cloud-connections`];
    }, 30_000);
    afterAll(() => bed.close());

    const revoke = (id: string) => fetch(`${bed.baseUrl}/api/v1/accounts/${bed.t.accountId}/sessions/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });

    it("a browser's: the next request on every surface is a 401", async () => {
      const { browser } = await browserSignIn(bed, 'oscar');
      for (const url of surfaces) expect((await browser.request(`${bed.baseUrl}${url}`)).status, url).toBe(200);
      const { id } = (await (await browser.request(`${bed.baseUrl}/auth/session`)).json()) as { id: string };
      expect((await revoke(id)).status).toBe(204);
      for (const url of surfaces) expect((await browser.request(`${bed.baseUrl}${url}`)).status, url).toBe(401);
    });

    it("a CLI's: its bearer token is a 401 at once, and its refresh token renews nothing", async () => {
      const cli = await deviceSignIn(bed, 'oscar');
      const bearer = (url: string) => fetch(`${bed.baseUrl}${url}`, { headers: { authorization: `Bearer ${cli.token}` } });
      const bearerSurfaces = surfaces.slice(0, 2); // /v3 takes X-Auth-Token or a signature, not a session token
      for (const url of bearerSurfaces) expect((await bearer(url)).status, url).toBe(200);
      expect((await revoke(cli.session.id)).status).toBe(204);
      for (const url of bearerSurfaces) expect((await bearer(url)).status, url).toBe(401);
      const refresh = await fetch(`${bed.baseUrl}/auth/session/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: cli.refreshToken }) });
      expect(refresh.status).toBe(401);
      expect(((await refresh.json()) as { message: string }).message).toMatch(/session has ended/);
    });
  });
}
