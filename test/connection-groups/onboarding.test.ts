import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { cg, createBody, deployStack, GROUPS } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`connection groups: onboarding end to end through the simulated CloudFormation [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await startTestApp(dialect); });
    afterAll(() => t.close());

    it('create → deploy-stack → fully_connected, and a verified, synced native connection in the same project', async () => {
      const created = await cg(t, { method: 'POST', url: GROUPS, payload: createBody() });
      expect(created.statusCode, created.body).toBe(200);
      const group = created.json();
      expect(group).toMatchObject({ status: 'connecting', ongoing_stack_operation: 'creating_stack', account_native_ids: [], asset_types_enabled: [] });
      expect(group.deployment_template_url).toMatch(new RegExp(`^http://[^/]+/connections/aws/templates/${group.id}\\?v=1&expires=\\d+&signature=`));

      const stack = await deployStack(t, group.deployment_template_url);
      expect(stack.instances.map((i) => `${i.accountId}/${i.region}/${i.requestType}/${i.status}`)).toEqual([
        '333333333333/us-east-1/Create/CREATE_COMPLETE', '333333333333/us-west-2/Create/CREATE_COMPLETE',
      ]);
      for (const i of stack.instances) expect(i.postProcess[0]!.statusCode).toBe(200);

      const read = (await cg(t, { url: `${GROUPS}/${group.id}` })).json();
      expect(read).toMatchObject({
        status: 'fully_connected', ongoing_stack_operation: 'no_active_operation', account_native_ids: ['333333333333'],
        asset_types_enabled: ['EC2/EBS', 'S3'], aws_regions: ['us-east-1', 'us-west-2'], intended_asset_types: null,
        account_name: 'simulated-333333333333', stack_name: stack.stackName,
        config: { installed_template_version: '1', ec2: { installed_template_version: '1' }, ebs: { installed_template_version: '1' }, s3: { installed_template_version: '1' } },
      });
      const connections = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections` })).json();
      expect(connections).toHaveLength(1);
      const connection = await eventually(async () => {
        const c = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${connections[0].id}` })).json();
        return c.connectivityStatus === 'success' && c.lastSync ? c : undefined;
      }, 15_000, 'the onboarded connection verified and synced');
      expect(connection).toMatchObject({
        accessMethod: { type: 'iam-role', roleArn: `arn:aws:iam::333333333333:role/LifeboatConnectionGroup-${group.id.slice(0, 8)}` },
        awsAccountId: '333333333333', operationalRegions: ['us-east-1', 'us-west-2'], services: ['EC2', 'EBS', 'VPC', 'S3'], status: 'enabled',
      });
    });

    it('an update redeploys as Update; injected failures give partially_connected; Delete deletes the group and keeps its connection and the protections taken', async () => {
      const group = (await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '333333333334', aws_regions: ['us-east-1'] }) })).json();
      await deployStack(t, group.deployment_template_url);
      const updated = (await cg(t, { method: 'PUT', url: `${GROUPS}/${group.id}`, payload: { asset_types: ['S3'], aws_regions: ['us-east-1', 'eu-west-1'] } })).json();
      expect(updated).toMatchObject({ ongoing_stack_operation: 'updating_stack', intended_aws_regions: ['eu-west-1', 'us-east-1'] });
      const stack = await deployStack(t, updated.deployment_template_url, { failRegions: ['eu-west-1'] });
      expect(stack.instances.map((i) => `${i.region}/${i.requestType}/${i.status}`)).toEqual(['us-east-1/Update/UPDATE_COMPLETE', 'eu-west-1/Create/CREATE_FAILED']);
      expect((await cg(t, { url: `${GROUPS}/${group.id}` })).json()).toMatchObject({ status: 'partially_connected', aws_regions: ['eu-west-1', 'us-east-1'], asset_types_enabled: ['S3'] });
      // The template of a replaced version is refused by the simulated CloudFormation too.
      expect((await t.request({ method: 'POST', url: '/api/v1/sim/stacks', payload: { templateUrl: group.deployment_template_url } })).statusCode).toBe(404);

      // A protection taken through the group's connection before the Delete.
      const onboarded = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections` })).json().find((c: any) => c.name.startsWith(`cg-${group.id.slice(0, 8)}`));
      await t.app.sim!.putResources([{ accountId: '333333333334', region: 'us-east-1', resourceId: 'cg-kept-bucket', type: 's3:bucket', tags: { app: 'cg' } }]);
      await eventually(async () => (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${onboarded.id}` })).json().connectivityStatus === 'success', 10_000, 'onboarded connection verified');
      const assembly = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-assemblies`, payload: {
        name: 'cg-assembly', cloudConnectionId: onboarded.id, sourceRegion: 'us-east-1',
        resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'cg' }] },
      } });
      expect(assembly.statusCode, assembly.body).toBe(201);
      const protections = `${t.P}/aws/cloud-assemblies/${assembly.json().id}/protections`;
      const protectionId = (await t.request({ method: 'POST', url: protections })).json().id as string;
      await eventually(async () => (await t.request({ method: 'GET', url: `${protections}/${protectionId}` })).json().status === 'success', 15_000, 'the protection to succeed');

      const removed = await deployStack(t, updated.deployment_template_url, { delete: true });
      expect(removed.instances.at(-1)).toMatchObject({ region: 'us-east-1', requestType: 'Delete', status: 'DELETE_COMPLETE' });
      expect((await cg(t, { url: `${GROUPS}/${group.id}` })).statusCode).toBe(404);
      const kept = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections` })).json().filter((c: any) => c.name.startsWith(`cg-${group.id.slice(0, 8)}`));
      expect(kept).toHaveLength(1);
      const verify = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections/${kept[0].id}/verify` });
      expect(verify.statusCode).toBe(202);
      await eventually(async () => (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${kept[0].id}` })).json().connectivityStatus === 'success', 10_000, 'the kept connection still verifies (the role is retained)');
      // The protection taken through it is kept, whole.
      const after = await t.request({ method: 'GET', url: `${protections}/${protectionId}` });
      expect(after.statusCode).toBe(200);
      expect(after.json()).toMatchObject({ status: 'success', snapshotsCompleted: 1 });
    });
  });
}
