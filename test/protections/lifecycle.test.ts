import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DATA_RESOURCE_TYPES } from '../../src/cloud/provider.ts';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectForbidden, expectNativeError } from '../tenancy/native.ts';
import {
  SHOP_DATA_TYPES, TERMINAL, answerWithin, assemblyUrl, createAssembly, createConnection, details, getAssembly, protectNow, protectionRowCounts, protectionsUrl,
  retag, shopFilter, startProtection, statusOf, waitForProtection, within, type Json,
} from './fixture.ts';

const isData = (type: string) => (DATA_RESOURCE_TYPES as readonly string[]).includes(type);
const ASSETS_BUCKET = 'lifeboat-demo-shop-assets';

/** Protect now, the outcomes of a protection resource by resource, the timeline, cancel and lock. */
for (const dialect of DIALECTS) {
  describe(`protections: lifecycle [${dialect}]`, () => {
    let t: TestApp;
    let connectionId: number;
    let names = 0;
    const tokens = { operator: '', viewer: '', operatorActor: '' };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      connectionId = await createConnection(t);
      for (const role of ['operator', 'viewer'] as const) {
        const res = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: `${role}-bot`, role } });
        expect(res.statusCode).toBe(201);
        tokens[role] = res.json().token;
        if (role === 'operator') tokens.operatorActor = `service-account:${res.json().id}`;
      }
    });
    afterEach(async () => {
      await t.app.sim!.clearFaults();
      await t.app.sim!.setLatency(0);
    });
    afterAll(() => t.close());

    const sim = () => t.app.sim!;
    const freshAssembly = (overrides: Json = {}) => createAssembly(t, connectionId, `shop-${++names}`, overrides);
    const dryRun = async (assemblyId: number): Promise<Json> => {
      const res = await t.request({ method: 'GET', url: `${assemblyUrl(t, assemblyId)}/resources` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const timeline = (assemblyId: number, query = '', range?: string) =>
      t.request({ method: 'GET', url: `${protectionsUrl(t, assemblyId)}${query}`, headers: range ? { range } : {} });
    const cancel = (assemblyId: number, id: string, token?: string) => t.request({ method: 'POST', url: `${protectionsUrl(t, assemblyId)}/${id}/cancel`, token });
    const lock = (assemblyId: number, id: string, payload: unknown, token?: string) =>
      t.request({ method: 'PUT', url: `${protectionsUrl(t, assemblyId)}/${id}/lock`, payload: payload as object, token });
    /** An assembly with one protection run to success. */
    const protectedAssembly = async () => {
      const assemblyId = await freshAssembly();
      const id = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, id)).status).toBe('success');
      return { assemblyId, id };
    };
    const byId = (d: Json) => new Map<string, Json>(d.resources.map((r: Json) => [r.resourceId, r]));
    const shopVolume = async (assemblyId: number) => (await dryRun(assemblyId)).resources.find((r: Json) => r.type === 'ebs:volume').resourceId as string;

    it('protect now: 202 created, then success; the details list every selected resource with its outcome', async () => {
      const assemblyId = await freshAssembly();
      const selection = await dryRun(assemblyId);
      const before = await getAssembly(t, assemblyId);
      expect(before.lastProtection).toBeNull();
      expect(before.lastSuccessfulProtectionAt).toBeNull();

      const res = await protectNow(t, assemblyId);
      expect(res.statusCode, res.body).toBe(202);
      const created = res.json();
      expect(created).toMatchObject({
        status: 'created', cloudAssemblyId: assemblyId, accountId: t.accountId, projectId: 'default', trigger: 'manual', locked: false,
        cancelRequested: false, replicaRegions: ['us-west-2'], createdBy: 'instance-admin', startedAt: null, finishedAt: null,
      });
      expect(created.id).toMatch(/^prot-/);
      expect(created.timestamp).toBe(Date.parse(created.createdAt));
      expect(res.headers.etag).toBeTruthy();

      const done = await waitForProtection(t, assemblyId, created.id);
      expect(done.status).toBe('success');
      expect(await statusOf(t, assemblyId, created.id)).toBe('success');
      expect(Date.parse(done.startedAt)).toBeGreaterThanOrEqual(Date.parse(done.createdAt));
      expect(Date.parse(done.finishedAt)).toBeGreaterThanOrEqual(Date.parse(done.startedAt));

      // Every resource the filter selects, and nothing else, captured as the dry run shows it.
      // What the filter selects, and what that depends on outside it (captured as configuration: dependencies.test.ts).
      expect(done.resources.filter((r: Json) => r.captureReason === 'selected').map((r: Json) => r.resourceId).sort())
        .toEqual(selection.resources.map((r: Json) => r.resourceId).sort());
      expect(done.resources.filter((r: Json) => r.captureReason === 'dependency').map((r: Json) => r.resourceId).sort())
        .toEqual(selection.capturedDependencies.map((r: Json) => r.resourceId).sort());
      expect(done.resourceCount).toBe(selection.resourceCount);
      const captured = byId(done);
      for (const r of selection.resources as Json[]) {
        const got = captured.get(r.resourceId)!;
        expect({ id: r.resourceId, type: got.type, service: got.service, region: got.region, name: got.name, arn: got.arn })
          .toEqual({ id: r.resourceId, type: r.type, service: r.service, region: 'us-east-1', name: r.name, arn: r.arn });
        expect(got.configuration).toEqual(r.configuration);
        expect(got.tags).toEqual(r.tags);
        expect(got.tags.app).toBe('shop');
        expect(got.dependencies).toEqual(r.dependencies);
      }
      // The dependency graph is there: instances depend on their volumes, the database on its subnets.
      const instance = done.resources.find((r: Json) => r.type === 'ec2:instance');
      expect(instance.dependencies.some((d: string) => captured.get(d)?.type === 'ebs:volume')).toBe(true);
      expect(instance.configuration.instanceType).toBe('t3.medium');
      expect(captured.get('shop-db')!.configuration.engine).toBe('postgres');
      if (selection.capturedDependencies.length) expect(done.statusMessage).toContain(`${selection.capturedDependencies.length} dependenc`);

      // Data resources: a completed snapshot and a completed us-west-2 replica; the rest: not applicable.
      const data = done.resources.filter((r: Json) => isData(r.type));
      expect(data.map((r: Json) => r.type).sort()).toEqual(SHOP_DATA_TYPES);
      expect(done).toMatchObject({ dataResourceCount: 6, snapshotsCompleted: 6, snapshotsFailed: 0 });
      for (const r of done.resources as Json[]) {
        expect(r.dataResource).toBe(isData(r.type));
        if (isData(r.type)) {
          expect({ id: r.resourceId, status: r.snapshotStatus, error: r.error }).toEqual({ id: r.resourceId, status: 'completed', error: null });
          expect(r.snapshotId).toBeTruthy();
          expect(Object.keys(r.replicas)).toEqual(['us-west-2']);
          expect(r.replicas['us-west-2']).toEqual({ status: 'completed', snapshotId: expect.any(String) });
          expect(r.replicas['us-west-2'].snapshotId).not.toBe(r.snapshotId);
        } else {
          expect({ id: r.resourceId, status: r.snapshotStatus, snapshotId: r.snapshotId, replicas: r.replicas })
            .toEqual({ id: r.resourceId, status: 'not-applicable', snapshotId: null, replicas: {} });
        }
      }

      // The cloud holds exactly those snapshots: one per data resource in us-east-1, one copy of each in us-west-2.
      const snapshots = await sim().listSnapshots({ protectionId: created.id });
      expect(snapshots).toHaveLength(12);
      for (const r of data) {
        const own = snapshots.filter((s) => s.resourceId === r.resourceId);
        const source = own.find((s) => s.region === 'us-east-1')!;
        const copy = own.find((s) => s.region === 'us-west-2')!;
        expect(own).toHaveLength(2);
        expect(source.snapshotId).toBe(r.snapshotId);
        expect(copy.snapshotId).toBe(r.replicas['us-west-2'].snapshotId);
        expect(copy.sourceSnapshotId).toBe(r.snapshotId);
      }

      // The assembly remembers it.
      const after = await getAssembly(t, assemblyId);
      expect(after.lastProtection).toMatchObject({ id: created.id, status: 'success' });
      expect(after.lastSuccessfulProtectionAt).not.toBeNull();
      expect(Date.parse(after.lastSuccessfulProtectionAt)).toBeGreaterThanOrEqual(Date.parse(done.createdAt));
      // And it is free for the next one.
      const next = await startProtection(t, assemblyId);
      expect(next).not.toBe(created.id);
      await waitForProtection(t, assemblyId, next);
    });

    it('the 202 answer\'s Location header leads to the new protection', async () => {
      const assemblyId = await freshAssembly();
      const res = await protectNow(t, assemblyId);
      expect(res.statusCode).toBe(202);
      const id = res.json().id;
      await waitForProtection(t, assemblyId, id);
      expect(res.headers.location).toBe(`${protectionsUrl(t, assemblyId)}/${id}`);
      const followed = await t.request({ method: 'GET', url: res.headers.location as string });
      expect(followed.statusCode, `GET ${res.headers.location}`).toBe(200);
      expect(followed.json().id).toBe(id);
    });

    it('Idempotency-Key: the same key answers the same protection, while it runs and after; a new key makes a new one', async () => {
      const assemblyId = await freshAssembly();
      const other = await freshAssembly();
      const key = `protect-${dialect}-1`;
      await sim().setLatency(100);
      const first = await protectNow(t, assemblyId, { headers: { 'idempotency-key': key } });
      expect(first.statusCode).toBe(202);
      const id = first.json().id;
      const repeat = await protectNow(t, assemblyId, { headers: { 'idempotency-key': key } });
      expect(repeat.statusCode).toBe(202);
      expect(repeat.json()).toEqual(first.json());
      expect(repeat.headers['idempotent-replayed']).toBe('true');
      expect(repeat.headers.location).toBe(first.headers.location);
      // The same key aimed at another assembly is another request: 409, and nothing starts there.
      const reused = await protectNow(t, other, { headers: { 'idempotency-key': key } });
      expect(expectNativeError(reused, 409, 'conflict').errors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect((await timeline(other)).json()).toEqual([]);
      await sim().setLatency(0);

      expect((await waitForProtection(t, assemblyId, id, TERMINAL, 20_000)).status).toBe('success');
      // Still the first answer once it has finished: no second protection.
      const late = await protectNow(t, assemblyId, { headers: { 'idempotency-key': key } });
      expect(late.statusCode).toBe(202);
      expect(late.json()).toEqual(first.json());
      expect((await timeline(assemblyId)).json().map((p: Json) => p.id)).toEqual([id]);
      // A new key starts a new protection.
      const second = await protectNow(t, assemblyId, { headers: { 'idempotency-key': `${key}-b` } });
      expect(second.statusCode).toBe(202);
      expect(second.json().id).not.toBe(id);
      await waitForProtection(t, assemblyId, second.json().id);
      expect((await timeline(assemblyId)).json().map((p: Json) => p.id)).toEqual([second.json().id, id]);
    });

    it('partially-protected: one volume tagged to fail its snapshot; its error is in the details, the others completed', async () => {
      const assemblyId = await freshAssembly();
      const volume = await shopVolume(assemblyId);
      const restore = await retag(t, volume, (tags) => ({ ...tags, 'lifeboat-sim-fault': 'snapshot' }));
      try {
        const id = await startProtection(t, assemblyId);
        const done = await waitForProtection(t, assemblyId, id);
        expect(done.status).toBe('partially-protected');
        expect(done).toMatchObject({ dataResourceCount: 6, snapshotsCompleted: 5, snapshotsFailed: 1 });
        expect(done.statusMessage).toMatch(/1 of 6 snapshots failed/);
        const failed = byId(done).get(volume)!;
        expect(failed).toMatchObject({ type: 'ebs:volume', snapshotStatus: 'failed', snapshotId: null });
        expect(failed.error).toMatch(/InternalError/);
        expect(failed.error).toContain(volume);
        for (const r of done.resources.filter((x: Json) => isData(x.type) && x.resourceId !== volume)) {
          expect({ id: r.resourceId, status: r.snapshotStatus, error: r.error, replica: r.replicas['us-west-2'].status })
            .toEqual({ id: r.resourceId, status: 'completed', error: null, replica: 'completed' });
        }
        expect(await sim().countSnapshots({ protectionId: id, resourceId: volume, includeDeleted: true })).toBe(0);
        expect(await sim().countSnapshots({ protectionId: id })).toBe(10);
        const assembly = await getAssembly(t, assemblyId);
        expect(assembly.lastProtection).toMatchObject({ id, status: 'partially-protected' });
        // A partial protection is not a successful one: the RPO does not move (issue 16).
        expect(assembly).toMatchObject({ lastProtectionStatus: 'partially-protected', lastSuccessfulProtectionAt: null });
      } finally {
        await restore();
      }
    });

    it('partially-protected: a sim fault on the database\'s snapshot (matched by resource id)', async () => {
      const assemblyId = await freshAssembly();
      await sim().addFault({ operation: 'snapshot', match: { resourceId: 'shop-db' }, errorCode: 'InvalidDBInstanceState' });
      const id = await startProtection(t, assemblyId);
      const done = await waitForProtection(t, assemblyId, id);
      expect(done.status).toBe('partially-protected');
      const db = byId(done).get('shop-db')!;
      expect(db.snapshotStatus).toBe('failed');
      expect(db.error).toMatch(/^InvalidDBInstanceState: /);
      expect(done.resources.filter((r: Json) => isData(r.type) && r.snapshotStatus === 'completed')).toHaveLength(5);
    });

    it('failed: every snapshot fails; each resource says why, nothing is in the cloud, the assembly is free again', async () => {
      const assemblyId = await freshAssembly();
      const fault = await sim().addFault({ operation: 'snapshot', errorCode: 'InternalError' });
      const id = await startProtection(t, assemblyId);
      const done = await waitForProtection(t, assemblyId, id);
      expect(done.status).toBe('failed');
      expect(done).toMatchObject({ dataResourceCount: 6, snapshotsCompleted: 0, snapshotsFailed: 6 });
      expect(done.statusMessage).toMatch(/6 of 6 snapshots failed/);
      for (const r of done.resources.filter((x: Json) => isData(x.type))) {
        expect({ id: r.resourceId, status: r.snapshotStatus, snapshotId: r.snapshotId }).toEqual({ id: r.resourceId, status: 'failed', snapshotId: null });
        expect(r.error).toMatch(/^InternalError: /);
      }
      expect(await sim().countSnapshots({ protectionId: id, includeDeleted: true })).toBe(0);
      const assembly = await getAssembly(t, assemblyId);
      expect(assembly.lastProtection).toMatchObject({ id, status: 'failed' });
      expect(assembly.lastSuccessfulProtectionAt).toBeNull();
      await sim().removeFault(fault);
      const next = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, next)).status).toBe('success');
    });

    it('skipped: the filter selects nothing; no resource, no snapshot, and the assembly is free again', async () => {
      const assemblyId = await freshAssembly();
      const put = await t.request({ method: 'PUT', url: `${assemblyUrl(t, assemblyId)}/resources`, payload: { resourceFilterStrategy: shopFilter('no-such-app') } });
      expect(put.statusCode, put.body).toBe(200);
      expect((await dryRun(assemblyId)).resourceCount).toBe(0);
      const id = await startProtection(t, assemblyId);
      const done = await waitForProtection(t, assemblyId, id);
      expect(done).toMatchObject({ status: 'skipped', resourceCount: 0, dataResourceCount: 0, snapshotsCompleted: 0, resources: [] });
      expect(done.statusMessage).toMatch(/selects nothing/);
      expect(done.finishedAt).not.toBeNull();
      expect(await sim().countSnapshots({ protectionId: id, includeDeleted: true })).toBe(0);
      const assembly = await getAssembly(t, assemblyId);
      expect(assembly.lastProtection).toMatchObject({ id, status: 'skipped' });
      expect(assembly.lastSuccessfulProtectionAt).toBeNull();
      const again = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, again)).status).toBe('skipped');
    });

    it('a replica copy fails: partially-protected, the resource\'s replica carries the error, its source snapshot is kept', async () => {
      const assemblyId = await freshAssembly();
      const restore = await retag(t, ASSETS_BUCKET, (tags) => ({ ...tags, 'lifeboat-sim-fault': 'copySnapshot' }));
      try {
        const id = await startProtection(t, assemblyId);
        const done = await waitForProtection(t, assemblyId, id);
        expect(done.status).toBe('partially-protected');
        expect(done.statusMessage).toMatch(/1 replica copies failed/);
        const bucket = byId(done).get(ASSETS_BUCKET)!;
        expect(bucket.snapshotStatus).toBe('completed');
        expect(bucket.snapshotId).toBeTruthy();
        expect(bucket.replicas['us-west-2'].status).toBe('failed');
        expect(bucket.replicas['us-west-2'].error).toMatch(/InternalError/);
        expect(bucket.replicas['us-west-2'].snapshotId).toBeUndefined();
        for (const r of done.resources.filter((x: Json) => isData(x.type) && x.resourceId !== ASSETS_BUCKET)) {
          expect({ id: r.resourceId, replica: r.replicas['us-west-2'].status }).toEqual({ id: r.resourceId, replica: 'completed' });
        }
        expect(await sim().countSnapshots({ protectionId: id, resourceId: ASSETS_BUCKET, region: 'us-east-1' })).toBe(1);
        expect(await sim().countSnapshots({ protectionId: id, resourceId: ASSETS_BUCKET, region: 'us-west-2', includeDeleted: true })).toBe(0);
      } finally {
        await restore();
      }
    });

    it('a finished protection shows no resource and no replica still pending', async () => {
      // One volume's snapshot fails: there is nothing to copy for it, and that has to read as an outcome.
      const assemblyId = await freshAssembly();
      const volume = await shopVolume(assemblyId);
      const restore = await retag(t, volume, (tags) => ({ ...tags, 'lifeboat-sim-fault': 'snapshot' }));
      try {
        const id = await startProtection(t, assemblyId);
        const done = await waitForProtection(t, assemblyId, id);
        expect(done.status).toBe('partially-protected');
        const pending = (done.resources as Json[]).flatMap((r) => [
          ...(r.snapshotStatus === 'pending' ? [`${r.resourceId}: snapshot pending`] : []),
          ...Object.entries(r.replicas as Record<string, Json>).filter(([, rep]) => rep.status === 'pending').map(([region]) => `${r.resourceId}: replica ${region} pending`),
        ]);
        expect(pending, `a ${done.status} protection still shows work outstanding`).toEqual([]);
      } finally {
        await restore();
      }
    });

    it('a cancelled protection shows no resource and no replica still pending', async () => {
      const assemblyId = await freshAssembly();
      // Cancelled while its snapshots are being taken: they complete, the copies are never made.
      await sim().addFault({ operation: 'snapshot', latencyMs: 700 });
      const id = await startProtection(t, assemblyId);
      await waitForProtection(t, assemblyId, id, ['in-progress']);
      expect((await cancel(assemblyId, id)).statusCode).toBe(202);
      const done = await waitForProtection(t, assemblyId, id);
      expect(done.status).toBe('failed');
      expect(done.dataResourceCount).toBe(6);
      const pending = (done.resources as Json[]).flatMap((r) => [
        ...(r.snapshotStatus === 'pending' ? [`${r.resourceId}: snapshot pending`] : []),
        ...Object.entries(r.replicas as Record<string, Json>).filter(([, rep]) => rep.status === 'pending').map(([region]) => `${r.resourceId}: replica ${region} pending`),
      ]);
      expect(pending, 'a cancelled (failed) protection still shows work outstanding').toEqual([]);
    });

    it('cancel a running protection: 202, it ends failed saying it was cancelled; cancelling a finished one is 409', async () => {
      const assemblyId = await freshAssembly();
      // Slow snapshots, so the cancel lands while they are being taken.
      await sim().addFault({ operation: 'snapshot', latencyMs: 700 });
      const id = await startProtection(t, assemblyId);
      await waitForProtection(t, assemblyId, id, ['in-progress']);
      const res = await cancel(assemblyId, id);
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json()).toMatchObject({ id, cancelRequested: true });
      expect(['in-progress', 'failed']).toContain(res.json().status);
      const done = await waitForProtection(t, assemblyId, id);
      expect(done.status).toBe('failed');
      expect(done.statusMessage).toMatch(/cancel/i);
      expect(done.cancelRequested).toBe(true);
      expect(done.finishedAt).not.toBeNull();
      expect(await statusOf(t, assemblyId, id)).toBe('failed');
      expect((await getAssembly(t, assemblyId)).lastProtection).toMatchObject({ id, status: 'failed' });

      const again = expectNativeError(await cancel(assemblyId, id), 409, 'conflict');
      expect(again.errors[0].code).toBe('PROTECTION_NOT_RUNNING');
      await sim().clearFaults();
      const next = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, next)).status).toBe('success');
      const finished = expectNativeError(await cancel(assemblyId, next), 409, 'conflict');
      expect(finished.errors[0].code).toBe('PROTECTION_NOT_RUNNING');
      expect(finished.message).toMatch(/success/);
      expect((await details(t, assemblyId, next)).status).toBe('success');
      // Unknown, and another assembly's: 404.
      expectNativeError(await cancel(assemblyId, 'prot-00000000000000000000'), 404, 'not-found');
      const elsewhere = await freshAssembly();
      expectNativeError(await cancel(elsewhere, next), 404, 'not-found');
    });

    it('cancel before any snapshot was taken: failed, saying so, and nothing in the cloud', async () => {
      const assemblyId = await freshAssembly();
      await sim().setLatency(100);
      const id = await startProtection(t, assemblyId);
      const res = await cancel(assemblyId, id);
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json().cancelRequested).toBe(true);
      await sim().setLatency(0);
      const done = await waitForProtection(t, assemblyId, id, TERMINAL, 20_000);
      expect(done.status).toBe('failed');
      expect(done.statusMessage).toMatch(/cancel/i);
      expect(await sim().countSnapshots({ protectionId: id, includeDeleted: true })).toBe(0);
      expect(await statusOf(t, assemblyId, id)).toBe('failed');
    });

    it('cancel while the replicas are being copied: accepted (202), so it ends failed saying it was cancelled', async () => {
      const assemblyId = await freshAssembly();
      await sim().addFault({ operation: 'copySnapshot', latencyMs: 600 });
      const id = await startProtection(t, assemblyId);
      await eventually(async () => {
        const d = await details(t, assemblyId, id);
        if (TERMINAL.includes(d.status)) throw new Error(`finished (${d.status}) before its copies could be cancelled`);
        return d.status === 'in-progress' && d.resources.filter((r: Json) => r.dataResource).every((r: Json) => r.snapshotStatus === 'completed');
      }, 10_000, 'every snapshot taken, copies under way');
      const res = await cancel(assemblyId, id);
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json().cancelRequested).toBe(true);
      const done = await waitForProtection(t, assemblyId, id);
      expect({ status: done.status, statusMessage: done.statusMessage, cancelRequested: done.cancelRequested })
        .toEqual({ status: 'failed', statusMessage: expect.stringMatching(/cancel/i), cancelRequested: true });
    });

    it('lock and unlock: the flag shows everywhere; a repeat changes nothing; a locked protection holds the assembly\'s deletion', async () => {
      const { assemblyId, id } = await protectedAssembly();
      const url = `${protectionsUrl(t, assemblyId)}/${id}`;
      const etag0 = (await t.request({ method: 'GET', url })).headers.etag;
      const locked = await lock(assemblyId, id, { locked: true });
      expect(locked.statusCode, locked.body).toBe(200);
      expect(locked.json()).toMatchObject({ id, locked: true, status: 'success' });
      expect(locked.headers.etag).toBeTruthy();
      expect(locked.headers.etag).not.toBe(etag0);
      expect((await details(t, assemblyId, id)).locked).toBe(true);
      expect((await timeline(assemblyId)).json()[0]).toMatchObject({ id, locked: true });
      const repeat = await lock(assemblyId, id, { locked: true });
      expect(repeat.statusCode).toBe(200);
      expect(repeat.headers.etag).toBe(locked.headers.etag);

      // Deleting the assembly waits for the lock, and keeps the snapshots.
      const snapshots = await sim().countSnapshots({ protectionId: id });
      expect(snapshots).toBe(12);
      expect((await t.request({ method: 'DELETE', url: assemblyUrl(t, assemblyId) })).statusCode).toBe(202);
      const held = await eventually(async () => {
        const a = await getAssembly(t, assemblyId);
        return a.status === 'delete-locked' ? a : undefined;
      }, 10_000, 'delete-locked');
      expect(held.statusMessage).toMatch(/locked protection/);
      expect(await sim().countSnapshots({ protectionId: id })).toBe(snapshots);
      expect(expectNativeError(await protectNow(t, assemblyId), 409, 'conflict').errors[0].code).toBeTruthy();

      const unlocked = await lock(assemblyId, id, { locked: false });
      expect(unlocked.statusCode).toBe(200);
      expect(unlocked.json().locked).toBe(false);
      expect(unlocked.headers.etag).not.toBe(locked.headers.etag);
      expect((await details(t, assemblyId, id)).locked).toBe(false);

      // Unlocked, the deletion goes through: the protection is elapsed, its snapshots are gone, it can no longer be locked.
      expect((await t.request({ method: 'DELETE', url: assemblyUrl(t, assemblyId) })).statusCode).toBe(202);
      await eventually(async () => (await getAssembly(t, assemblyId)).status === 'deleted', 10_000, 'deleted');
      expect(await statusOf(t, assemblyId, id)).toBe('elapsed');
      expect(await sim().countSnapshots({ protectionId: id })).toBe(0);
      expect(expectNativeError(await lock(assemblyId, id, { locked: true }), 409, 'conflict').errors[0].code).toBe('PROTECTION_ELAPSED');
      expectNativeError(await lock(assemblyId, 'prot-00000000000000000000', { locked: true }), 404, 'not-found');
    });

    it('the timeline: newest first, Range and Content-Range, start_time and end_time (epoch ms, inclusive)', async () => {
      const assemblyId = await freshAssembly();
      const ids: string[] = [];
      for (let n = 0; n < 3; n++) {
        const id = await startProtection(t, assemblyId);
        await waitForProtection(t, assemblyId, id);
        ids.push(id);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const all = await timeline(assemblyId);
      expect(all.statusCode).toBe(200);
      expect(all.headers['content-range']).toBe('items 1-3/3');
      const list = all.json() as Json[];
      expect(list.map((p) => p.id)).toEqual([...ids].reverse());
      for (const p of list) {
        expect(p.timestamp).toBe(Date.parse(p.createdAt));
        expect(p.resources).toBeUndefined();
        expect(p.status).toBe('success');
      }
      const [t3, t2, t1] = list.map((p) => p.timestamp as number);
      expect(t1).toBeLessThan(t2!);
      expect(t2).toBeLessThan(t3!);

      const page = await timeline(assemblyId, '', 'items=2-3');
      expect(page.headers['content-range']).toBe('items 2-3/3');
      expect(page.json().map((p: Json) => p.id)).toEqual([ids[1], ids[0]]);
      const ids$ = async (query: string) => {
        const res = await timeline(assemblyId, query);
        expect(res.statusCode, res.body).toBe(200);
        return { ids: res.json().map((p: Json) => p.id), range: res.headers['content-range'] };
      };
      expect(await ids$(`?start_time=${t2}`)).toEqual({ ids: [ids[2], ids[1]], range: 'items 1-2/2' });
      expect(await ids$(`?end_time=${t2}`)).toEqual({ ids: [ids[1], ids[0]], range: 'items 1-2/2' });
      expect(await ids$(`?start_time=${t2}&end_time=${t2}`)).toEqual({ ids: [ids[1]], range: 'items 1-1/1' });
      expect(await ids$(`?start_time=${t1! + 1}&end_time=${t3! - 1}`)).toEqual({ ids: [ids[1]], range: 'items 1-1/1' });
      expect(await ids$(`?start_time=${t3! + 1}`)).toEqual({ ids: [], range: 'items */0' });
      expect(await ids$(`?end_time=${t1! - 1}`)).toEqual({ ids: [], range: 'items */0' });
      expect(await ids$('?start_time=0')).toEqual({ ids: [...ids].reverse(), range: 'items 1-3/3' });
      expect(await ids$('?status=success')).toEqual({ ids: [...ids].reverse(), range: 'items 1-3/3' });
      expect(await ids$('?status=skipped&status=failed')).toEqual({ ids: [], range: 'items */0' });
      expect(await ids$(`?status=success&start_time=${t2}`)).toEqual({ ids: [ids[2], ids[1]], range: 'items 1-2/2' });
      // Only this assembly's protections.
      const other = await freshAssembly();
      expect(await ids$('').then(() => timeline(other)).then((r) => r.json())).toEqual([]);

      for (const [query, field] of [
        ['?start_time=abc', 'start_time'], ['?start_time=-1', 'start_time'], ['?start_time=1.5', 'start_time'],
        ['?end_time=yesterday', 'end_time'], ['?end_time=-5', 'end_time'], ['?colour=red', 'colour'],
      ] as const) {
        expectFieldError(await timeline(assemblyId, query), field);
      }
      // An array filter's field error names the item (status.0).
      const fields = Object.keys(expectNativeError(await timeline(assemblyId, '?status=finished'), 400, 'validation').fieldErrors);
      expect(fields.some((f) => f.startsWith('status')), fields.join()).toBe(true);
      expectFieldError(await timeline(assemblyId, '', 'items=0-5'), 'Range');
      expectFieldError(await timeline(assemblyId, '', 'pages=1-2'), 'Range');
      expectNativeError(await timeline(987654321), 404, 'not-found');
    });

    it('bad input is refused with a field error and writes nothing', async () => {
      const { assemblyId, id } = await protectedAssembly();
      const before = await protectionRowCounts(t);
      const assemblyEtag = (await t.request({ method: 'GET', url: assemblyUrl(t, assemblyId) })).headers.etag;
      const protectionEtag = (await t.request({ method: 'GET', url: `${protectionsUrl(t, assemblyId)}/${id}` })).headers.etag;

      // Protect now takes no fields.
      expectFieldError(await protectNow(t, assemblyId, { payload: { resourceIds: ['shop-db'] } }), 'resourceIds');
      expectFieldError(await protectNow(t, assemblyId, { payload: { name: 'x', force: true } }), 'name');
      expectNativeError(await protectNow(t, assemblyId, { payload: [] }), 400, 'validation');
      expectFieldError(await protectNow(t, assemblyId, { headers: { 'idempotency-key': 'has spaces in it' } }), 'Idempotency-Key');
      expectFieldError(await protectNow(t, assemblyId, { headers: { 'idempotency-key': 'k'.repeat(300) } }), 'idempotency-key');
      expectNativeError(await protectNow(t, 987654321), 404, 'not-found');
      // Lock takes exactly {locked: boolean}.
      expectFieldError(await lock(assemblyId, id, {}), 'locked');
      expectFieldError(await lock(assemblyId, id, { locked: 'yes' }), 'locked');
      expectFieldError(await lock(assemblyId, id, { locked: 1 }), 'locked');
      expectFieldError(await lock(assemblyId, id, { locked: true, reason: 'audit' }), 'reason');
      expectNativeError(await lock(assemblyId, id, undefined), 400, 'validation');

      await new Promise((resolve) => setTimeout(resolve, 100)); // anything wrongly queued would have run by now
      expect(await protectionRowCounts(t)).toEqual(before);
      expect((await t.request({ method: 'GET', url: assemblyUrl(t, assemblyId) })).headers.etag).toBe(assemblyEtag);
      expect((await t.request({ method: 'GET', url: `${protectionsUrl(t, assemblyId)}/${id}` })).headers.etag).toBe(protectionEtag);
      expect((await details(t, assemblyId, id)).locked).toBe(false);
      expect((await timeline(assemblyId)).json().map((p: Json) => p.id)).toEqual([id]);
    });

    it('a disabled assembly is not protected: 409, nothing written; enabled again, it is', async () => {
      const assemblyId = await freshAssembly();
      const off = await t.request({ method: 'PUT', url: `${assemblyUrl(t, assemblyId)}/status`, payload: { status: 'disabled' } });
      expect(off.statusCode, off.body).toBe(200);
      const before = await protectionRowCounts(t);
      const res = await protectNow(t, assemblyId);
      const body = expectNativeError(res, 409, 'conflict');
      expect(body.errors[0].code).toBe('ASSEMBLY_NOT_ENABLED');
      expect(body.message).toMatch(/disabled/);
      expect(await protectionRowCounts(t)).toEqual(before);
      expect((await getAssembly(t, assemblyId)).lastProtection).toBeNull();
      expect((await t.request({ method: 'PUT', url: `${assemblyUrl(t, assemblyId)}/status`, payload: { status: 'enabled' } })).statusCode).toBe(200);
      const id = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, id)).status).toBe('success');
    });

    it('an operator protects, cancels and locks; a viewer reads but gets 403 naming the permission, and writes nothing', async () => {
      const assemblyId = await freshAssembly();
      const res = await protectNow(t, assemblyId, { token: tokens.operator });
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json().createdBy).toBe(tokens.operatorActor);
      const id = res.json().id;
      await waitForProtection(t, assemblyId, id);
      expect((await lock(assemblyId, id, { locked: true }, tokens.operator)).statusCode).toBe(200);
      expect((await lock(assemblyId, id, { locked: false }, tokens.operator)).statusCode).toBe(200);
      // Allowed to cancel (the refusal is about the protection having finished, not about the role).
      expect(expectNativeError(await cancel(assemblyId, id, tokens.operator), 409, 'conflict').errors[0].code).toBe('PROTECTION_NOT_RUNNING');

      const before = await protectionRowCounts(t);
      const etag = (await t.request({ method: 'GET', url: `${protectionsUrl(t, assemblyId)}/${id}` })).headers.etag;
      expectForbidden(await protectNow(t, assemblyId, { token: tokens.viewer }), 'protections:protect');
      expectForbidden(await protectNow(t, assemblyId, { token: tokens.viewer, headers: { 'idempotency-key': 'viewer-try' } }), 'protections:protect');
      expectForbidden(await cancel(assemblyId, id, tokens.viewer), 'protections:cancel');
      expectForbidden(await lock(assemblyId, id, { locked: true }, tokens.viewer), 'protections:lock');
      expect(await protectionRowCounts(t)).toEqual(before);
      expect((await t.request({ method: 'GET', url: `${protectionsUrl(t, assemblyId)}/${id}` })).headers.etag).toBe(etag);

      for (const url of [protectionsUrl(t, assemblyId), `${protectionsUrl(t, assemblyId)}/${id}`, `${protectionsUrl(t, assemblyId)}/status?protection_id=${id}`]) {
        const read = await t.request({ method: 'GET', url, token: tokens.viewer });
        expect(read.statusCode, url).toBe(200);
      }
    });
  });

  /**
   * One protection runs at a time per assembly. Each test has an app of its own: a protect-now refused for a
   * running protection must answer (409) and leave the server working, and when it does not, only this test fails.
   */
  describe(`protections: one at a time per assembly [${dialect}]`, () => {
    let t: TestApp;
    let connectionId: number;

    beforeEach(async () => {
      t = await startTestApp(dialect);
      connectionId = await createConnection(t);
    });
    afterEach(async () => {
      // A server that hangs would hang its close too: give up on it after a while, and remove its database.
      if (!(await within(t.close(), 1_500))) await t.database.drop().catch(() => undefined);
    }, 30_000);

    it('a second protect-now while one runs: 409 PROTECTION_RUNNING naming it, nothing written, and the server carries on', async () => {
      const assemblyId = await createAssembly(t, connectionId, 'shop');
      await t.app.sim!.setLatency(200);
      const id = await startProtection(t, assemblyId);
      const before = await protectionRowCounts(t);
      const etag = (await t.request({ method: 'GET', url: assemblyUrl(t, assemblyId) })).headers.etag;
      const again = await answerWithin(protectNow(t, assemblyId), 1_500, 'a protect-now on an assembly whose protection runs');
      const body = expectNativeError(again, 409, 'conflict');
      expect(body.errors[0].code).toBe('PROTECTION_RUNNING');
      expect(body.message).toContain(id);
      expect((await protectionRowCounts(t)).protections).toBe(before.protections);
      expect((await t.request({ method: 'GET', url: assemblyUrl(t, assemblyId) })).headers.etag).toBe(etag);
      expect((await t.request({ method: 'GET', url: protectionsUrl(t, assemblyId) })).json().map((p: Json) => p.id)).toEqual([id]);
      await t.app.sim!.setLatency(0);
      expect((await waitForProtection(t, assemblyId, id, TERMINAL, 20_000)).status).toBe('success');
    });

    it('Idempotency-Key: another key while the first protection runs is refused (409); once it has finished that key starts a new one', async () => {
      const assemblyId = await createAssembly(t, connectionId, 'shop');
      await t.app.sim!.setLatency(200);
      const first = await protectNow(t, assemblyId, { headers: { 'idempotency-key': 'nightly-1' } });
      expect(first.statusCode).toBe(202);
      const busy = await answerWithin(protectNow(t, assemblyId, { headers: { 'idempotency-key': 'nightly-2' } }), 1_500,
        'a protect-now with a new Idempotency-Key on an assembly whose protection runs');
      expect(expectNativeError(busy, 409, 'conflict').errors[0].code).toBe('PROTECTION_RUNNING');
      await t.app.sim!.setLatency(0);
      expect((await waitForProtection(t, assemblyId, first.json().id, TERMINAL, 20_000)).status).toBe('success');
      // The refusal did not spend the key.
      const second = await protectNow(t, assemblyId, { headers: { 'idempotency-key': 'nightly-2' } });
      expect(second.statusCode, second.body).toBe(202);
      expect(second.headers['idempotent-replayed']).toBeUndefined();
      expect(second.json().id).not.toBe(first.json().id);
      expect((await waitForProtection(t, assemblyId, second.json().id)).status).toBe('success');
    });
  });
}
