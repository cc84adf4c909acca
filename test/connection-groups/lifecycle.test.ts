import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { narrow } from '../../src/platform/db/database.ts';
import type { GroupConnectionsPort } from '../../src/modules/connection-groups/context.ts';
import { createConnectionGroupsService, type ConnectionGroupsService } from '../../src/modules/connection-groups/service.ts';
import type { Executor as ConnectionsExecutor } from '../../src/modules/connections/store-types.ts';
import { presentGroup } from '../../src/modules/connection-groups/presenter.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectGroupError, postProcess, report } from './fixture.ts';

const HOUR = 3600_000;
const scope = { accountId: 0, projectId: 'default' };

for (const dialect of DIALECTS) {
  describe(`connection groups: the stack lifecycle, statuses, post-process [${dialect}]`, () => {
    let t: TestApp;
    let groups: ConnectionGroupsService;
    // Starts at the real time and only moves forward; the app under test reads the same clock, so a group
    // written through the service and read over HTTP sees one time.
    let clock = Date.now();

    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { now: () => clock });
      Object.assign(scope, { accountId: t.accountId });
      // The service on the app's store with a clock the test moves: 24 hours pass without a sleep.
      // The connections port as build.ts wires it: the group's transaction runs the connections module's statements.
      const connections: GroupConnectionsPort = {
        ...t.app.connections, createForGroup: (db, scope, input) => t.app.connections.createForGroup(db as unknown as ConnectionsExecutor, scope, input),
      };
      groups = createConnectionGroupsService({ store: narrow(t.app.store), connections, now: () => clock, wake: () => undefined, principalArn: 'arn:aws:iam::000000000000:root' });
    });
    afterAll(() => t.close());

    const view = async (id: string) => presentGroup(await groups.get({ ...scope, id }), { now: clock, baseUrl: 'http://x', externalId: false });
    const create = (account: string, overrides: Record<string, unknown> = {}) =>
      groups.create(scope, { account_native_id: account, asset_types: ['S3'], aws_regions: ['us-east-1', 'us-west-2'], ...overrides } as never);
    const send = (g: { id: string; external_id: string }, overrides: Record<string, unknown> = {}) =>
      groups.postProcess(report(g, overrides) as never);

    it('intended_* until the stack reports; a newer update replaces an unapplied one; the report applies it and config records it', async () => {
      const g = await create('600000000001');
      expect(await view(g.id)).toMatchObject({ status: 'connecting', ongoing_stack_operation: 'creating_stack', asset_types_enabled: [], intended_asset_types: ['S3'] });
      await send(g, { account_native_id: '600000000001' });
      expect(await view(g.id)).toMatchObject({ status: 'fully_connected', ongoing_stack_operation: 'no_active_operation', asset_types_enabled: ['S3'], intended_asset_types: null, config: { installed_template_version: '1', s3: { installed_template_version: '1' } } });

      await groups.update({ ...scope, id: g.id }, { asset_types: ['RDS', 'S3'], aws_regions: ['us-east-1'] });
      await groups.update({ ...scope, id: g.id }, { asset_types: ['DynamoDB', 'S3'], aws_regions: ['us-east-1'] });
      expect(await view(g.id)).toMatchObject({ ongoing_stack_operation: 'updating_stack', asset_types_enabled: ['S3'], intended_asset_types: ['DynamoDB', 'S3'], deployment_template_url: expect.stringMatching(/v=3&/) });
      // Version 2 was replaced: its template is gone and a report of it is refused.
      await expect(groups.templateForStack(g.id, 2, 'http://x')).rejects.toThrow(/Template version 2/);
      await expect(send(g, { account_native_id: '600000000001', request_type: 'Update', template_version: '2' })).rejects.toThrow(/STALE|not the installed/);
      await send(g, { account_native_id: '600000000001', request_type: 'Update', template_version: '3' });
      expect(await view(g.id)).toMatchObject({
        asset_types_enabled: ['DynamoDB', 'S3'], aws_regions: ['us-east-1'], intended_asset_types: null,
        config: { installed_template_version: '3', dynamodb: { installed_template_version: '3' }, warm_tier_protect: { installed_template_version: '3' } },
      });
      // A replay of the older installed version is refused; the group keeps version 3.
      await expect(send(g, { account_native_id: '600000000001', template_version: '1' })).rejects.toThrow(/not the installed/);
      // The onboarded connection follows the applied regions and asset types.
      const connectionId = (await t.app.store.db.selectFrom('connection_group_targets').select('connection_id').where('group_id', '=', g.id).executeTakeFirstOrThrow()).connection_id!;
      const connection = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${connectionId}` })).json();
      expect(connection).toMatchObject({ operationalRegions: ['us-east-1'], services: ['DynamoDB', 'S3'] });
    });

    it('an update not applied within 24 hours is discarded; a creation never reported ends unlinked', async () => {
      const g = await create('600000000002');
      await send(g, { account_native_id: '600000000002' });
      await groups.update({ ...scope, id: g.id }, { asset_types: ['RDS'], aws_regions: ['us-east-1'] });
      clock += 23 * HOUR;
      expect((await view(g.id)).ongoing_stack_operation).toBe('updating_stack');
      clock += 2 * HOUR;
      expect(await view(g.id)).toMatchObject({ ongoing_stack_operation: 'no_active_operation', intended_asset_types: null, asset_types_enabled: ['S3'], status: 'fully_connected' });
      await expect(send(g, { account_native_id: '600000000002', request_type: 'Update', template_version: '2' })).rejects.toThrow(/not the installed/);

      const never = await create('600000000003');
      clock += 25 * HOUR;
      expect(await view(never.id)).toMatchObject({ status: 'unlinked', ongoing_stack_operation: 'no_active_operation' });
    });

    it('every status: partially_connected, deployment_failed, connected_with_no_managed_stacks; Delete from a member is deleting_stack', async () => {
      const partial = await create('600000000004');
      await send(partial, { account_native_id: '600000000004' });
      await send(partial, { account_native_id: '600000000004', aws_region: 'us-west-2', status: 'FAILED', status_reason: 'boom' });
      expect((await view(partial.id)).status).toBe('partially_connected');

      const failed = await create('600000000005');
      await send(failed, { account_native_id: '600000000005', status: 'FAILED' });
      expect((await view(failed.id)).status).toBe('deployment_failed');
      expect(await t.app.store.db.selectFrom('connection_group_targets').select('connection_id').where('group_id', '=', failed.id).executeTakeFirstOrThrow()).toEqual({ connection_id: null });

      const orphan = await create('600000000006');
      await send(orphan, { account_native_id: '600000000006' });
      const id = (await t.app.store.db.selectFrom('connection_group_targets').select('connection_id').where('group_id', '=', orphan.id).executeTakeFirstOrThrow()).connection_id!;
      expect((await t.request({ method: 'DELETE', url: `${t.P}/aws/cloud-connections/${id}` })).statusCode).toBe(202);
      expect((await view(orphan.id)).status).toBe('connected_with_no_managed_stacks');

      await send(partial, { account_native_id: '600000000004', aws_region: 'us-west-2', request_type: 'Delete' });
      expect((await view(partial.id)).ongoing_stack_operation).toBe('deleting_stack');
    });

    it('post-process over HTTP: authenticated by token and external id, idempotent, replays refused, Delete keeps connections and protections', async () => {
      const g = await create('600000000007');
      const body = report(g, { account_native_id: '600000000007' });
      expectGroupError(await postProcess(t, { ...body, role_external_id: 'lifeboat-wrong' }), 401);
      expectGroupError(await postProcess(t, { ...body, token: '00000000-0000-4000-8000-000000000000' }), 401);
      expectGroupError(await postProcess(t, { ...body, role_arn: undefined }), 400, 'role_arn');
      expectGroupError(await postProcess(t, { ...body, aws_region: 'eu-west-3' }), 400, 'aws_region');
      expectGroupError(await postProcess(t, { ...body, template_version: 'one' }), 400, 'template_version');
      const first = await postProcess(t, body);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toEqual({ connection_group_id: g.id, request_type: 'Create', template_version: '1', status: 'fully_connected' });
      const etag = (await groups.get({ ...scope, id: g.id })).row.version;
      const again = await postProcess(t, body);
      expect(again.json()).toEqual(first.json());
      expect((await groups.get({ ...scope, id: g.id })).row.version).toBe(etag);
      const connections = await t.app.store.db.selectFrom('cloud_connections').select(['id', 'external_id', 'name']).where('name', 'like', `cg-${g.id.slice(0, 8)}%`).execute();
      expect(connections).toEqual([{ id: expect.any(Number), external_id: g.external_id, name: `cg-${g.id.slice(0, 8)}-600000000007` }]);
      expectGroupError(await postProcess(t, { ...body, template_version: '5' }), 409, 'Template version 5');

      const deleted = await postProcess(t, { ...body, request_type: 'Delete' });
      expect(deleted.json().status).toBe('deleted');
      expect((await postProcess(t, { ...body, request_type: 'Delete' })).statusCode).toBe(200);
      expectGroupError(await postProcess(t, body), 409, 'deleted');
      await expect(groups.get({ ...scope, id: g.id })).rejects.toThrow(/not found/);
      const kept = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${connections[0]!.id}` })).json();
      expect(kept.status).toBe('enabled');
      const events = (await t.request({ method: 'GET', url: `${t.P}/events` })).json() as any[];
      expect(events.some((e) => e.action === 'postProcessAwsConnection' && e.actor === `cloudformation-stack:${g.id}`)).toBe(true);
    });
  });
}
