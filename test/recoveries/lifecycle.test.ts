import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATA_RESOURCE_TYPES, RECOVERY_ID_TAG, SOURCE_ID_TAG } from '../../src/cloud/provider.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { createAssembly, details, startProtection, waitForProtection, type Json } from '../protections/fixture.ts';
import {
  protectedShop, recover, recoveriesUrl, recoveryAccountConnection, recoveryDetails, recoveryRowCounts, resetStatus, RECOVERY_ACCOUNT,
  simCalls, simResourceCount, startRecovery, taggedWith, waitForRecovery, waitForReset,
} from './fixture.ts';

const isData = (type: string) => (DATA_RESOURCE_TYPES as readonly string[]).includes(type);

/** Recoveries of the demo shop through the native API: dry run, each scope and mode, the mapping, and the reset that undoes it. */
for (const dialect of DIALECTS) {
  describe(`recoveries: rebuild and reset [${dialect}]`, () => {
    let t: TestApp;
    let shop: { connectionId: number; assemblyId: number; protectionId: string };

    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_RESET_SWEEP_MS: '100' });
      shop = await protectedShop(t);
    });
    afterEach(async () => {
      await t.app.sim!.clearFaults();
      await t.app.sim!.setLatency(0);
    });
    afterAll(() => t.close());

    const reset = (id: string, token?: string) => t.request({ method: 'POST', url: `${recoveriesUrl(t, shop.assemblyId)}/${id}/reset`, token });
    const orderOf = (d: Json, type: string) => Math.max(...d.resources.filter((r: Json) => r.type === type).map((r: Json) => r.order));
    const firstOrderOf = (d: Json, type: string) => Math.min(...d.resources.filter((r: Json) => r.type === type).map((r: Json) => r.order));
    /** Runs a recovery to its end and resets it, checking the reset leaves the sim as it was. */
    const recoverAndReset = async (payload: Json) => {
      const before = await simResourceCount(t);
      const id = await recover(t, shop.assemblyId, payload);
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(await reset(id).then((r) => r.statusCode)).toBe(202);
      expect((await waitForReset(t, shop.assemblyId, id)).status).toBe('completed');
      expect(await taggedWith(t, id)).toEqual([]);
      expect(await simResourceCount(t)).toBe(before);
      return done;
    };

    it('dry run: 200 with the plan in dependency order, where and how each resource would be rebuilt; nothing written, no cloud call', async () => {
      const before = await recoveryRowCounts(t);
      const recreates = await simCalls(t, 'recreate');
      const res = await startRecovery(t, shop.assemblyId, { recoveryName: 'drill-plan', dryRun: true });
      expect(res.statusCode, res.body).toBe(200);
      const plan = res.json();
      expect(plan).toMatchObject({ dryRun: true, protectionId: shop.protectionId, recoveryScope: 'same-region', recoveryMode: 'rebuild', targetRegion: 'us-east-1', targetCloudConnectionId: shop.connectionId, blockers: [] });
      const protection = await details(t, shop.assemblyId, shop.protectionId);
      expect(plan.summary.total).toBe(protection.resources.length);
      expect(plan.summary.restore).toBe(protection.resources.filter((r: Json) => r.dataResource).length);
      expect(plan.summary.create + plan.summary.restore).toBe(plan.summary.total);
      const level = (id: string) => plan.steps.find((s: Json) => s.sourceResourceId === id)?.order as number;
      for (const step of plan.steps) {
        for (const dependency of step.dependencies) {
          if (level(dependency) !== undefined) expect(level(dependency), `${dependency} before ${step.sourceResourceId}`).toBeLessThan(step.order);
        }
        if (isData(step.type)) expect(step.snapshotId).toMatch(/./);
      }
      const orders = plan.steps.map((s: Json) => s.order);
      expect(orders).toEqual([...orders].sort((a: number, b: number) => a - b));
      expect(await recoveryRowCounts(t)).toEqual(before);
      expect(await simCalls(t, 'recreate')).toBe(recreates);
    });

    it('same region: 202 pending, then completed; each resource rebuilt once, tagged, data restored from its snapshot; the mapping in the details; reset removes exactly it', async () => {
      const sourceCount = await simResourceCount(t);
      const id = await recover(t, shop.assemblyId, { recoveryName: 'drill-same', protectionId: shop.protectionId, recoveryScope: 'same-region', recoveryMode: 'rebuild', resourceFilterStrategy: { type: 'all' } });
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done).toMatchObject({ recoveryStatus: 'completed', statusMessage: null, failedCount: 0, skippedCount: 0, resetStatus: null });
      expect(done.recoveredCount).toBe(done.resources.length);
      expect(done.startedAt).not.toBeNull();
      expect(done.finishedAt).not.toBeNull();
      // Network before compute: the VPC, then subnets, then instances.
      expect(orderOf(done, 'ec2:vpc')).toBeLessThan(firstOrderOf(done, 'ec2:subnet'));
      expect(orderOf(done, 'ec2:subnet')).toBeLessThan(firstOrderOf(done, 'ec2:instance'));
      const made = await taggedWith(t, id);
      expect(made).toHaveLength(done.resources.length);
      const byRecovered = new Map(made.map((r) => [r.resource_id, r]));
      for (const resource of done.resources) {
        expect(resource.status).toBe('recovered');
        expect(resource.recoveredResourceId).not.toBe(resource.sourceResourceId);
        const row = byRecovered.get(resource.recoveredResourceId)!;
        expect(row, resource.sourceResourceId).toBeDefined();
        expect(JSON.parse(row.tags)).toMatchObject({ [RECOVERY_ID_TAG]: id, [SOURCE_ID_TAG]: resource.sourceResourceId });
        if (isData(resource.type)) expect(JSON.parse(row.configuration).restoredFromSnapshotId).toBe(resource.snapshotId);
      }
      expect(await simResourceCount(t)).toBe(sourceCount + made.length);
      expect((await details(t, shop.assemblyId, shop.protectionId)).hasRecovery).toBe(true);

      // No reset asked for yet: 409. Then the reset: 202, and the seed's {status, message} until completed.
      const before = await resetStatus(t, shop.assemblyId, id);
      expect(before.statusCode).toBe(409);
      expect(before.json().errors[0].code).toBe('RESET_NOT_REQUESTED');
      const started = await reset(id);
      expect(started.statusCode, started.body).toBe(202);
      expect(started.json().resetStatus).toBe('pending');
      const status = await waitForReset(t, shop.assemblyId, id);
      expect(Object.keys(status).sort()).toEqual(['message', 'status']);
      expect(status.status).toBe('completed');
      expect(status.message).toContain(`Deleted ${made.length} resources`);
      expect(await taggedWith(t, id)).toEqual([]);
      expect(await simResourceCount(t)).toBe(sourceCount);
      const after = await recoveryDetails(t, shop.assemblyId, id);
      expect(after.resources.every((r: Json) => r.status === 'deleted')).toBe(true);
      expect(after.resetDeletedCount).toBe(made.length);
      // A second reset: 409, and nothing changes.
      const again = await reset(id);
      expect(again.statusCode).toBe(409);
      expect(again.json().errors[0].code).toBe('ALREADY_RESET');
    });

    it('cross-region into us-west-2: data restored from the replica copies; the dependency outside the selection comes with it, so nothing is blocked', async () => {
      const payload = { recoveryName: 'drill-west', recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } };
      // The shop's database security group allows a group the tag filter leaves out: the protection captured it as configuration.
      const plan = (await startRecovery(t, shop.assemblyId, { ...payload, dryRun: true })).json();
      expect(plan.summary.blocked).toBe(0);
      expect(plan.blockers).toEqual([]);
      const done = await recoverAndReset(payload);
      expect(done).toMatchObject({ recoveryStatus: 'completed', targetRegion: 'us-west-2', failedCount: 0, statusMessage: null });
      const protection = await details(t, shop.assemblyId, shop.protectionId);
      const copies = new Map(protection.resources.filter((r: Json) => r.dataResource).map((r: Json) => [r.resourceId, r.replicas['us-west-2'].snapshotId]));
      for (const resource of done.resources.filter((r: Json) => isData(r.type))) expect(resource.snapshotId).toBe(copies.get(resource.sourceResourceId));
      // Every regional resource's ARN names the target region (bucket ARNs name none).
      for (const resource of done.resources.filter((r: Json) => r.status === 'recovered' && r.type !== 's3:bucket')) expect(resource.recoveredArn).toContain(':us-west-2:');
    });

    it('cross-zone: rebuilt in the next zone of the same region (or the zone asked for)', async () => {
      const id = await recover(t, shop.assemblyId, { recoveryName: 'drill-zone', recoveryScope: 'cross-zone', crossZoneConfiguration: { availabilityZone: 'us-east-1c' } });
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done.recoveryStatus).toBe('completed');
      const zones = (await taggedWith(t, id)).map((r) => JSON.parse(r.configuration).availabilityZone).filter(Boolean);
      expect(zones.length).toBeGreaterThan(0);
      expect(new Set(zones)).toEqual(new Set(['us-east-1c']));
      expect((await reset(id)).statusCode).toBe(202);
      expect((await waitForReset(t, shop.assemblyId, id)).status).toBe('completed');
    });

    it('cross-account: the whole VPC rebuilt in the account of a second connection, completed, and reset there', async () => {
      const dr = await recoveryAccountConnection(t);
      const protection = await details(t, shop.assemblyId, shop.protectionId);
      const vpcId = protection.resources.find((r: Json) => r.type === 'ec2:vpc').resourceId as string;
      const assemblyId = await createAssembly(t, shop.connectionId, 'shop-vpc', { resourceFilterStrategy: { filterType: 'vpc', vpcId } });
      const protectionId = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, protectionId)).status).toBe('success');
      // The VPC also holds the billing team's function, whose queue and table live outside it: left out of this drill.
      const captured = (await details(t, assemblyId, protectionId)).resources.map((r: Json) => r.resourceId as string);
      expect(captured).toContain('billing-invoicer');
      const id = await recover(t, assemblyId, {
        recoveryName: 'drill-dr', recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId: dr },
        resourceFilterStrategy: { type: 'custom', resourceIds: captured.filter((r: string) => r !== 'billing-invoicer') },
      });
      const done = await waitForRecovery(t, assemblyId, id);
      expect(done, JSON.stringify(done.resources.filter((r: Json) => r.error))).toMatchObject({ recoveryStatus: 'completed', targetCloudConnectionId: dr, targetRegion: 'us-east-1' });
      const made = await taggedWith(t, id);
      expect(made.length).toBe(done.resources.length);
      expect(new Set(made.map((r) => r.account_id))).toEqual(new Set([RECOVERY_ACCOUNT]));
      expect((await t.request({ method: 'POST', url: `${recoveriesUrl(t, assemblyId)}/${id}/reset` })).statusCode).toBe(202);
      expect((await waitForReset(t, assemblyId, id)).status).toBe('completed');
      expect(await taggedWith(t, id)).toEqual([]);
    });

    it('use-source keeps the source network and rebuilds the rest; the reset never touches the source', async () => {
      const done = await recoverAndReset({ recoveryName: 'drill-src', recoveryMode: 'use-source' });
      const network = done.resources.filter((r: Json) => ['ec2:vpc', 'ec2:subnet', 'ec2:security-group'].includes(r.type));
      expect(network.length).toBeGreaterThan(0);
      for (const r of network) expect(r).toMatchObject({ action: 'use-source', status: 'mapped', recoveredResourceId: r.sourceResourceId });
      expect(done.mappedCount).toBe(done.resources.filter((r: Json) => r.action === 'use-source').length);
      const instance = done.resources.find((r: Json) => r.type === 'ec2:instance');
      expect(instance).toMatchObject({ action: 'create' });
    });

    it('reuse-existing reuses what still exists in the target (the source, same region) and restores the data', async () => {
      const done = await recoverAndReset({ recoveryName: 'drill-reuse', recoveryMode: 'reuse-existing' });
      expect(done.recoveryStatus).toBe('completed');
      for (const r of done.resources) expect(r.action).toBe(isData(r.type) ? 'restore' : 'reuse');
    });

    it('a custom selection brings its dependencies along; tags select too', async () => {
      const protection = await details(t, shop.assemblyId, shop.protectionId);
      const instance = protection.resources.find((r: Json) => r.type === 'ec2:instance');
      const plan = (await startRecovery(t, shop.assemblyId, { recoveryName: 'drill-one', dryRun: true, resourceFilterStrategy: { type: 'custom', resourceIds: [instance.resourceId] } })).json();
      expect(plan.steps.filter((s: Json) => s.reason === 'selected').map((s: Json) => s.sourceResourceId)).toEqual([instance.resourceId]);
      expect(plan.steps.map((s: Json) => s.sourceResourceId)).toEqual(expect.arrayContaining(instance.dependencies.filter((d: string) => protection.resources.some((r: Json) => r.resourceId === d))));
      const tagged = await startRecovery(t, shop.assemblyId, { recoveryName: 'drill-tags', dryRun: true, resourceFilterStrategy: { type: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'shop' }] } });
      expect(tagged.statusCode, tagged.body).toBe(200);
    });
  });
}
