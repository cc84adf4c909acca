import type { AwsService } from '../../cloud/provider.ts';
import { enqueue } from '../../platform/jobs/index.ts';
import type { ConnectionsDeps } from './context.ts';
import { connectionsRepo as repo, type ConnectionRow } from './repo.ts';
import type { Executor } from './store-types.ts';
import { verifyJob } from './verify-connection.ts';

/** A connection a connection group's stack onboarded: its role, with the group's external id. */
export interface GroupConnectionInput {
  readonly name: string;
  readonly description: string;
  readonly roleArn: string;
  readonly externalId: string;
  readonly operationalRegions: readonly string[];
  readonly services: readonly AwsService[];
}

/** What connection groups need of connections, beyond the public create path. */
export function groupConnections(deps: ConnectionsDeps) {
  return {
    /**
     * Creates an iam-role connection inside the caller's transaction (so the group's record of it commits with
     * it) and queues its verification — and so its first sync — in the same transaction, as create does. The
     * external id is the group's: the stack's role trusts that one. A taken name gets a numeric suffix.
     * The caller wakes the job runner once its transaction has committed.
     */
    async createForGroup(trx: Executor, scope: { accountId: number; projectId: string }, input: GroupConnectionInput): Promise<ConnectionRow> {
      let name = input.name;
      for (let n = 2; await repo.nameTaken(trx, scope.accountId, scope.projectId, name); n++) name = `${input.name.slice(0, 46)}-${n}`;
      const at = deps.now();
      const row = await repo.insert(trx, {
        account_id: scope.accountId, project_id: scope.projectId, name, description: input.description,
        status: 'enabled', status_message: null, status_before_deletion: null,
        connectivity_status: 'pending', connectivity_message: 'Verification is queued',
        access_method: 'iam-role', role_arn: input.roleArn, access_key_id: null, secret_sealed: null,
        external_id: input.externalId, aws_account_id: null,
        operational_regions: JSON.stringify(input.operationalRegions), services: JSON.stringify(input.services),
        deletion_protection: 0, consecutive_failures: 0, last_verified_at: null,
        sync_status: 'idle', sync_message: null, sync_generation: 0, last_sync: null,
        created_at: at, updated_at: at, deleted_at: null, version: 1,
      });
      await enqueue(trx, verifyJob(row.id, 'create'));
      return row;
    },

    /** Which of these connections are live (neither deleted nor being deleted). */
    async liveConnectionIds(ids: readonly number[]): Promise<Set<number>> {
      if (ids.length === 0) return new Set();
      const rows = await deps.store.db.selectFrom('cloud_connections').select('id').where('id', 'in', [...ids])
        .where('status', 'not in', ['deleted', 'delete-pending', 'delete-in-progress', 'delete-locked', 'delete-failed']).execute();
      return new Set(rows.map((r) => r.id));
    },
  };
}
