import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { ccClient, domainOf, expectCcError, loadInstance, makeConnection, makePackage, serviceToken, type Cc } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`network: tenant and project isolation, roles [${dialect}]`, () => {
    let t: TestApp;
    let cc: Cc;
    let mine: string;
    let inProject: string;
    let otherDomain: string;
    let otherToken: string;

    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
      cc = ccClient(t, await domainOf(t));
      expect((await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/projects`, payload: { id: 'lab' } })).statusCode).toBe(201);
      mine = await makeConnection(cc, 'default-cc');
      inProject = await makeConnection(cc, 'lab-cc', { enterprise_project_id: 'lab' });
      await loadInstance(cc, inProject, 'r-1', ['10.0.0.0/16']);
      await makePackage(cc, 10, { enterprise_project_id: 'lab' });
      const other = (await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'other-co' } })).json();
      otherDomain = other.domainId;
      const sa = await t.request({ method: 'POST', url: `/api/v1/accounts/${other.id}/service-accounts`, payload: { name: 'their-admin', role: 'admin' } });
      otherToken = sa.json().token;
    });
    afterAll(() => t.close());

    it("shows the account's domain_id on the native account resource", async () => {
      const account = (await t.request({ method: 'GET', url: `/api/v1/accounts/${t.accountId}` })).json();
      expect(account.domainId).toMatch(/^[0-9a-f]{32}$/);
      expect(cc.base).toBe(`/v3/${account.domainId}/ccaas`);
    });

    it("another account's token sees nothing of this domain: 404, never a byte of its data", async () => {
      for (const path of ['/cloud-connections', `/cloud-connections/${mine}`, '/network-instances', '/bandwidth-packages']) {
        const res = await cc.call('GET', path, undefined, otherToken);
        expectCcError(res, 404, 'CC.1007');
        expect(res.body).not.toContain(mine);
      }
      expectCcError(await cc.call('DELETE', `/cloud-connections/${mine}`, undefined, otherToken), 404, 'CC.1007');
      // And in its own domain, this account's ids are not found.
      const theirs = ccClient(t, otherDomain);
      expectCcError(await theirs.call('GET', `/cloud-connections/${mine}`, undefined, otherToken), 404, 'CC.1007');
      expect((await theirs.call('GET', '/cloud-connections', undefined, otherToken)).json().cloud_connections).toEqual([]);
    });

    it('a token limited to a project sees only that project (enterprise_project_id), and cannot create elsewhere', async () => {
      const { token } = await serviceToken(t, 'lab-operator', 'operator', ['lab']);
      const list = (await cc.call('GET', '/cloud-connections', undefined, token)).json();
      expect(list.cloud_connections.map((c: any) => c.id)).toEqual([inProject]);
      expect(list.cloud_connections[0].enterprise_project_id).toBe('lab');
      expect((await cc.call('GET', '/network-instances', undefined, token)).json().network_instances).toHaveLength(1);
      expectCcError(await cc.call('GET', `/cloud-connections/${mine}`, undefined, token), 404, 'CC.1007');
      expectCcError(await cc.call('PUT', `/cloud-connections/${mine}`, { cloud_connection: { name: 'x' } }, token), 404, 'CC.1007');
      expectCcError(await loadInstance({ ...cc, call: (m, p, b) => cc.call(m, p, b, token) }, mine, 'r-1', ['10.9.0.0/16']), 404, 'CC.1007');
      expect(expectCcError(await cc.call('POST', '/cloud-connections', { cloud_connection: { name: 'sneaky' } }, token), 400, 'CC.1002')).toContain('enterprise_project_id');
      expect((await cc.call('POST', '/cloud-connections', { cloud_connection: { name: 'ok', enterprise_project_id: 'lab' } }, token)).statusCode).toBe(201);
      expect((await cc.call('GET', '/cloud-connections?enterprise_project_id=0', undefined, token)).json().cloud_connections).toEqual([]);
    });

    it('roles: a viewer reads but gets 403 on writes; an operator cannot delete', async () => {
      const viewer = (await serviceToken(t, 'net-viewer', 'viewer')).token;
      expect((await cc.call('GET', `/cloud-connections/${mine}`, undefined, viewer)).statusCode).toBe(200);
      expect(expectCcError(await cc.call('POST', '/cloud-connections', { cloud_connection: { name: 'v' } }, viewer), 403, 'CC.1006')).toContain('network-cloud-connections:create');
      expectCcError(await cc.call('POST', `/cloud-connections/${mine}/tag`, { tags: [{ key: 'a', value: 'b' }] }, viewer), 403, 'CC.1006');
      const operator = (await serviceToken(t, 'net-operator', 'operator')).token;
      expect((await cc.call('PUT', `/cloud-connections/${mine}`, { cloud_connection: { description: 'op' } }, operator)).statusCode).toBe(200);
      expectCcError(await cc.call('DELETE', `/cloud-connections/${mine}`, undefined, operator), 403, 'CC.1006');
      expect((await cc.call('GET', `/cloud-connections/${mine}`)).statusCode).toBe(200);
    });
  });
}
