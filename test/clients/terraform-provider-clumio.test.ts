import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { cg, createBody, expectGroupError, GROUPS } from '../connection-groups/fixture.ts';

/**
 * Replays of terraform-provider-clumio 0.19.0's clumio_post_process_aws_connection
 * (clumio/plugin_framework/clumio_post_process_aws_connection/resource.go and utils.go), sent through
 * clumio-go-sdk 0.31.2 (controllers/post_process_aws_connection, models/requests.go
 * PostProcessAwsConnectionV1Request: no omitempty, fields in struct order; common/common.go for the headers).
 * `configuration` is GetTemplateConfiguration's camelCase map, marshalled (Go sorts map keys), with the
 * provider's `insights` moved from `discover` (null when no discover_version is set).
 */
const CONFIGURATION = JSON.stringify({
  config: { enabled: true, minorVersion: '1', version: '4' },
  consolidated: { config: { enabled: true, minorVersion: '', version: '20' }, ebs: { enabled: true, minorVersion: '', version: '21' } },
  insights: null,
});

function tfBody(group: { id: string; external_id: string }, requestType: string, account = '820000000001', region = 'us-east-1'): string {
  return `{"account_native_id":"${account}","aws_region":"${region}","clumio_event_pub_id":"arn:aws:sns:${region}:${account}:ClumioEventPub",`
    + `"configuration":${JSON.stringify(CONFIGURATION)},"intermediate_role_arn":null,"properties":{},"request_type":"${requestType}",`
    + `"role_arn":"arn:aws:iam::${account}:role/clumio/ClumioIAMRole-${region}","role_external_id":"${group.external_id}","token":"${group.id}"}`;
}

function postProcess(t: TestApp, body: string) {
  return t.app.http.inject({
    method: 'POST', url: '/connections/aws/post-process', payload: body,
    headers: {
      'user-agent': 'go-resty/2.16.2 (https://github.com/go-resty/resty)', accept: 'application/api.clumio.post-process-aws-connection=v1+json',
      'x-clumio-organizationalunit-context': '', 'x-clumio-api-client': 'clumio-go-sdk', 'x-clumio-sdk-version': 'clumio-go-sdk:0.31.2',
      authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'text/plain; charset=utf-8',
    },
  });
}

/** The provider's ReadAwsConnection (sdk_clients → clumio-go-sdk controllers/aws_connections: GET
 * /connections/aws/{account}_{region}?return_external_id=false), called before a Create and while it waits. */
function readAwsConnection(t: TestApp, id: string) {
  return t.app.http.inject({
    method: 'GET', url: `/connections/aws/${id}?return_external_id=false`,
    headers: {
      'user-agent': 'go-resty/2.16.2 (https://github.com/go-resty/resty)', accept: 'application/api.clumio.aws-connections=v1+json',
      'x-clumio-organizationalunit-context': '', 'x-clumio-api-client': 'clumio-go-sdk', 'x-clumio-sdk-version': 'clumio-go-sdk:0.31.2',
      authorization: `Bearer ${ADMIN_TOKEN}`,
    },
  });
}

for (const dialect of DIALECTS) {
  describe(`terraform-provider-clumio 0.19.0: clumio_post_process_aws_connection on /connections/aws/post-process [${dialect}]`, () => {
    let t: TestApp;
    let group: { id: string; external_id: string };
    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
      const made = await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '820000000001', aws_regions: ['us-east-1'] }) });
      expect(made.statusCode, made.body).toBe(200);
      group = made.json();
    });
    afterAll(() => t.close());

    it('ReadAwsConnection, the provider\'s first call on Create: the group\'s account and region, not yet connected', async () => {
      const res = await readAwsConnection(t, '820000000001_us-east-1');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/api.clumio.aws-connections=v1+json');
      expect(res.json()).toMatchObject({
        id: '820000000001_us-east-1', account_native_id: '820000000001', aws_region: 'us-east-1', connection_group_id: group.id, token: group.id,
        connection_status: 'connecting', ingestion_status: 'in_progress', organizational_unit_id: 'default',
      });
      expect(res.json().external_id).toBeUndefined();
      expectGroupError(await readAwsConnection(t, '820000000001_eu-west-1'), 404);
      expectGroupError(await readAwsConnection(t, 'no-such-connection'), 404);
    });

    it("Create, in Clumio's own body (no template_version): taken for the pending version and onboards the account", async () => {
      const res = await postProcess(t, tfBody(group, 'Create'));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/api.clumio.post-process-aws-connection=v1+json');
      expect(res.json()).toMatchObject({ connection_group_id: group.id, request_type: 'Create', template_version: '1' });
      const read = (await cg(t, { url: `${GROUPS}/${group.id}` })).json();
      expect(read).toMatchObject({ account_native_ids: ['820000000001'], intended_asset_types: null, config: { installed_template_version: '1' } });
      const connections = (await t.request({ method: 'GET', url: `/api/v1/accounts/${t.accountId}/projects/default/aws/cloud-connections` })).json();
      expect(connections.filter((c: any) => c.name === `cg-${group.id.slice(0, 8)}-820000000001`)).toHaveLength(1);
      // What the provider polls while it waits for ingestion and target setup.
      expect((await readAwsConnection(t, '820000000001_us-east-1')).json()).toMatchObject({ connection_status: 'connected', ingestion_status: 'completed', target_setup_status: 'completed' });
    });

    it('Update (the provider turns a Create of a connected account into one) is taken for the installed version; a repeat changes nothing', async () => {
      const before = (await cg(t, { url: `${GROUPS}/${group.id}` })).json()._etag;
      const res = await postProcess(t, tfBody(group, 'Update'));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().template_version).toBe('1');
      expect((await cg(t, { url: `${GROUPS}/${group.id}` })).json()._etag).toBe(before);
    });

    it('a wrong external id is 401; Delete from the master account and region deletes the group', async () => {
      expectGroupError(await postProcess(t, tfBody({ ...group, external_id: 'lifeboat-wrong' }, 'Update')), 401);
      const res = await postProcess(t, tfBody(group, 'Delete'));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe('deleted');
      expectGroupError(await cg(t, { url: `${GROUPS}/${group.id}` }), 404);
    });
  });
}
