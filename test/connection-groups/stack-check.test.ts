import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { narrow } from '../../src/platform/db/database.ts';
import { STACK_CHECK_KIND, stackCheck } from '../../src/modules/connection-groups/stack-check.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { cg, deployStack, GROUPS, postProcess, report } from './fixture.ts';

const MINUTE = 60_000;

for (const dialect of DIALECTS) {
  describe(`connection groups: the stack-status check, a second signal beside the callback [${dialect}]`, () => {
    let t: TestApp;
    let check: ReturnType<typeof stackCheck>;
    const warnings: Array<Record<string, unknown>> = [];
    const log = { info: () => undefined, warn: (fields: Record<string, unknown>) => { warnings.push(fields); } } as never;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      // The check as the worker runs it, on a clock past the grace period (the worker's own waits 5 real minutes).
      check = stackCheck({ store: narrow(t.app.store), cloud: t.app.sim!, postProcess: (r) => t.app.connectionGroups.postProcess(r), now: () => Date.now() + 10 * MINUTE });
    });
    afterAll(() => t.close());

    const create = async (account: string, regions = ['us-east-1', 'us-west-2']) => {
      const res = await cg(t, { method: 'POST', url: GROUPS, payload: { account_native_id: account, asset_types: ['S3'], aws_regions: regions } });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { id: string; deployment_template_url: string };
    };
    const read = async (id: string) => (await cg(t, { url: `${GROUPS}/${id}?return_external_id=true` })).json();
    const targets = (id: string) => t.app.store.db.selectFrom('connection_group_targets').select(['aws_region', 'state', 'reason', 'connection_id'])
      .where('group_id', '=', id).orderBy('aws_region').execute();

    it('is a durable periodic job of the worker', async () => {
      const job = await t.app.store.db.selectFrom('jobs').select('kind').where('kind', '=', STACK_CHECK_KIND).executeTakeFirst();
      expect(job?.kind).toBe(STACK_CHECK_KIND);
    });

    it('refuses a lostCallback that is not a boolean, naming it, and deploys nothing', async () => {
      const group = await create('700000000009', ['us-east-1']);
      const res = await t.request({ method: 'POST', url: '/api/v1/sim/stacks', payload: { templateUrl: group.deployment_template_url, lostCallback: 'yes' } });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('lostCallback');
      expect(await t.app.store.db.selectFrom('sim_stacks').select('stack_name').where('account_id', '=', '700000000009').execute()).toEqual([]);
    });

    it('a lost callback is recovered by the check; the callback arriving afterwards changes nothing', async () => {
      const group = await create('700000000001');
      const stack = await deployStack(t, group.deployment_template_url, { lostCallback: true });
      expect(stack.instances.map((i) => `${i.region}/${i.status}/${i.postProcess.length}`)).toEqual(['us-east-1/CREATE_COMPLETE/0', 'us-west-2/CREATE_COMPLETE/0']);
      expect(await read(group.id)).toMatchObject({ status: 'connecting', ongoing_stack_operation: 'creating_stack' });

      expect(await check.checkStacks(log)).toBeGreaterThanOrEqual(2);
      const recovered = await read(group.id);
      expect(recovered).toMatchObject({
        status: 'fully_connected', ongoing_stack_operation: 'no_active_operation', account_native_ids: ['700000000001'], asset_types_enabled: ['S3'],
        stack_name: stack.stackName, stack_arn: expect.stringMatching(/^arn:aws:cloudformation:us-east-1:700000000001:stack\//), config: { installed_template_version: '1' },
      });
      const rows = await targets(group.id);
      expect(rows.map((r) => `${r.aws_region}/${r.state}`)).toEqual(['us-east-1/connected', 'us-west-2/connected']);
      expect(rows[0]!.connection_id).not.toBeNull();

      // The late callbacks, as the stack sent them: repeats of what the check recorded.
      for (const instance of stack.instances as unknown as Array<{ region: string; stackId: string }>) {
        const res = await postProcess(t, report({ id: group.id, external_id: recovered.external_id }, {
          account_native_id: '700000000001', aws_region: instance.region, stack_arn: instance.stackId, stack_name: stack.stackName,
        }));
        expect(res.statusCode, res.body).toBe(200);
      }
      expect(await read(group.id)).toEqual(recovered);
      expect(await targets(group.id)).toEqual(rows);
      const connections = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections` })).json() as Array<{ name: string }>;
      expect(connections.filter((c) => c.name === `cg-${group.id.slice(0, 8)}-700000000001`)).toHaveLength(1);
    });

    it('the callback first, then the check: the check changes nothing', async () => {
      const group = await create('700000000002');
      await deployStack(t, group.deployment_template_url);
      const before = await read(group.id);
      expect(before).toMatchObject({ status: 'fully_connected' });
      await check.checkStacks(log);
      expect(await read(group.id)).toEqual(before);
    });

    it('a failed stack is seen by the check: partially_connected, and deployment_failed with the reason; the late FAILED callback changes nothing', async () => {
      const partial = await create('700000000003');
      await deployStack(t, partial.deployment_template_url, { lostCallback: true, failRegions: ['us-west-2'] });
      await check.checkStacks(log);
      expect(await read(partial.id)).toMatchObject({ status: 'partially_connected', ongoing_stack_operation: 'no_active_operation' });
      expect((await targets(partial.id)).map((r) => `${r.aws_region}/${r.state}/${r.reason}`)).toEqual([
        'us-east-1/connected/null', 'us-west-2/failed/Injected failure: the stack failed in region us-west-2',
      ]);

      // An update whose stack fails (and rolls back) in the master account while its callback is lost.
      const group = await create('700000000004', ['us-east-1']);
      await deployStack(t, group.deployment_template_url);
      const updated = (await cg(t, { method: 'PUT', url: `${GROUPS}/${group.id}`, payload: { asset_types: ['RDS'], aws_regions: ['us-east-1'] } })).json();
      const stack = await deployStack(t, updated.deployment_template_url, { lostCallback: true, failAccounts: ['700000000004'] });
      expect(stack.instances.map((i) => i.status)).toEqual(['UPDATE_FAILED']);
      await check.checkStacks(log);
      const failed = await read(group.id);
      expect(failed).toMatchObject({ status: 'deployment_failed', ongoing_stack_operation: 'no_active_operation', config: { installed_template_version: '2' } });
      const reason = 'Injected failure: the stack failed in account 700000000004';
      expect(await targets(group.id)).toMatchObject([{ aws_region: 'us-east-1', state: 'failed', reason }]);

      const late = await postProcess(t, report({ id: group.id, external_id: failed.external_id }, {
        request_type: 'Update', account_native_id: '700000000004', template_version: '2', status: 'FAILED', status_reason: reason,
        stack_arn: failed.stack_arn, stack_name: failed.stack_name,
      }));
      expect(late.statusCode, late.body).toBe(200);
      expect(await read(group.id)).toEqual(failed);
    });

    it('a stack deleted while its Delete callback was lost: the check deletes the group as the callback would', async () => {
      const group = await create('700000000005', ['us-east-1']);
      await deployStack(t, group.deployment_template_url);
      const updated = (await cg(t, { method: 'PUT', url: `${GROUPS}/${group.id}`, payload: { asset_types: ['RDS'], aws_regions: ['us-east-1'] } })).json();
      await deployStack(t, updated.deployment_template_url, { delete: true, lostCallback: true });
      expect((await cg(t, { url: `${GROUPS}/${group.id}` })).statusCode).toBe(200);
      await check.checkStacks(log);
      expect((await cg(t, { url: `${GROUPS}/${group.id}` })).statusCode).toBe(404);
      // Its connection stays.
      const connections = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections` })).json() as Array<{ name: string }>;
      expect(connections.some((c) => c.name === `cg-${group.id.slice(0, 8)}-700000000005`)).toBe(true);
    });

    it('an unreachable master account leaves the group as it was; the check logs it and does not throw', async () => {
      const group = await create('999999999999', ['us-east-1']);
      await deployStack(t, group.deployment_template_url, { lostCallback: true });
      const before = await read(group.id);
      warnings.length = 0;
      await expect(check.checkStacks(log)).resolves.toBeGreaterThanOrEqual(0);
      expect(await read(group.id)).toEqual(before);
      expect(before).toMatchObject({ status: 'connecting', ongoing_stack_operation: 'creating_stack' });
      expect(warnings).toContainEqual(expect.objectContaining({ groupId: group.id, region: 'us-east-1', reason: 'unavailable' }));
      expect(JSON.stringify(warnings)).not.toContain(before.external_id);
    });
  });
}
