import type { AddressInfo } from 'node:net';
import { GlobalCredentials, Region } from '@huaweicloud/huaweicloud-sdk-core';
import { ClientBuilder } from '@huaweicloud/huaweicloud-sdk-core/ClientBuilder.js';
import type { HcClient } from '@huaweicloud/huaweicloud-sdk-core/HcClient.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { ccClient, domainOf, makeConnection, makePackage, serviceToken } from '../network/fixture.ts';

/**
 * Huawei's generated CcClient (huaweicloud-sdk-nodejs-v3, services/cc/v3/CcClient.ts) is not installed; its
 * core is. These tests build what CcClient builds — newBuilder() is a ClientBuilder over GlobalCredentials, and
 * each operation's ParamCreater gives the options below (method, url with {domain_id}, contentType
 * application/json, the model's query parameters as arrays, responseHeaders) — and hand them to the real
 * @huaweicloud/huaweicloud-sdk-core HcClient, which signs them (SDK-HMAC-SHA256) and sends them over HTTP.
 * Without withDomainId(), the core asks IAM for the domain: GET /v3/auth/domains on the credentials'
 * IAM endpoint (internal/services/iam.service.js, keystoneListAuthDomains), then takes domains[0].id.
 */
function ccSdk(endpoint: string, key: { ak: string; sk: string }, domainId?: string): HcClient {
  let credentials = new GlobalCredentials().withAk(key.ak).withSk(key.sk).withIamEndpoint(endpoint);
  if (domainId) credentials = credentials.withDomainId(domainId);
  return new ClientBuilder<HcClient>((client) => client, 'GlobalCredentials')
    .withCredential(credentials).withRegion(new Region('lifeboat-1', endpoint)).build();
}

/** CcClient.listX(request): ParamCreater's options (only the parameters set are sent), then sendRequest. */
function list(client: HcClient, resource: string, queryParams: Record<string, unknown>): Promise<any> {
  return client.sendRequest({
    method: 'GET', url: `/v3/{domain_id}/ccaas/${resource}`, contentType: 'application/json', queryParams, pathParams: {}, headers: {}, responseHeaders: [''],
  } as any);
}

