import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProtectionJob } from '../../src/modules/protections/start-protection.ts';
import { enqueue, type JobSpec } from '../../src/platform/jobs/index.ts';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import {
  answerWithin, assemblyUrl, createAssembly, createConnection, dbOf, details, getAssembly, protectNow, protectionsUrl, startProtection,
  waitForProtection, type Json,
} from './fixture.ts';

/**
 * Crash safety of the protection job, in one process: the job may be delivered again at any point (a worker
 * killed after the cloud answered but before the database recorded it, a lease lost, a repeat), and a repeat
 * must never take a second snapshot of a resource for the same protection, nor leave the assembly stuck.
 */
for (const dialect of DIALECTS) {
  describe(`protections: no double snapshot [${dialect}]`, () => {
    let t: TestApp;
    let connectionId: number;
    let names = 0;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      connectionId = await createConnection(t);
    });
    afterAll(() => t.close());

    const sim = () => t.app.sim!;
    const db = () => dbOf(t);

    /** An assembly with one protection run to success. */
    async function protectedShop(): Promise<{ assemblyId: number; id: string; done: Json }> {
      const assemblyId = await createAssembly(t, connectionId, `shop-${++names}`);
      const id = await startProtection(t, assemblyId);
      const done = await waitForProtection(t, assemblyId, id);
      expect(done.status).toBe('success');
      return { assemblyId, id, done };
    }

    /** Queues the job (as a redelivery would) and waits until the runner has finished it. */
    async function deliverAgain(spec: JobSpec): Promise<void> {
      const jobId = await enqueue(t.app.store.db, spec);
      expect(jobId, 'the job was queued').toBeDefined();
      t.app.runner!.wake();
      const job = await eventually(async () => {
        const row = await db().selectFrom('jobs').selectAll().where('id', '=', jobId!).executeTakeFirstOrThrow();
        return row.status === 'succeeded' || row.status === 'failed' ? row : undefined;
      }, 15_000, `job ${jobId} to finish`);
      expect({ status: job.status, last_error: job.last_error }).toEqual({ status: 'succeeded', last_error: null });
    }

    /** What the cloud holds for a protection: every snapshot and copy ever made (deleted ones too), by id. */
    const cloudState = async (id: string) =>
      (await sim().listSnapshots({ protectionId: id, includeDeleted: true }))
        .map((s) => `${s.resourceId}@${s.region}=${s.snapshotId}`).sort();
    const snapshotCalls = () => sim().countCalls({ operation: 'snapshot' });
    const copyCalls = () => sim().countCalls({ operation: 'copySnapshot' });

    it('a finished protection delivered again (same job key, or none) takes no snapshot and changes nothing', async () => {
      const { assemblyId, id, done } = await protectedShop();
      const cloud = await cloudState(id);
      expect(cloud).toHaveLength(12);
      expect(await sim().countSnapshots({ protectionId: id })).toBe(12);
      const calls = { snapshot: await snapshotCalls(), copy: await copyCalls() };
      const etag = (await t.request({ method: 'GET', url: `${protectionsUrl(t, assemblyId)}/${id}` })).headers.etag;
      const assembly = await getAssembly(t, assemblyId);

      await deliverAgain(runProtectionJob(id)); // the job's own key: free again once the first run finished
      await deliverAgain({ kind: 'protections.run', payload: { protectionId: id } }); // and without one

      expect(await cloudState(id)).toEqual(cloud);
      expect(await sim().countSnapshots({ protectionId: id })).toBe(12);
      expect({ snapshot: await snapshotCalls(), copy: await copyCalls() }).toEqual(calls);
      expect(await details(t, assemblyId, id)).toEqual(done);
      expect((await t.request({ method: 'GET', url: `${protectionsUrl(t, assemblyId)}/${id}` })).headers.etag).toBe(etag);
      expect(await getAssembly(t, assemblyId)).toEqual(assembly);
    });

    it('killed after the cloud made snapshots it never recorded: the resumed job asks again and gets the same snapshots, none new', async () => {
      const { assemblyId, id, done } = await protectedShop();
      const cloud = await cloudState(id);
      const data = (done.resources as Json[]).filter((r) => r.dataResource).map((r) => r.resourceId as string).sort();
      expect(data).toHaveLength(6);
      const unrecorded = data.slice(0, 3); // snapshot made by the cloud, the answer lost with the process
      const recorded = data.slice(3); // snapshot recorded, copies not made yet

      // The database as a SIGKILL in the middle of the snapshots leaves it (the cloud keeps what it made).
      const pendingReplica = JSON.stringify({ 'us-west-2': { status: 'pending' } });
      await db().updateTable('protection_resources').set({ snapshot_status: 'pending', snapshot_id: null, snapshot_error: null, replicas: pendingReplica })
        .where('protection_id', '=', id).where('resource_id', 'in', unrecorded).execute();
      await db().updateTable('protection_resources').set({ replicas: pendingReplica })
        .where('protection_id', '=', id).where('resource_id', 'in', recorded).execute();
      await db().updateTable('protections').set((eb) => ({
        status: 'in-progress', status_message: null, snapshots_completed: 0, snapshots_failed: 0, finished_at: null, version: eb('version', '+', 1),
      })).where('id', '=', id).execute();
      await db().updateTable('cloud_assemblies').set({ running_protection_id: id, last_protection_status: 'created', last_successful_protection_at: null })
        .where('id', '=', assemblyId).execute();
      expect((await details(t, assemblyId, id)).status).toBe('in-progress');

      const calls = { snapshot: await snapshotCalls(), copy: await copyCalls() };
      await deliverAgain(runProtectionJob(id));

      const resumed = await waitForProtection(t, assemblyId, id);
      expect(resumed.status).toBe('success');
      expect(resumed).toMatchObject({ dataResourceCount: 6, snapshotsCompleted: 6, snapshotsFailed: 0 });
      // Not one new snapshot or copy in the cloud, and the details name the very snapshots made the first time.
      expect(await cloudState(id)).toEqual(cloud);
      const before = new Map((done.resources as Json[]).map((r) => [r.resourceId, r]));
      for (const r of resumed.resources as Json[]) {
        const was = before.get(r.resourceId)!;
        expect({ id: r.resourceId, snapshotId: r.snapshotId, replicas: r.replicas, status: r.snapshotStatus })
          .toEqual({ id: r.resourceId, snapshotId: was.snapshotId, replicas: was.replicas, status: was.snapshotStatus });
      }
      // It resumed: it asked again only for the three it had no answer for, and copied the six not yet copied.
      expect({ snapshot: await snapshotCalls(), copy: await copyCalls() }).toEqual({ snapshot: calls.snapshot + 3, copy: calls.copy + 6 });
      // And the assembly is free.
      expect((await getAssembly(t, assemblyId)).lastProtection).toMatchObject({ id, status: 'success' });
      const next = await answerWithin(protectNow(t, assemblyId), 5_000, 'protect-now after the resumed protection');
      expect(next.statusCode, next.body).toBe(202);
      await waitForProtection(t, assemblyId, next.json().id);
    });

    it('killed during its preparation: the resumed job drops the rows it had written and captures the selection again, counts and rows alike', async () => {
      const { assemblyId, id, done } = await protectedShop();
      const cloud = await cloudState(id);
      const captured = (done.resources as Json[]).map((r) => r.resourceId as string).sort();
      // The database as a SIGKILL half-way through the preparation leaves it: some pages written, one of them with a
      // resource the region no longer has (deleted before the job resumed), the counts not yet recorded.
      const rows = await db().selectFrom('protection_resources').selectAll().where('protection_id', '=', id).orderBy('resource_id').execute();
      await db().deleteFrom('protection_resources').where('protection_id', '=', id)
        .where('resource_id', 'in', rows.slice(0, Math.ceil(rows.length / 2)).map((r) => r.resource_id)).execute();
      await db().insertInto('protection_resources').values({ ...rows[0]!, resource_id: 'i-deleted-since', name: 'deleted since' }).execute();
      await db().updateTable('protections').set((eb) => ({
        status: 'preparing', status_message: null, resource_count: 0, data_resource_count: 0, dependency_count: 0, snapshots_completed: 0,
        snapshots_failed: 0, finished_at: null, version: eb('version', '+', 1),
      })).where('id', '=', id).execute();
      await db().updateTable('cloud_assemblies').set({ running_protection_id: id, last_protection_status: 'preparing', last_successful_protection_at: null })
        .where('id', '=', assemblyId).execute();

      await deliverAgain(runProtectionJob(id));

      const resumed = await waitForProtection(t, assemblyId, id);
      expect(resumed).toMatchObject({ status: 'success', resourceCount: done.resourceCount, dataResourceCount: 6, snapshotsCompleted: 6, snapshotsFailed: 0 });
      expect((resumed.resources as Json[]).map((r) => r.resourceId as string).sort()).toEqual(captured);
      expect(await db().selectFrom('protection_resources').select('resource_id').where('protection_id', '=', id).execute()).toHaveLength(rows.length);
      // The snapshots are asked for again and the cloud answers with the ones it made the first time.
      expect(await cloudState(id)).toEqual(cloud);
    });

    it('killed between recording the outcome and freeing the assembly: the repeated job frees it, and the next protection can start', async () => {
      const { assemblyId, id } = await protectedShop();
      const cloud = await cloudState(id);
      // The database as a SIGKILL right after the final status was committed leaves it: the assembly still
      // claimed by the protection, as protect-now left it, its outcome not yet recorded there.
      await db().updateTable('cloud_assemblies').set({ running_protection_id: id, last_protection_status: 'created', last_successful_protection_at: null })
        .where('id', '=', assemblyId).execute();

      await deliverAgain(runProtectionJob(id)); // what the reclaimed job does after the restart

      expect(await cloudState(id)).toEqual(cloud);
      const assembly = await getAssembly(t, assemblyId);
      expect({ lastProtection: assembly.lastProtection?.status, lastSuccessfulProtectionAt: assembly.lastSuccessfulProtectionAt !== null },
        'the assembly records the outcome of its protection').toEqual({ lastProtection: 'success', lastSuccessfulProtectionAt: true });
      const next = await answerWithin(protectNow(t, assemblyId), 5_000, 'protect-now after the repeated job');
      expect(next.statusCode, `the assembly is still held by ${id}: ${next.body}`).toBe(202);
      await waitForProtection(t, assemblyId, next.json().id);
      expect((await t.request({ method: 'GET', url: assemblyUrl(t, assemblyId) })).json().lastProtection.id).toBe(next.json().id);
    });
  });
}
