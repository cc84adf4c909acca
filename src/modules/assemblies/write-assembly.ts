import { ConflictError, ValidationError } from '../../platform/errors.ts';
import type { JobSpec } from '../../platform/jobs/index.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { mutateAssembly, type AssembliesDeps, type AssemblyRef } from './context.ts';
import { filterOfResourcesBody, normaliseFilter, type ResourceFilter, type ResourceFilterInput, type ResourcesBodyFilter } from './filter.ts';
import type { ProtectionStrategyOptions } from './strategy.ts';
import { assemblyReads } from './read-assembly.ts';
import { assembliesRepo as repo, type AssemblyRow } from './repo.ts';
import { assemblyTransition, isAssemblyDeleting } from './state-machine.ts';
import { checkValidators, sealValidators, type AssemblyValidatorInput } from './validators.ts';

/** The optional recovery targets (minutes): null clears one; omitted, an update keeps it. */
export interface RecoveryTargetsInput {
  readonly rtoTargetMinutes?: number | null;
  readonly rpoTargetMinutes?: number | null;
}

export interface CreateAssemblyInput extends RecoveryTargetsInput {
  readonly name: string;
  readonly description?: string;
  readonly cloudConnectionId: number;
  readonly sourceRegion: string;
  readonly resourceFilterStrategy: ResourceFilterInput;
  readonly allowCrossRegionRecovery?: boolean;
  readonly replicaRegions?: readonly string[];
  readonly validators?: readonly AssemblyValidatorInput[];
  readonly vpcId?: string;
  readonly protectionStrategy?: string;
  readonly protectionStrategyOptions?: ProtectionStrategyOptions;
}

/** The VPC an assembly names: the one given, else the vpc filter's. A vpc filter and another vpcId is a 400. */
function vpcIdOf(filter: ResourceFilter, given: string | null | undefined): string | null | undefined {
  if (filter.filterType !== 'vpc') return given;
  if (given && given !== filter.vpcId) throw new ValidationError({ vpcId: `must be the vpc filter's vpcId (${filter.vpcId}) or be left out` });
  return filter.vpcId;
}

export function deleteAssemblyJob(assemblyId: number): JobSpec {
  return { kind: 'assemblies.delete', payload: { assemblyId }, key: `assembly-delete:${assemblyId}`, maxAttempts: 12 };
}

function refuseWhileDeleting(row: AssemblyRow): void {
  if (row.status === 'deleted') throw new ConflictError('ASSEMBLY_DELETED', `Cloud assembly ${row.id} is deleted`);
  if (isAssemblyDeleting(row.status)) throw new ConflictError('ASSEMBLY_BEING_DELETED', `Cloud assembly ${row.id} is being deleted (${row.status})`);
}

const nameTaken = (name: string) => new ConflictError('NAME_TAKEN', `A cloud assembly named ${name} exists in this project`, { name: 'is taken' });

