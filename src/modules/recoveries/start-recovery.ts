import type { Static } from '@sinclair/typebox';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { randomId } from '../../platform/ids.ts';
import { enqueue } from '../../platform/jobs/index.ts';
import type { AssemblyRow } from '../assemblies/service.ts';
import type { ProtectionRow } from '../protections/service.ts';
import { capturedLayoutInput, capturedReader } from './captured.ts';
import { CONNECTION_CHECK, connectionCheck, failedChecks, preflightChecks, type PreflightCheck } from './checks.ts';
import { checkStep, type CheckStep, type PreflightInput, type PreflightTarget } from './checks-model.ts';
import { forcedSkipReasons } from './checks-force.ts';
import { recoveryChecksRepo } from './checks-repo.ts';
import type { RecoveriesDeps } from './context.ts';
import { runRecoveryJob } from './jobs.ts';
import type { Isolation } from './isolation.ts';
import { layOutPlan, type Plan, type PlanLayout, type PlanStep, type RecoveryMode, type RecoveryScope } from './plan.ts';
import { planPages } from './plan-pages.ts';
import { stepRow } from './step-rows.ts';
import { placeZones, readTargetZones } from './zones.ts';
import { recoveriesRepo as repo, type RecoveryResourceInsert, type RecoveryRow } from './repo.ts';
import { normaliseRecoveryFilter } from './rewind-filter.ts';
import type { RecoveryFilter, StartRecoveryBody } from './schemas.ts';

export type StartRecoveryInput = Static<typeof StartRecoveryBody>;

/** How a start differs from a full recovery: configurationOnly leaves data resources out (POST …/recoveries/config-only). */
export interface StartOptions {
  readonly configurationOnly?: boolean;
}

/** What a request resolves to once every field and the state it names are checked. */
export interface ResolvedRecovery {
  readonly assembly: AssemblyRow;
  readonly protection: ProtectionRow;
  readonly scope: RecoveryScope;
  readonly mode: RecoveryMode;
  readonly isolation: Isolation;
  readonly filter: RecoveryFilter;
  readonly targetConnectionId: number;
  readonly targetRegion: string;
  readonly targetZone: string | undefined;
  /** The plan without its configurations; the steps are built from it a page at a time (plan-pages.ts). */
  readonly layout: PlanLayout;
  /** The steps the plan holds. */
  readonly stepCount: number;
  /** The pre-flight checks, in the order the plan shows them. */
  readonly checks: PreflightCheck[];
  readonly configurationOnly: boolean;
}

/** A dry run: the resolved recovery with every step of its plan. */
export type ResolvedPlan = ResolvedRecovery & { readonly plan: Plan };

const RECOVERABLE: readonly ProtectionRow['status'][] = ['success', 'partially-protected'];
const LIVE: readonly AssemblyRow['status'][] = ['enabled', 'disabled'];

/** The part of a start body that says what to recover and where: all a drill policy keeps of it. */
export type RecoveryBody = Pick<StartRecoveryInput,
  'recoveryScope' | 'recoveryMode' | 'isolation' | 'resourceFilterStrategy' | 'crossRegionConfiguration' | 'crossZoneConfiguration' | 'crossAccountConfiguration'>;

/** A body with its defaults applied: same-region, rebuild, isolated, every resource. */
export interface RecoveryRequest {
  readonly scope: RecoveryScope;
  readonly mode: RecoveryMode;
  readonly isolation: Isolation;
  readonly filter: RecoveryFilter;
  readonly targetZone: string | undefined;
}

/** The body as a request (pure: no state is read). */
export function requestOf(input: RecoveryBody): RecoveryRequest {
  return {
    scope: input.recoveryScope ?? 'same-region', mode: input.recoveryMode ?? 'rebuild', isolation: input.isolation ?? 'isolated',
    filter: input.resourceFilterStrategy ? normaliseRecoveryFilter(input.resourceFilterStrategy) : { type: 'all' }, targetZone: input.crossZoneConfiguration?.availabilityZone,
  };
}

/** What a request is checked to mean against the assembly and the target before any protection is looked at. */
export interface CheckedRequest {
  readonly assembly: AssemblyRow;
  readonly request: RecoveryRequest;
  readonly source: PreflightInput['source'];
  readonly target: PreflightTarget;
  /** The target connection's readiness (enabled and verified): a pre-flight check of a start, which refuses it even forced. */
  readonly connection: PreflightCheck;
}

