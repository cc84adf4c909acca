import type { CloudProvider } from '../cloud/provider.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import type { ConnectionsService } from '../modules/connections/service.ts';
import type { DrillRecoveriesPort, DrillRecoveryView } from '../modules/drills/index.ts';
import type { RecoveriesService } from '../modules/recoveries/service.ts';
import { rpoSecondsOf, rtoSecondsOf } from '../modules/recoveries/presenter.ts';
import { isRecoveryRunning } from '../modules/recoveries/state-machine.ts';

type Recovery = Awaited<ReturnType<RecoveriesService['get']>>;

/** Recoveries a drill run looks through for the one it started (one runs at a time per assembly, newest first). */
const STARTED_BY_WINDOW = 50;

/** A recovery's validation and measured RTO and RPO, as its own answer gives them. */
function measured(recovery: Recovery): Pick<DrillRecoveryView, 'validationStatus' | 'rtoSeconds' | 'rpoSeconds'> {
  return { validationStatus: recovery.validation_status, rtoSeconds: rtoSecondsOf(recovery), rpoSeconds: rpoSecondsOf(recovery) };
}

function view(recovery: Recovery): DrillRecoveryView {
  return {
    id: recovery.id, status: recovery.status, running: isRecoveryRunning(recovery.status), statusMessage: recovery.status_message,
    resetStatus: recovery.reset_status, resetMessage: recovery.reset_message, ...measured(recovery),
  };
}

/** The drills module's port onto recoveries: their service for starting and reading, the cloud port for what a reset left. */
export function drillRecoveries(deps: {
  recoveries: RecoveriesService; connections: Pick<ConnectionsService, 'cloudAccess'>; cloud: Pick<CloudProvider, 'listRecoveryResources'>;
}): DrillRecoveriesPort {
  const { recoveries } = deps;
  const find = async (ref: { accountId: number; projectId: string; assemblyId: number }, id: string) => {
    try {
      return await recoveries.get({ ...ref, id });
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  };
  return {
    start: (ref, input, createdBy) => recoveries.start(ref, input, createdBy),
    async check(ref, recovery) {
      let checked: Awaited<ReturnType<RecoveriesService['checkRequest']>>;
      try {
        checked = await recoveries.checkRequest(ref, recovery);
      } catch (error) {
        // The start's refusals that name a field of the body; the rest (the assembly is gone or being deleted) stand as they are.
        const fields = error instanceof ValidationError || error instanceof ConflictError ? error.fieldErrors : undefined;
        if (fields && Object.keys(fields).length) return { ...fields };
        throw error;
      }
      // The assembly's own connection is the assembly's business; another account's is the body's choice.
      if (checked.request.scope === 'cross-account' && checked.connection.status === 'failed') {
        return { 'crossAccountConfiguration.cloudConnectionId': checked.connection.message };
      }
      return {};
    },
    async find(ref, id) {
      const recovery = await find(ref, id);
      return recovery && view(recovery);
    },
    async startedBy(ref, createdBy) {
      const { rows } = await recoveries.list(ref, undefined, { offset: 0, limit: STARTED_BY_WINDOW });
      const recovery = rows.find((r) => r.created_by === createdBy);
      return recovery && view(recovery);
    },
    async leftovers(ref, id) {
      const recovery = await find(ref, id);
      if (!recovery) return 0;
      const target = await deps.connections.cloudAccess(ref.accountId, ref.projectId, recovery.target_connection_id);
      return (await deps.cloud.listRecoveryResources(target.credentials, { region: recovery.target_region, recoveryId: recovery.id })).length;
    },
  };
}