for (const dialect of DIALECTS) {
  describe(`huaweicloud-sdk-core driving CcClient's requests over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let endpoint: string;
    let domainId: string;
    let key: { ak: string; sk: string };
    let connectionId: string;
    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
      await t.app.http.listen({ host: '127.0.0.1', port: 0 });
      endpoint = `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
      domainId = await domainOf(t);
      const sa = await serviceToken(t, `sdk-${dialect}`, 'operator');
      const made = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts/${sa.id}/access-keys` });
      expect(made.statusCode, made.body).toBe(201);
      key = { ak: made.json().access, sk: made.json().secret };
      connectionId = await makeConnection(ccClient(t, domainId), 'sdk-cc');
    });
    afterAll(() => t.close());

    it("the access-key create answer carries Huawei's credential names (access, secret) beside the current ones", async () => {
      const sa = await serviceToken(t, `keys-${dialect}`, 'viewer');
      const made = (await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts/${sa.id}/access-keys`, payload: { description: 'ci' } })).json();
      expect(made).toMatchObject({ access: made.accessKeyId, secret: made.secretAccessKey, credential: { access: made.accessKeyId, secret: made.secretAccessKey, status: 'active', description: 'ci' } });
    });

    it('GET /v3/auth/domains answers the calling key\'s domain (Keystone\'s shape), by X-Auth-Token too', async () => {
      const res = await t.app.http.inject({ method: 'GET', url: '/v3/auth/domains', headers: { 'x-auth-token': ADMIN_TOKEN } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().domains[0]).toMatchObject({ id: domainId, enabled: true, name: expect.any(String) });
      expect((await t.app.http.inject({ method: 'GET', url: '/v3/auth/domains' })).statusCode).toBe(401);
    });

    it('ListCloudConnections without withDomainId(): the SDK discovers the domain, then lists with type, status and used_scene', async () => {
      const res = await list(ccSdk(endpoint, key), 'cloud-connections', { limit: 10, type: ['cloud_connection'], status: ['ACTIVE'], used_scene: ['VPC'] });
      expect(res.httpStatusCode).toBe(200);
      expect(res.cloud_connections.map((c: any) => c.id)).toEqual([connectionId]);
      expect(res.cloud_connections[0].domain_id).toBe(domainId);
    });

    it('with withDomainId(), every query parameter of the published list operations is accepted', async () => {
      const sdk = ccSdk(endpoint, key, domainId);
      const cc = await list(sdk, 'cloud-connections', { limit: 2000, id: [connectionId], name: ['sdk-cc'], description: [''], enterprise_project_id: ['0'], status: ['ACTIVE'], type: ['x'], used_scene: ['vpc'] });
      expect(cc.cloud_connections).toHaveLength(1);
      const instances = await list(sdk, 'network-instances', { limit: 10, id: ['x'], name: ['x'], description: ['x'], cloud_connection_id: [connectionId], status: ['ACTIVE'], type: ['vpc'], instance_id: ['x'], region_id: ['x'] });
      expect(instances.httpStatusCode).toBe(200);
      const packageId = await makePackage(ccClient(t, domainId), 10);
      const packages = await list(sdk, 'bandwidth-packages', { limit: 10, id: [packageId], name: ['bwp'], enterprise_project_id: ['0'], cloud_connection_id: [connectionId], status: ['ACTIVE'], billing_mode: ['3'], resource_id: [connectionId] });
      expect(packages.httpStatusCode).toBe(200);
      const bandwidths = await list(sdk, 'inter-region-bandwidths', { limit: 10, id: ['x'], enterprise_project_id: ['0'], cloud_connection_id: [connectionId], bandwidth_package_id: [packageId] });
      expect(bandwidths.httpStatusCode).toBe(200);
    });

    it('used_scene filters match case-insensitively; an unknown status or scene is a 400', async () => {
      const cc = ccClient(t, domainId);
      for (const scene of ['VPC', 'Vpc', 'vpc']) {
        expect((await cc.call('GET', `/cloud-connections?used_scene=${scene}`)).json().cloud_connections).toHaveLength(1);
      }
      expect((await cc.call('GET', '/cloud-connections?used_scene=er')).statusCode).toBe(400);
      expect((await cc.call('GET', '/cloud-connections?status=DOWN')).statusCode).toBe(400);
    });

    it('a PUT that changes nothing keeps the ETag; one that changes something moves it', async () => {
      const cc = ccClient(t, domainId);
      const before = await cc.call('GET', `/cloud-connections/${connectionId}`);
      const same = await cc.call('PUT', `/cloud-connections/${connectionId}`, { cloud_connection: { name: 'sdk-cc' } });
      expect(same.statusCode, same.body).toBe(200);
      expect(same.headers.etag).toBe(before.headers.etag);
      expect(same.json().cloud_connection.updated_at).toBe(before.json().cloud_connection.updated_at);
      const changed = await cc.call('PUT', `/cloud-connections/${connectionId}`, { cloud_connection: { description: 'now described' } });
      expect(changed.headers.etag).not.toBe(before.headers.etag);
    });

    it('the OpenAPI document puts /v3 under X-Auth-Token or SDK-HMAC-SHA256, not bearer, and declares the enums', async () => {
      const doc = (await t.app.http.inject({ method: 'GET', url: '/openapi.json' })).json();
      const schemes = doc.components.securitySchemes;
      expect(schemes.xAuthToken).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Auth-Token' });
      expect(schemes.sdkHmacSha256).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
      const op = doc.paths['/v3/{domain_id}/ccaas/cloud-connections'].get;
      expect(op.security).toEqual([{ xAuthToken: [] }, { sdkHmacSha256: [] }]);
      const param = (name: string) => op.parameters.find((p: any) => p.name === name && p.in === 'query');
      expect(param('status').schema.items.enum).toEqual(['ACTIVE']);
      expect(param('used_scene').schema.items.enum).toEqual(['vpc']);
      expect(param('type')).toBeDefined();
      expect(doc.paths['/v3/auth/domains'].get.security).toEqual([{ xAuthToken: [] }, { sdkHmacSha256: [] }]);
    });
  });
}
