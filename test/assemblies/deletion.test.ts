import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectNativeError } from '../tenancy/native.ts';
import { assembliesOf, assemblyBody, assemblyStatus, connectionsOf, makeAssembly, makeConnection, RUNNING_PROTECTION } from './fixture.ts';

/** Deleting an assembly: its states, what holds it (locked protections, a running one), and how it holds its connection. */
for (const dialect of DIALECTS) {
  describe(`deleting cloud assemblies [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let conn: number;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = assembliesOf(t);
      conn = await makeConnection(t);
    });
    afterAll(() => t.close());

    const get = (id: number) => t.request({ method: 'GET', url: `${base}/${id}` });
    const del = (id: number, headers: Record<string, string> = {}) => t.request({ method: 'DELETE', url: `${base}/${id}`, headers });
    const list = async (query = '') => (await t.request({ method: 'GET', url: `${t.P}/cloud-assemblies${query}` })).json().map((a: { name: string }) => a.name);
    const until = (id: number, ...statuses: string[]) => assemblyStatus(t, `${base}/${id}`, statuses);
    /** Protect now, and wait for the protection to finish. */
    async function protect(id: number) {
      const started = await t.request({ method: 'POST', url: `${base}/${id}/protections`, payload: {} });
      expect(started.statusCode, started.body).toBe(202);
      const pid = started.json().id as string;
      const done = await eventually(async () => {
        const p = (await t.request({ method: 'GET', url: `${base}/${id}/protections/${pid}` })).json();
        return !RUNNING_PROTECTION.includes(p.status) && p;
      }, 10_000, `protection ${pid}`);
      return done as { id: string; status: string; dataResourceCount: number; snapshotsCompleted: number };
    }
    const lock = (id: number, pid: string, locked: boolean) => t.request({ method: 'PUT', url: `${base}/${id}/protections/${pid}/lock`, payload: { locked } });
    const liveSnapshots = (protectionId: string) => t.app.sim!.countSnapshots({ protectionId, includeDeleted: false });

    it('DELETE answers 202 delete-requested, then the assembly is deleted: readable as deleted, its name free, out of lists', async () => {
      const a = await makeAssembly(t, conn, { name: 'short-lived' });
      const res = await del(a.id);
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json()).toMatchObject({ id: a.id, name: 'short-lived', status: 'delete-requested', deletedAt: null });
      expect(res.headers.etag).toMatch(/^"\d+"$/);

      const gone = await until(a.id, 'deleted');
      expect(gone).toMatchObject({ id: a.id, name: 'short-lived', status: 'deleted', statusMessage: null });
      expect(new Date(gone.deletedAt).toISOString()).toBe(gone.deletedAt);
      expect((await get(a.id)).statusCode).toBe(200);

      expect(await list()).not.toContain('short-lived');
      expect(await list('?status=deleted')).toContain('short-lived');
      const again = await makeAssembly(t, conn, { name: 'short-lived' });
      expect(again.id).not.toBe(a.id);
      expect(await list('?name=short-lived')).toEqual(['short-lived']);
    });

    it('a stale If-Match on DELETE is 412 and starts nothing; DELETE of a deleted assembly is 409', async () => {
      const a = await makeAssembly(t, conn, { name: 'guarded-delete' });
      const res = await del(a.id, { 'if-match': '"42"' });
      expect(expectNativeError(res, 412).errors[0].code).toBe('VERSION_MISMATCH');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await get(a.id)).json().status).toBe('enabled');
      const etag = (await get(a.id)).headers.etag as string;
      expect((await del(a.id, { 'if-match': etag })).statusCode).toBe(202);
      await until(a.id, 'deleted');
      const twice = await del(a.id);
      expect(expectNativeError(twice, 409, 'conflict').errors[0].code).toBe('ASSEMBLY_DELETED');
    });

    it('refuses every change to a deleted assembly with 409', async () => {
      const a = await makeAssembly(t, conn, { name: 'frozen', resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-sessions'] } });
      await del(a.id);
      const before = await until(a.id, 'deleted');
      const attempts = [
        t.request({ method: 'PUT', url: `${base}/${a.id}/general-information`, payload: { name: 'thawed' } }),
        t.request({ method: 'PUT', url: `${base}/${a.id}/resources`, payload: { resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db'] } } }),
        t.request({ method: 'PUT', url: `${base}/${a.id}/status`, payload: { status: 'enabled' } }),
        t.request({ method: 'POST', url: `${base}/${a.id}/protections`, payload: {} }),
      ];
      for (const res of await Promise.all(attempts)) expectNativeError(res, 409, 'conflict');
      expect((await get(a.id)).json()).toEqual(before);
    });

    describe('a locked protection holds the deletion', () => {
      let id: number;
      let pid: string;
      let taken: number;

      it('protects now and locks the protection', async () => {
        id = (await makeAssembly(t, conn, { name: 'locked-app', replicaRegions: ['us-west-2'] })).id;
        const done = await protect(id);
        expect(done.status).toBe('success');
        pid = done.id;
        taken = await liveSnapshots(pid);
        expect(taken).toBe(done.dataResourceCount * 2); // each data resource, and its copy in us-west-2
        expect(taken).toBeGreaterThan(0);
        expect((await get(id)).json().lastProtection).toMatchObject({ id: pid, status: 'success' });
        const locked = await lock(id, pid, true);
        expect(locked.statusCode, locked.body).toBe(200);
        expect(locked.json().locked).toBe(true);
      });

      it('DELETE ends delete-locked, saying why; the snapshots stay', async () => {
        expect((await del(id)).json().status).toBe('delete-requested');
        const held = await until(id, 'delete-locked');
        expect(held.statusMessage).toMatch(/1 locked protection/);
        expect(held.statusMessage).toMatch(/unlock/i);
        expect(held.deletedAt).toBeNull();
        expect(await liveSnapshots(pid)).toBe(taken);
        // Still listed: it is not deleted.
        expect(await list('?status=delete-locked')).toEqual(['locked-app']);
      });

      it('refuses changes while the deletion is held (409), except the status that cancels it', async () => {
        const before = await get(id);
        const rename = await t.request({ method: 'PUT', url: `${base}/${id}/general-information`, payload: { name: 'sneaky' } });
        expect(expectNativeError(rename, 409, 'conflict').errors[0].code).toBe('ASSEMBLY_BEING_DELETED');
        const refilter = await t.request({ method: 'PUT', url: `${base}/${id}/resources`, payload: { resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db'] } } });
        expect(expectNativeError(refilter, 409, 'conflict').errors[0].code).toBe('ASSEMBLY_BEING_DELETED');
        expectNativeError(await t.request({ method: 'POST', url: `${base}/${id}/protections`, payload: {} }), 409, 'conflict');
        const after = await get(id);
        expect(after.headers.etag).toBe(before.headers.etag);
        expect(after.json().name).toBe('locked-app');
      });

      it('unlocked and deleted again: deleted, the protection elapsed, and its snapshots gone from the cloud', async () => {
        expect((await lock(id, pid, false)).json().locked).toBe(false);
        const again = await del(id);
        expect(again.statusCode).toBe(202);
        expect(again.json().status).toBe('delete-requested');
        const gone = await until(id, 'deleted');
        expect(gone.statusMessage).toBeNull();
        expect(await liveSnapshots(pid)).toBe(0);
        expect(await t.app.sim!.countSnapshots({ protectionId: pid, includeDeleted: true })).toBe(taken);
        const protection = (await t.request({ method: 'GET', url: `${base}/${id}/protections/${pid}` })).json();
        expect(protection.status).toBe('elapsed');
        for (const resource of protection.resources.filter((r: { dataResource: boolean }) => r.dataResource)) {
          expect(resource.snapshotStatus).toBe('deleted');
          for (const replica of Object.values(resource.replicas) as Array<{ status: string }>) expect(replica.status).toBe('deleted');
        }
        const status = await t.request({ method: 'GET', url: `${base}/${id}/protections/status?protection_id=${pid}` });
        expect(status.json()).toEqual({ status: 'elapsed' });
      });
    });

    it('PUT …/status cancels a held deletion: the assembly is enabled and usable again, its protection kept', async () => {
      const a = await makeAssembly(t, conn, { name: 'second-thoughts', resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-sessions'] } });
      const first = await protect(a.id);
      await lock(a.id, first.id, true);
      await del(a.id);
      await until(a.id, 'delete-locked');
      const res = await t.request({ method: 'PUT', url: `${base}/${a.id}/status`, payload: { status: 'enabled' } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'enabled', statusMessage: null, deletedAt: null });
      await new Promise((resolve) => setTimeout(resolve, 150)); // no deletion job left to carry on
      expect((await get(a.id)).json().status).toBe('enabled');
      expect((await t.request({ method: 'PUT', url: `${base}/${a.id}/general-information`, payload: { name: 'kept-after-all' } })).statusCode).toBe(200);
      expect((await protect(a.id)).status).toBe('success');
      expect(await liveSnapshots(first.id)).toBeGreaterThan(0);
      expect((await t.request({ method: 'GET', url: `${base}/${a.id}/protections/${first.id}` })).json()).toMatchObject({ status: 'success', locked: true });
    });

    it('a running protection is cancelled and waited for (delete-pending), then the assembly is deleted', async () => {
      const a = await makeAssembly(t, conn, { name: 'busy-app', replicaRegions: [] });
      await t.app.sim!.setLatency(150);
      try {
        const started = await t.request({ method: 'POST', url: `${base}/${a.id}/protections`, payload: {} });
        expect(started.statusCode).toBe(202);
        const pid = started.json().id as string;
        expect((await del(a.id)).statusCode).toBe(202);
        const pending = await until(a.id, 'delete-pending', 'deleted');
        expect(pending.status).toBe('delete-pending');
        expect(pending.statusMessage).toMatch(/running protection/i);
        // While it waits: no cancelling it, no new protection.
        expectNativeError(await t.request({ method: 'PUT', url: `${base}/${a.id}/status`, payload: { status: 'enabled' } }), 409, 'conflict');
        expectNativeError(await t.request({ method: 'POST', url: `${base}/${a.id}/protections`, payload: {} }), 409, 'conflict');
        await assemblyStatus(t, `${base}/${a.id}`, ['deleted'], 15_000);
        const protection = (await t.request({ method: 'GET', url: `${base}/${a.id}/protections/${pid}` })).json();
        expect(RUNNING_PROTECTION).not.toContain(protection.status);
        expect(protection.cancelRequested).toBe(true);
        expect(await liveSnapshots(pid)).toBe(0);
      } finally {
        await t.app.sim!.setLatency(0);
      }
    });

    describe('assemblies hold their connection', () => {
      let held: number;
      let a1: number;
      let a2: number;

      it("deleting the connection while assemblies use it ends delete-locked, naming them", async () => {
        held = await makeConnection(t, { name: 'held-conn' });
        a1 = (await makeAssembly(t, held, { name: 'holder-one' })).id;
        a2 = (await makeAssembly(t, held, { name: 'holder-two', resourceFilterStrategy: { filterType: 'manual', resourceIds: ['shop-db'] } })).id;
        const res = await t.request({ method: 'DELETE', url: `${connectionsOf(t)}/${held}` });
        expect(res.statusCode, res.body).toBe(202);
        const connection = await eventually(async () => {
          const c = (await t.request({ method: 'GET', url: `${connectionsOf(t)}/${held}` })).json();
          return c.status === 'delete-locked' && c;
        }, 10_000, 'connection delete-locked');
        expect(connection.statusMessage).toMatch(/used by cloud assemblies/);
        expect(connection.statusMessage).toContain('holder-one');
        expect(connection.statusMessage).toContain('holder-two');
        // The assemblies are untouched.
        expect((await get(a1)).json().status).toBe('enabled');
      });

      it('a new assembly cannot use a connection that is being deleted (409), and nothing is written', async () => {
        const res = await t.request({ method: 'POST', url: base, payload: assemblyBody(held, { name: 'latecomer' }) });
        const body = expectNativeError(res, 409, 'conflict');
        expect(body.errors[0].code).toBe('CONNECTION_BEING_DELETED');
        expect(body.fieldErrors.cloudConnectionId).toBeTruthy();
        expect(await list('?name=latecomer')).toEqual([]);
      });

      it('after its assemblies are deleted, DELETE of the connection again deletes it', async () => {
        await del(a1);
        await until(a1, 'deleted');
        // One assembly left: the connection is still held, by it alone.
        const stillHeld = await t.request({ method: 'DELETE', url: `${connectionsOf(t)}/${held}` });
        expect(stillHeld.statusCode).toBe(202);
        const locked = await eventually(async () => {
          const c = (await t.request({ method: 'GET', url: `${connectionsOf(t)}/${held}` })).json();
          return c.status === 'delete-locked' && c;
        }, 10_000, 'connection held again');
        expect(locked.statusMessage).toContain('holder-two');
        expect(locked.statusMessage).not.toContain('holder-one');

        await del(a2);
        await until(a2, 'deleted');
        expect((await t.request({ method: 'DELETE', url: `${connectionsOf(t)}/${held}` })).statusCode).toBe(202);
        const gone = await eventually(async () => {
          const c = (await t.request({ method: 'GET', url: `${connectionsOf(t)}/${held}` })).json();
          return c.status === 'deleted' && c;
        }, 10_000, 'connection deleted');
        expect(gone.statusMessage).toBeNull();
        // The deleted assemblies still read as deleted.
        expect((await get(a1)).json()).toMatchObject({ status: 'deleted', cloudConnectionId: held });
      });

      it('the dry run of a deleted assembly is refused (409), not a 404 about its connection', async () => {
        const res = await t.request({ method: 'GET', url: `${base}/${a2}/resources` });
        expect(expectNativeError(res, 409, 'conflict').errors[0].code).toBe('ASSEMBLY_DELETED');
      });
    });
  });
}
