import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { idOf } from '../assemblies/fixture.ts';
import { createAssembly, startProtection, waitForProtection, type Json } from '../protections/fixture.ts';
import { protectedShop, recover, recoveryDetails, recoveriesUrl, taggedWith, waitForRecovery, waitForReset } from './fixture.ts';

const HEALTH = { type: 'http', name: 'shop-health', url: 'https://{resource:shop-alb.dnsName}/health', expectedStatus: 200 };

/**
 * A cancel while a recovery validates stops the validation as a cancel stops the rebuild: at the next check boundary,
 * or while it waits for a resource to be ready. The recovery ends aborted, what it made stays for a reset, and the
 * checks it did not run are recorded skipped, in its details and its report.
 */
for (const dialect of DIALECTS) {
  describe(`recoveries: a cancel during the validation [${dialect}]`, () => {
    let t: TestApp;
    let shop: Awaited<ReturnType<typeof protectedShop>>;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      shop = await protectedShop(t);
    });
    afterEach(async () => {
      await t.app.sim!.clearFaults();
    });
    afterAll(() => t.close());

    const url = (assemblyId: number, id: string, tail = '') => `${recoveriesUrl(t, assemblyId)}/${id}${tail}`;
    const cancel = async (assemblyId: number, id: string) => {
      const res = await t.request({ method: 'POST', url: url(assemblyId, id, '/cancel') });
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json()).toMatchObject({ recoveryStatus: 'in-progress', cancelRequested: true });
    };
    /** Resets the recovery and proves nothing it made is left. */
    async function resetClean(assemblyId: number, id: string) {
      expect(await taggedWith(t, id)).not.toEqual([]);
      const reset = await t.request({ method: 'POST', url: url(assemblyId, id, '/reset') });
      expect(reset.statusCode, reset.body).toBe(202);
      expect((await waitForReset(t, assemblyId, id)).status).toBe('completed');
      expect(await taggedWith(t, id)).toEqual([]);
    }

    it('a cancel while the ready-wait polls a resource that stays pending: aborted, every check skipped, the resource named, resources kept for the reset', async () => {
      const web1 = idOf('us-east-1', 'shop-web-1');
      // The copy of shop-web-1 boots for ten minutes: the validation waits on it, polling.
      await t.app.sim!.addFault({ operation: 'start', match: { resourceId: web1 }, latencyMs: 600_000, count: 1 });
      const id = await recover(t, shop.assemblyId, { recoveryName: `cancel-wait-${dialect}` });
      const waiting = await eventually(async () => {
        const d = await recoveryDetails(t, shop.assemblyId, id);
        // Its first round has asked about every resource: all but shop-web-1 were seen ready.
        const unready = d.resources.filter((r: Json) => r.status === 'recovered' && r.readyAt === null).map((r: Json) => r.sourceResourceId);
        return d.validation?.status === 'running' && d.validation.checks.length === 0 && unready.length === 1 && unready[0] === web1 ? d : undefined;
      }, 20_000, 'the validation to wait for shop-web-1');
      expect(waiting.recoveryStatus).toBe('in-progress');
      expect(waiting.resources.find((r: Json) => r.sourceResourceId === web1)).toMatchObject({ status: 'recovered', readyAt: null });

      await cancel(shop.assemblyId, id);
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done.recoveryStatus).toBe('aborted');
      expect(done.statusMessage).toMatch(/^Cancelled during validation: 0 of 3 checks had run; \d+ of \d+ resources had been recovered \(a reset removes them\)$/);
      expect(done.validation.status).toBe('skipped');
      expect(done.validation.checks.map((c: Json) => [c.name, c.status])).toEqual([['resources-ready', 'skipped'], ['references', 'skipped'], ['isolation', 'skipped']]);
      const ready = done.validation.checks[0];
      expect(ready.resourceIds).toEqual([web1]);
      expect(ready.message).toMatch(/^Cancelled while waiting for 1 of \d+ recovered resources to be ready: /);
      expect(ready.message).toContain(web1);
      for (const check of done.validation.checks.slice(1)) expect(check.message).toBe('Cancelled before this check ran');
      expect(done.rtoSeconds).toBeNull();
      expect(done.resources.filter((r: Json) => r.status === 'recovered').length).toBe(done.recoveredCount);

      // The report says the same, in JSON and on the printable page.
      const report = await t.request({ method: 'GET', url: url(shop.assemblyId, id, '/report') });
      expect(report.statusCode, report.body).toBe(200);
      expect(report.json()).toMatchObject({ recoveryStatus: 'aborted', statusMessage: done.statusMessage, measured: { rtoSeconds: null } });
      expect(report.json().validation).toEqual({ status: 'skipped', checks: done.validation.checks.map((c: Json) => ({ name: c.name, status: c.status, message: c.message, resourceIds: c.resourceIds })) });
      const page = await t.request({ method: 'GET', url: url(shop.assemblyId, id, '/report'), headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Cancelled before this check ran');
      expect(page.body).toContain(web1);

      await resetClean(shop.assemblyId, id);
    });

    it('a cancel while a validator runs stops at the next check boundary: the checks that ran keep their outcome (a failed one fails the validation), the next is skipped', async () => {
      const assemblyId = await createAssembly(t, shop.connectionId, `cancel-boundary-${dialect}`, {
        validators: [{ ...HEALTH, name: 'wants-204', expectedStatus: 204 }, { ...HEALTH, name: 'second' }],
      });
      const protectionId = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, protectionId)).status).toBe('success');
      // The first probe takes a few seconds to answer: the cancel arrives while it runs.
      await t.app.sim!.addFault({ operation: 'probeEndpoint', latencyMs: 4_000, count: 1 });
      const id = await recover(t, assemblyId, { recoveryName: `cancel-boundary-${dialect}` });
      await eventually(async () => {
        const d = await recoveryDetails(t, assemblyId, id);
        return d.validation?.status === 'running' && d.validation.checks.length === 3;
      }, 20_000, 'the built-in checks to be recorded');
      await cancel(assemblyId, id);

      const done = await waitForRecovery(t, assemblyId, id);
      expect(done.recoveryStatus).toBe('aborted');
      expect(done.validation.checks.map((c: Json) => [c.name, c.status])).toEqual([
        ['resources-ready', 'passed'], ['references', 'passed'], ['isolation', 'passed'], ['validator:wants-204', 'failed'], ['validator:second', 'skipped'],
      ]);
      expect(done.validation.checks[3].message).toContain('answered 200, expected 204');
      expect(done.validation.checks[4].message).toBe('Cancelled before this check ran');
      expect(done.validation.status).toBe('failed');
      expect(done.statusMessage).toMatch(/^Cancelled during validation: 4 of 5 checks had run \(failed: validator:wants-204\); \d+ of \d+ resources had been recovered \(a reset removes them\)$/);
      expect(done.rtoSeconds).toBeNull();
      // A second cancel: the recovery is no longer running.
      expect((await t.request({ method: 'POST', url: url(assemblyId, id, '/cancel') })).statusCode).toBe(409);

      await resetClean(assemblyId, id);
    });
  });
}
