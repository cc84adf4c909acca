import { isUniqueViolation } from '../../platform/db/errors.ts';
import { mutateVersioned } from '../../platform/db/mutate.ts';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '../../platform/errors.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import { normaliseSchedule, upcomingSlot, type Schedule, type ScheduleInput } from '../policies/index.ts';
import type { DrillsDeps } from './context.ts';
import { drillPoliciesRepo as repo, type DrillPolicyPatch, type DrillPolicyRef, type DrillPolicyRow } from './repo.ts';
import type { DrillRecovery } from './schemas.ts';
import type { Executor } from './store-types.ts';
import type { DrillPolicyStatus } from './tables.ts';

/** A drill policy as a request states it (shape checked by the route's schema, sense here). */
export interface DrillPolicyInput extends Pick<ScheduleInput, 'frequencyType' | 'frequencyDetails' | 'cronExpression' | 'timeZone'> {
  readonly name: string;
  readonly description?: string;
  readonly recovery?: DrillRecovery;
  readonly resetAfterMinutes: number;
}

export type AssemblyScope = Omit<DrillPolicyRef, 'id'>;

/** The protection policies' own check and normal form of a schedule; retention is not a drill's. */
function scheduleOf(input: DrillPolicyInput): Schedule {
  const { frequencyType, frequencyDetails, cronExpression, timeZone } = normaliseSchedule(input);
  return { frequencyType, frequencyDetails, cronExpression, timeZone };
}

function scheduleColumns(schedule: Schedule) {
  return {
    frequency_type: schedule.frequencyType, frequency_details: JSON.stringify(schedule.frequencyDetails),
    cron_expression: schedule.cronExpression, time_zone: schedule.timeZone,
  };
}

const sameTiming = (a: Schedule, b: Schedule) => JSON.stringify(a) === JSON.stringify(b);

const nameTaken = (name: string) => new ConflictError('NAME_TAKEN', `A drill policy named ${name} exists in this project`, { name: 'is taken' });
const policyNotFound = (id: number) => new NotFoundError(`Drill policy ${id}`);

/** 404 unless the assembly is in the project and not deleted: drill policies are created and changed on a live one only. */
export async function requireLiveAssembly(deps: Pick<DrillsDeps, 'assemblies'>, db: Executor, ref: AssemblyScope): Promise<void> {
  const status = await deps.assemblies.statusIn(db, { accountId: ref.accountId, projectId: ref.projectId, id: ref.assemblyId });
  if (status === undefined || status === 'deleted') throw new NotFoundError(`Cloud assembly ${ref.assemblyId}`);
}

/**
 * 400 with the fields prefixed `recovery.` when the recoveries service would refuse the body on this assembly now
 * (a region on a same-region scope, cross-region on an assembly that does not allow it, a target region or
 * connection that cannot be used): such a policy would fail every run. What can only be known at a run (a
 * protection to recover from, a recovery already running) is the run's to find. Read outside any transaction: the
 * check reads other modules' rows through their services.
 */
async function refuseUnstartable(deps: Pick<DrillsDeps, 'recoveries'>, scope: AssemblyScope, recovery: DrillRecovery | undefined): Promise<void> {
  const refused = Object.entries(await deps.recoveries.check(scope, recovery ?? {}));
  if (refused.length === 0) return;
  throw new ValidationError(Object.fromEntries(refused.map(([field, message]) => [`recovery.${field}`, message])),
    `The recovery this drill policy would start is refused: recovery.${refused[0]![0]} ${refused[0]![1]}`);
}

