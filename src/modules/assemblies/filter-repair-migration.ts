import type { Kysely } from 'kysely';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** What a repaired assembly selects until its owner sets a filter again: nothing. */
const EMPTY_SELECTION = JSON.stringify({ filterType: 'manual', resourceIds: [] });

/**
 * Before 0018 the HTTP validation let any non-object through as `resourceFilterStrategy` (Ajv's discriminator checks
 * objects only), and `PUT …/resources {"resourceFilterStrategy": 123}` stored `123`: every later read of the
 * assembly's resources was a 500 and every protection of it retried for ever in `preparing`. Such an assembly gets an
 * empty selection, is disabled, and says why and how to mend it, so its owner can do so over the API. (The other three
 * tagged unions never reached a row: the connection's credentials, a recovery's plan and a policy's activation were
 * derived from the value before anything was written, and failed there.)
 */
export const assembliesFilterRepairMigration: LifeboatMigration = {
  name: '0018-assemblies-filter-repair',
  async up(db) {
    const rows = await (db as Kysely<any>).selectFrom('cloud_assemblies').select(['id', 'status', 'resource_filter']).execute();
    for (const row of rows as Array<{ id: number; status: string; resource_filter: string }>) {
      if (isObject(row.resource_filter)) continue;
      const held = String(row.resource_filter).slice(0, 40);
      await (db as Kysely<any>).updateTable('cloud_assemblies')
        .set((eb: any) => ({
          resource_filter: EMPTY_SELECTION,
          status: row.status === 'enabled' ? 'disabled' : row.status,
          status_message: `resourceFilterStrategy held ${held}, which is not a filter: it was replaced by an empty selection and the assembly disabled. `
            + 'Set a filter with PUT …/resources, then PUT …/status {"status": "enabled"}.',
          version: eb('version', '+', 1),
        }))
        .where('id', '=', row.id)
        .execute();
    }
  },
};

function isObject(json: string): boolean {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
