import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectForbidden, expectNativeError } from '../tenancy/native.ts';
import { dbOf, details, type Json } from '../protections/fixture.ts';
import {
  protectedShop, recover, recoveriesUrl, recoveryDetails, recoveryRowCounts, resetStatus, startRecovery, taggedWith, waitForRecovery, waitForReset,
} from './fixture.ts';
import { eventually } from '../helpers/app.ts';

/** Partial outcomes, cancel, one recovery at a time, stalled and automatic resets, failed resets, Idempotency-Key, roles and tenants. */
for (const dialect of DIALECTS) {
  describe(`recoveries: operations [${dialect}]`, () => {
    let t: TestApp;
    let shop: { connectionId: number; assemblyId: number; protectionId: string };
    let names = 0;
    const tokens = { viewer: '', operator: '', otherTenant: '' };

    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_RESET_SWEEP_MS: '100' });
      shop = await protectedShop(t);
      for (const role of ['viewer', 'operator'] as const) {
        const res = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: `${role}-bot`, role } });
        tokens[role] = res.json().token;
      }
      const other = await t.request({ method: 'POST', url: '/api/v1/accounts', payload: { name: 'tenant-b' } });
      const admin = await t.request({ method: 'POST', url: `/api/v1/accounts/${other.json().id}/service-accounts`, payload: { name: 'b-admin', role: 'admin' } });
      tokens.otherTenant = admin.json().token;
    });
    afterEach(async () => {
      await t.app.sim!.clearFaults();
      await t.app.sim!.setLatency(0);
    });
    afterAll(() => t.close());

    const name = () => `drill-${++names}`;
    const url = (id: string, action = '') => `${recoveriesUrl(t, shop.assemblyId)}/${id}${action}`;
    const reset = (id: string, token?: string) => t.request({ method: 'POST', url: url(id, '/reset'), token });
    const cancel = (id: string) => t.request({ method: 'POST', url: url(id, '/cancel') });
    const captured = async () => (await details(t, shop.assemblyId, shop.protectionId)).resources as Json[];
    /** Every recreate call takes this long: a recovery that stays in progress for a while. */
    const slowRecreates = (latencyMs: number) => t.app.sim!.addFault({ operation: 'recreate', latencyMs });
    const finishedAndReset = async (id: string) => {
      await waitForRecovery(t, shop.assemblyId, id);
      if ((await recoveryDetails(t, shop.assemblyId, id)).resetStatus === null) expect((await reset(id)).statusCode).toBe(202);
      await waitForReset(t, shop.assemblyId, id);
    };

    it('a resource the cloud refuses fails, what depends on it is skipped: partially-completed with each error; the reset still removes the rest', async () => {
      const subnet = (await captured()).find((r) => r.type === 'ec2:subnet' && (r.name as string).includes('app'))
        ?? (await captured()).find((r) => r.type === 'ec2:subnet')!;
      await t.app.sim!.addFault({ operation: 'recreate', match: { resourceId: subnet.resourceId }, errorCode: 'InternalError' });
      const id = await recover(t, shop.assemblyId, { recoveryName: name() });
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done.recoveryStatus).toBe('partially-completed');
      const failed = done.resources.find((r: Json) => r.sourceResourceId === subnet.resourceId);
      expect(failed).toMatchObject({ status: 'failed', recoveredResourceId: null });
      expect(failed.error).toMatch(/^InternalError: /);
      const skipped = done.resources.filter((r: Json) => r.status === 'skipped');
      expect(skipped.length).toBeGreaterThan(0);
      for (const r of skipped) expect(r.error).toMatch(/^its dependency \S+ was not recovered$/);
      expect(done).toMatchObject({ failedCount: 1, skippedCount: skipped.length });
      expect(done.recoveredCount).toBe(done.resourceCount - 1 - skipped.length);
      expect(done.statusMessage).toBe(`1 failed, ${skipped.length} skipped (a dependency was not recovered) of ${done.resourceCount} resources: see each resource's error`);
      expect((await taggedWith(t, id)).length).toBe(done.recoveredCount);
      expect((await reset(id)).statusCode).toBe(202);
      expect((await waitForReset(t, shop.assemblyId, id)).status).toBe('completed');
      expect(await taggedWith(t, id)).toEqual([]);
    });

    it('cancel: a running recovery stops at its next step, aborted; what it made stays until a reset removes it; a second cancel is 409', async () => {
      await slowRecreates(150);
      const id = await recover(t, shop.assemblyId, { recoveryName: name() });
      await eventually(async () => (await recoveryDetails(t, shop.assemblyId, id)).resources.some((r: Json) => r.status === 'recovered'), 10_000, 'a first resource recovered');
      const asked = await cancel(id);
      expect(asked.statusCode, asked.body).toBe(202);
      expect(asked.json().cancelRequested).toBe(true);
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done.recoveryStatus).toBe('aborted');
      expect(done.statusMessage).toMatch(/^Cancelled: \d+ of \d+ resources had been recovered \(a reset removes them\)$/);
      expect(done.resources.filter((r: Json) => r.status === 'skipped').every((r: Json) => r.error === 'Cancelled before it was recovered')).toBe(true);
      expect(done.resources.some((r: Json) => r.status === 'pending')).toBe(false);
      const made = await taggedWith(t, id);
      expect(made.length).toBe(done.recoveredCount);
      expect(done.recoveredCount).toBeLessThan(done.resourceCount);
      expectNativeError(await cancel(id), 409, 'conflict');
      await t.app.sim!.clearFaults();
      expect((await reset(id)).statusCode).toBe(202);
      expect((await waitForReset(t, shop.assemblyId, id)).status).toBe('completed');
      expect(await taggedWith(t, id)).toEqual([]);
    });

    it('one recovery at a time per assembly: of two starts at once, one wins and the other is 409; a reset of a running recovery is 409', async () => {
      await slowRecreates(50);
      const before = await recoveryRowCounts(t);
      const answers = await Promise.all([startRecovery(t, shop.assemblyId, { recoveryName: name() }), startRecovery(t, shop.assemblyId, { recoveryName: name() })]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([202, 409]);
      const loser = answers.find((a) => a.statusCode === 409)!;
      expect(expectNativeError(loser, 409, 'conflict').errors[0].code).toBe('RECOVERY_RUNNING');
      expect((await recoveryRowCounts(t)).recoveries).toBe(before.recoveries + 1);
      const winner = answers.find((a) => a.statusCode === 202)!.json().id as string;
      const early = expectNativeError(await reset(winner), 409, 'conflict');
      expect(early.errors[0].code).toBe('RECOVERY_RUNNING');
      await t.app.sim!.clearFaults();
      await finishedAndReset(winner);
    });

    it('a reset while another recovery of the assembly runs is stalled, says why, and proceeds by itself once that one ends', async () => {
      const first = await recover(t, shop.assemblyId, { recoveryName: name() });
      expect((await waitForRecovery(t, shop.assemblyId, first)).recoveryStatus).toBe('completed');
      await slowRecreates(100);
      const second = await recover(t, shop.assemblyId, { recoveryName: name() });
      expect((await reset(first)).statusCode).toBe(202);
      const stalled = await waitForReset(t, shop.assemblyId, first, ['stalled']);
      expect(stalled.message).toContain(`Waiting for recovery ${second}`);
      expect((await taggedWith(t, first)).length).toBeGreaterThan(0); // nothing deleted while stalled
      await t.app.sim!.clearFaults();
      expect((await waitForRecovery(t, shop.assemblyId, second)).recoveryStatus).toBe('completed');
      expect((await waitForReset(t, shop.assemblyId, first)).status).toBe('completed');
      expect(await taggedWith(t, first)).toEqual([]);
      expect((await taggedWith(t, second)).length).toBeGreaterThan(0); // the other drill is untouched
      await finishedAndReset(second);
    });

    it('resetAfterMinutes: the drill resets itself once the time has passed', async () => {
      const id = await recover(t, shop.assemblyId, { recoveryName: name(), resetAfterMinutes: 90 });
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done.resetAfterMinutes).toBe(90);
      expect(Date.parse(done.resetDueAt) - Date.parse(done.createdAt)).toBe(90 * 60_000);
      expect(done.resetStatus).toBeNull();
      // Ninety minutes pass.
      await dbOf(t).updateTable('recoveries').set({ reset_due_at: Date.now() - 1 }).where('id', '=', id).execute();
      expect((await waitForReset(t, shop.assemblyId, id)).status).toBe('completed');
      expect((await recoveryDetails(t, shop.assemblyId, id)).resetRequestedBy).toBe('auto-reset');
      expect(await taggedWith(t, id)).toEqual([]);
    });

    it('a reset the cloud refuses fails with the reason in reset-status; asked again, it finishes', async () => {
      const id = await recover(t, shop.assemblyId, { recoveryName: name() });
      const done = await waitForRecovery(t, shop.assemblyId, id);
      const volume = done.resources.find((r: Json) => r.type === 'ebs:volume');
      await t.app.sim!.addFault({ operation: 'deleteResource', match: { resourceId: volume.recoveredResourceId }, errorCode: 'InternalError' });
      expect((await reset(id)).statusCode).toBe(202);
      const failed = await waitForReset(t, shop.assemblyId, id);
      expect(failed.status).toBe('failed');
      expect(failed.message).toContain(volume.recoveredResourceId);
      expect(failed.message).toContain('InternalError');
      expect((await taggedWith(t, id)).map((r) => r.resource_id)).toEqual([volume.recoveredResourceId]);
      expect((await recoveryDetails(t, shop.assemblyId, id)).resources.find((r: Json) => r.sourceResourceId === volume.sourceResourceId).status).toBe('delete-failed');
      await t.app.sim!.clearFaults();
      expect((await reset(id)).statusCode).toBe(202);
      expect((await waitForReset(t, shop.assemblyId, id)).status).toBe('completed');
      expect(await taggedWith(t, id)).toEqual([]);
    });

    it('Idempotency-Key: a repeat returns the first answer and starts nothing; another body with the key is 409', async () => {
      const headers = { 'idempotency-key': `drill-${dialect}` };
      const body = { recoveryName: name() };
      const first = await startRecovery(t, shop.assemblyId, body, { headers });
      expect(first.statusCode, first.body).toBe(202);
      const count = (await recoveryRowCounts(t)).recoveries;
      const again = await startRecovery(t, shop.assemblyId, body, { headers });
      expect(again.statusCode).toBe(202);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json().id).toBe(first.json().id);
      expectNativeError(await startRecovery(t, shop.assemblyId, { recoveryName: name() }, { headers }), 409, 'conflict');
      expect((await recoveryRowCounts(t)).recoveries).toBe(count);
      await finishedAndReset(first.json().id);
    });

    it('roles: a viewer reads but cannot recover, cancel or reset; an operator can', async () => {
      expectForbidden(await startRecovery(t, shop.assemblyId, { recoveryName: name() }, { token: tokens.viewer }), 'recoveries:create');
      const listed = await t.request({ method: 'GET', url: recoveriesUrl(t, shop.assemblyId), token: tokens.viewer });
      expect(listed.statusCode).toBe(200);
      const some = listed.json()[0].id as string;
      expectForbidden(await reset(some, tokens.viewer), 'recoveries:reset');
      expectForbidden(await t.request({ method: 'POST', url: url(some, '/cancel'), token: tokens.viewer }), 'recoveries:cancel');
      const started = await startRecovery(t, shop.assemblyId, { recoveryName: name() }, { token: tokens.operator });
      expect(started.statusCode).toBe(202);
      expect(started.json().createdBy).toMatch(/^service-account:/);
      await finishedAndReset(started.json().id);
    });

    it("tenants: another account's token sees none of it, and changes nothing", async () => {
      const list = await t.request({ method: 'GET', url: recoveriesUrl(t, shop.assemblyId) });
      const id = list.json()[0].id as string;
      const before = await recoveryRowCounts(t);
      for (const [method, path] of [['GET', ''], ['GET', `/${id}`], ['GET', `/${id}/reset-status`], ['POST', `/${id}/reset`], ['POST', `/${id}/cancel`]] as const) {
        const res = await t.request({ method, url: `${recoveriesUrl(t, shop.assemblyId)}${path}`, token: tokens.otherTenant });
        expect([403, 404], `${method} ${path}: ${res.body}`).toContain(res.statusCode);
        expect(res.body).not.toContain(id);
        expect(res.body).not.toContain('shop');
      }
      const start = await startRecovery(t, shop.assemblyId, { recoveryName: name() }, { token: tokens.otherTenant });
      expect([403, 404]).toContain(start.statusCode);
      expect(await recoveryRowCounts(t)).toEqual(before);
    });

    it('deleting the assembly cancels its running recovery and waits for it; the drill can still be reset afterwards', async () => {
      const other = await protectedShop(t, 'doomed');
      await slowRecreates(100);
      const id = await recover(t, other.assemblyId, { recoveryName: name() });
      await eventually(async () => (await recoveryDetails(t, other.assemblyId, id)).resources.some((r: Json) => r.status === 'recovered'), 10_000, 'a first resource recovered');
      expect((await t.request({ method: 'DELETE', url: `${t.P}/aws/cloud-assemblies/${other.assemblyId}` })).statusCode).toBe(202);
      const aborted = await waitForRecovery(t, other.assemblyId, id);
      expect(aborted.recoveryStatus).toBe('aborted');
      await t.app.sim!.clearFaults();
      await eventually(async () => (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-assemblies/${other.assemblyId}` })).json().status === 'deleted', 15_000, 'the assembly deleted');
      expect((await t.request({ method: 'POST', url: `${recoveriesUrl(t, other.assemblyId)}/${id}/reset` })).statusCode).toBe(202);
      expect((await waitForReset(t, other.assemblyId, id)).status).toBe('completed');
      expect(await taggedWith(t, id)).toEqual([]);
    });

    it("a drill's copies in the source region are not picked up by the assembly's tag filter (they carry the recovery's tag)", async () => {
      const id = await recover(t, shop.assemblyId, { recoveryName: name() });
      expect((await waitForRecovery(t, shop.assemblyId, id)).recoveryStatus).toBe('completed');
      expect((await taggedWith(t, id)).length).toBeGreaterThan(0);
      const selection = await t.request({ method: 'GET', url: `${t.P}/aws/cloud-assemblies/${shop.assemblyId}/resources` });
      expect(selection.statusCode, selection.body).toBe(200);
      const ids = (selection.json().resources as Json[]).map((r) => r.resourceId as string).sort();
      expect(ids).toEqual((await captured()).filter((r) => r.captureReason === 'selected').map((r) => r.resourceId as string).sort());
      expect((await reset(id)).statusCode).toBe(202);
      await waitForReset(t, shop.assemblyId, id);
    });

    it('the list: newest first, Range and Content-Range, a status filter', async () => {
      const all = await t.request({ method: 'GET', url: recoveriesUrl(t, shop.assemblyId) });
      expect(all.statusCode).toBe(200);
      const rows = all.json() as Json[];
      expect(rows.length).toBeGreaterThan(3);
      const created = rows.map((r) => Date.parse(r.createdAt));
      expect(created).toEqual([...created].sort((a, b) => b - a));
      const page = await t.request({ method: 'GET', url: recoveriesUrl(t, shop.assemblyId), headers: { range: 'items=2-3' } });
      expect(page.headers['content-range']).toBe(`items 2-3/${rows.length}`);
      expect(page.json().map((r: Json) => r.id)).toEqual(rows.slice(1, 3).map((r) => r.id));
      const aborted = await t.request({ method: 'GET', url: `${recoveriesUrl(t, shop.assemblyId)}?status=aborted` });
      expect(aborted.json().map((r: Json) => r.recoveryStatus)).toEqual(['aborted']);
      expect((await resetStatus(t, shop.assemblyId, rows[0].id)).statusCode).toBe(200);
    });
  });
}
