import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembliesRpoMigration } from '../../src/modules/assemblies/rpo-migration.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { createAssembly, createConnection, dbOf, getAssembly, startProtection, waitForProtection } from '../protections/fixture.ts';

/** 0029 recomputes lastSuccessfulProtectionAt from the protections that succeeded: a partial one no longer counts. */
for (const dialect of DIALECTS) {
  describe(`migration 0029-assembly-rpo [${dialect}]`, () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp(dialect);
    });
    afterAll(() => t.close());

    it('an assembly whose last protection was partial goes back to its last success; one never successful to null', async () => {
      const connectionId = await createConnection(t);
      const protect = async (assemblyId: number) => waitForProtection(t, assemblyId, await startProtection(t, assemblyId));
      const mixed = await createAssembly(t, connectionId, 'mixed');
      const success = await protect(mixed);
      expect(success.status).toBe('success');
      await t.app.sim!.addFault({ operation: 'snapshot', match: { resourceId: 'shop-db' }, errorCode: 'InvalidDBInstanceState' });
      const partial = await protect(mixed);
      const onlyPartial = await createAssembly(t, connectionId, 'only-partial');
      expect((await protect(onlyPartial)).status).toBe('partially-protected');
      await t.app.sim!.clearFaults();
      expect(partial.status).toBe('partially-protected');

      // The database as the code before 0029 left it: a partial protection counted as a success.
      const db = dbOf(t);
      await db.updateTable('cloud_assemblies').set({ last_successful_protection_at: Date.parse(partial.finishedAt) }).execute();
      for (const column of ['rto_target_minutes', 'rpo_target_minutes', 'rpo_status']) await db.schema.alterTable('cloud_assemblies').dropColumn(column).execute();
      // 0029 alone, as it ran then (deleting its record and migrating again would trip on the migrations after it).
      await assembliesRpoMigration.up(db, t.app.store.dialect);

      expect((await getAssembly(t, mixed)).lastSuccessfulProtectionAt).toBe(success.finishedAt);
      expect(await getAssembly(t, onlyPartial)).toMatchObject({ lastSuccessfulProtectionAt: null, lastProtectionStatus: 'partially-protected', rpoTargetMinutes: null });
    });
  });
}
