import type { Executor } from '../../platform/db/database.ts';
import { iso } from '../../platform/http/schema.ts';
import { recoveriesRepo as repo, type RecoveryRow } from './repo.ts';

/**
 * What a recovery or reset webhook receives: the ids and names of the connections, the assembly, the
 * protection and its point on the timeline, the recovery, and (after the operation) the resource mapping.
 */
export async function recoveryHookPayload(db: Executor<any>, recovery: RecoveryRow, withMapping: boolean) {
  const assembly = await db.selectFrom('cloud_assemblies as a').innerJoin('cloud_connections as c', 'c.id', 'a.cloud_connection_id')
    .select(['a.name', 'c.id as connectionId', 'c.name as connectionName']).where('a.id', '=', recovery.assembly_id).executeTakeFirst();
  const target = await db.selectFrom('cloud_connections').select(['id', 'name']).where('id', '=', recovery.target_connection_id).executeTakeFirst();
  const protection = await db.selectFrom('protections').select(['id', 'created_at']).where('id', '=', recovery.protection_id).executeTakeFirst();
  const mapping = withMapping
    ? (await repo.resources(db, recovery.id)).map((r) => ({
      sourceResourceId: r.source_resource_id, recoveredResourceId: r.recovered_resource_id, type: r.type, region: recovery.target_region, status: r.status,
    }))
    : undefined;
  return {
    accountId: recovery.account_id, projectId: recovery.project_id,
    cloudConnection: assembly ? { id: assembly.connectionId, name: assembly.connectionName } : null,
    targetCloudConnection: target ? { id: target.id, name: target.name } : null,
    cloudAssembly: { id: recovery.assembly_id, name: assembly?.name ?? null },
    protection: { id: recovery.protection_id, timestamp: protection?.created_at ?? null, createdAt: iso(protection?.created_at) },
    recovery: {
      id: recovery.id, name: recovery.name, status: recovery.status, statusMessage: recovery.status_message, scope: recovery.scope, mode: recovery.mode,
      targetRegion: recovery.target_region, resourceCount: recovery.resource_count, recoveredCount: recovery.recovered_count,
      failedCount: recovery.failed_count, resetStatus: recovery.reset_status, resetMessage: recovery.reset_message,
    },
    ...(mapping ? { resources: mapping } : {}),
  };
}
