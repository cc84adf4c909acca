import type { JobHandler } from '../../platform/jobs/index.ts';
import type { PoliciesDeps } from './context.ts';
import { policiesRepo, type PolicyView } from './repo.ts';
import { dueSlot, upcomingSlot, type PolicySchedule } from './schedule.ts';
import { policySchedule } from './schedule-columns.ts';
import type { Transaction } from './store-types.ts';

export const SCHEDULER_TICK_KIND = 'policies.scheduler-tick';

/** One slot of one policy, handed to whoever starts the protection. */
export interface ScheduledFiring {
  readonly policyId: number;
  readonly accountId: number;
  readonly projectId: string;
  readonly assemblyId: number;
  /** The slot (epoch ms) fired; with the policy id it names the protection (the protections module keeps it unique). */
  readonly slotAt: number;
  readonly retentionCount: number;
  readonly replicaRetentionCount: number;
}

/**
 * Starts the protection of a slot (enqueues it) in the scheduler's transaction: if it throws, the slot is not recorded
 * as fired and the next tick tries again; if it commits, the slot is recorded and never fires again.
 */
export type FireProtection = (trx: Transaction, firing: ScheduledFiring) => Promise<void>;

export interface SchedulerDeps extends PoliciesDeps {
  readonly fire: FireProtection;
  /** Tells the local job runner that fire() enqueued work. */
  readonly wake?: () => void;
  /** Most policies handled by one tick; the rest wait for the next (oldest due first). Default 500. */
  readonly batchSize?: number;
}

type Outcome = 'fired' | 'moved' | 'lost' | 'error';

/**
 * The durable scheduler, run by the job runner every few seconds (`runner.every(SCHEDULER_TICK_KIND, 10_000)`). Each
 * enabled policy whose next slot has come fires its latest slot once: the policy row's last_slot_at is written with a
 * version check in the same transaction as fire(), so of two ticks racing (two workers, a reclaimed lease) exactly
 * one commits the slot and the other's update matches no row. After downtime only the latest missed slot fires.
 */
export function schedulerTickHandler(deps: SchedulerDeps): JobHandler<unknown> {
  return {
    kind: SCHEDULER_TICK_KIND,
    async run(_payload, ctx) {
      const now = deps.now();
      const due = await duePolicies(deps, now, deps.batchSize ?? 500);
      let fired = 0;
      for (const view of due) {
        if (ctx.signal.aborted) break;
        try {
          const outcome = await tick(deps, view, now);
          if (outcome === 'fired') fired++;
          if (outcome === 'error') ctx.logger.warn({ policyId: view.id }, 'protection policy schedule cannot be computed; policy set to error');
        } catch (error) {
          // Nothing was recorded: the slot is still due and the next tick tries again.
          ctx.logger.error({ policyId: view.id, error: (error as Error).message }, 'could not fire the protection policy');
        }
      }
      if (fired > 0) {
        ctx.logger.info({ fired, due: due.length }, 'protection policies fired');
        deps.wake?.();
      }
    },
  };
}

/**
 * The oldest due policies whose assembly is enabled, at most `limit`: candidates are read a page at a time (the order
 * does not move while a tick reads it) and the assemblies module says which assemblies are enabled, so policies of
 * disabled assemblies never take the places of the ones that can fire.
 */
async function duePolicies(deps: SchedulerDeps, now: number, limit: number): Promise<PolicyView[]> {
  const chosen: PolicyView[] = [];
  for (let offset = 0; chosen.length < limit; offset += limit) {
    const page = await policiesRepo.due(deps.store.db, now, limit, offset);
    const enabled = await deps.assemblies.enabledIn(deps.store.db, page.map((v) => ({ accountId: v.account_id, projectId: v.project_id, id: v.assembly_id })));
    chosen.push(...page.filter((v) => enabled.has(v.assembly_id)).slice(0, limit - chosen.length));
    if (page.length < limit) break;
  }
  return chosen;
}

async function tick(deps: SchedulerDeps, view: PolicyView, now: number): Promise<Outcome> {
  let schedule: PolicySchedule;
  let slot: number | undefined;
  let next: number;
  try {
    schedule = policySchedule(view);
    slot = dueSlot(schedule, { slotsFrom: view.slots_from, lastSlotAt: view.last_slot_at, now });
    next = upcomingSlot(schedule, { slotsFrom: view.slots_from, lastSlotAt: slot ?? view.last_slot_at, now });
  } catch (error) {
    // A stored schedule this runtime cannot compute (a time zone its ICU dropped): say so rather than fail each tick.
    await policiesRepo.updateIfVersion(deps.store.db, view.id, view.version, {
      status: 'error', status_message: `The schedule cannot be computed: ${(error as Error).message}`, next_slot_at: null,
    });
    return 'error';
  }
  return deps.store.transaction(async (trx) => {
    const won = await policiesRepo.updateIfVersion(trx, view.id, view.version, { last_slot_at: slot ?? view.last_slot_at, next_slot_at: next });
    // Changed since it was read: another tick fired it, or someone paused or edited it. The next tick reads it again.
    if (!won) return 'lost';
    if (slot === undefined) return 'moved';
    await deps.fire(trx, {
      policyId: view.id, accountId: view.account_id, projectId: view.project_id, assemblyId: view.assembly_id, slotAt: slot,
      retentionCount: schedule.retentionCount, replicaRetentionCount: schedule.replicaRetentionCount,
    });
    return 'fired';
  });
}
