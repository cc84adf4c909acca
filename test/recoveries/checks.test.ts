// Pre-flight checks through the API, on the demo shop and the simulated cloud: what the plan says, which starts
// they refuse (409 with the checks), and what a forced start skips.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DEMO_QUOTAS } from '../../src/cloud/sim/estate.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError } from '../tenancy/native.ts';
import { dbOf, type Json } from '../protections/fixture.ts';
import { protectedShop, RECOVERY_ACCOUNT, recoveryAccountConnection, recoveryDetails, recoveryRowCounts, startRecovery, taggedWith, waitForRecovery } from './fixture.ts';

/** A verified connection to the recovery account allowing only these services. */
async function narrowConnection(t: TestApp, name: string, services: string[]): Promise<number> {
  const res = await t.request({
    method: 'POST', url: `${t.P}/aws/cloud-connections`,
    payload: connectionBody({ name, services, accessMethod: { type: 'iam-role', roleArn: `arn:aws:iam::${RECOVERY_ACCOUNT}:role/LifeboatAccess` } }),
  });
  expect(res.statusCode, res.body).toBe(202);
  const id = res.json().id as number;
  await eventually(async () => (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${id}` })).json().connectivityStatus === 'success', 10_000, `${name} verified`);
  return id;
}

const check = (checks: Json[], name: string) => {
  const found = checks.find((c) => c.name === name);
  expect(found, `check ${name} in ${JSON.stringify(checks)}`).toBeDefined();
  return found!;
};

/** What each type of the shop needs, as the role template grants it. */
const SERVICE_OF_TYPE: Record<string, string> = {
  'dynamodb:table': 'DynamoDB', 's3:bucket': 'S3', 'sqs:queue': 'SQS', 'sns:topic': 'SNS', 'elb:load-balancer': 'ELB', 'elb:target-group': 'ELB',
  'lambda:function': 'Lambda', 'route53:hosted-zone': 'Route53', 'efs:file-system': 'EFS',
};

for (const dialect of DIALECTS) {
  describe(`recoveries: pre-flight checks [${dialect}]`, () => {
    let t: TestApp;
    let shop: { connectionId: number; assemblyId: number; protectionId: string };
    let dr: number;
    const crossAccount = (connectionId: number, extra: Json = {}) => ({
      recoveryName: 'drill-x', recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId: connectionId, recoveryRegion: 'us-west-2' }, ...extra,
    });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      shop = await protectedShop(t);
      dr = await recoveryAccountConnection(t);
    });
    afterAll(() => t.close());

    it('the demo shop into the recovery account: every check passes, bar the DynamoDB table that crosses empty; the checks come first', async () => {
      const res = await startRecovery(t, shop.assemblyId, crossAccount(dr, { dryRun: true }));
      expect(res.statusCode, res.body).toBe(200);
      const plan = res.json();
      expect(Object.keys(plan)[1]).toBe('checks');
      const names = plan.checks.map((c: Json) => c.name);
      expect(names).toEqual(expect.arrayContaining([
        'target-connection', 'services-and-regions', 'quota:vpcs', 'quota:elastic-ips', 'quota:on-demand-vcpus', 'instance-type-offerings',
        'snapshots', 'snapshot-transfer', 'name-collisions', 'recovery-point-age',
      ]));
      for (const c of plan.checks.filter((c: Json) => c.name !== 'snapshot-transfer')) expect(c.status, `${c.name}: ${c.message}`).toBe('passed');
      const transfer = check(plan.checks, 'snapshot-transfer');
      expect(transfer.status).toBe('warning');
      expect(transfer.resourceIds).toEqual(['shop-sessions']);
      expect(transfer.message).toMatch(/shop-sessions: unsupported/);
      expect(transfer.message).toMatch(/vol-[0-9a-f]+: copy-then-share, encrypted under an AWS-managed key/);
      expect(check(plan.checks, 'quota:on-demand-vcpus').message).toMatch(/needs 4 on-demand Standard vCPUs; 0 of \d+ are in use in us-west-2/);
    });

    it('the demo shop in its own region and across regions: every check passes', async () => {
      for (const body of [{}, { recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } }]) {
        const res = await startRecovery(t, shop.assemblyId, { recoveryName: 'drill-1', dryRun: true, ...body });
        expect(res.statusCode, res.body).toBe(200);
        for (const c of res.json().checks) expect(c.status, `${c.name}: ${c.message}`).toBe('passed');
      }
    });

    it('a target without the services the shop needs: 409 PREFLIGHT_FAILED, one failed check naming each missing service; nothing written', async () => {
      const narrow = await narrowConnection(t, 'dr-narrow', ['EC2', 'EBS', 'VPC', 'RDS']);
      const dry = await startRecovery(t, shop.assemblyId, crossAccount(narrow, { dryRun: true }));
      expect(dry.statusCode, dry.body).toBe(200);
      const needed = new Map<string, string[]>();
      for (const step of dry.json().steps as Json[]) {
        const service = SERVICE_OF_TYPE[step.type];
        if (service && (step.action === 'create' || step.action === 'restore')) needed.set(service, [...(needed.get(service) ?? []), step.sourceResourceId]);
      }
      expect([...needed.keys()]).toEqual(expect.arrayContaining(['DynamoDB', 'S3', 'SQS', 'SNS', 'ELB']));

      const before = await recoveryRowCounts(t);
      const res = await startRecovery(t, shop.assemblyId, crossAccount(narrow));
      expect(res.statusCode, res.body).toBe(409);
      const body = res.json();
      expect(body.errors[0].code).toBe('PREFLIGHT_FAILED');
      expect(body.message).toMatch(/force/);
      const failed = body.checks.filter((c: Json) => c.status === 'failed');
      expect(failed.map((c: Json) => c.name)).toEqual(['services-and-regions']);
      for (const [service, ids] of needed) {
        expect(failed[0].message).toContain(`${service} (needed by ${ids.join(', ')})`);
      }
      expect([...failed[0].resourceIds].sort()).toEqual([...needed.values()].flat().sort());
      expect(await recoveryRowCounts(t)).toEqual(before);
    });

    it('the same with force: started; those resources and their dependents skipped with the check as the reason; none made in the target', async () => {
      const narrow = await narrowConnection(t, 'dr-forced', ['EC2', 'EBS', 'VPC', 'RDS']);
      const steps = (await startRecovery(t, shop.assemblyId, crossAccount(narrow, { dryRun: true }))).json().steps as Json[];
      const res = await startRecovery(t, shop.assemblyId, crossAccount(narrow, { recoveryName: 'drill-forced', force: true }));
      expect(res.statusCode, res.body).toBe(202);
      const id = res.json().id as string;
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done.forced).toBe(true);
      const services = check(done.checks, 'services-and-regions');
      expect(services.status).toBe('failed');
      const byId = new Map((done.resources as Json[]).map((r) => [r.sourceResourceId, r]));
      for (const skipped of services.resourceIds as string[]) {
        expect(byId.get(skipped)).toMatchObject({ status: 'skipped', error: expect.stringContaining('failed pre-flight check services-and-regions') });
      }
      // Dependents of a skipped resource (in plan order, so a chain is followed) are skipped too.
      const skipped = new Set<string>(services.resourceIds);
      for (const step of steps) {
        const dependency = (step.dependencies as string[]).find((d) => skipped.has(d));
        if (!dependency || skipped.has(step.sourceResourceId)) continue;
        skipped.add(step.sourceResourceId);
        expect(byId.get(step.sourceResourceId)).toMatchObject({ status: 'skipped', error: expect.stringContaining(`its dependency ${dependency}`) });
      }
      // At least those: a restore the cloud refuses skips its own dependents too.
      expect(done.skippedCount).toBeGreaterThanOrEqual(skipped.size);
      const made = await taggedWith(t, id);
      expect(made.filter((r) => SERVICE_OF_TYPE[r.type])).toEqual([]);
      expect(made.every((r) => r.account_id === RECOVERY_ACCOUNT)).toBe(true);
    });

    it('a recovery started without failures keeps its checks, not forced', async () => {
      const other = await recoveryAccountConnection(t, 'dr-kept');
      // us-east-1: the other tests' drills use the recovery account's us-west-2 quotas.
      const res = await startRecovery(t, shop.assemblyId, { ...crossAccount(other, { recoveryName: 'drill-kept' }), crossAccountConfiguration: { cloudConnectionId: other, recoveryRegion: 'us-east-1' } });
      expect(res.statusCode, res.body).toBe(202);
      const details = await recoveryDetails(t, shop.assemblyId, res.json().id);
      expect(details.forced).toBe(false);
      expect(check(details.checks, 'target-connection').status).toBe('passed');
      await waitForRecovery(t, shop.assemblyId, res.json().id);
    });

    it('a quota the plan exceeds: the quota check fails naming what needs it, and the start is refused', async () => {
      await t.app.sim!.putQuota({ accountId: RECOVERY_ACCOUNT, region: 'us-west-2', quota: 'vpcs', limit: 0 });
      try {
        const dry = await startRecovery(t, shop.assemblyId, crossAccount(dr, { dryRun: true }));
        const vpcs = check(dry.json().checks, 'quota:vpcs');
        expect(vpcs.status).toBe('failed');
        expect(vpcs.message).toMatch(/needs 1 VPCs; (\d+) of 0 are in use in us-west-2 \(vpc L-F678F1CE\): \d+ over the quota/);
        const vpcIds = (dry.json().steps as Json[]).filter((s) => s.type === 'ec2:vpc').map((s) => s.sourceResourceId);
        expect(vpcs.resourceIds).toEqual(vpcIds);
        const res = await startRecovery(t, shop.assemblyId, crossAccount(dr));
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json().errors[0].code).toBe('PREFLIGHT_FAILED');
        expect(check(res.json().checks, 'quota:vpcs').status).toBe('failed');
      } finally {
        await t.app.sim!.putQuota({ accountId: RECOVERY_ACCOUNT, region: 'us-west-2', quota: 'vpcs', limit: DEMO_QUOTAS.vpcs });
      }
    });

    it('an instance type the target zone does not offer: failed, naming the instance, its type and zone', async () => {
      const db = dbOf(t);
      const rows = await db.selectFrom('protection_resources').select(['resource_id', 'configuration']).where('protection_id', '=', shop.protectionId)
        .where('type', '=', 'ec2:instance').execute();
      const original = rows.map((r) => ({ ...r }));
      // us-east-1e offers no 6th-generation family (src/cloud/sim/offerings.ts), as older AWS zones lack newer ones.
      for (const row of rows) {
        await db.updateTable('protection_resources').set({ configuration: JSON.stringify({ ...JSON.parse(row.configuration), instanceType: 'm6i.large' }) })
          .where('protection_id', '=', shop.protectionId).where('resource_id', '=', row.resource_id).execute();
      }
      try {
        const res = await startRecovery(t, shop.assemblyId, { recoveryName: 'drill-z', recoveryScope: 'cross-zone', crossZoneConfiguration: { availabilityZone: 'us-east-1e' }, dryRun: true });
        expect(res.statusCode, res.body).toBe(200);
        const offerings = check(res.json().checks, 'instance-type-offerings');
        expect(offerings.status).toBe('failed');
        expect([...offerings.resourceIds].sort()).toEqual(rows.map((r) => r.resource_id).sort());
        for (const row of rows) expect(offerings.message).toContain(`${row.resource_id} (m6i.large in us-east-1e)`);
      } finally {
        for (const row of original) {
          await db.updateTable('protection_resources').set({ configuration: row.configuration }).where('protection_id', '=', shop.protectionId).where('resource_id', '=', row.resource_id).execute();
        }
      }
    });

    it('force that is not a boolean: 400 naming the field', async () => {
      for (const force of ['yes', 1, null]) expectFieldError(await startRecovery(t, shop.assemblyId, { recoveryName: 'drill-1', force }), 'force');
    });
  });
}
