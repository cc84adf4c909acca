import type { AwsService } from '../../cloud/provider.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { ConflictError } from '../../platform/errors.ts';
import { enqueue, type JobSpec } from '../../platform/jobs/index.ts';
import { randomHex32 } from '../../platform/ids.ts';
import { mutateConnection, type ConnectionRef, type ConnectionsDeps } from './context.ts';
import { accessMethodColumns, type AccessMethodInput } from './credentials.ts';
import { connectionsRepo as repo, type ConnectionRow } from './repo.ts';
import { isDeleting, transition, type ConnectionStatus, type UserStatus } from './state-machine.ts';
import { verifyJob } from './verify-connection.ts';

export interface CreateConnectionInput {
  readonly name: string;
  readonly description?: string;
  readonly accessMethod: AccessMethodInput;
  readonly operationalRegions: readonly string[];
  readonly services: readonly AwsService[];
  readonly deletionProtection?: boolean;
}

function refuseWhileDeleting(row: ConnectionRow): void {
  const status = row.status as ConnectionStatus;
  if (status === 'deleted') throw new ConflictError('CONNECTION_DELETED', `Cloud connection ${row.id} is deleted`);
  if (isDeleting(status)) throw new ConflictError('CONNECTION_BEING_DELETED', `Cloud connection ${row.id} is being deleted (${status})`);
}

function nameConflict(name: string): ConflictError {
  return new ConflictError('NAME_TAKEN', `A cloud connection named ${name} exists in this project`, { name: 'is taken' });
}

/** Creating and changing connections. Every change honours If-Match and refuses a connection being deleted. */
export function connectionWrites(deps: ConnectionsDeps) {
  return {
    /** Creates the connection and starts verifying it in the background (202: connectivity `pending`). */
    async create(scope: { accountId: number; projectId: string }, input: CreateConnectionInput): Promise<ConnectionRow> {
      const at = deps.now();
      try {
        const row = await deps.store.transaction(async (trx) => {
          if (await repo.nameTaken(trx, scope.accountId, scope.projectId, input.name)) throw nameConflict(input.name);
          const created = await repo.insert(trx, {
            account_id: scope.accountId, project_id: scope.projectId, name: input.name, description: input.description ?? '',
            status: 'enabled', status_message: null, status_before_deletion: null,
            connectivity_status: 'pending', connectivity_message: 'Verification is queued',
            ...accessMethodColumns(input.accessMethod, deps.secrets),
            external_id: `lifeboat-${randomHex32()}`, aws_account_id: null,
            operational_regions: JSON.stringify(input.operationalRegions), services: JSON.stringify(input.services),
            deletion_protection: input.deletionProtection ? 1 : 0, consecutive_failures: 0, last_verified_at: null,
            sync_status: 'idle', sync_message: null, sync_generation: 0, last_sync: null,
            created_at: at, updated_at: at, deleted_at: null, version: 1,
          });
          await enqueue(trx, verifyJob(created.id, 'create'));
          return created;
        });
        deps.wake();
        return row;
      } catch (error) {
        if (isUniqueViolation(error)) throw nameConflict(input.name);
        throw error;
      }
    },

    /** Seed 000: PUT …/general-information. An absent description is left as it is. */
    updateGeneralInformation(ref: ConnectionRef, input: { name: string; description?: string }, expectedVersion?: number) {
      return mutateConnection(deps, ref, async (row, trx) => {
        refuseWhileDeleting(row);
        if (input.name !== row.name && (await repo.nameTaken(trx, ref.accountId, ref.projectId, input.name, row.id))) throw nameConflict(input.name);
        return { patch: { name: input.name, description: input.description ?? row.description } };
      }, expectedVersion);
    },

    updateRegionsAndServices(ref: ConnectionRef, input: { operationalRegions: readonly string[]; services: readonly AwsService[] }, expectedVersion?: number) {
      return mutateConnection(deps, ref, (row) => {
        refuseWhileDeleting(row);
        return { patch: { operational_regions: JSON.stringify(input.operationalRegions), services: JSON.stringify(input.services) } };
      }, expectedVersion);
    },

    /** Rotates the role or the key pair; the connection is verified again with them. */
    updateCredentials(ref: ConnectionRef, accessMethod: AccessMethodInput, expectedVersion?: number) {
      return mutateConnection(deps, ref, (row) => {
        refuseWhileDeleting(row);
        return {
          patch: { ...accessMethodColumns(accessMethod, deps.secrets), connectivity_status: 'pending', connectivity_message: 'Verification is queued', aws_account_id: null },
          jobs: [verifyJob(row.id, 'credentials')],
        };
      }, expectedVersion);
    },

    /** enabled | disabled | suspended. From delete-locked or delete-failed this cancels the deletion. Re-enabling a
     * critical-suspended connection verifies it again. */
    setStatus(ref: ConnectionRef, status: UserStatus, expectedVersion?: number) {
      return mutateConnection(deps, ref, (row) => {
        const current = row.status as ConnectionStatus;
        const next = transition(current, { type: 'set-status', status });
        if (!next) {
          refuseWhileDeleting(row);
          throw new ConflictError('INVALID_TRANSITION', `A ${current} connection cannot become ${status}`);
        }
        if (next === current) return null;
        const jobs: JobSpec[] = next === 'enabled' && current === 'critical-suspended' ? [verifyJob(row.id, 'manual')] : [];
        return {
          patch: {
            status: next, status_message: null, status_before_deletion: null,
            ...(current === 'critical-suspended' ? { consecutive_failures: 0 } : {}),
          },
          jobs,
        };
      }, expectedVersion);
    },

    /** Turning protection off while a deletion waits on it lets the deletion proceed. */
    setDeletionProtection(ref: ConnectionRef, enabled: boolean, expectedVersion?: number) {
      return mutateConnection(deps, ref, (row) => {
        const current = row.status as ConnectionStatus;
        if (current !== 'delete-locked') refuseWhileDeleting(row);
        if ((row.deletion_protection === 1) === enabled) return null;
        if (!enabled && current === 'delete-locked') {
          return {
            patch: { deletion_protection: 0, status: transition(current, { type: 'protection-lifted' })!, status_message: null },
            jobs: [deleteJob(row.id)],
          };
        }
        return { patch: { deletion_protection: enabled ? 1 : 0 } };
      }, expectedVersion);
    },
  };
}

export function deleteJob(connectionId: number): JobSpec {
  return { kind: 'connections.delete', payload: { connectionId }, key: `connection-delete:${connectionId}`, maxAttempts: 8 };
}
