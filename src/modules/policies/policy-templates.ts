import { sql, type Updateable } from 'kysely';
import { mutateVersioned } from '../../platform/db/mutate.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../../platform/errors.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import { isForeignKeyViolation, templateNameTaken, type PoliciesDeps, type ProjectScope, type TemplateRef } from './context.ts';
import { policiesRepo, templatesRepo as repo, type TemplateListQuery, type TemplateRow } from './repo.ts';
import { upcomingSlot, type PolicySchedule } from './schedule.ts';
import { scheduleColumns, sameSchedule, sameTiming, templateSchedule } from './schedule-columns.ts';
import { normaliseSchedule, type ScheduleInput } from './schedule-input.ts';
import type { Transaction } from './store-types.ts';
import type { PolicyTemplatesTable } from './tables.ts';

export interface TemplateInput extends ScheduleInput {
  readonly name: string;
  readonly description?: string;
}

function inUse(templateId: number, policyIds: readonly number[]): ConflictError {
  const ids = policyIds.length ? `: protection policies ${policyIds.join(', ')}` : '';
  return new ConflictError('TEMPLATE_IN_USE', `Policy template ${templateId} is used by protection policies${ids}. Give them another schedule first.`);
}

/**
 * A template's schedule changed: its policies show another schedule (their version, and so their ETag, moves on). When
 * the times changed, no slot of the past fires on the strength of the new schedule, and each enabled policy's next
 * slot is computed again. The first statement locks the rows, so a racing scheduler tick waits and then fails its
 * version check.
 */
async function reschedulePolicies(trx: Transaction, templateId: number, schedule: PolicySchedule, retimed: boolean, now: number): Promise<void> {
  await trx.updateTable('protection_policies')
    .set((eb) => ({
      version: eb('version', '+', 1),
      updated_at: now,
      ...(retimed ? { slots_from: sql<number>`case when slots_from < ${now} then ${now} else slots_from end` } : {}),
    }))
    .where('template_id', '=', templateId)
    .execute();
  if (!retimed) return;
  const enabled = await trx.selectFrom('protection_policies').select(['id', 'slots_from', 'last_slot_at'])
    .where('template_id', '=', templateId).where('status', '=', 'enabled').execute();
  for (const policy of enabled) {
    const next = upcomingSlot(schedule, { slotsFrom: policy.slots_from, lastSlotAt: policy.last_slot_at, now });
    await trx.updateTable('protection_policies').set({ next_slot_at: next }).where('id', '=', policy.id).execute();
  }
}

/** Policy templates: named schedules and retention that protection policies share. */
export function policyTemplates(deps: PoliciesDeps) {
  const db = deps.store.db;

  async function get(ref: TemplateRef): Promise<TemplateRow> {
    const row = await repo.find(db, ref.accountId, ref.projectId, ref.id);
    if (!row) throw new NotFoundError(`Policy template ${ref.id}`);
    return row;
  }

  return {
    getTemplate: get,
    listTemplates: (query: TemplateListQuery, range: ItemRange) => repo.list(db, query, range),

    /** Creates a template (201). 400 for a schedule that makes no sense, 409 for a name in use. */
    async createTemplate(scope: ProjectScope, input: TemplateInput): Promise<TemplateRow> {
      const schedule = normaliseSchedule(input);
      const at = deps.now();
      try {
        return await deps.store.transaction(async (trx) => {
          if (await repo.nameTaken(trx, scope.accountId, scope.projectId, input.name)) throw templateNameTaken(input.name);
          return repo.insert(trx, {
            account_id: scope.accountId, project_id: scope.projectId, name: input.name, description: input.description ?? '',
            ...scheduleColumns(schedule), created_at: at, updated_at: at, version: 1,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw templateNameTaken(input.name);
        throw error;
      }
    },

    /** Replaces name, schedule and retention (an absent description is left as it is). Policies using the template
     * follow it from their next slot on. */
    updateTemplate(ref: TemplateRef, input: TemplateInput, expectedVersion?: number): Promise<TemplateRow> {
      const schedule = normaliseSchedule(input);
      return mutateVersioned<TemplateRow, Updateable<PolicyTemplatesTable>>({
        store: deps.store,
        load: (trx) => repo.find(trx, ref.accountId, ref.projectId, ref.id),
        async save(trx, row, patch) {
          const at = deps.now();
          const updated = await repo.updateIfVersion(trx, row.id, row.version, { ...patch, updated_at: at });
          if (updated && !sameSchedule(templateSchedule(row), schedule)) {
            await reschedulePolicies(trx, row.id, schedule, !sameTiming(templateSchedule(row), schedule), at);
          }
          return updated;
        },
        notFound: () => new NotFoundError(`Policy template ${ref.id}`),
        uniqueConflict: () => templateNameTaken(input.name),
      }, async (row, trx) => {
        if (input.name !== row.name && (await repo.nameTaken(trx, ref.accountId, ref.projectId, input.name, row.id))) throw templateNameTaken(input.name);
        return { patch: { name: input.name, description: input.description ?? row.description, ...scheduleColumns(schedule) } };
      }, expectedVersion);
    },

    /** Deletes a template no policy uses (409 while one does). */
    async deleteTemplate(ref: TemplateRef, expectedVersion?: number): Promise<void> {
      for (let attempt = 0; attempt < 5; attempt++) {
        let deleted: boolean;
        try {
          deleted = await deps.store.transaction(async (trx) => {
            const row = await repo.find(trx, ref.accountId, ref.projectId, ref.id);
            if (!row) throw new NotFoundError(`Policy template ${ref.id}`);
            if (expectedVersion !== undefined && row.version !== expectedVersion) throw new PreconditionFailedError(row.version);
            const users = await policiesRepo.usingTemplate(trx, row.id);
            if (users.length) throw inUse(row.id, users.map((u) => u.id));
            return repo.deleteIfVersion(trx, row.id, row.version);
          });
        } catch (error) {
          // A policy created with the template while it was being deleted: the foreign key refuses the delete.
          if (isForeignKeyViolation(error)) throw inUse(ref.id, []);
          throw error;
        }
        if (deleted) return;
        if (expectedVersion !== undefined) throw new PreconditionFailedError();
      }
      throw new ConflictError('CONCURRENT_UPDATE', 'The policy template is being changed by someone else; retry');
    },
  };
}
