import type { JobHandler } from '../../platform/jobs/index.ts';
import type { AssembliesDeps } from './context.ts';
import type { assemblyReads } from './read-assembly.ts';
import { assembliesRepo as repo, type AssemblyRow } from './repo.ts';
import { rpoChangeHook, type RpoEvaluation } from './rpo.ts';
import type { Executor, Transaction } from './store-types.ts';

export const RPO_EVALUATION_KIND = 'assemblies.rpo-evaluation';
/** How often the RPO is evaluated: a breach is reported within a minute of the allowance passing. */
export const RPO_EVALUATION_MS = 60_000;
const PAGE = 200;

/** Every assembly not deleted, a page at a time by id (rows added meanwhile with higher ids are read too). */
export async function* liveAssemblies(db: Executor): AsyncGenerator<AssemblyRow> {
  for (let afterId = 0; ;) {
    const page = await repo.livePage(db, afterId, PAGE);
    if (page.length === 0) return;
    afterId = page[page.length - 1]!.id;
    yield* page;
  }
}

export type RpoHookType = 'rpo-breached' | 'rpo-restored';

/** The assembly's rpo-breached and rpo-restored webhooks (the webhooks module), queued in the caller's transaction. */
export interface RpoHooksPort {
  queue(trx: Transaction, assemblyId: number, type: RpoHookType, payload: object): Promise<void>;
}

type Reads = Pick<ReturnType<typeof assemblyReads>, 'rpoOf'>;
type Subject = (db: Transaction, assemblyId: number) => Promise<{ name: string; connection: { id: number; name: string } | null } | undefined>;

/** What an rpo-* webhook receives: the assembly, the status it changed to, the target it was measured against and the age. */
function payloadOf(row: AssemblyRow, rpo: RpoEvaluation, previous: string | null, subject: Awaited<ReturnType<Subject>>, at: number) {
  return {
    accountId: row.account_id, projectId: row.project_id,
    cloudConnection: subject?.connection ?? null,
    cloudAssembly: { id: row.id, name: row.name },
    rpo: {
      status: rpo.status, previousStatus: previous,
      targetMinutes: rpo.allowance ? rpo.allowance.ms / 60_000 : null, targetSource: rpo.allowance?.source ?? null,
      ageSeconds: rpo.ageMs === undefined ? null : Math.round(rpo.ageMs / 1000),
      lastSuccessfulProtectionAt: row.last_successful_protection_at === null ? null : new Date(row.last_successful_protection_at).toISOString(),
      evaluatedAt: new Date(at).toISOString(),
    },
  };
}

/**
 * The periodic RPO evaluation (`runner.every(RPO_EVALUATION_KIND, …)`: one chain across nodes). Each assembly's status
 * now is compared with the one last recorded; a change is recorded with a compare-and-set in the transaction that
 * queues its webhook, so a change fires once even when a reclaimed lease runs the evaluation twice.
 */
export function rpoEvaluation(deps: AssembliesDeps, reads: Reads, hooks: RpoHooksPort, subject: Subject): JobHandler<unknown> {
  return {
    kind: RPO_EVALUATION_KIND,
    async run(_payload, ctx) {
      let fired = 0;
      for await (const row of liveAssemblies(deps.store.db)) {
        if (ctx.signal.aborted) break;
        const rpo = await reads.rpoOf(row);
        if (rpo.status === row.rpo_status) continue;
        const hook = rpoChangeHook(row.rpo_status, rpo.status);
        await deps.store.transaction(async (trx) => {
          if (!(await repo.recordRpoStatus(trx, row.id, row.rpo_status, rpo.status)) || !hook) return;
          await hooks.queue(trx, row.id, hook, payloadOf(row, rpo, row.rpo_status, await subject(trx, row.id), deps.now()));
          fired++;
        });
      }
      if (fired > 0) {
        ctx.logger.info({ fired }, 'RPO webhooks queued');
        deps.wake();
      }
    },
  };
}
