import { NotFoundError, PreconditionFailedError, ValidationError, ConflictError } from '../../platform/errors.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import {
  alreadyEnabled, mutatePolicy, policyConflict, policyNameTaken, requireLiveAssembly, templateMissing,
  type AssemblyRef, type PoliciesDeps, type PolicyRef,
} from './context.ts';
import { policiesRepo as repo, templatesRepo, type PolicyListQuery, type PolicyView } from './repo.ts';
import { nextSlot, upcomingSlot, type PolicySchedule } from './schedule.ts';
import { NO_INLINE_SCHEDULE, policySchedule, sameTiming, scheduleColumns, templateSchedule } from './schedule-columns.ts';
import { normaliseSchedule, type ScheduleInput } from './schedule-input.ts';
import type { UserStatus } from './statuses.ts';
import type { Transaction } from './store-types.ts';

export type ActivationInput = { readonly type: 'now' } | { readonly type: 'at'; readonly startTime: string };

/** A policy as a request states it: the published flat body (shape checked by the route's schema, sense here). */
export interface PolicyInput extends Partial<ScheduleInput> {
  /** Required without policyTemplateId; on create with one, the template's name by default. */
  readonly name?: string;
  readonly description?: string;
  readonly policyTemplateId?: number;
  readonly activation?: ActivationInput;
}

export interface CreatePolicyInput extends PolicyInput {
  readonly status?: UserStatus;
}

/** A start time this far in the past is still taken as "now": the client's clock may lag ours. */
const PAST_START_GRACE_MS = 5 * 60_000;

const SCHEDULE_FIELDS = ['frequencyType', 'frequencyDetails', 'cronExpression', 'timeZone', 'retentionCount', 'replicaRetentionCount'] as const;

type ScheduleSource = { readonly templateId: number } | { readonly schedule: PolicySchedule };

/**
 * policyTemplateId means "take everything from the template", as the published create page says: a schedule field
 * next to it would be silently ignored, so it is refused. Without one, frequencyType and name are required and the
 * schedule is checked like a template's.
 */
