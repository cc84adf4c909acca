import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RPO_EVALUATION_KIND } from '../../src/modules/assemblies/service.ts';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError } from '../tenancy/native.ts';
import { startReceiver, webhooksOf } from '../webhooks/fixture.ts';
import {
  assemblyUrl, createAssembly, createConnection, dbOf, getAssembly, startProtection, waitForProtection, type Json,
} from '../protections/fixture.ts';

const MINUTE = 60_000;

/**
 * An honest RPO: only a `success` moves lastSuccessfulProtectionAt; rpoStatus measures its age against the target at
 * the app's clock; the periodic evaluation sends rpo-breached and rpo-restored once per change; /metrics shows it.
 */
for (const dialect of DIALECTS) {
  describe(`assemblies: honest RPO [${dialect}]`, () => {
    let t: TestApp;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let connectionId: number;
    let names = 0;
    // The app's clock runs with real time plus an offset the tests move forward (jobs are timed by real time).
    let offset = 0;

    beforeAll(async () => {
      receiver = await startReceiver();
      t = await startTestApp(dialect, { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true' }, { now: () => Date.now() + offset });
      connectionId = await createConnection(t);
    });
    afterEach(() => t.app.sim!.clearFaults());
    afterAll(async () => {
      await t.close();
      await receiver.close();
    });

    const freshAssembly = (overrides: Json = {}) => createAssembly(t, connectionId, `rpo-${++names}`, overrides);
    const protect = async (assemblyId: number) => (await waitForProtection(t, assemblyId, await startProtection(t, assemblyId))).status as string;
    const generalInformation = (assemblyId: number, payload: Json) =>
      t.request({ method: 'PUT', url: `${assemblyUrl(t, assemblyId)}/general-information`, payload });
    /** Runs the periodic evaluation now (its chain's pending job made due) and waits until it has finished. */
    const evaluate = async () => {
      const db = dbOf(t);
      const job = await db.selectFrom('jobs').select('id').where('kind', '=', RPO_EVALUATION_KIND).where('status', '=', 'pending').executeTakeFirstOrThrow();
      await db.updateTable('jobs').set({ run_at: Date.now() }).where('id', '=', job.id).execute();
      t.app.runner!.wake();
      await eventually(async () => {
        const row = await db.selectFrom('jobs').select('status').where('id', '=', job.id).executeTakeFirst();
        return row?.status === 'succeeded';
      }, 10_000, 'the RPO evaluation to run');
    };
    const hookOn = async (assemblyId: number, type: string, path: string) => {
      const res = await t.request({ method: 'POST', url: webhooksOf(t, assemblyId), payload: { webhookType: type, url: receiver.url(path) } });
      expect(res.statusCode, res.body).toBe(201);
    };
    /** Deliveries queued for the assembly's hook of that type (every queued one, delivered or not: "once" is checked here). */
    const queued = async (type: string, name: string) => {
      const rows = await dbOf(t).selectFrom('jobs').select('payload').where('kind', '=', 'webhooks.deliver').execute();
      return rows.map((r) => JSON.parse(r.payload)).filter((p) => p.event === type && p.payload.cloudAssembly?.name === name).length;
    };
    const metrics = async () => (await t.request({ method: 'GET', url: '/metrics' })).body;

    it('a partial protection (a snapshot fault on shop-db) leaves lastSuccessfulProtectionAt where it was and says partially-protected', async () => {
      const assemblyId = await freshAssembly();
      expect(await protect(assemblyId)).toBe('success');
      const before = await getAssembly(t, assemblyId);
      expect(before.lastSuccessfulProtectionAt).not.toBeNull();
      expect(before.lastProtectionStatus).toBe('success');

      offset += 5 * MINUTE;
      await t.app.sim!.addFault({ operation: 'snapshot', match: { resourceId: 'shop-db' }, errorCode: 'InvalidDBInstanceState' });
      expect(await protect(assemblyId)).toBe('partially-protected');
      const after = await getAssembly(t, assemblyId);
      expect(after.lastSuccessfulProtectionAt).toBe(before.lastSuccessfulProtectionAt);
      expect(after.lastProtectionStatus).toBe('partially-protected');
      expect(Date.parse(after.lastProtectionAt)).toBeGreaterThanOrEqual(Date.parse(before.lastSuccessfulProtectionAt) + 5 * MINUTE);
      const exported = (await metrics()).split('\n').find((l) => l.startsWith('lifeboat_assembly_last_successful_protection_timestamp_seconds{') && l.includes(`assembly="${after.name}"`));
      expect(exported?.split(' ')[1]).toBe(String(Date.parse(before.lastSuccessfulProtectionAt) / 1000));
    });

    it('targets: set on create, shown on GET, kept when omitted, cleared by null', async () => {
      const assemblyId = await freshAssembly({ rtoTargetMinutes: 45, rpoTargetMinutes: 60 });
      expect(await getAssembly(t, assemblyId)).toMatchObject({ rtoTargetMinutes: 45, rpoTargetMinutes: 60, rpoStatus: 'unknown', lastProtectionAt: null, lastProtectionStatus: null });
      const name = (await getAssembly(t, assemblyId)).name;
      let res = await generalInformation(assemblyId, { name, rpoTargetMinutes: 30 });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ rtoTargetMinutes: 45, rpoTargetMinutes: 30 });
      res = await generalInformation(assemblyId, { name, rtoTargetMinutes: null });
      expect(res.json()).toMatchObject({ rtoTargetMinutes: null, rpoTargetMinutes: 30 });
      expect(await getAssembly(t, assemblyId)).toMatchObject({ rtoTargetMinutes: null, rpoTargetMinutes: 30 });
      const fresh = await freshAssembly();
      expect(await getAssembly(t, fresh)).toMatchObject({ rtoTargetMinutes: null, rpoTargetMinutes: null, rpoStatus: 'unknown' });
    });

    it('bad targets: 400 naming the field, nothing changed', async () => {
      const assemblyId = await freshAssembly({ rpoTargetMinutes: 60 });
      const before = await getAssembly(t, assemblyId);
      for (const [field, value] of [['rpoTargetMinutes', 0], ['rpoTargetMinutes', 1.5], ['rtoTargetMinutes', 'soon'], ['rtoTargetMinutes', 525_601], ['rpoTargetMinutes', -5]] as const) {
        expectFieldError(await generalInformation(assemblyId, { name: before.name, [field]: value }), field);
        const res = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-assemblies`, payload: { name: `bad-${++names}`, cloudConnectionId: connectionId, sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'vpc', vpcId: 'vpc-0123456789abcdef0' }, [field]: value } });
        expectFieldError(res, field);
      }
      expect(await getAssembly(t, assemblyId)).toMatchObject({ rpoTargetMinutes: 60, rtoTargetMinutes: null, updatedAt: before.updatedAt });
    });

    it('breached once the target passes: rpo-breached fires once; a success restores it and rpo-restored fires once; /metrics follows', async () => {
      const assemblyId = await freshAssembly({ rpoTargetMinutes: 60 });
      const name = (await getAssembly(t, assemblyId)).name;
      await hookOn(assemblyId, 'rpo-breached', `/ok/breached/${name}`);
      await hookOn(assemblyId, 'rpo-restored', `/ok/restored/${name}`);
      const line = async () => (await metrics()).split('\n').find((l) => l.startsWith('lifeboat_assembly_rpo_breached{') && l.includes(`assembly="${name}"`));

      expect(await protect(assemblyId)).toBe('success');
      await evaluate();
      expect((await getAssembly(t, assemblyId)).rpoStatus).toBe('met');
      expect(await line()).toMatch(/rpo_status="met"\} 0$/);

      // A protection every night that is only ever partial: the age keeps growing until the target passes.
      await t.app.sim!.addFault({ operation: 'snapshot', match: { resourceId: 'shop-db' }, errorCode: 'InvalidDBInstanceState' });
      offset += 40 * MINUTE;
      expect(await protect(assemblyId)).toBe('partially-protected');
      await evaluate();
      expect((await getAssembly(t, assemblyId)).rpoStatus).toBe('met');
      offset += 25 * MINUTE;
      expect((await getAssembly(t, assemblyId)).rpoStatus).toBe('breached');
      expect(await line()).toMatch(/rpo_status="breached"\} 1$/);
      await evaluate();
      await evaluate();
      const breached = await eventually(async () => receiver.on(`/ok/breached/${name}`).length > 0 && receiver.on(`/ok/breached/${name}`), 10_000, 'rpo-breached');
      expect(breached).toHaveLength(1);
      expect(await queued('rpo-breached', name)).toBe(1);
      const body = JSON.parse(breached[0]!.body);
      expect(body.cloudAssembly).toEqual({ id: assemblyId, name });
      expect(body.rpo).toMatchObject({ status: 'breached', previousStatus: 'met', targetMinutes: 60, targetSource: 'rpoTargetMinutes' });
      expect(body.rpo.ageSeconds).toBeGreaterThan(60 * 60);
      expect(receiver.on(`/ok/restored/${name}`)).toHaveLength(0);

      await t.app.sim!.clearFaults();
      expect(await protect(assemblyId)).toBe('success');
      expect((await getAssembly(t, assemblyId)).rpoStatus).toBe('met');
      await evaluate();
      await evaluate();
      const restored = await eventually(async () => receiver.on(`/ok/restored/${name}`).length > 0 && receiver.on(`/ok/restored/${name}`), 10_000, 'rpo-restored');
      expect(restored).toHaveLength(1);
      expect(await queued('rpo-restored', name)).toBe(1);
      expect(await queued('rpo-breached', name)).toBe(1);
      expect(JSON.parse(restored[0]!.body).rpo).toMatchObject({ status: 'met', previousStatus: 'breached', targetMinutes: 60 });
      expect(receiver.on(`/ok/breached/${name}`)).toHaveLength(1);
      expect(await line()).toMatch(/rpo_status="met"\} 0$/);
    });

    it('without a target, the enabled policy\'s interval plus a grace; unknown with neither', async () => {
      const assemblyId = await freshAssembly();
      expect(await protect(assemblyId)).toBe('success');
      expect((await getAssembly(t, assemblyId)).rpoStatus).toBe('unknown');
      const res = await t.request({
        method: 'POST', url: `${assemblyUrl(t, assemblyId)}/protection-policies`,
        // Hourly, but starting in a month: its slots never fire during the test, so the age only grows.
        payload: { name: `hourly-${names}`, frequencyType: 'hourly', activation: { type: 'at', startTime: new Date(Date.now() + offset + 30 * 1440 * MINUTE).toISOString() } },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect((await getAssembly(t, assemblyId)).rpoStatus).toBe('met');
      // One hour, plus a grace of 15 minutes (a tenth of an hour is less): met at 74 minutes, breached past 75.
      offset += 74 * MINUTE;
      expect((await getAssembly(t, assemblyId)).rpoStatus).toBe('met');
      offset += 2 * MINUTE;
      expect((await getAssembly(t, assemblyId)).rpoStatus).toBe('breached');
    });

    it('never a success: unknown while the assembly is younger than its target, breached after', async () => {
      const assemblyId = await freshAssembly({ rpoTargetMinutes: 30 });
      expect((await getAssembly(t, assemblyId)).rpoStatus).toBe('unknown');
      offset += 31 * MINUTE;
      expect((await getAssembly(t, assemblyId)).rpoStatus).toBe('breached');
    });
  });
}