/** The connection must be in the project and usable, and the regions must be among its operational regions. */
async function checkPlacement(
  connections: AssembliesDeps['connections'], accountId: number, projectId: string,
  input: { cloudConnectionId: number; sourceRegion: string; replicaRegions: readonly string[] },
): Promise<void> {
  let access;
  try {
    access = await connections.cloudAccess(accountId, projectId, input.cloudConnectionId);
  } catch {
    throw new ValidationError({ cloudConnectionId: 'no cloud connection with this id in the project' });
  }
  if (access.connection.status.startsWith('delete')) {
    throw new ConflictError('CONNECTION_BEING_DELETED', `Cloud connection ${input.cloudConnectionId} is being deleted`, { cloudConnectionId: 'is being deleted' });
  }
  const fields: Record<string, string> = {};
  if (!access.regions.includes(input.sourceRegion)) fields.sourceRegion = `must be one of the connection's operational regions (${access.regions.join(', ')})`;
  input.replicaRegions.forEach((region, index) => {
    if (region === input.sourceRegion) fields[`replicaRegions.${index}`] = 'must differ from sourceRegion';
    else if (!access.regions.includes(region)) fields[`replicaRegions.${index}`] = "must be one of the connection's operational regions";
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
}

export function assemblyWrites(deps: AssembliesDeps) {
  return {
    async create(scope: { accountId: number; projectId: string }, input: CreateAssemblyInput): Promise<AssemblyRow> {
      const replicaRegions = input.replicaRegions ?? [];
      const filter = normaliseFilter(input.resourceFilterStrategy);
      const vpcId = vpcIdOf(filter, input.vpcId) ?? null;
      await checkValidators(input.validators ?? [], [], deps);
      await checkPlacement(deps.connections, scope.accountId, scope.projectId, { ...input, replicaRegions });
      const at = deps.now();
      try {
        return await deps.store.transaction(async (trx) => {
          if (await repo.nameTaken(trx, scope.accountId, scope.projectId, input.name)) throw nameTaken(input.name);
          return repo.insert(trx, {
            account_id: scope.accountId, project_id: scope.projectId, name: input.name, description: input.description ?? '',
            cloud_type: 'aws', cloud_connection_id: input.cloudConnectionId, source_region: input.sourceRegion,
            resource_filter: filter, allow_cross_region_recovery: input.allowCrossRegionRecovery ? 1 : 0,
            replica_regions: [...replicaRegions], validators: sealValidators(input.validators ?? [], [], deps.secrets), status: 'enabled', status_message: null, running_protection_id: null,
            last_protection_id: null, last_protection_status: null, last_protection_at: null, last_successful_protection_at: null,
            rto_target_minutes: input.rtoTargetMinutes ?? null, rpo_target_minutes: input.rpoTargetMinutes ?? null, rpo_status: null,
            vpc_id: vpcId, selected_vpc_id: null, protection_strategy: input.protectionStrategy ?? null,
            protection_strategy_options: input.protectionStrategyOptions ?? {},
            created_at: at, updated_at: at, deleted_at: null, version: 1,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw nameTaken(input.name);
        throw error;
      }
    },

    /** PUT …/general-information: rename, describe, and the recovery targets. */
    updateGeneralInformation(ref: AssemblyRef, input: { name: string; description?: string } & RecoveryTargetsInput, expectedVersion?: number) {
      return mutateAssembly(deps, ref, async (row, trx) => {
        refuseWhileDeleting(row);
        if (input.name !== row.name && (await repo.nameTaken(trx, ref.accountId, ref.projectId, input.name, row.id))) throw nameTaken(input.name);
        return {
          patch: {
            name: input.name, description: input.description ?? row.description,
            rto_target_minutes: input.rtoTargetMinutes === undefined ? row.rto_target_minutes : input.rtoTargetMinutes,
            rpo_target_minutes: input.rpoTargetMinutes === undefined ? row.rpo_target_minutes : input.rpoTargetMinutes,
          },
        };
      }, expectedVersion);
    },

    /** PUT …/resources: a new filter (and replica regions); the next protection uses it. */
    async updateResources(
      ref: AssemblyRef,
      input: ResourcesBodyFilter & {
        replicaRegions?: readonly string[]; allowCrossRegionRecovery?: boolean; validators?: readonly AssemblyValidatorInput[];
      },
      expectedVersion?: number,
    ) {
      const filter = filterOfResourcesBody(input);
      const givenVpc = vpcIdOf(filter, input.vpcId);
      // The placement is checked before the transaction: it reads the connection through its own service,
      // which must not wait on this transaction (SQLite has one connection). The connection and source region
      // of an assembly never change, so nothing checked here can move before the write.
      const current = await assemblyReads(deps).get(ref);
      if (input.validators) await checkValidators(input.validators, current.validators, deps);
      refuseWhileDeleting(current);
      if (input.replicaRegions) {
        await checkPlacement(deps.connections, ref.accountId, ref.projectId, {
          cloudConnectionId: current.cloud_connection_id, sourceRegion: current.source_region, replicaRegions: input.replicaRegions,
        });
      }
      return mutateAssembly(deps, ref, async (row) => {
        refuseWhileDeleting(row);
        const replicaRegions = input.replicaRegions ?? row.replica_regions;
        // A vpcId given before stays unless the body says otherwise; the one a vpc filter set goes with it. The
        // VPC the last selection lay in is the old filter's: the next protection finds the new one's.
        const vpcId = givenVpc !== undefined ? givenVpc : row.resource_filter.filterType === 'vpc' ? null : row.vpc_id;
        return {
          patch: {
            vpc_id: vpcId, selected_vpc_id: null,
            resource_filter: filter, replica_regions: replicaRegions,
            // A webhook validator given without its secret keeps the one stored now (not the one read before the transaction).
            // Without validators in the body the column is not written at all (a master key rotation may be re-sealing it).
            ...(input.validators ? { validators: sealValidators(input.validators, row.validators, deps.secrets) } : {}),
            allow_cross_region_recovery: input.allowCrossRegionRecovery === undefined ? row.allow_cross_region_recovery : input.allowCrossRegionRecovery ? 1 : 0,
          },
        };
      }, expectedVersion);
    },

    /** PUT …/protection-strategy: the published options, stored as given (they change nothing Lifeboat does). */
    setProtectionStrategy(ref: AssemblyRef, options: ProtectionStrategyOptions, expectedVersion?: number) {
      return mutateAssembly(deps, ref, (row) => {
        refuseWhileDeleting(row);
        return { patch: { protection_strategy_options: options } };
      }, expectedVersion);
    },

    /** enabled | disabled; from delete-locked or delete-failed it cancels the deletion. */
    setStatus(ref: AssemblyRef, status: 'enabled' | 'disabled', expectedVersion?: number) {
      return mutateAssembly(deps, ref, (row) => {
        const next = assemblyTransition(row.status, { type: 'set-status', status });
        if (!next) {
          refuseWhileDeleting(row);
          throw new ConflictError('INVALID_TRANSITION', `A ${row.status} assembly cannot become ${status}`);
        }
        return next === row.status ? null : { patch: { status: next, status_message: null } };
      }, expectedVersion);
    },

    /** DELETE (202): delete-requested, then the deletion job. Repeating it while it runs changes nothing. */
    requestDeletion(ref: AssemblyRef, expectedVersion?: number) {
      return mutateAssembly(deps, ref, (row) => {
        const status = row.status;
        if (status === 'deleted') throw new ConflictError('ASSEMBLY_DELETED', `Cloud assembly ${row.id} is already deleted`);
        const next = assemblyTransition(status, { type: 'delete-requested' });
        if (!next) return null; // under way already
        return { patch: { status: next, status_message: null }, jobs: [deleteAssemblyJob(row.id)] };
      }, expectedVersion);
    },
  };
}
