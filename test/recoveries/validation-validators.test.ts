import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError } from '../tenancy/native.ts';
import { idOf } from '../assemblies/fixture.ts';
import { assemblyUrl, createAssembly, dbOf, createConnection, getAssembly, shopFilter, startProtection, waitForProtection, type Json } from '../protections/fixture.ts';
import { recover, recoveriesUrl, waitForRecovery, waitForReset } from './fixture.ts';

const HEALTH = { type: 'http', name: 'shop-health', url: 'https://{resource:shop-alb.dnsName}/health', expectedStatus: 200 };

/** An assembly's http validators: checked on create and update, then run by every recovery against what it made. */
for (const dialect of DIALECTS) {
  describe(`recoveries: http validators [${dialect}]`, () => {
    let t: TestApp;
    let connectionId: number;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      connectionId = await createConnection(t, 'val-aws');
    });
    afterAll(() => t.close());

    /** A protected shop whose assembly carries the validators. */
    async function shopWith(name: string, validators: Json[]): Promise<number> {
      const assemblyId = await createAssembly(t, connectionId, name, { validators });
      expect((await getAssembly(t, assemblyId)).validators).toEqual(validators);
      const protectionId = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, protectionId)).status).toBe('success');
      return assemblyId;
    }
    async function drill(assemblyId: number, name: string): Promise<Json> {
      const id = await recover(t, assemblyId, { recoveryName: name });
      const done = await waitForRecovery(t, assemblyId, id);
      await t.request({ method: 'POST', url: `${recoveriesUrl(t, assemblyId)}/${id}/reset` });
      await waitForReset(t, assemblyId, id);
      return done;
    }
    const check = (done: Json, name: string) => done.validation.checks.find((c: Json) => c.name === name);

    it("a validator on the recovered load balancer's DNS name passes while its targets run; the URL names the copy, not production", async () => {
      const assemblyId = await shopWith('val-http-ok', [{ ...HEALTH, bodyMatch: '"status":"ok"' }]);
      const done = await drill(assemblyId, 'http-ok');
      expect(done.recoveryStatus, done.statusMessage).toBe('completed');
      expect(done.validation.status).toBe('passed');
      const probe = check(done, 'validator:shop-health');
      expect(probe).toMatchObject({ status: 'passed', resourceIds: ['shop-alb'] });
      const alb = done.resources.find((r: Json) => r.sourceResourceId === 'shop-alb');
      expect(probe.message).toContain(`https://${alb.recoveredResourceId}-`);
      expect(probe.message).toContain('answered 200');
      expect(done.rtoSeconds).toEqual(expect.any(Number));
    });

    it('a wrong expected status, or a body that does not match, fails the drill and says what was answered', async () => {
      const assemblyId = await shopWith('val-http-bad', [
        { ...HEALTH, name: 'wants-204', expectedStatus: 204 },
        { ...HEALTH, name: 'wants-body', bodyMatch: 'maintenance' },
      ]);
      const done = await drill(assemblyId, 'http-bad');
      expect(done.recoveryStatus).toBe('partially-completed');
      expect(done.validation.status).toBe('failed');
      expect(check(done, 'validator:wants-204')).toMatchObject({ status: 'failed', message: expect.stringContaining('answered 200, expected 204') });
      expect(check(done, 'validator:wants-body')).toMatchObject({ status: 'failed', message: expect.stringContaining('does not match /maintenance/') });
      expect(done.statusMessage).toContain('validator:wants-204');
      expect(done.rtoSeconds).toBeNull();
    });

    it('with no web server running the load balancer answers 503, and a placeholder naming nothing fails without a call', async () => {
      const assemblyId = await shopWith('val-http-down', [HEALTH, { ...HEALTH, name: 'nowhere', url: 'https://{resource:no-such-thing.dnsName}/' }]);
      for (const name of ['shop-web-1', 'shop-web-2']) await t.app.sim!.addFault({ operation: 'start', match: { resourceId: idOf('us-east-1', name) }, errorCode: 'InternalError' });
      try {
        const done = await drill(assemblyId, 'http-down');
        expect(check(done, 'validator:shop-health')).toMatchObject({ status: 'failed', message: expect.stringContaining('answered 503, expected 200') });
        expect(check(done, 'validator:nowhere')).toMatchObject({ status: 'failed', message: expect.stringContaining('no resource no-such-thing in the recovery') });
      } finally {
        await t.app.sim!.clearFaults();
      }
    });

    it('bad validators are refused with a 400 naming the field, on create and on update; nothing is written', async () => {
      const cases: Array<[Json, string]> = [
        [{ ...HEALTH, type: 'ftp' }, 'validators.0.type'],
        [{ ...HEALTH, expectedStatus: 99 }, 'validators.0.expectedStatus'],
        [{ ...HEALTH, url: 'ftp://x' }, 'validators.0.url'],
        [{ ...HEALTH, url: 'https://{resource:shop-alb}/' }, 'validators.0.url'],
        [{ ...HEALTH, bodyMatch: '(' }, 'validators.0.bodyMatch'],
        [{ ...HEALTH, timeoutSeconds: 0 }, 'validators.0.timeoutSeconds'],
        [{ ...HEALTH, name: 'Bad Name' }, 'validators.0.name'],
        [{ ...HEALTH, extra: 1 }, 'validators.0.extra'],
      ];
      for (const [validator, field] of cases) {
        const res = await t.request({
          method: 'POST', url: `${t.P}/aws/cloud-assemblies`,
          payload: { name: 'val-refused', cloudConnectionId: connectionId, sourceRegion: 'us-east-1', resourceFilterStrategy: shopFilter(), validators: [validator] },
        });
        expect(Object.keys(expectFieldError(res, field).fieldErrors), JSON.stringify(validator)).toContain(field);
      }
      const dup = await t.request({
        method: 'POST', url: `${t.P}/aws/cloud-assemblies`,
        payload: { name: 'val-refused', cloudConnectionId: connectionId, sourceRegion: 'us-east-1', resourceFilterStrategy: shopFilter(), validators: [HEALTH, HEALTH] },
      });
      expectFieldError(dup, 'validators.1.name');
      expect(await dbOf(t).selectFrom('cloud_assemblies').select('id').where('name', '=', 'val-refused').execute()).toEqual([]);

      const assemblyId = await createAssembly(t, connectionId, 'val-update');
      const put = (validators: Json[]) => t.request({ method: 'PUT', url: `${assemblyUrl(t, assemblyId)}/resources`, payload: { resourceFilterStrategy: shopFilter(), validators } });
      expectFieldError(await put([{ ...HEALTH, bodyMatch: '[' }]), 'validators.0.bodyMatch');
      expect((await getAssembly(t, assemblyId)).validators).toEqual([]);
      const ok = await put([HEALTH]);
      expect(ok.statusCode, ok.body).toBe(200);
      expect((await getAssembly(t, assemblyId)).validators).toEqual([HEALTH]);
      // An update that leaves validators out keeps them.
      await t.request({ method: 'PUT', url: `${assemblyUrl(t, assemblyId)}/resources`, payload: { resourceFilterStrategy: shopFilter() } });
      expect((await getAssembly(t, assemblyId)).validators).toEqual([HEALTH]);
    });
  });
}
