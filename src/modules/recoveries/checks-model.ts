/** The shape of a pre-flight check and what computing them needs (checks.ts and checks-cloud.ts share it). */
import type { AwsService, CloudCredentials, CloudProvider } from '../../cloud/provider.ts';
import type { PlanStep, RecoveryScope } from './plan.ts';
import type { TargetZones, ZonePlacement } from './zones.ts';

export type CheckStatus = 'passed' | 'warning' | 'failed';

export interface PreflightCheck {
  readonly name: string;
  readonly status: CheckStatus;
  readonly message: string;
  /** The plan's source resource ids the check is about (for a failed check: what a forced start skips). */
  readonly resourceIds: readonly string[];
}

/** The enabled protection policy of an assembly, as the recovery-point check reads it (the policies module). */
export interface ProtectionCadencePort {
  /** The enabled policy's name and the longest gap between two of its slots; undefined without an enabled policy. */
  protectionInterval(assemblyId: number): Promise<{ policyName: string; intervalMs: number } | undefined>;
}

export interface PreflightDeps {
  readonly cloud: Pick<CloudProvider, 'describeQuotas' | 'instanceTypeOfferings' | 'describeSnapshot'>;
  /** Resource ids the latest sync of a connection found in a region (name-addressed resources: their names). */
  readonly inventoryIds: (connectionId: number, region: string) => Promise<ReadonlySet<string>>;
  readonly policies: ProtectionCadencePort;
  readonly now: () => number;
}

export interface PreflightTarget {
  readonly connectionId: number;
  /** Its name: what a check's message calls it (the id beside it). */
  readonly connectionName: string;
  readonly status: string;
  readonly connectivityStatus: string;
  readonly credentials: CloudCredentials;
  readonly services: readonly AwsService[];
  readonly regions: readonly string[];
  readonly region: string;
}

/**
 * What the checks read of a plan step. A start keeps this much of each step (checkStep), not the step with its whole
 * configuration: the steps are built a page at a time (plan-pages.ts).
 */
export type CheckStep = Pick<PlanStep, 'sourceResourceId' | 'sourceRegion' | 'type' | 'action' | 'snapshotId' | 'targetRegion' | 'dependencies' | 'configuration'>;

/** Of a configuration, what a check reads: the zone and instance type, and an Aurora cluster's whole (clusterLimits). */
export function checkStep(step: PlanStep): CheckStep {
  const { sourceResourceId, sourceRegion, type, action, snapshotId, targetRegion, dependencies, configuration } = step;
  const { availabilityZone, instanceType } = configuration;
  const kept = type === 'rds:cluster' ? configuration : { ...(availabilityZone !== undefined && { availabilityZone }), ...(instanceType !== undefined && { instanceType }) };
  return { sourceResourceId, sourceRegion, type, action, snapshotId, targetRegion, dependencies, configuration: kept };
}

export interface PreflightInput {
  readonly assemblyId: number;
  readonly scope: RecoveryScope;
  readonly steps: readonly CheckStep[];
  /** The service each captured resource belongs to (the protection's rows say it). */
  readonly serviceOf: ReadonlyMap<string, AwsService>;
  /** The assembly's connection: whose snapshots a cross-account recovery reads. */
  readonly source: { readonly connectionId: number; readonly credentials: CloudCredentials };
  readonly target: PreflightTarget;
  readonly protection: { readonly id: string; readonly createdAt: number };
  /** The target's zones as read for the plan, and where the plan put each source zone (zones.ts); absent when nothing moves. */
  readonly zones?: { readonly target: TargetZones | undefined; readonly placements: readonly ZonePlacement[] };
}

/** The steps that make something in the target: what needs its service, quota, zone and name there. */
export const buildsInTarget = (step: Pick<PlanStep, 'action'>) => step.action === 'create' || step.action === 'restore';
