/**
 * The captured resources of a protection in the two shapes a recovery of 100,000 resources reads them (issue 19):
 * skeletons of every one (no configuration; zone and instance type extracted by the database), and whole rows only
 * for a page of ids. These statements belong in the protections module's recovery source (protections/recovery-source.ts),
 * beside capturedResources, which reads every row whole; they wait here, in the composition root, because another
 * change owns that module now. Moving them there changes no caller: build.ts wires them into the recoveries' port.
 */
import { setImmediate as turn } from 'node:timers/promises';
import { sql } from 'kysely';
import type { DialectName, Executor } from '../platform/db/database.ts';
import type { ProtectionResourceRow } from '../modules/protections/service.ts';
import type { ProtectionTables } from '../modules/protections/tables.ts';
import type { Replicas } from '../modules/protections/state-machine.ts';
import type { CapturedSkeletonRow } from '../modules/recoveries/captured.ts';

type Db = Executor<ProtectionTables>;

/** Skeletons read this many at a time (keyset on the primary key), so the driver never holds every row's text at once. */
const SKELETON_PAGE = 5_000;
/** Ids per `in (…)`: inside both databases' bound-parameter limits. */
const ID_CHUNK = 500;

/** A string field of the JSON configuration, or null when absent or not a string (as the planner's typeof checks read it). */
function configurationString(dialect: DialectName, field: 'availabilityZone' | 'instanceType') {
  return dialect === 'postgres'
    ? sql<string | null>`case when json_typeof(configuration::json -> ${sql.lit(field)}) = 'string' then configuration::json ->> ${sql.lit(field)} end`
    : sql<string | null>`case when json_type(configuration, ${sql.lit(`$.${field}`)}) = 'text' then json_extract(configuration, ${sql.lit(`$.${field}`)}) end`;
}

export function capturedPages(db: Db, dialect: DialectName) {
  return {
    /** Every captured resource of the protection, without name and configuration, in resource id order. */
    async capturedSkeletons(protectionId: string): Promise<CapturedSkeletonRow[]> {
      const skeletons: CapturedSkeletonRow[] = [];
      let after = '';
      for (;;) {
        const page = await db.selectFrom('protection_resources')
          .select(['resource_id', 'region', 'arn', 'type', 'service', 'tags', 'dependencies', 'is_data', 'capture_reason', 'snapshot_status', 'snapshot_id',
            'snapshot_error', 'snapshot_object_count', 'replicas'])
          .select([configurationString(dialect, 'availabilityZone').as('availability_zone'), configurationString(dialect, 'instanceType').as('instance_type')])
          .where('protection_id', '=', protectionId).where('resource_id', '>', after).orderBy('resource_id').limit(SKELETON_PAGE).execute();
        for (const row of page) {
          skeletons.push({
            ...row, tags: JSON.parse(row.tags) as Record<string, string>, dependencies: JSON.parse(row.dependencies) as string[],
            replicas: JSON.parse(row.replicas) as Replicas, snapshot_object_count: row.snapshot_object_count === null ? null : Number(row.snapshot_object_count),
          });
        }
        if (page.length < SKELETON_PAGE) return skeletons;
        after = page[page.length - 1]!.resource_id;
        await turn(); // SQLite reads synchronously: the lease heartbeat and the API run between pages
      }
    },
    /** The whole rows of these resources (those the protection captured), in resource id order. */
    async capturedOf(protectionId: string, resourceIds: readonly string[]): Promise<ProtectionResourceRow[]> {
      const rows: ProtectionResourceRow[] = [];
      for (let i = 0; i < resourceIds.length; i += ID_CHUNK) {
        const chunk = await db.selectFrom('protection_resources').selectAll().where('protection_id', '=', protectionId)
          .where('resource_id', 'in', resourceIds.slice(i, i + ID_CHUNK)).execute();
        for (const row of chunk) {
          rows.push({
            ...row, configuration: JSON.parse(row.configuration) as Record<string, unknown>, tags: JSON.parse(row.tags) as Record<string, string>,
            dependencies: JSON.parse(row.dependencies) as string[], replicas: JSON.parse(row.replicas) as Replicas,
            snapshot_object_count: row.snapshot_object_count === null ? null : Number(row.snapshot_object_count), // bigint: a string on PostgreSQL
          });
        }
      }
      return rows.sort((a, b) => (a.resource_id < b.resource_id ? -1 : a.resource_id > b.resource_id ? 1 : 0));
    },
  };
}
