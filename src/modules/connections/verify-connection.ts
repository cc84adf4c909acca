import { enqueue, type JobHandler, type JobSpec } from '../../platform/jobs/index.ts';
import { mutateConnection, type ConnectionRef, type ConnectionsDeps } from './context.ts';
import { accountOfRoleArn, credentialsOf } from './credentials.ts';
import { connectionsRepo as repo } from './repo.ts';
import { isDeleting, transition, type ConnectionStatus } from './state-machine.ts';
import { syncJob } from './sync-connection.ts';
import { ConflictError } from '../../platform/errors.ts';

/** Why a verification runs: only the scheduled ones count towards critical-suspended. */
export type VerifyTrigger = 'create' | 'manual' | 'credentials' | 'scheduled';

/** Scheduled checks that fail in a row before an enabled connection becomes critical-suspended. */
export const CRITICAL_AFTER_FAILURES = 3;

export function verifyJob(connectionId: number, trigger: VerifyTrigger): JobSpec {
  return { kind: 'connections.verify', payload: { connectionId, trigger }, key: `connection-verify:${connectionId}`, maxAttempts: 5 };
}

export function connectionVerification(deps: ConnectionsDeps) {
  const verifyHandler: JobHandler<{ connectionId: number; trigger: VerifyTrigger }> = {
    kind: 'connections.verify',
    async run({ connectionId, trigger }, ctx) {
      const row = await repo.findById(deps.store.db, connectionId);
      if (!row || isDeleting(row.status as ConnectionStatus)) return;
      let result = await deps.cloud.verify(credentialsOf(row, deps.secrets));
      const named = accountOfRoleArn(row.role_arn);
      if (result.status === 'success' && named && result.accountId && named !== result.accountId) {
        result = { status: 'authentication-failed', message: `The role belongs to account ${result.accountId}, not ${named}` };
      }
      ctx.logger.info({ connectionId, trigger, outcome: result.status }, 'connection verified');
      await mutateConnection(deps, { id: connectionId }, (current) => {
        const status = current.status as ConnectionStatus;
        if (isDeleting(status)) return null;
        const base = {
          connectivity_status: result.status,
          connectivity_message: result.message,
          last_verified_at: deps.now(),
          aws_account_id: result.accountId ?? current.aws_account_id,
        };
        if (result.status === 'success') {
          const next = transition(status, { type: 'verify-succeeded' });
          // A new connection's first successful check starts its first sync, so its inventory fills by itself.
          const firstSync = trigger === 'create' && status === 'enabled' && current.sync_status === 'idle' && current.last_sync === null;
          const generation = current.sync_generation + 1;
          return {
            patch: {
              ...base, consecutive_failures: 0, ...(next ? { status: next, status_message: null } : {}),
              ...(firstSync ? { sync_status: 'queued', sync_generation: generation } : {}),
            },
            jobs: firstSync ? [syncJob(current.id, generation)] : [],
          };
        }
        if (trigger !== 'scheduled') return { patch: base };
        const failures = current.consecutive_failures + 1;
        const next = failures >= CRITICAL_AFTER_FAILURES ? transition(status, { type: 'verify-failed-repeatedly' }) : undefined;
        return {
          patch: {
            ...base, consecutive_failures: failures,
            ...(next ? { status: next, status_message: `${failures} scheduled connectivity checks failed in a row: ${result.message}` } : {}),
          },
        };
      });
    },
    async onExhausted({ connectionId }, error) {
      await mutateConnection(deps, { id: connectionId }, (row) =>
        isDeleting(row.status as ConnectionStatus) ? null : { patch: { connectivity_status: 'failed', connectivity_message: `Verification could not run: ${error.message}` } });
    },
  };

  /** Periodic: queues a scheduled verification of every enabled connection not checked within the interval. */
  const sweepHandler: JobHandler<unknown> = {
    kind: 'connections.connectivity-sweep',
    async run(_payload, ctx) {
      const due = await repo.dueForVerification(deps.store.db, deps.now() - Math.floor(deps.connectivityCheckMs * 0.9));
      for (const { id } of due) await enqueue(deps.store.db, verifyJob(id, 'scheduled'));
      if (due.length) deps.wake();
      ctx.logger.debug({ queued: due.length }, 'connectivity sweep');
    },
  };

  return {
    handlers: [verifyHandler, sweepHandler] as JobHandler<any>[],

    /** POST …/verify: connectivity goes back to `pending` until the check reports. */
    requestVerify(ref: ConnectionRef) {
      return mutateConnection(deps, ref, (row) => {
        const status = row.status as ConnectionStatus;
        if (isDeleting(status)) throw new ConflictError('CONNECTION_BEING_DELETED', `Cloud connection ${row.id} is ${status}`);
        return { patch: { connectivity_status: 'pending', connectivity_message: 'Verification is queued' }, jobs: [verifyJob(row.id, 'manual')] };
      });
    },
  };
}
