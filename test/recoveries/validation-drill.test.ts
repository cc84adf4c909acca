import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { idOf } from '../assemblies/fixture.ts';
import type { Json } from '../protections/fixture.ts';
import { protectedShop, recover, recoveryAccountConnection, recoveryDetails, recoveriesUrl, waitForRecovery, waitForReset } from './fixture.ts';

const BUILT_IN = ['resources-ready', 'references', 'isolation'];

/** Drills of the demo shop end validated, with measured RTO and RPO; a recovered instance that never starts fails the validation by name. */
for (const dialect of DIALECTS) {
  describe(`recoveries: validation and measured RTO/RPO [${dialect}]`, () => {
    let t: TestApp;
    let shop: Awaited<ReturnType<typeof protectedShop>>;
    let dr: number;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      shop = await protectedShop(t);
      dr = await recoveryAccountConnection(t);
    });
    afterEach(async () => {
      await t.app.sim!.clearFaults();
    });
    afterAll(() => t.close());

    /** Runs a drill to its end, then resets it (so the next drill of the assembly may run). */
    async function drill(payload: Json): Promise<Json> {
      const id = await recover(t, shop.assemblyId, payload);
      const done = await waitForRecovery(t, shop.assemblyId, id);
      const reset = await t.request({ method: 'POST', url: `${recoveriesUrl(t, shop.assemblyId)}/${id}/reset` });
      expect(reset.statusCode, reset.body).toBe(202);
      expect((await waitForReset(t, shop.assemblyId, id)).status).toBe('completed');
      return done;
    }

    function expectValidated(done: Json) {
      expect(done.recoveryStatus, done.statusMessage).toBe('completed');
      expect(done.validation.status).toBe('passed');
      expect(done.validation.checks.map((c: Json) => [c.name, c.status])).toEqual(BUILT_IN.map((name) => [name, 'passed']));
      for (const check of done.validation.checks) expect(Date.parse(check.finishedAt)).toBeGreaterThanOrEqual(Date.parse(check.startedAt));
      // Measured: the RTO runs from the request to the validation, within what the test waited; the protection was taken just before.
      expect(done.rtoSeconds).toEqual(expect.any(Number));
      expect(done.rtoSeconds).toBeGreaterThanOrEqual(0);
      expect(done.rtoSeconds).toBeLessThanOrEqual((Date.parse(done.finishedAt) - Date.parse(done.createdAt)) / 1000 + 1);
      expect(done.rpoSeconds).toEqual(expect.any(Number));
      expect(done.rpoSeconds).toBeLessThan(600);
      const made = done.resources.filter((r: Json) => r.status === 'recovered');
      expect(made.length).toBeGreaterThan(10);
      for (const resource of made) {
        expect(resource.startedAt, resource.sourceResourceId).toEqual(expect.any(String));
        expect(resource.readyAt, resource.sourceResourceId).toEqual(expect.any(String));
        expect(Date.parse(resource.finishedAt)).toBeGreaterThanOrEqual(Date.parse(resource.startedAt));
        expect(resource.durationSeconds).toBeGreaterThanOrEqual(0);
      }
    }

    it('a same-region drill ends validated: every built-in check passed, rtoSeconds and rpoSeconds measured, each resource timed', async () => {
      expectValidated(await drill({ recoveryName: 'val-same' }));
    });

    it('a cross-region drill ends validated', async () => {
      const done = await drill({ recoveryName: 'val-xregion', recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } });
      expect(done.targetRegion).toBe('us-west-2');
      expectValidated(done);
    });

    it('a cross-account drill ends validated', async () => {
      const done = await drill({ recoveryName: 'val-xacct', recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId: dr } });
      expectValidated(done);
    });

    it('a start fault on one recovered instance fails the validation, which names it: partially-completed, no RTO', async () => {
      const web1 = idOf('us-east-1', 'shop-web-1');
      await t.app.sim!.addFault({ operation: 'start', match: { resourceId: web1 }, errorCode: 'InsufficientInstanceCapacity' });
      const done = await drill({ recoveryName: 'val-broken' });
      expect(done.recoveryStatus).toBe('partially-completed');
      expect(done.validation.status).toBe('failed');
      const ready = done.validation.checks.find((c: Json) => c.name === 'resources-ready');
      expect(ready).toMatchObject({ status: 'failed', resourceIds: [web1] });
      expect(ready.message).toContain(web1);
      expect(ready.message).toContain('InsufficientInstanceCapacity');
      expect(done.statusMessage).toContain('Validation failed: resources-ready');
      expect(done.statusMessage).toContain(web1);
      expect(done.rtoSeconds).toBeNull();
      expect(done.rpoSeconds).toEqual(expect.any(Number));
      // The other checks still ran: the failure is one resource's, not the whole validation's.
      expect(done.validation.checks.map((c: Json) => c.name)).toEqual(BUILT_IN);
      expect(done.resources.find((r: Json) => r.sourceResourceId === web1).readyAt).toBeNull();
    });

    it('a recovery read while it runs has no validation yet; the list shows the measured figures too', async () => {
      await t.app.sim!.setLatency(30);
      try {
        const id = await recover(t, shop.assemblyId, { recoveryName: 'val-early' });
        const early = await recoveryDetails(t, shop.assemblyId, id);
        expect(early.validation).toBeNull();
        expect(early.rtoSeconds).toBeNull();
        await t.app.sim!.setLatency(0);
        await waitForRecovery(t, shop.assemblyId, id);
        const listed = (await t.request({ method: 'GET', url: recoveriesUrl(t, shop.assemblyId) })).json().find((r: Json) => r.id === id);
        expect(listed.rtoSeconds).toEqual(expect.any(Number));
        expect(listed.rpoSeconds).toEqual(expect.any(Number));
        await t.request({ method: 'POST', url: `${recoveriesUrl(t, shop.assemblyId)}/${id}/reset` });
        await waitForReset(t, shop.assemblyId, id);
      } finally {
        await t.app.sim!.setLatency(0);
      }
    });
  });
}