function scheduleSource(input: PolicyInput): ScheduleSource {
  const errors: Record<string, string> = {};
  if (input.policyTemplateId !== undefined) {
    for (const field of SCHEDULE_FIELDS) {
      if (input[field] != null) errors[field] = 'comes from the policy template (policyTemplateId): leave it out';
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
    return { templateId: input.policyTemplateId };
  }
  if (input.frequencyType === undefined) errors.frequencyType = 'is required without policyTemplateId';
  if (input.name === undefined) errors.name = 'is required without policyTemplateId';
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { schedule: normaliseSchedule({ ...input, frequencyType: input.frequencyType! }) };
}

interface Activation {
  readonly activation: 'now' | 'at';
  readonly start_at: number;
  /** The first instant a slot may fire. */
  readonly slots_from: number;
}

function activationOf(input: ActivationInput | undefined, now: number): Activation {
  if (!input || input.type === 'now') return { activation: 'now', start_at: now, slots_from: now };
  const start = Date.parse(input.startTime);
  if (Number.isNaN(start)) throw new ValidationError({ 'activation.startTime': 'must be an RFC 3339 date-time' });
  if (start < now - PAST_START_GRACE_MS) throw new ValidationError({ 'activation.startTime': 'must not be in the past; use {"type": "now"}' });
  return { activation: 'at', start_at: start, slots_from: Math.max(start, now) };
}

/** The schedule in effect, and the name a policy takes from its template when the body gives none. */
async function resolveSchedule(trx: Transaction, ref: AssemblyRef, source: ScheduleSource): Promise<{ schedule: PolicySchedule; templateName?: string }> {
  if ('schedule' in source) return { schedule: source.schedule };
  const template = await templatesRepo.find(trx, ref.accountId, ref.projectId, source.templateId);
  if (!template) throw templateMissing();
  return { schedule: templateSchedule(template), templateName: template.name };
}

/** Gaps measured for a policy's interval: two weeks of a daily schedule, enough to see a weekly pattern's longest. */
const SLOTS_MEASURED = 14;

/** Protection policies: a template's or their own schedule bound to one cloud assembly, fired by the scheduler. */
export function protectionPolicies(deps: PoliciesDeps) {
  const db = deps.store.db;

  async function get(ref: PolicyRef): Promise<PolicyView> {
    const view = await repo.find(db, ref);
    if (!view) throw new NotFoundError(`Protection policy ${ref.id}`);
    return view;
  }

  return {
    /** A policy of the assembly; readable (and deletable) after its assembly was deleted too. */
    getPolicy: get,

    async listPolicies(query: PolicyListQuery, range: ItemRange) {
      const assembly = { accountId: query.accountId, projectId: query.projectId, id: query.assemblyId };
      if ((await deps.assemblies.statusIn(db, assembly)) === undefined) throw new NotFoundError(`Cloud assembly ${query.assemblyId}`);
      return repo.list(db, query, range);
    },

    /**
     * Binds a schedule to a live assembly (201). 400 for a bad schedule or activation, 404 for an assembly that is not
     * there, 409 for a template that is not, a name in use, or a second enabled policy on the assembly.
     */
    async createPolicy(ref: AssemblyRef, input: CreatePolicyInput): Promise<PolicyView> {
      const source = scheduleSource(input);
      const at = deps.now();
      const activation = activationOf(input.activation, at);
      const status = input.status ?? 'enabled';
      let name = input.name ?? '';
      try {
        const id = await deps.store.transaction(async (trx) => {
          await requireLiveAssembly(deps, trx, ref);
          const { schedule, templateName } = await resolveSchedule(trx, ref, source);
          name = input.name ?? templateName!;
          if (await repo.nameTaken(trx, ref.accountId, ref.projectId, name)) throw policyNameTaken(name);
          if (status === 'enabled') {
            const other = await repo.enabledOn(trx, ref.assemblyId);
            if (other) throw alreadyEnabled(ref.assemblyId, other);
          }
          const inserted = await repo.insert(trx, {
            account_id: ref.accountId, project_id: ref.projectId, assembly_id: ref.assemblyId, name, description: input.description ?? '',
            template_id: 'templateId' in source ? source.templateId : null,
            ...('schedule' in source ? scheduleColumns(source.schedule) : NO_INLINE_SCHEDULE),
            status, status_message: null, ...activation, last_slot_at: null,
            next_slot_at: status === 'enabled' ? upcomingSlot(schedule, { slotsFrom: activation.slots_from, lastSlotAt: null, now: at }) : null,
            created_at: at, updated_at: at, version: 1,
          });
          return inserted.id;
        });
        return (await repo.findById(db, id))!;
      } catch (error) {
        throw policyConflict(error, name, ref.assemblyId) ?? error;
      }
    },

    /**
     * Replaces name, description and schedule (template or its own), and the activation when one is given. A change of
     * times applies from now on: no slot of the past fires because of it.
     */
    updatePolicy(ref: PolicyRef, input: PolicyInput & { readonly name: string }, expectedVersion?: number): Promise<PolicyView> {
      const source = scheduleSource(input);
      return mutatePolicy(deps, ref, async (view, trx) => {
        const at = deps.now();
        const { schedule } = await resolveSchedule(trx, ref, source);
        if (input.name !== view.name && (await repo.nameTaken(trx, ref.accountId, ref.projectId, input.name, view.id))) throw policyNameTaken(input.name);
        let activation: Activation = { activation: view.activation as 'now' | 'at', start_at: view.start_at, slots_from: view.slots_from };
        const asked = input.activation;
        // A client that sends back the activation it read changes nothing, even once that start time is past.
        const unchanged = !asked || (asked.type === 'now' && view.activation === 'now')
          || (asked.type === 'at' && view.activation === 'at' && Date.parse(asked.startTime) === view.start_at);
        if (!unchanged) activation = activationOf(asked, at);
        let slotsFrom = activation.slots_from;
        if (!sameTiming(policySchedule(view), schedule)) slotsFrom = Math.max(slotsFrom, at);
        return {
          name: input.name, description: input.description ?? view.description,
          template_id: 'templateId' in source ? source.templateId : null,
          ...('schedule' in source ? scheduleColumns(source.schedule) : NO_INLINE_SCHEDULE),
          ...activation, slots_from: slotsFrom,
          next_slot_at: view.status === 'enabled' ? upcomingSlot(schedule, { slotsFrom, lastSlotAt: view.last_slot_at, now: at }) : null,
        };
      }, expectedVersion);
    },

    /**
     * Pause (paused: no slot fires) or resume (enabled, from paused or error). A resumed policy fires from its next
     * slot on; the slots it slept through are not made up.
     */
    setPolicyStatus(ref: PolicyRef, status: UserStatus, expectedVersion?: number): Promise<PolicyView> {
      return mutatePolicy(deps, ref, async (view, trx) => {
        if (view.status === status) return null;
        if (status === 'paused') return { status, status_message: null, next_slot_at: null };
        const other = await repo.enabledOn(trx, ref.assemblyId, view.id);
        if (other) throw alreadyEnabled(ref.assemblyId, other);
        const at = deps.now();
        const slotsFrom = Math.max(view.slots_from, at);
        let next: number;
        try {
          next = upcomingSlot(policySchedule(view), { slotsFrom, lastSlotAt: view.last_slot_at, now: at });
        } catch (error) {
          throw new ConflictError('SCHEDULE_INVALID', `The schedule cannot be computed (${(error as Error).message}); change it with PUT first`);
        }
        return { status, status_message: null, slots_from: slotsFrom, next_slot_at: next };
      }, expectedVersion);
    },

    /** For the protections module's retention: what an assembly keeps, from its enabled policy (else its most recent
     * one); undefined when no policy binds it. */
    async retentionFor(assemblyId: number): Promise<{ retentionCount: number; replicaRetentionCount: number } | undefined> {
      const view = await repo.retentionSource(db, assemblyId);
      if (!view) return undefined;
      const { retentionCount, replicaRetentionCount } = policySchedule(view);
      return { retentionCount, replicaRetentionCount };
    },

    /** For a recovery's pre-flight check: the assembly's enabled policy and the longest gap between its next slots
     * (a weekday schedule's weekend gap, not its weekday one, so that a recovery point is not called stale early). */
    async protectionInterval(assemblyId: number, now: number): Promise<{ policyName: string; intervalMs: number } | undefined> {
      const view = await repo.retentionSource(db, assemblyId);
      if (!view || view.status !== 'enabled') return undefined;
      const schedule = policySchedule(view);
      let intervalMs = 0;
      let slot = nextSlot(schedule, now);
      for (let i = 0; i < SLOTS_MEASURED; i++) {
        const next = nextSlot(schedule, slot);
        intervalMs = Math.max(intervalMs, next - slot);
        slot = next;
      }
      return { policyName: view.name, intervalMs };
    },

    /** Removes the policy (204). Protections it took stay on the assembly's timeline. */
    async deletePolicy(ref: PolicyRef, expectedVersion?: number): Promise<void> {
      for (let attempt = 0; attempt < 5; attempt++) {
        const view = await get(ref);
        if (expectedVersion !== undefined && view.version !== expectedVersion) throw new PreconditionFailedError(view.version);
        if (await repo.deleteIfVersion(db, view.id, view.version)) return;
        if (expectedVersion !== undefined) throw new PreconditionFailedError();
      }
      throw new ConflictError('CONCURRENT_UPDATE', 'The protection policy is being changed by someone else; retry');
    },
  };
}