/** Body combinations the schema alone cannot refuse: each one a field error. */
function combinationErrors(input: RecoveryBody, scope: RecoveryScope, mode: RecoveryMode, assembly: AssemblyRow): Record<string, string> {
  const fields: Record<string, string> = {};
  const only = (name: 'crossRegionConfiguration' | 'crossZoneConfiguration' | 'crossAccountConfiguration', wanted: RecoveryScope) => {
    if (input[name] && scope !== wanted) fields[name] = `is only for recoveryScope ${wanted}`;
  };
  only('crossRegionConfiguration', 'cross-region');
  only('crossZoneConfiguration', 'cross-zone');
  only('crossAccountConfiguration', 'cross-account');
  if (scope === 'cross-region') {
    const region = input.crossRegionConfiguration?.recoveryRegion;
    if (!region) fields['crossRegionConfiguration.recoveryRegion'] = 'is required for a cross-region recovery';
    else if (region === assembly.source_region) fields['crossRegionConfiguration.recoveryRegion'] = `must differ from the source region ${assembly.source_region} (use same-region)`;
  }
  if (scope === 'cross-zone' && input.crossZoneConfiguration && !input.crossZoneConfiguration.availabilityZone.startsWith(assembly.source_region)) {
    fields['crossZoneConfiguration.availabilityZone'] = `must be a zone of the source region ${assembly.source_region}`;
  }
  if (scope === 'cross-account') {
    const target = input.crossAccountConfiguration?.cloudConnectionId;
    if (target === undefined) fields['crossAccountConfiguration.cloudConnectionId'] = 'is required for a cross-account recovery';
    else if (target === assembly.cloud_connection_id) fields['crossAccountConfiguration.cloudConnectionId'] = "must be another connection than the assembly's own";
  }
  if (mode === 'use-source' && (scope === 'cross-region' || scope === 'cross-account')) {
    fields.recoveryMode = 'use-source keeps the source network, so it needs recoveryScope same-region or cross-zone';
  }
  return fields;
}

/**
 * A failed check stops the start: 409 PREFLIGHT_FAILED with the checks, unless forced. An unready target connection
 * stops it even then (409 TARGET_CONNECTION_NOT_READY): nothing could be made through it.
 */
function refuseFailedChecks(resolved: ResolvedRecovery, failed: readonly PreflightCheck[], force: boolean): void {
  const connection = failed.find((c) => c.name === CONNECTION_CHECK);
  if (connection) throw new ConflictError('TARGET_CONNECTION_NOT_READY', connection.message);
  if (failed.length && !force) {
    throw new ConflictError('PREFLIGHT_FAILED', `${failed.length} pre-flight check${failed.length > 1 ? 's' : ''} failed (${failed.map((c) => c.name).join(', ')}): ${failed[0]!.message}. Fix ${failed.length > 1 ? 'them' : 'it'}, or start with "force": true to skip the resources ${failed.length > 1 ? 'they name' : 'it names'}`,
      undefined, { checks: resolved.checks });
  }
}

