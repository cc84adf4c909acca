import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../src/platform/jobs/index.ts';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';

/** Scheduled protections end to end: the real scheduler tick fires a real protection, or records it skipped. */
for (const dialect of DIALECTS) {
  describe(`scheduled protections [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let policyId: number;
    const QUARTER = 15 * 60_000;

    /** Makes the policy's latest slot due (as after a downtime) and runs a scheduler tick now. */
    async function tickWithSlotDue(): Promise<number> {
      const now = Date.now();
      const latest = Math.floor(now / QUARTER) * QUARTER;
      await t.app.store.db.updateTable('protection_policies')
        .set({ start_at: now - 3 * 3_600_000, slots_from: now - 3 * 3_600_000, last_slot_at: latest - 2 * QUARTER, next_slot_at: latest - QUARTER })
        .where('id', '=', policyId).execute();
      await enqueue(t.app.store.db, { kind: 'policies.scheduler-tick', payload: null });
      t.app.runner!.wake();
      return latest;
    }
    const scheduled = async () => (await t.request({ method: 'GET', url: `${base}/protections` })).json()
      .filter((p: { trigger: string }) => p.trigger === 'scheduled');

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const c = (await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody() })).json();
      await eventually(async () => (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${c.id}` })).json().connectivityStatus === 'success');
      const a = (await t.request({
        method: 'POST', url: `${t.P}/aws/cloud-assemblies`,
        payload: { name: 'ticked', cloudConnectionId: c.id, sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] } },
      })).json();
      base = `${t.P}/aws/cloud-assemblies/${a.id}`;
      const policy = await t.request({ method: 'POST', url: `${base}/protection-policies`, payload: { name: 'quarterly-hour', frequencyType: 'fifteen-minutes', timeZone: 'UTC' } });
      expect(policy.statusCode).toBe(201);
      policyId = policy.json().id;
    });
    afterAll(() => t.close());

    it('a due slot fires one scheduled protection, for the latest slot only, which runs to success', async () => {
      const latest = await tickWithSlotDue();
      const [protection] = await eventually(async () => {
        const list = await scheduled();
        return list.length > 0 && list;
      }, 15_000, 'a scheduled protection');
      expect(protection).toMatchObject({ trigger: 'scheduled', protectionPolicyId: policyId, scheduledFor: new Date(latest).toISOString() });
      await eventually(async () => (await t.request({ method: 'GET', url: `${base}/protections/status?protection_id=${protection.id}` })).json().status === 'success', 15_000, 'success');
      expect(await scheduled()).toHaveLength(1); // the missed slots before it did not fire
      const policy = (await t.request({ method: 'GET', url: `${base}/protection-policies/${policyId}` })).json();
      expect(policy.lastRunAt).toBe(new Date(latest).toISOString());
    });

    it('a slot that finds another protection running is recorded as skipped, with the reason', async () => {
      await t.app.store.db.deleteFrom('protections').where('trigger', '=', 'scheduled').execute();
      await t.app.sim!.setLatency(150);
      try {
        const manual = (await t.request({ method: 'POST', url: `${base}/protections` })).json();
        expect(manual.status).toBe('created');
        await tickWithSlotDue();
        const [skipped] = await eventually(async () => {
          const list = await scheduled();
          return list.length > 0 && list;
        }, 15_000, 'the scheduled slot');
        expect(skipped.status).toBe('skipped');
        expect(skipped.statusMessage).toContain(manual.id);
      } finally {
        await t.app.sim!.setLatency(0);
      }
    });
  });
}
