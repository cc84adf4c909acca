import type { PoliciesDeps } from './context.ts';
import { policyTemplates } from './policy-templates.ts';
import { protectionPolicies } from './protection-policies.ts';
import type { Transaction } from './store-types.ts';

export type { PoliciesDeps } from './context.ts';

/** Policy templates and protection policies: one service built from the two use-case sets. The scheduler that fires
 * the policies is a job handler of its own (scheduler.ts), since it needs the protections module's fire(). */
export function createPoliciesService(deps: PoliciesDeps) {
  return {
    ...policyTemplates(deps),
    ...protectionPolicies(deps),
  };
}

export type PoliciesService = ReturnType<typeof createPoliciesService>;

/** For the assemblies module, in the transaction that deletes an assembly: its policies go with it (their names are
 * freed; the protections they took stay). */
export async function removeAssemblyPolicies(db: Transaction, assemblyId: number): Promise<number> {
  const result = await db.deleteFrom('protection_policies').where('assembly_id', '=', assemblyId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
