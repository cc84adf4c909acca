import type { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { narrow } from '../../src/platform/db/database.ts';
import { ConflictError } from '../../src/platform/errors.ts';
import type { JobContext } from '../../src/platform/jobs/index.ts';
import { createLogger } from '../../src/platform/logging.ts';
import type { DrillRecoveriesPort, DrillRecoveryView, DrillsDeps } from '../../src/modules/drills/index.ts';
import { createDrillsService } from '../../src/modules/drills/service.ts';
import { drillsTickHandler } from '../../src/modules/drills/scheduler.ts';
import { drillAdvance } from '../../src/modules/drills/run-drill.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { insertAssembly, setAssemblyStatus } from '../policies/fixture.ts';

const at = (iso: string) => Date.parse(iso);
const logger = createLogger('silent');

function jobContext(): JobContext {
  return { jobId: 1, attempt: 1, workerId: 'test-worker', logger, signal: new AbortController().signal, progress: null, checkpoint: async () => undefined } satisfies JobContext;
}

/** The recoveries module as a drill sees it, in memory: one recovery at a time per assembly, as the real one. */
function fakeRecoveries() {
  const recoveries: Array<DrillRecoveryView & { assemblyId: number; createdBy: string }> = [];
  let seq = 0;
  const port = {
    async start(ref, _input, createdBy) {
      const running = recoveries.find((r) => r.assemblyId === ref.assemblyId && r.running);
      if (running) throw new ConflictError('RECOVERY_RUNNING', `Recovery ${running.id} of this assembly is in-progress; one runs at a time`);
      const recovery = {
        id: `rec-${++seq}`, assemblyId: ref.assemblyId, createdBy, status: 'in-progress', running: true, statusMessage: null,
        resetStatus: null, resetMessage: null, validationStatus: null, rtoSeconds: null, rpoSeconds: null,
      };
      recoveries.push(recovery);
      return recovery;
    },
    // Every body would start: the real check is the recoveries service's (drill-policies.test.ts).
    check: async () => ({}),
    find: async (_ref, id) => recoveries.find((r) => r.id === id),
    startedBy: async (ref, createdBy) => [...recoveries].reverse().find((r) => r.assemblyId === ref.assemblyId && r.createdBy === createdBy),
    leftovers: async () => 0,
  } satisfies DrillRecoveriesPort;
  return { port, recoveries };
}

for (const dialect of DIALECTS) {
  describe(`drill scheduling and runs, on a clock of their own [${dialect}]`, () => {
    let t: TestApp;
    let clock: number;
    let fake: ReturnType<typeof fakeRecoveries>;
    let hooks: Array<{ type: string; payload: unknown }>;
    let deps: DrillsDeps;
    const scope = (assemblyId: number) => ({ accountId: t.accountId, projectId: 'default', assemblyId });
    const tick = () => drillsTickHandler(deps).run(null, jobContext());
    const runs = (assemblyId: number) =>
      (t.app.store.db as unknown as Kysely<any>).selectFrom('drill_runs').selectAll().where('assembly_id', '=', assemblyId).orderBy('id').execute();

    beforeAll(async () => {
      // No job runner: the tests tick and advance themselves, on their own clock.
      t = await startTestApp(dialect, {}, { worker: false });
    });
    afterAll(() => t.close());
    beforeEach(() => {
      clock = at('2026-05-13T10:07:00Z');
      fake = fakeRecoveries();
      hooks = [];
      deps = {
        store: narrow(t.app.store), now: () => clock, wake: () => undefined, recoveries: fake.port,
        assemblies: { statusIn: (db, ref) => t.app.assemblies.statusIn(db as never, ref), enabledIn: (db, refs) => t.app.assemblies.enabledIn(db as never, refs) },
        hooks: { queuePostHook: async (_trx, _assemblyId, type, payload) => { hooks.push({ type, payload }); } },
      };
    });

    it('fires at its slot, once, however many ticks race; not before; not while paused', async () => {
      const drills = createDrillsService(deps);
      const assemblyId = await insertAssembly(t);
      const policy = await drills.createDrillPolicy(scope(assemblyId), { name: `hourly-${dialect}`, frequencyType: 'hourly', frequencyDetails: { offset: 30 }, resetAfterMinutes: 5 });
      expect(policy.next_slot_at).toBe(at('2026-05-13T10:30:00Z'));
      clock = at('2026-05-13T10:29:59Z');
      await tick();
      expect(await runs(assemblyId)).toEqual([]);
      clock = at('2026-05-13T10:30:04Z');
      await Promise.all([tick(), tick(), tick()]);
      const fired = await runs(assemblyId);
      expect(fired.map((r) => [r.trigger, Number(r.slot_at)])).toEqual([['schedule', at('2026-05-13T10:30:00Z')]]);
      // The racing ticks also advanced the new run: one recovery, whichever tick started it.
      expect(fake.recoveries).toHaveLength(1);
      expect((await drills.getDrillPolicy({ ...scope(assemblyId), id: policy.id })).next_slot_at).toBe(at('2026-05-13T11:30:00Z'));
      await drills.setDrillPolicyStatus({ ...scope(assemblyId), id: policy.id }, 'paused');
      clock = at('2026-05-13T11:30:05Z');
      await tick();
      expect(await runs(assemblyId)).toHaveLength(1);
    });

    it('a disabled assembly is not drilled: its slot passes without a run', async () => {
      const drills = createDrillsService(deps);
      const assemblyId = await insertAssembly(t);
      await drills.createDrillPolicy(scope(assemblyId), { name: `disabled-${dialect}`, frequencyType: 'hourly', resetAfterMinutes: 5 });
      await setAssemblyStatus(t, assemblyId, 'disabled');
      clock = at('2026-05-13T11:00:03Z');
      await tick();
      expect(await runs(assemblyId)).toEqual([]);
    });

    it('a run advances through recovering and resetting to completed as its recovery does, and queues drill-completed once', async () => {
      const drills = createDrillsService(deps);
      const { advance } = drillAdvance(deps);
      const assemblyId = await insertAssembly(t);
      const policy = await drills.createDrillPolicy(scope(assemblyId), { name: `advance-${dialect}`, frequencyType: 'yearly', resetAfterMinutes: 5 });
      const run = await drills.runDrillPolicy({ ...scope(assemblyId), id: policy.id });
      await advance(run.id, logger);
      expect((await runs(assemblyId))[0]).toMatchObject({ status: 'recovering', recovery_id: 'rec-1' });
      await tick(); // the recovery still runs: nothing moves
      expect((await runs(assemblyId))[0].status).toBe('recovering');
      Object.assign(fake.recoveries[0]!, { status: 'completed', running: false, validationStatus: 'passed', rtoSeconds: 42, rpoSeconds: 3600 });
      await tick();
      expect((await runs(assemblyId))[0]).toMatchObject({ status: 'resetting', recovery_status: 'completed', validation_status: 'passed', rto_seconds: 42, rpo_seconds: 3600 });
      Object.assign(fake.recoveries[0]!, { resetStatus: 'completed' });
      await Promise.all([tick(), advance(run.id, logger)]);
      expect((await runs(assemblyId))[0]).toMatchObject({ status: 'completed', reset_status: 'completed', leftovers: 0 });
      expect(hooks).toHaveLength(1);
      expect(hooks[0]).toMatchObject({ type: 'drill-completed', payload: { outcome: 'passed', recoveryId: 'rec-1', rtoSeconds: 42, rpoSeconds: 3600, validationStatus: 'passed', leftovers: 0 } });
    });

    it('a failed validation fails the drill (drill-failed) even though the reset was clean', async () => {
      const drills = createDrillsService(deps);
      const { advance } = drillAdvance(deps);
      const assemblyId = await insertAssembly(t);
      const policy = await drills.createDrillPolicy(scope(assemblyId), { name: `invalid-${dialect}`, frequencyType: 'yearly', resetAfterMinutes: 5 });
      const run = await drills.runDrillPolicy({ ...scope(assemblyId), id: policy.id });
      await advance(run.id, logger);
      Object.assign(fake.recoveries[0]!, { status: 'completed', running: false, validationStatus: 'failed', resetStatus: 'completed' });
      await advance(run.id, logger);
      const [done] = await runs(assemblyId);
      expect(done).toMatchObject({ status: 'failed', validation_status: 'failed' });
      expect(done.status_message).toBe('Drill failed: its validation failed');
      expect(hooks.map((h) => h.type)).toEqual(['drill-failed']);
    });

    it('a worker killed after starting the recovery and before recording it: the next advance adopts that recovery, starting no second one', async () => {
      const drills = createDrillsService(deps);
      const { advance } = drillAdvance(deps);
      const assemblyId = await insertAssembly(t);
      const policy = await drills.createDrillPolicy(scope(assemblyId), { name: `resumed-${dialect}`, frequencyType: 'yearly', resetAfterMinutes: 5 });
      const run = await drills.runDrillPolicy({ ...scope(assemblyId), id: policy.id });
      // What the killed worker did: the recovery started, the run still pending.
      await fake.port.start(scope(assemblyId), { recoveryName: 'x', resetAfterMinutes: 5 }, `drill-run:${run.id}`);
      await advance(run.id, logger);
      expect(fake.recoveries).toHaveLength(1);
      expect((await runs(assemblyId))[0]).toMatchObject({ status: 'recovering', recovery_id: 'rec-1' });
    });

    it("another recovery running (someone else's) skips the run with the reason; no webhook", async () => {
      const drills = createDrillsService(deps);
      const { advance } = drillAdvance(deps);
      const assemblyId = await insertAssembly(t);
      const policy = await drills.createDrillPolicy(scope(assemblyId), { name: `skipped-${dialect}`, frequencyType: 'yearly', resetAfterMinutes: 5 });
      await fake.port.start(scope(assemblyId), { recoveryName: 'manual', resetAfterMinutes: 5 }, 'admin');
      const run = await drills.runDrillPolicy({ ...scope(assemblyId), id: policy.id });
      await advance(run.id, logger);
      const [skipped] = await runs(assemblyId);
      expect(skipped).toMatchObject({ status: 'skipped', recovery_id: null });
      expect(skipped.status_message).toBe('Skipped: Recovery rec-1 of this assembly is in-progress; one runs at a time');
      expect(hooks).toEqual([]);
    });
  });
}
