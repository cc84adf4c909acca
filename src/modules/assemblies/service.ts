import type { JobHandler } from '../../platform/jobs/index.ts';
import type { ConnectionDeletionGuard } from '../connections/service.ts';
import type { AssembliesDeps, AssemblyDeletionHolds } from './context.ts';
import { assemblyDeletion } from './delete-assembly.ts';
import { assemblyReads } from './read-assembly.ts';
import { assembliesRepo as repo, type AssemblyRow } from './repo.ts';
import { liveAssemblies, rpoEvaluation, type RpoHooksPort } from './rpo-evaluation.ts';
import type { RpoStatus } from './rpo.ts';
import type { Executor } from './store-types.ts';
import type { StoredWebhookValidator } from './validators.ts';
import { assemblyWrites } from './write-assembly.ts';

export type { AssembliesDeps, AssemblyConnectionsPort, AssemblyDeletionHolds, AssemblyPoliciesPort, AssemblyRef } from './context.ts';
export { RPO_EVALUATION_KIND, RPO_EVALUATION_MS, type RpoHooksPort } from './rpo-evaluation.ts';
export type { AssemblyRow } from './repo.ts';
export type { Executor as AssembliesExecutor } from './store-types.ts';

/** The assembly and its connection as a webhook payload names them. */
export interface HookSubject {
  readonly id: number;
  readonly name: string;
  readonly connection: { readonly id: number; readonly name: string } | null;
}

/** One assembly's RPO status now, as the metrics label it. */
export interface AssemblyRpo {
  readonly account_id: number;
  readonly project_id: string;
  readonly name: string;
  readonly status: RpoStatus;
}

/** Cloud assemblies: the unit of protection and recovery. */
export function createAssembliesService(deps: AssembliesDeps) {
  /** Assemblies hold their connection's deletion (delete-locked) until they are deleted. */
  const connectionGuard: ConnectionDeletionGuard = async (connection) => {
    const live = await repo.liveOnConnection(deps.store.db, connection.id);
    return live.length ? `used by cloud assemblies ${live.map((a) => a.name).join(', ')}` : undefined;
  };
  const reads = assemblyReads(deps);
  /** What every webhook payload says of the assembly: its id and name, and its connection's. */
  async function hookSubject(db: Executor, assemblyId: number): Promise<HookSubject | undefined> {
    const row = await repo.findById(db, assemblyId);
    if (!row) return undefined;
    const name = (await deps.connections.namesIn(db, [row.cloud_connection_id])).get(row.cloud_connection_id);
    return { id: row.id, name: row.name, connection: name === undefined ? null : { id: row.cloud_connection_id, name } };
  }
  return {
    ...reads,
    ...assemblyWrites(deps),
    connectionGuard,
    /** An assembly by id, read in the caller's transaction (on SQLite a read on the store would wait for it). */
    findIn: (db: Executor, id: number): Promise<AssemblyRow | undefined> => repo.findById(db, id),
    /** The status of an assembly of the project (deleted ones included), in the caller's executor; undefined when it is not there. */
    statusIn: (db: Executor, ref: { accountId: number; projectId: string; id: number }) => repo.statusOf(db, ref),
    /** Of these assemblies, the ones that are enabled (what the policies' scheduler fires). */
    enabledIn: (db: Executor, refs: readonly { accountId: number; projectId: string; id: number }[]) => repo.enabledIn(db, refs),
    /** In the caller's transaction: the assembly runs this protection, if it is enabled and runs no other. */
    claimForProtection: (db: Executor, assemblyId: number, protectionId: string, at: number) => repo.claimForProtection(db, assemblyId, protectionId, at),
    /** Shows the protection's status on the assembly while it holds it; a finished one frees it. */
    showProtection: repo.showProtection,
    /** Records the one VPC a protection found the selection in (the assembly's vpcId when none was given). */
    recordSelectionVpc: (assemblyId: number, vpcId: string | null) => repo.recordSelectionVpc(deps.store.db, assemblyId, vpcId),
    hookSubject,
    /** A webhook validator's signing secret, in the clear: for the recovery that calls it, never for an answer or a log. */
    validatorSecret: (validator: StoredWebhookValidator): string => deps.secrets.open(validator.secretSealed),
    /** Every assembly not deleted, with its RPO status now (what the metrics export). */
    async rpoOfLive(): Promise<AssemblyRpo[]> {
      const all: AssemblyRpo[] = [];
      for await (const row of liveAssemblies(deps.store.db)) {
        all.push({ account_id: row.account_id, project_id: row.project_id, name: row.name, status: (await reads.rpoOf(row)).status });
      }
      return all;
    },
    /** The periodic RPO evaluation, given the webhooks it fires (the webhooks module, made after this service). */
    rpoEvaluationJob: (hooks: RpoHooksPort): JobHandler<unknown> => rpoEvaluation(deps, reads, hooks, hookSubject),
    /** The deletion job, given what holds a deletion (protections and recoveries, made after this service). */
    deletionJob: (holds: AssemblyDeletionHolds): JobHandler<{ assemblyId: number }> => assemblyDeletion(deps, holds),
  };
}

export type AssembliesService = ReturnType<typeof createAssembliesService>;
