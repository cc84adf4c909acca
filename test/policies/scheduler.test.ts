import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/platform/db/database.ts';
import type { JobContext } from '../../src/platform/jobs/index.ts';
import { createLogger } from '../../src/platform/logging.ts';
import { schedulerTickHandler, type FireProtection, type ScheduledFiring } from '../../src/modules/policies/scheduler.ts';
import { createPoliciesService, type PoliciesService } from '../../src/modules/policies/service.ts';
import type { PoliciesDb } from '../../src/modules/policies/store-types.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS, openTestStore } from '../helpers/stores.ts';
import { insertAssembly, policyAssemblies, policyStore, setAssemblyStatus } from './fixture.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

function jobContext(): JobContext {
  return {
    jobId: 1, attempt: 1, workerId: 'test-worker', logger: createLogger('silent'), signal: new AbortController().signal, progress: null,
    checkpoint: async () => undefined,
  } satisfies JobContext;
}

for (const dialect of DIALECTS) {
  describe(`the policy scheduler [${dialect}]`, () => {
    let t: TestApp;
    let store: Store<PoliciesDb>;
    let clock: number;
    let policies: PoliciesService;
    /** What fire() was given, committed or not. */
    let calls: ScheduledFiring[];
    let failNext = false;
    const now = () => clock;

    /** The fake protections module: records each firing in a table, in the scheduler's transaction (no unique index,
     * so a slot fired twice would show as two rows). */
    const fire: FireProtection = async (trx, firing) => {
      calls.push(firing);
      if (failNext) {
        failNext = false;
        throw new Error('the protections module refused');
      }
      await (trx as unknown as Kysely<any>).insertInto('test_fired').values({ policy_id: firing.policyId, slot_at: firing.slotAt, retention: firing.retentionCount }).execute();
    };
    const tick = (deps: Partial<Parameters<typeof schedulerTickHandler>[0]> = {}) =>
      schedulerTickHandler({ store, now, fire, assemblies: policyAssemblies(t), ...deps }).run(null, jobContext());
    const fired = async (policyId?: number) => {
      let query = (store.db as unknown as Kysely<any>).selectFrom('test_fired').select(['policy_id', 'slot_at', 'retention']).orderBy('slot_at').orderBy('policy_id');
      if (policyId !== undefined) query = query.where('policy_id', '=', policyId);
      return (await query.execute()).map((r) => ({ policyId: Number(r.policy_id), slot: iso(Number(r.slot_at)), retention: Number(r.retention) }));
    };
    const scope = () => ({ accountId: t.accountId, projectId: 'default' });
    const createPolicy = async (schedule: Record<string, unknown> = { frequencyType: 'hourly' }, extra: Record<string, unknown> = {}) => {
      const assemblyId = await insertAssembly(t);
      const view = await policies.createPolicy({ ...scope(), assemblyId }, { name: `p-${Math.random().toString(36).slice(2, 10)}`, ...schedule, ...extra });
      return { assemblyId, id: view.id, ref: { ...scope(), assemblyId, id: view.id } };
    };

    beforeAll(async () => {
      // No job runner: the tests run the tick themselves, on their own clock.
      t = await startTestApp(dialect, {}, { worker: false });
      store = policyStore(t);
      await (store.db as unknown as Kysely<any>).schema.createTable('test_fired')
        .addColumn('policy_id', 'bigint', (c) => c.notNull()).addColumn('slot_at', 'bigint', (c) => c.notNull()).addColumn('retention', 'integer').execute();
    });
    afterAll(() => t.close());
    beforeEach(async () => {
      clock = at('2026-05-13T10:07:00Z');
      calls = [];
      failNext = false;
      policies = createPoliciesService({ store, now, assemblies: policyAssemblies(t) });
      // Each test starts with no policy: old ones would be due on the new clock.
      await (store.db as unknown as Kysely<any>).deleteFrom('protection_policies').execute();
      await (store.db as unknown as Kysely<any>).deleteFrom('test_fired').execute();
    });

    it('fires each slot once, on time, and shows lastRunAt and nextRunAt', async () => {
      const { id, ref } = await createPolicy({ frequencyType: 'hourly', retentionCount: 4 });
      await tick();
      expect(await fired()).toEqual([]); // 10:00 came before the policy did
      clock = at('2026-05-13T10:59:59Z');
      await tick();
      expect(await fired()).toEqual([]);
      clock = at('2026-05-13T11:00:04Z');
      await tick();
      await tick();
      clock = at('2026-05-13T11:40:00Z');
      await tick();
      expect(await fired()).toEqual([{ policyId: id, slot: '2026-05-13T11:00:00.000Z', retention: 4 }]);
      expect(calls).toEqual([{ policyId: id, accountId: t.accountId, projectId: 'default', assemblyId: ref.assemblyId, slotAt: at('2026-05-13T11:00:00Z'), retentionCount: 4, replicaRetentionCount: 4 }]);
      clock = at('2026-05-13T12:00:09Z');
      await tick();
      expect((await fired()).map((f) => f.slot)).toEqual(['2026-05-13T11:00:00.000Z', '2026-05-13T12:00:00.000Z']);
      const view = await policies.getPolicy(ref);
      expect(iso(view.last_slot_at!)).toBe('2026-05-13T12:00:00.000Z');
      expect(iso(view.next_slot_at!)).toBe('2026-05-13T13:00:00.000Z');
    });

    it('fires the published frequency types at their times, each in its time zone (a day and two hours, ticking every 5 minutes)', async () => {
      // Bodies as the published create page spells them:
      // https://api.commvault.com/docs/latest/api/cv/CloudRewindAPIs/create-aws-protection-policy
      const quarter = await createPolicy({ frequencyType: 'fifteen-minutes', frequencyDetails: { offset: 5 }, timeZone: 'UTC' });
      const threeHours = await createPolicy({ frequencyType: 'three-hours', frequencyDetails: { daysOfWeek: [], months: [], daysOfMonth: [], hours: [], offset: 0 }, timeZone: 'UTC' });
      const twelveHours = await createPolicy({ frequencyType: 'twelve-hours', frequencyDetails: { offset: 45 }, timeZone: 'UTC' });
      const weekly = await createPolicy({ frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['THURSDAY'], hours: [2], offset: 30 }, timeZone: 'Europe/Berlin' });
      const custom = await createPolicy({ frequencyType: 'custom', cronExpression: '0 */6 * * *', timeZone: 'America/New_York' });
      for (clock = at('2026-05-13T10:10:00Z'); clock <= at('2026-05-14T12:07:00Z'); clock += 5 * 60_000) await tick();
      const slots = async (id: number) => (await fired(id)).map((f) => f.slot.slice(0, 16));
      const quarterSlots = await slots(quarter.id);
      expect(quarterSlots.slice(0, 4)).toEqual(['2026-05-13T10:20', '2026-05-13T10:35', '2026-05-13T10:50', '2026-05-13T11:05']);
      expect(quarterSlots).toHaveLength(104);
      expect(quarterSlots.every((slot) => ['05', '20', '35', '50'].includes(slot.slice(14)))).toBe(true);
      expect(await slots(threeHours.id)).toEqual(['12', '15', '18', '21'].map((h) => `2026-05-13T${h}:00`).concat(['00', '03', '06', '09', '12'].map((h) => `2026-05-14T${h}:00`)));
      expect(await slots(twelveHours.id)).toEqual(['2026-05-13T12:45', '2026-05-14T00:45']);
      // Thursday 02:30 in Berlin (CEST, UTC+2).
      expect(await slots(weekly.id)).toEqual(['2026-05-14T00:30']);
      // Every six hours of New York's day (EDT, UTC−4): 12:00, 18:00, 00:00 and 06:00 local.
      expect(await slots(custom.id)).toEqual(['2026-05-13T16:00', '2026-05-13T22:00', '2026-05-14T04:00', '2026-05-14T10:00']);
      expect(iso((await policies.getPolicy(weekly.ref)).next_slot_at!)).toBe('2026-05-21T00:30:00.000Z');
    });

    it('after a long downtime the latest missed slot fires once, not once per missed slot', async () => {
      const { id, ref } = await createPolicy({ frequencyType: 'fifteen-minutes' });
      clock = at('2026-05-13T10:15:01Z');
      await tick();
      clock = at('2026-05-16T08:52:00Z'); // down for three days: 270 slots missed
      await tick();
      await tick();
      expect((await fired(id)).map((f) => f.slot)).toEqual(['2026-05-13T10:15:00.000Z', '2026-05-16T08:45:00.000Z']);
      expect(iso((await policies.getPolicy(ref)).next_slot_at!)).toBe('2026-05-16T09:00:00.000Z');
    });

    it('a paused policy does not fire; once resumed it does not make up the slots it slept through', async () => {
      const { id, ref } = await createPolicy({ frequencyType: 'hourly' });
      await policies.setPolicyStatus(ref, 'paused');
      for (const time of ['2026-05-13T11:00:01Z', '2026-05-13T15:00:01Z', '2026-05-14T09:00:01Z']) {
        clock = at(time);
        await tick();
      }
      expect(await fired(id)).toEqual([]);
      clock = at('2026-05-14T09:20:00Z');
      const resumed = await policies.setPolicyStatus(ref, 'enabled');
      expect(iso(resumed.next_slot_at!)).toBe('2026-05-14T10:00:00.000Z');
      await tick();
      expect(await fired(id)).toEqual([]);
      clock = at('2026-05-14T10:00:02Z');
      await tick();
      expect((await fired(id)).map((f) => f.slot)).toEqual(['2026-05-14T10:00:00.000Z']);
    });

    it('activation at a future time waits for it', async () => {
      const { id, ref } = await createPolicy({ frequencyType: 'hourly' }, { activation: { type: 'at', startTime: '2026-05-14T06:30:00Z' } });
      expect(iso((await policies.getPolicy(ref)).next_slot_at!)).toBe('2026-05-14T07:00:00.000Z');
      for (const time of ['2026-05-13T11:00:01Z', '2026-05-14T06:00:01Z', '2026-05-14T06:59:59Z']) {
        clock = at(time);
        await tick();
      }
      expect(await fired(id)).toEqual([]);
      clock = at('2026-05-14T07:00:00Z');
      await tick();
      expect((await fired(id)).map((f) => f.slot)).toEqual(['2026-05-14T07:00:00.000Z']);
    });

    it('a daily schedule in Europe/Berlin fires once on the spring-forward and fall-back days', async () => {
      clock = at('2026-03-27T12:00:00Z');
      const { id } = await createPolicy({ frequencyType: 'daily', frequencyDetails: { hours: [2], offset: 30 }, timeZone: 'Europe/Berlin' });
      // A tick every 10 minutes through both days.
      for (const [from, to] of [['2026-03-27T12:00:00Z', '2026-03-30T12:00:00Z'], ['2026-10-24T12:00:00Z', '2026-10-26T12:00:00Z']]) {
        for (clock = at(from); clock < at(to); clock += 10 * 60_000) await tick();
      }
      expect((await fired(id)).map((f) => f.slot)).toEqual([
        '2026-03-28T01:30:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-30T00:30:00.000Z',
        // From 24 October: the slots of the months between were missed; only the latest (24 Oct, 02:30 CEST) fires.
        '2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z',
      ]);
    });

    it('policies of a disabled or deleted assembly do not fire', async () => {
      const disabled = await createPolicy();
      const deleted = await createPolicy();
      const live = await createPolicy();
      await setAssemblyStatus(t, disabled.assemblyId, 'disabled');
      await setAssemblyStatus(t, deleted.assemblyId, 'deleted');
      clock = at('2026-05-13T11:00:03Z');
      await tick();
      expect((await fired()).map((f) => f.policyId)).toEqual([live.id]);
    });

    it('policies of disabled assemblies never take the places of due ones in a batch', async () => {
      const disabled = await createPolicy();
      const deleted = await createPolicy();
      const live = await createPolicy();
      await setAssemblyStatus(t, disabled.assemblyId, 'disabled');
      await setAssemblyStatus(t, deleted.assemblyId, 'deleted');
      clock = at('2026-05-13T11:00:03Z');
      await tick({ batchSize: 1 }); // the two that cannot fire come first in the due order
      expect((await fired()).map((f) => f.policyId)).toEqual([live.id]);
    });

    it('when fire() fails nothing is recorded and the next tick fires the slot', async () => {
      const { id, ref } = await createPolicy();
      clock = at('2026-05-13T11:00:03Z');
      failNext = true;
      await tick();
      expect(await fired(id)).toEqual([]);
      expect((await policies.getPolicy(ref)).last_slot_at).toBeNull();
      clock = at('2026-05-13T11:00:13Z');
      await tick();
      expect((await fired(id)).map((f) => f.slot)).toEqual(['2026-05-13T11:00:00.000Z']);
      expect(calls).toHaveLength(2);
    });

    it("takes the template's retention, and a template's new times do not fire a slot of the past", async () => {
      const tpl = await policies.createTemplate(scope(), { name: 'tick-template', frequencyType: 'daily', frequencyDetails: { hours: [2] }, retentionCount: 9, replicaRetentionCount: 2 });
      const { id } = await createPolicy({}, { policyTemplateId: tpl.id });
      clock = at('2026-05-14T02:00:05Z');
      await tick();
      expect(calls.map((c) => [c.retentionCount, c.replicaRetentionCount])).toEqual([[9, 2]]);
      clock = at('2026-05-14T10:20:00Z');
      // Daily at 09:00 from now on: today's 09:00 is past and must not fire as if it had been missed.
      await policies.updateTemplate({ ...scope(), id: tpl.id }, { name: 'tick-template', frequencyType: 'daily', frequencyDetails: { hours: [9] }, retentionCount: 9 });
      await tick();
      clock = at('2026-05-15T09:00:01Z');
      await tick();
      expect((await fired(id)).map((f) => f.slot)).toEqual(['2026-05-14T02:00:00.000Z', '2026-05-15T09:00:00.000Z']);
    });

    it('a schedule this runtime cannot compute puts the policy in error instead of failing every tick', async () => {
      const { id, ref } = await createPolicy();
      await (store.db as unknown as Kysely<any>).updateTable('protection_policies').set({ time_zone: 'Mars/Olympus' }).where('id', '=', id).execute();
      clock = at('2026-05-13T11:00:03Z');
      await tick();
      const view = await policies.getPolicy(ref);
      expect(view.status).toBe('error');
      expect(view.status_message).toMatch(/cannot be computed/);
      expect(await fired(id)).toEqual([]);
    });

    describe('two workers ticking at once', () => {
      let peer: Store<PoliciesDb>;
      beforeEach(() => {
        // PostgreSQL: a second pool, as a second worker process has. SQLite is one process with one connection.
        peer = dialect === 'postgres' ? openTestStore<PoliciesDb>(t.database) : store;
      });
      afterEach(async () => {
        if (peer !== store) await peer.close();
      });

      it('never fire one slot twice', async () => {
        const created = [];
        for (let i = 0; i < 8; i++) created.push(await createPolicy({ frequencyType: 'hourly' }));
        // fire() holds its transaction open for a while, so the two ticks overlap on every policy.
        const slowFire: FireProtection = async (trx, firing) => {
          await fire(trx, firing);
          await new Promise((resolve) => setTimeout(resolve, 20));
        };
        for (let hour = 11; hour <= 14; hour++) {
          clock = at(`2026-05-13T${hour}:00:02Z`);
          await Promise.all([tick({ fire: slowFire }), tick({ store: peer, fire: slowFire }), tick({ store: peer, fire: slowFire })]);
        }
        const rows = await fired();
        expect(rows).toHaveLength(8 * 4);
        for (const { id } of created) {
          expect(rows.filter((r) => r.policyId === id).map((r) => r.slot)).toEqual(
            ['11', '12', '13', '14'].map((h) => `2026-05-13T${h}:00:00.000Z`),
          );
        }
        // The losers' version checks matched no row, so fire() was not even called for them.
        expect(calls).toHaveLength(32);
      });
    });
  });
}
