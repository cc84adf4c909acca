import { setImmediate as turn } from 'node:timers/promises';
import { sql } from 'kysely';
import type { DialectName } from '../../platform/db/database.ts';
import type { ProtectionsDeps } from './context.ts';
import { decodeResource, protectionsRepo as repo, type ProtectionResourceRow, type ProtectionRow } from './repo.ts';
import type { Replicas } from './state-machine.ts';
import type { Executor } from './store-types.ts';

/**
 * A captured resource without its name and configuration: what a recovery of 100,000 resources lays its plan out
 * from (issue 19), with the two configuration fields the layout needs (zone and instance type) extracted by the
 * database.
 */
export type CapturedSkeletonRow = Omit<ProtectionResourceRow, 'name' | 'configuration' | 'protection_id'> & {
  readonly availability_zone: string | null;
  readonly instance_type: string | null;
};

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

/** What the recoveries module reads of the timeline: a protection, its captured resources and snapshots. */
export function protectionRecoverySource(deps: Pick<ProtectionsDeps, 'store'>) {
  const db = deps.store.db;
  return {
    /** The protection of that assembly, or undefined. */
    find: (assemblyId: number, id: string): Promise<ProtectionRow | undefined> => repo.find(db, assemblyId, id),
    /** The same by id, in the caller's transaction (a webhook payload names the protection a recovery used). */
    findIn: (db: Executor, id: string): Promise<ProtectionRow | undefined> => repo.findById(db, id),
    /** The newest protection of the assembly that succeeded: what a recovery uses when none is named. */
    latestSuccessful: (assemblyId: number): Promise<ProtectionRow | undefined> => repo.latestWithStatus(db, assemblyId, 'success'),
    /** Every captured resource of the protection, without name and configuration, in resource id order. */
    async capturedSkeletons(protectionId: string): Promise<CapturedSkeletonRow[]> {
      const skeletons: CapturedSkeletonRow[] = [];
      let after = '';
      for (;;) {
        const page = await db.selectFrom('protection_resources')
          .select(['resource_id', 'region', 'arn', 'type', 'service', 'tags', 'dependencies', 'is_data', 'capture_reason', 'snapshot_status', 'snapshot_id',
            'snapshot_error', 'snapshot_object_count', 'replicas'])
          .select([configurationString(deps.store.dialect, 'availabilityZone').as('availability_zone'), configurationString(deps.store.dialect, 'instanceType').as('instance_type')])
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
        rows.push(...chunk.map(decodeResource));
      }
      return rows.sort((a, b) => (a.resource_id < b.resource_id ? -1 : a.resource_id > b.resource_id ? 1 : 0));
    },
    /** In the transaction that starts a recovery: the protection shows it has been recovered from. */
    markRecovered: (db: Executor, protectionId: string, at: number) => repo.markRecovered(db, protectionId, at),
  };
}