/** Drill policies: a schedule, a recovery body and a reset delay bound to one cloud assembly. */
export function drillPolicies(deps: DrillsDeps) {
  const db = deps.store.db;

  async function get(ref: DrillPolicyRef): Promise<DrillPolicyRow> {
    const row = await repo.find(db, ref);
    if (!row) throw policyNotFound(ref.id);
    return row;
  }

  /** Read-decide-write with the row's version (412 with If-Match when it moved on); a name taken meanwhile is 409. */
  function mutate(ref: DrillPolicyRef, decide: (row: DrillPolicyRow, trx: Executor) => Promise<DrillPolicyPatch | null>, expected?: number, name?: string) {
    return mutateVersioned<DrillPolicyRow, DrillPolicyPatch>({
      store: deps.store,
      async load(trx) {
        await requireLiveAssembly(deps, trx, ref);
        return repo.find(trx, ref);
      },
      save: (trx, row, patch) => repo.updateIfVersion(trx, row.id, row.version, { ...patch, updated_at: deps.now() }),
      notFound: () => policyNotFound(ref.id),
      uniqueConflict: () => nameTaken(name ?? ''),
    }, async (row, trx) => {
      const patch = await decide(row, trx);
      return patch && { patch };
    }, expected);
  }

  return {
    getDrillPolicy: get,

    async listDrillPolicies(scope: AssemblyScope, range: ItemRange) {
      if ((await deps.assemblies.statusIn(db, { accountId: scope.accountId, projectId: scope.projectId, id: scope.assemblyId })) === undefined) {
        throw new NotFoundError(`Cloud assembly ${scope.assemblyId}`);
      }
      return repo.list(db, scope, range);
    },

    /**
     * Creates a drill policy (201): 400 for a bad schedule or a recovery body the assembly would refuse, 404 for an
     * assembly that is not there, 409 for a name in use.
     */
    async createDrillPolicy(scope: AssemblyScope, input: DrillPolicyInput & { readonly status?: DrillPolicyStatus }): Promise<DrillPolicyRow> {
      const schedule = scheduleOf(input);
      await requireLiveAssembly(deps, db, scope);
      await refuseUnstartable(deps, scope, input.recovery);
      const at = deps.now();
      const status = input.status ?? 'enabled';
      try {
        return await deps.store.transaction(async (trx) => {
          await requireLiveAssembly(deps, trx, scope);
          if (await repo.nameTaken(trx, scope.accountId, scope.projectId, input.name)) throw nameTaken(input.name);
          return repo.insert(trx, {
            account_id: scope.accountId, project_id: scope.projectId, assembly_id: scope.assemblyId, name: input.name,
            description: input.description ?? '', ...scheduleColumns(schedule), recovery: JSON.stringify(input.recovery ?? {}),
            reset_after_minutes: input.resetAfterMinutes, status, slots_from: at, last_slot_at: null,
            next_slot_at: status === 'enabled' ? upcomingSlot(schedule, { slotsFrom: at, lastSlotAt: null, now: at }) : null,
            created_at: at, updated_at: at, version: 1,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw nameTaken(input.name);
        throw error;
      }
    },

    /** Replaces everything but the status (the recovery body checked as on create); a change of times applies from now on (no slot of the past fires for it). */
    async updateDrillPolicy(ref: DrillPolicyRef, input: DrillPolicyInput, expected?: number): Promise<DrillPolicyRow> {
      const schedule = scheduleOf(input);
      await requireLiveAssembly(deps, db, ref);
      await refuseUnstartable(deps, ref, input.recovery);
      return mutate(ref, async (row, trx) => {
        if (input.name !== row.name && (await repo.nameTaken(trx, ref.accountId, ref.projectId, input.name, row.id))) throw nameTaken(input.name);
        const at = deps.now();
        const slotsFrom = sameTiming(row.schedule, schedule) ? row.slots_from : Math.max(row.slots_from, at);
        return {
          name: input.name, description: input.description ?? '', ...scheduleColumns(schedule), recovery: JSON.stringify(input.recovery ?? {}),
          reset_after_minutes: input.resetAfterMinutes, slots_from: slotsFrom,
          next_slot_at: row.status === 'enabled' ? upcomingSlot(schedule, { slotsFrom, lastSlotAt: row.last_slot_at, now: at }) : null,
        };
      }, expected, input.name);
    },

    /** Pause or resume; a resumed policy fires from its next slot on, without making up the ones it slept through. */
    setDrillPolicyStatus(ref: DrillPolicyRef, status: DrillPolicyStatus, expected?: number): Promise<DrillPolicyRow> {
      return mutate(ref, async (row) => {
        if (row.status === status) return null;
        if (status === 'paused') return { status, next_slot_at: null };
        const at = deps.now();
        const slotsFrom = Math.max(row.slots_from, at);
        return { status, slots_from: slotsFrom, next_slot_at: upcomingSlot(row.schedule, { slotsFrom, lastSlotAt: row.last_slot_at, now: at }) };
      }, expected);
    },

    /** Removes the policy and its runs' records (204). A run under way loses its record; its recovery still resets itself. */
    async deleteDrillPolicy(ref: DrillPolicyRef, expected?: number): Promise<void> {
      for (let attempt = 0; attempt < 5; attempt++) {
        const row = await get(ref);
        if (expected !== undefined && row.version !== expected) throw new PreconditionFailedError(row.version);
        if (await repo.deleteIfVersion(db, row.id, row.version)) return;
        if (expected !== undefined) throw new PreconditionFailedError();
      }
      throw new ConflictError('CONCURRENT_UPDATE', 'The drill policy is being changed by someone else; retry');
    },
  };
}
