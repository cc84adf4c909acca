import type { Updateable } from 'kysely';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { mutateVersioned } from '../../platform/db/mutate.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import { policiesRepo, type PolicyView } from './repo.ts';
import type { Executor, Store, Transaction } from './store-types.ts';
import type { ProtectionPoliciesTable } from './tables.ts';

/** What policies ask of the assemblies they are bound to; the statements are the assemblies module's, run in the executor given. */
export interface PolicyAssembliesPort {
  /** The status of the assembly of the project (deleted ones included), or undefined when it is not there. */
  statusIn(db: Executor, ref: { accountId: number; projectId: string; id: number }): Promise<string | undefined>;
  /** Of these assemblies, the ones that are enabled in the project they name: a disabled or deleted assembly's policies do not fire. */
  enabledIn(db: Executor, refs: readonly { accountId: number; projectId: string; id: number }[]): Promise<Set<number>>;
}

export interface PoliciesDeps {
  readonly store: Store;
  readonly now: () => number;
  readonly assemblies: PolicyAssembliesPort;
}

/** A project's path scope. */
export interface ProjectScope {
  readonly accountId: number;
  readonly projectId: string;
}

export interface TemplateRef extends ProjectScope {
  readonly id: number;
}

/** A policy's path scope: P/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}. */
export interface AssemblyRef extends ProjectScope {
  readonly assemblyId: number;
}
export interface PolicyRef extends AssemblyRef {
  readonly id: number;
}

export function templateNameTaken(name: string): ConflictError {
  return new ConflictError('NAME_TAKEN', `A policy template named ${name} exists in this project`, { name: 'is taken' });
}

export function policyNameTaken(name: string): ConflictError {
  return new ConflictError('NAME_TAKEN', `A protection policy named ${name} exists in this project`, { name: 'is taken' });
}

export function alreadyEnabled(assemblyId: number, other?: { id: number; name: string }): ConflictError {
  const which = other ? ` (${other.name}, id ${other.id})` : '';
  return new ConflictError(
    'ASSEMBLY_HAS_ENABLED_POLICY',
    `Cloud assembly ${assemblyId} already has an enabled protection policy${which}; one enabled policy per assembly. Pause it first, or create this one paused.`,
    { status: 'another enabled policy protects this assembly' },
  );
}

/** The database's refusals that are conflicts a client can act on, or undefined. */
export function policyConflict(error: unknown, name: string, assemblyId: number): ConflictError | undefined {
  if (isUniqueViolation(error)) {
    // PostgreSQL names the index; SQLite names the columns of it.
    const detail = `${(error as { constraint?: string }).constraint ?? ''} ${(error as Error).message}`;
    return /one_enabled|\.assembly_id\b/.test(detail) ? alreadyEnabled(assemblyId) : policyNameTaken(name);
  }
  if (isForeignKeyViolation(error)) return templateMissing();
  return undefined;
}

export function templateMissing(): ConflictError {
  return new ConflictError('TEMPLATE_NOT_FOUND', 'The policy template does not exist in this project', { policyTemplateId: 'is not a policy template of this project' });
}

export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** 404 unless the assembly is in the project and not deleted: policies are created and changed only on a live one. */
export async function requireLiveAssembly(deps: Pick<PoliciesDeps, 'assemblies'>, db: Executor, ref: AssemblyRef): Promise<void> {
  const status = await deps.assemblies.statusIn(db, { accountId: ref.accountId, projectId: ref.projectId, id: ref.assemblyId });
  if (status === undefined || status === 'deleted') throw new NotFoundError(`Cloud assembly ${ref.assemblyId}`);
}

type PolicyPatch = Updateable<ProtectionPoliciesTable>;

/**
 * Reads a policy (on a live assembly), lets `decide` turn it into a patch (or refuse by throwing, or return null for
 * "nothing to do"), and writes it with optimistic concurrency (see mutateVersioned): a scheduler tick that moved the
 * row on makes it read again; with If-Match it answers 412 instead.
 */
export async function mutatePolicy(
  deps: PoliciesDeps,
  ref: PolicyRef,
  decide: (view: PolicyView, trx: Transaction) => PolicyPatch | null | Promise<PolicyPatch | null>,
  expectedVersion?: number,
): Promise<PolicyView> {
  let name = '';
  try {
    return await mutateVersioned<PolicyView, PolicyPatch>({
      store: deps.store,
      async load(trx) {
        await requireLiveAssembly(deps, trx, ref);
        const view = await policiesRepo.find(trx, ref);
        name = view?.name ?? name;
        return view;
      },
      async save(trx, view, patch) {
        if (!(await policiesRepo.updateIfVersion(trx, view.id, view.version, { ...patch, updated_at: deps.now() }))) return undefined;
        return policiesRepo.findById(trx, view.id);
      },
      notFound: () => new NotFoundError(`Protection policy ${ref.id}`),
    }, async (view, trx) => {
      const patch = await decide(view, trx);
      if (typeof patch?.name === 'string') name = patch.name;
      return patch && { patch };
    }, expectedVersion);
  } catch (error) {
    throw policyConflict(error, name, ref.assemblyId) ?? error;
  }
}