export function recoveryStarts(deps: RecoveriesDeps) {
  /** The source's and the target's access; the target's readiness is a pre-flight check (a dry run shows it), not an error here. */
  async function targetOf(ref: { accountId: number; projectId: string }, input: RecoveryBody, scope: RecoveryScope, assembly: AssemblyRow) {
    const source = await deps.connections.cloudAccess(ref.accountId, ref.projectId, assembly.cloud_connection_id);
    let target = source;
    let region = assembly.source_region;
    let regionField = 'crossRegionConfiguration.recoveryRegion';
    if (scope === 'cross-region') region = input.crossRegionConfiguration!.recoveryRegion;
    if (scope === 'cross-account') {
      const config = input.crossAccountConfiguration!;
      try {
        target = await deps.connections.cloudAccess(ref.accountId, ref.projectId, config.cloudConnectionId);
      } catch (error) {
        if (error instanceof NotFoundError) throw new ValidationError({ 'crossAccountConfiguration.cloudConnectionId': 'no cloud connection with this id in the project' });
        throw error;
      }
      region = config.recoveryRegion ?? assembly.source_region;
      regionField = 'crossAccountConfiguration.recoveryRegion';
    }
    if (!target.regions.includes(region)) {
      throw new ValidationError({ [regionField]: `${region} is not one of the target connection's operational regions (${target.regions.join(', ')})` });
    }
    const connection = target.connection;
    return {
      source: { connectionId: source.connection.id, credentials: source.credentials },
      target: {
        connectionId: connection.id, connectionName: connection.name, status: connection.status, connectivityStatus: connection.connectivity_status, credentials: target.credentials,
        services: target.services, regions: target.regions, region,
      },
    };
  }

  async function protectionOf(assembly: AssemblyRow, protectionId: string | undefined): Promise<ProtectionRow> {
    if (protectionId === undefined) {
      const latest = await deps.protections.latestSuccessful(assembly.id);
      if (!latest) throw new ConflictError('NO_RECOVERABLE_PROTECTION', `Cloud assembly ${assembly.id} has no successful protection to recover from`);
      return latest;
    }
    const protection = await deps.protections.find(assembly.id, protectionId);
    if (!protection) throw new ValidationError({ protectionId: "no protection with this id on the assembly's timeline" });
    if (!RECOVERABLE.includes(protection.status)) {
      const why = protection.status === 'elapsed' ? 'it has been pruned and its snapshots are deleted' : 'only a success or partially-protected one can be recovered';
      throw new ConflictError('PROTECTION_NOT_RECOVERABLE', `Protection ${protection.id} is ${protection.status}: ${why}`, { protectionId: `is ${protection.status}` });
    }
    return protection;
  }

  /**
   * The checks of a start that need no protection: the assembly is live, the body's combination makes sense for it
   * (a region only on a cross-region scope, cross-region allowed by the assembly, another account's connection in the
   * project), and the target region is one the target connection operates in. Throws what a start would (400 naming
   * the field, 409 with the field for a cross-region recovery the assembly does not allow). The target connection's
   * readiness is returned, not thrown: a start makes it a pre-flight check (409 TARGET_CONNECTION_NOT_READY).
   */
  async function checkRequest(ref: { accountId: number; projectId: string; assemblyId: number }, input: RecoveryBody): Promise<CheckedRequest> {
    const assembly = await deps.assemblies.get({ accountId: ref.accountId, projectId: ref.projectId, id: ref.assemblyId });
    if (!LIVE.includes(assembly.status)) throw new ConflictError('ASSEMBLY_BEING_DELETED', `Cloud assembly ${assembly.id} is ${assembly.status}`);
    const request = requestOf(input);
    const fields = combinationErrors(input, request.scope, request.mode, assembly);
    if (Object.keys(fields).length) throw new ValidationError(fields);
    if (request.scope === 'cross-region' && !assembly.allow_cross_region_recovery) {
      throw new ConflictError('CROSS_REGION_RECOVERY_NOT_ALLOWED', `Cloud assembly ${assembly.id} does not allow cross-region recovery (allowCrossRegionRecovery)`,
        { 'crossRegionConfiguration.recoveryRegion': 'the assembly does not allow cross-region recovery' });
    }
    const { source, target } = await targetOf(ref, input, request.scope, assembly);
    return { assembly, request, source, target, connection: connectionCheck(target) };
  }

  /**
   * Checks the request against the assembly, its timeline and the target, and lays out the plan (no cloud call but the
   * target's zones). The steps are built a page at a time and either kept whole (the dry run shows them) or only as
   * much as the checks read of each (a start: 100,000 steps' configurations are never in memory at once).
   */
  async function resolveWith<K extends 'steps' | 'check-steps'>(
    ref: { accountId: number; projectId: string; assemblyId: number }, input: StartRecoveryInput, options: StartOptions, keep: K,
  ): Promise<{ resolved: ResolvedRecovery; steps: K extends 'steps' ? PlanStep[] : CheckStep[] }> {
    const configurationOnly = options.configurationOnly === true;
    const { assembly, request, source, target } = await checkRequest(ref, input);
    const { scope, mode, isolation, filter, targetZone } = request;
    const protection = await protectionOf(assembly, input.protectionId);
    const { resources, serviceOf } = await capturedLayoutInput(deps.protections, protection.id);
    const where = { resources, scope, sourceRegion: assembly.source_region, targetRegion: target.region, targetZone };
    const targetZones = await readTargetZones(deps.cloud, target.credentials, where);
    const zones = placeZones(where, targetZones);
    const layout = layOutPlan({
      resources, scope, mode, isolation, filter, sourceRegion: assembly.source_region, targetRegion: target.region, targetZone, configurationOnly, zones,
      // The dry run forecasts reuse from the latest sync; the run asks the cloud.
      existingInTarget: mode === 'reuse-existing' ? await deps.connections.inventoryIds(target.connectionId, target.region) : undefined,
    });
    if (layout.unknownIds.length) {
      const shown = layout.unknownIds.slice(0, 10).join(', ') + (layout.unknownIds.length > 10 ? `, … (${layout.unknownIds.length} in all)` : '');
      throw new ValidationError({ 'resourceFilterStrategy.resourceIds': `not captured by protection ${protection.id}: ${shown}` });
    }
    if (layout.order.length === 0 && configurationOnly) {
      throw new ValidationError({ resourceFilterStrategy: `selects only data resources of protection ${protection.id}: a configuration-only recovery leaves them out, so it would rebuild nothing` });
    }
    if (layout.order.length === 0) throw new ValidationError({ resourceFilterStrategy: `selects none of the resources protection ${protection.id} captured` });
    const steps: Array<PlanStep | CheckStep> = [];
    for await (const page of planPages(layout, capturedReader(deps.protections, protection.id))) {
      for (const step of page) steps.push(keep === 'steps' ? step : checkStep(step));
    }
    const checks = await preflightChecks({ cloud: deps.cloud, inventoryIds: deps.connections.inventoryIds, policies: deps.policies, now: deps.now }, {
      assemblyId: assembly.id, scope, steps, serviceOf, source, target,
      protection: { id: protection.id, createdAt: protection.created_at }, zones: { target: targetZones, placements: zones },
    });
    const resolved: ResolvedRecovery = {
      assembly, protection, scope, mode, isolation, filter, targetConnectionId: target.connectionId, targetRegion: target.region, targetZone, layout,
      stepCount: layout.order.length, checks, configurationOnly,
    };
    return { resolved, steps: steps as K extends 'steps' ? PlanStep[] : CheckStep[] };
  }

  /** A dry run: the request checked and the whole plan laid out, every step with its configuration (no cloud call but the target's zones). */
  async function resolve(ref: { accountId: number; projectId: string; assemblyId: number }, input: StartRecoveryInput, options: StartOptions = {}): Promise<ResolvedPlan> {
    const { resolved, steps } = await resolveWith(ref, input, options, 'steps');
    return { ...resolved, plan: { steps, unknownIds: resolved.layout.unknownIds } };
  }

  /** A forced start's skipped rows: the plan's pages built again, and only the skipped steps kept (whole, as the run writes its rows). */
  async function skippedRows(recoveryId: string, resolved: ResolvedRecovery, reasons: ReadonlyMap<string, string>): Promise<RecoveryResourceInsert[]> {
    const rows: RecoveryResourceInsert[] = [];
    if (reasons.size === 0) return rows;
    for await (const page of planPages(resolved.layout, capturedReader(deps.protections, resolved.protection.id))) {
      for (const step of page) {
        const reason = reasons.get(step.sourceResourceId);
        if (reason) rows.push(stepRow(recoveryId, step, { status: 'skipped', recovered_resource_id: null, error: reason }));
      }
    }
    return rows;
  }

  return {
    resolve,
    checkRequest,

    /**
     * Start (202) a recovery: recorded, marked on its protection and queued in one transaction. 409 when
     * another recovery of the assembly is pending or running (one at a time, enforced by a unique index).
     */
    async start(ref: { accountId: number; projectId: string; assemblyId: number }, input: StartRecoveryInput, createdBy: string, options: StartOptions = {}): Promise<RecoveryRow> {
      const { resolved, steps } = await resolveWith(ref, input, options, 'check-steps');
      const failed = failedChecks(resolved.checks);
      refuseFailedChecks(resolved, failed, input.force === true);
      const recoveryId = randomId('rec');
      const skipped = await skippedRows(recoveryId, resolved, forcedSkipReasons(steps, failed));
      const at = deps.now();
      const running = () => new ConflictError('RECOVERY_RUNNING', `Another recovery of cloud assembly ${ref.assemblyId} is running; one runs at a time`);
      try {
        const row = await deps.store.transaction(async (trx) => {
          const other = await repo.runningOn(trx, ref.assemblyId);
          if (other.length) throw new ConflictError('RECOVERY_RUNNING', `Recovery ${other[0]!.id} of this assembly is ${other[0]!.status}; one runs at a time`);
          const recovery = await repo.insert(trx, {
            id: recoveryId, account_id: ref.accountId, project_id: ref.projectId, assembly_id: ref.assemblyId, protection_id: resolved.protection.id,
            name: input.recoveryName, scope: resolved.scope, mode: resolved.mode, isolation: resolved.isolation, resource_filter: resolved.filter,
            configuration_only: resolved.configurationOnly ? 1 : 0,
            target_connection_id: resolved.targetConnectionId, target_region: resolved.targetRegion, target_zone: resolved.targetZone ?? null,
            status: 'pending', status_message: null, running_slot: ref.assemblyId, cancel_requested: 0,
            resource_count: resolved.stepCount, recovered_count: 0, mapped_count: 0, failed_count: 0, skipped_count: 0,
            reset_after_minutes: input.resetAfterMinutes ?? null,
            reset_due_at: input.resetAfterMinutes ? at + input.resetAfterMinutes * 60_000 : null,
            reset_status: null, reset_message: null, reset_requested_at: null, reset_requested_by: null, reset_finished_at: null, reset_deleted_count: 0,
            created_by: createdBy, started_at: null, finished_at: null, created_at: at, updated_at: at, version: 1,
          });
          await recoveryChecksRepo.insert(trx, recovery.id, { forced: failed.length > 0, checks: resolved.checks, checkedAt: at });
          await repo.insertResources(trx, skipped);
          await deps.protections.markRecovered(trx, resolved.protection.id, at);
          await enqueue(trx, runRecoveryJob(recovery.id));
          return recovery;
        });
        deps.wake();
        return row;
      } catch (error) {
        if (isUniqueViolation(error)) throw running();
        throw error;
      }
    },
  };
}
