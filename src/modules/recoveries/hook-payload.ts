import { iso } from '../../platform/http/schema.ts';
import type { RecoveriesDeps } from './context.ts';
import { recoveriesRepo as repo, type RecoveryRow } from './repo.ts';
import type { Executor } from './store-types.ts';

/**
 * What a recovery or reset webhook receives: the ids and names of the connections, the assembly, the
 * protection and its point on the timeline, the recovery, and (after the operation) the resource mapping.
 */
export async function recoveryHookPayload(deps: RecoveriesDeps, db: Executor, recovery: RecoveryRow, withMapping: boolean) {
  const assembly = await deps.assemblies.hookSubject(db, recovery.assembly_id);
  const targetName = (await deps.connections.namesIn(db, [recovery.target_connection_id])).get(recovery.target_connection_id);
  const protection = await deps.protections.findIn(db, recovery.protection_id);
  const mapping = withMapping
    ? (await repo.mapping(db, recovery.id)).map((r) => ({
      sourceResourceId: r.source_resource_id, sourceArn: r.source_arn, sourceRegion: r.source_region, name: r.name, type: r.type,
      recoveredResourceId: r.recovered_resource_id, recoveredArn: r.recovered_arn, region: recovery.target_region, status: r.status,
    }))
    : undefined;
  return {
    accountId: recovery.account_id, projectId: recovery.project_id,
    cloudConnection: assembly?.connection ?? null,
    targetCloudConnection: targetName === undefined ? null : { id: recovery.target_connection_id, name: targetName },
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
