import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { dbOf, type Json } from '../protections/fixture.ts';
import { expectFieldError } from '../tenancy/native.ts';
import { protectedShop, recover, recoveryDetails, taggedWith, waitForRecovery } from '../recoveries/fixture.ts';
import { startReceiver, webhooksOf } from '../webhooks/fixture.ts';
import { drillBody, drillPoliciesUrl } from './fixture.ts';

/** Drill runs end to end on the demo shop: recovery, its settling, its automatic reset, and the drill webhook. */
for (const dialect of DIALECTS) {
  describe(`drill runs [${dialect}]`, () => {
    let t: TestApp;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let shop: { connectionId: number; assemblyId: number; protectionId: string };
    /** The app's clock runs this far ahead of the real one: how a test lets resetAfterMinutes pass. */
    let skew = 0;
    let seq = 0;

    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true', LIFEBOAT_RESET_SWEEP_MS: '100' }, { now: () => Date.now() + skew });
      receiver = await startReceiver();
      shop = await protectedShop(t);
      for (const webhookType of ['drill-completed', 'drill-failed']) {
        const res = await t.request({ method: 'POST', url: webhooksOf(t, shop.assemblyId), payload: { webhookType, url: receiver.url(`/ok?${webhookType}-${dialect}`), retryAttempts: 3 } });
        expect(res.statusCode, res.body).toBe(201);
      }
    });
    afterAll(async () => {
      await receiver.close();
      await t.close();
    });

    const url = (id?: number, tail = '') => `${drillPoliciesUrl(t, shop.assemblyId)}${id === undefined ? '' : `/${id}`}${tail}`;
    const createPolicy = async (body: Json = {}) => {
      const res = await t.request({ method: 'POST', url: url(), payload: drillBody({ name: `shop-drill-${++seq}`, resetAfterMinutes: 1, ...body }) });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as Json;
    };
    const runsOf = async (policyId: number): Promise<Json[]> => (await t.request({ method: 'GET', url: url(policyId, '/runs') })).json();
    const waitForRun = (policyId: number, runId: number, statuses: string[], timeoutMs = 20_000) =>
      eventually(async () => (await runsOf(policyId)).find((r) => r.id === runId && statuses.includes(r.status)), timeoutMs, `run ${runId} to reach ${statuses.join('|')}`);

    it('POST …/run goes from recovery to reset by itself and sends drill-completed with the recovery, its report and no leftovers', async () => {
      const policy = await createPolicy();
      const started = await t.request({ method: 'POST', url: url(policy.id, '/run') });
      expect(started.statusCode, started.body).toBe(202);
      const runId = started.json().id as number;
      // The recovery settles; the run then waits for the reset that resetAfterMinutes asks for.
      const settled = await waitForRun(policy.id, runId, ['resetting']);
      expect(settled.recoveryStatus).toBe('completed');
      const recovery = await recoveryDetails(t, shop.assemblyId, settled.recoveryId);
      expect(recovery).toMatchObject({ recoveryName: `drill-${policy.id}-run-${runId}`, protectionId: shop.protectionId, resetAfterMinutes: 1, resetStatus: null });
      expect((await taggedWith(t, settled.recoveryId)).length).toBeGreaterThan(0);
      skew += 61_000; // a minute passes
      const done = await waitForRun(policy.id, runId, ['completed', 'failed']);
      expect(done).toMatchObject({
        status: 'completed', outcome: 'passed', statusMessage: null, resetStatus: 'completed', leftovers: 0, trigger: 'manual',
        reportUrl: `/api/v1/accounts/${t.accountId}/projects/default/aws/cloud-assemblies/${shop.assemblyId}/recoveries/${settled.recoveryId}/report`,
      });
      expect(await taggedWith(t, settled.recoveryId)).toEqual([]);
      const delivery = await eventually(async () => receiver.on(`/ok?drill-completed-${dialect}`).find((d) => JSON.parse(d.body).run.id === runId), 15_000, 'drill-completed delivery');
      expect(JSON.parse(delivery.body)).toMatchObject({
        drillPolicy: { id: policy.id, name: policy.name }, run: { id: runId, trigger: 'manual' }, recoveryId: settled.recoveryId,
        outcome: 'passed', recoveryStatus: 'completed', resetStatus: 'completed', leftovers: 0, reportUrl: done.reportUrl,
      });
      expect(receiver.on(`/ok?drill-failed-${dialect}`).filter((d) => JSON.parse(d.body).run.id === runId)).toEqual([]);
    });

    it('a run while a recovery of the assembly is running is skipped with the reason, and starts nothing', async () => {
      const policy = await createPolicy();
      await t.app.sim!.addFault({ operation: 'recreate', latencyMs: 150 });
      try {
        const other = await recover(t, shop.assemblyId, { recoveryName: `manual-${dialect}-${++seq}`, resetAfterMinutes: 1 });
        const started = await t.request({ method: 'POST', url: url(policy.id, '/run') });
        expect(started.statusCode, started.body).toBe(202);
        const skipped = await waitForRun(policy.id, started.json().id, ['skipped', 'recovering', 'resetting', 'completed', 'failed']);
        expect(skipped).toMatchObject({ status: 'skipped', recoveryId: null, outcome: null });
        expect(skipped.statusMessage).toContain(other);
        await t.app.sim!.clearFaults();
        await waitForRecovery(t, shop.assemblyId, other);
      } finally {
        await t.app.sim!.clearFaults();
      }
      skew += 61_000; // the manual recovery resets itself, leaving the assembly free for the next test
    });

    it('a policy whose recovery could never start (a target region the connection lacks) is refused at create: 400, no policy, no run', async () => {
      const refused = expectFieldError(await t.request({
        method: 'POST', url: url(),
        payload: drillBody({ name: `shop-drill-${++seq}`, recovery: { recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'eu-west-1' } } }),
      }), 'recovery.crossRegionConfiguration.recoveryRegion');
      expect(refused.fieldErrors['recovery.crossRegionConfiguration.recoveryRegion']).toContain('eu-west-1');
      const listed = (await t.request({ method: 'GET', url: url() })).json() as Json[];
      expect(listed.map((p) => p.name)).not.toContain(`shop-drill-${seq}`);
    });

    it('a recovery that cannot start for a reason that arose after the policy was written (cross-region no longer allowed) fails the run and sends drill-failed', async () => {
      const policy = await createPolicy({ recovery: { recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } } });
      await dbOf(t).updateTable('cloud_assemblies').set({ allow_cross_region_recovery: 0 }).where('id', '=', shop.assemblyId).execute();
      try {
        const started = await t.request({ method: 'POST', url: url(policy.id, '/run') });
        expect(started.statusCode, started.body).toBe(202);
        const failed = await waitForRun(policy.id, started.json().id, ['failed', 'completed', 'skipped']);
        expect(failed).toMatchObject({ status: 'failed', recoveryId: null, outcome: 'failed' });
        expect(failed.statusMessage).toMatch(/^The recovery could not start: .*does not allow cross-region recovery/);
        const delivery = await eventually(async () => receiver.on(`/ok?drill-failed-${dialect}`).find((d) => JSON.parse(d.body).run.id === failed.id), 15_000, 'drill-failed delivery');
        expect(JSON.parse(delivery.body)).toMatchObject({ outcome: 'failed', recoveryId: null, drillPolicy: { id: policy.id } });
      } finally {
        await dbOf(t).updateTable('cloud_assemblies').set({ allow_cross_region_recovery: 1 }).where('id', '=', shop.assemblyId).execute();
      }
    });
  });
}
