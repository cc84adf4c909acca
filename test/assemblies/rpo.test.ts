import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { createAssembly, createConnection, getAssembly, startProtection, waitForProtection } from '../protections/fixture.ts';

const MINUTE = 60_000;

/** An honest RPO: only a `success` moves lastSuccessfulProtectionAt; a partial one is recorded as the last protection. */
for (const dialect of DIALECTS) {
  describe(`assemblies: honest RPO [${dialect}]`, () => {
    let t: TestApp;
    let connectionId: number;
    let names = 0;
    // The app's clock runs with real time plus an offset the tests move forward (jobs are timed by real time).
    let offset = 0;

    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { now: () => Date.now() + offset });
      connectionId = await createConnection(t);
    });
    afterEach(() => t.app.sim!.clearFaults());
    afterAll(() => t.close());

    const freshAssembly = () => createAssembly(t, connectionId, `rpo-${++names}`);
    const protect = async (assemblyId: number) => (await waitForProtection(t, assemblyId, await startProtection(t, assemblyId))).status as string;

    it('a partial protection (a snapshot fault on shop-db) leaves lastSuccessfulProtectionAt where it was and says partially-protected', async () => {
      const assemblyId = await freshAssembly();
      expect(await protect(assemblyId)).toBe('success');
      const before = await getAssembly(t, assemblyId);
      expect(before.lastSuccessfulProtectionAt).not.toBeNull();
      expect(before.lastProtection.status).toBe('success');

      offset += 5 * MINUTE;
      await t.app.sim!.addFault({ operation: 'snapshot', match: { resourceId: 'shop-db' }, errorCode: 'InvalidDBInstanceState' });
      expect(await protect(assemblyId)).toBe('partially-protected');
      const after = await getAssembly(t, assemblyId);
      expect(after.lastSuccessfulProtectionAt).toBe(before.lastSuccessfulProtectionAt);
      expect(after.lastProtection.status).toBe('partially-protected');
      expect(Date.parse(after.lastProtection.at)).toBeGreaterThanOrEqual(Date.parse(before.lastSuccessfulProtectionAt) + 5 * MINUTE);
    });
  });
}
