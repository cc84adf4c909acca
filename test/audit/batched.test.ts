import type { Insertable, KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditMigration } from '../../src/modules/audit/migration.ts';
import { auditReasonMigration } from '../../src/modules/audit/reason-migration.ts';
import { createAuditService } from '../../src/modules/audit/service.ts';
import type { AuditEventsTable, AuditTables } from '../../src/modules/audit/tables.ts';
import type { Store } from '../../src/platform/db/database.ts';
import { createTestDatabase, DIALECTS, openTestStore, type TestDatabase } from '../helpers/stores.ts';

// Events recorded together (the writes whose requests arrived in one turn) go in one statement; each caller learns
// when its own row is written, and a bad event fails only its own caller (issue 19: one commit per write was where a
// PUT stalled under concurrent writers).
const event = (i: number, overrides: Partial<Insertable<AuditEventsTable>> = {}): Insertable<AuditEventsTable> => ({
  account_id: 1, project_id: 'default', actor: 'service-account:1', actor_name: 'ci', action: 'updateThing', method: 'PUT',
  path: `/things/${i}`, target_type: 'thing', target_id: String(i), result: 'success', status_code: 200, request_id: `req-${i}`,
  created_at: 1_800_000_000_000 + i, reason_code: null, reason_message: null, ...overrides,
});

for (const dialect of DIALECTS) {
  describe(`the audit trail's writes (${dialect})`, () => {
    let database: TestDatabase;
    let store: Store<AuditTables>;
    const inserts: number[] = [];
    const countInserts: KyselyPlugin = {
      transformQuery(args) {
        if (args.node.kind === 'InsertQueryNode') {
          const values = args.node.values as { values?: readonly unknown[] } | undefined;
          inserts.push(values?.values?.length ?? 1);
        }
        return args.node;
      },
      transformResult: async (args) => args.result,
    };

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      const opened = openTestStore<AuditTables>(database);
      await auditMigration.up(opened.db, dialect);
      await auditReasonMigration.up(opened.db, dialect);
      store = { ...opened, db: opened.db.withPlugin(countInserts) };
    });
    afterAll(async () => {
      await store.close();
      await database.drop();
    });

    it('events recorded in one turn are written by one statement, each caller answered once its row is in', async () => {
      const audit = createAuditService({ store });
      inserts.length = 0;
      await Promise.all(Array.from({ length: 12 }, (_, i) => audit.record(event(i))));
      expect(inserts).toEqual([12]);
      const rows = await store.db.selectFrom('audit_events').select(['path', 'request_id']).orderBy('id').execute();
      expect(rows.map((row) => row.path)).toEqual(Array.from({ length: 12 }, (_, i) => `/things/${i}`));

      // One alone (the usual single write) is written at once, by itself.
      inserts.length = 0;
      await audit.record(event(100));
      expect(inserts).toEqual([1]);
    });

    it('an event the database refuses fails its own caller; the others of its turn are written', async () => {
      const audit = createAuditService({ store });
      const before = Number((await store.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const results = await Promise.allSettled([
        audit.record(event(200)),
        audit.record(event(201, { actor: null as unknown as string })), // NOT NULL
        audit.record(event(202)),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const after = await store.db.selectFrom('audit_events').select('path').where('id', '>', 0).orderBy('id').execute();
      expect(after.length).toBe(before + 2);
      expect(after.slice(-2).map((row) => row.path)).toEqual(['/things/200', '/things/202']);
    });
  });
}
