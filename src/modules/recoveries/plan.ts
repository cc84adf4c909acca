/**
 * The recovery plan: which of a protection's resources are rebuilt, how, where and in what order. Pure, so
 * the dry run and the real run lay out the same plan, and it is tested without a database or a cloud.
 */
import { isDataResource } from '../../cloud/provider.ts';
import { transferMethod } from './transfer-method.ts';
import { isolateStep, type DroppedReference, type Isolation, type IsolationContext } from './isolation.ts';
import { SAME_LETTER, type ZonePlacement } from './zones.ts';

export type RecoveryScope = 'same-region' | 'cross-region' | 'cross-zone' | 'cross-account';
export type RecoveryMode = 'rebuild' | 'reuse-existing' | 'use-source';
export type ResourceFilterStrategy =
  | { readonly type: 'all' }
  | { readonly type: 'custom'; readonly resourceIds: readonly string[] }
  | { readonly type: 'tags'; readonly conditions: 'match-all-tags' | 'match-any-tags'; readonly tags: readonly { key: string; value: string }[] };

/** A resource as the protection captured it. */
export interface CapturedResource {
  readonly resourceId: string;
  readonly region: string;
  /** Its ARN in the source, so a configuration that names it by ARN is mapped (or isolated) too. */
  readonly arn?: string;
  readonly type: string;
  readonly name: string;
  readonly configuration: Readonly<Record<string, unknown>>;
  readonly tags: Readonly<Record<string, string>>;
  readonly dependencies: readonly string[];
  /** dependency: captured as configuration only, because the selection needs it (no snapshot, even of a data resource). */
  readonly captureReason?: 'selected' | 'dependency';
  /** Data resources: the snapshot in the resource's region, and replica copies by region. */
  readonly snapshot?: { readonly status: string; readonly snapshotId: string | null; readonly error: string | null };
  readonly replicas?: Readonly<Record<string, { status: string; snapshotId?: string; error?: string }>>;
}

export interface PlanInput {
  readonly resources: readonly CapturedResource[];
  readonly scope: RecoveryScope;
  readonly mode: RecoveryMode;
  readonly filter: ResourceFilterStrategy;
  readonly sourceRegion: string;
  readonly targetRegion: string;
  /** cross-zone: the zone asked for, or undefined for each zone's next one. */
  readonly targetZone?: string;
  /** reuse-existing: the ids that exist in the target account and region (non-data resources among them are reused). */
  readonly existingInTarget?: ReadonlySet<string>;
  /** What a recovered resource may name outside the recovery (isolation.ts); isolated unless said. */
  readonly isolation?: Isolation;
  /**
   * A configuration-only recovery: data resources (volumes, databases, tables, buckets) are left out of the plan,
   * selected or not, and what names them loses the reference (the isolation drops it); their configuration
   * dependencies (subnet groups, security groups, …) are still rebuilt.
   */
  readonly configurationOnly?: boolean;
  /**
   * Where each source zone goes, read from the target (zones.ts placeZones): what the plan moves zones by. Absent, a zone
   * moves by its letter (the AWS driver then maps a letter the target lacks when it creates).
   */
  readonly zones?: readonly ZonePlacement[];
}

export type StepAction = 'create' | 'restore' | 'reuse' | 'use-source' | 'blocked';

export interface PlanStep {
  readonly sourceResourceId: string;
  readonly sourceRegion: string;
  readonly type: string;
  readonly name: string;
  /** Dependency order: a step comes after every step it depends on. */
  readonly level: number;
  readonly action: StepAction;
  /** selected by the filter, or pulled in as a dependency of a selected one. */
  readonly reason: 'selected' | 'dependency';
  readonly targetRegion: string;
  /** The settings it is rebuilt with: zones moved for the target; ids of other resources still the source's. */
  readonly configuration: Readonly<Record<string, unknown>>;
  readonly tags: Readonly<Record<string, string>>;
  readonly dependencies: readonly string[];
  readonly snapshotId: string | null;
  /** For a blocked step: why it cannot be recovered. */
  readonly blocker: string | null;
  /** What the step does that a reader would not guess (a data resource recreated empty, the source's own used). */
  readonly note: string | null;
  /** The source's ARN (what an ARN reference to it is mapped from). */
  readonly sourceArn: string | null;
  /** References the isolation took out of the configuration and dependencies. */
  readonly droppedReferences: readonly DroppedReference[];
}

export interface Plan {
  readonly steps: PlanStep[];
  /** The filter's resourceIds that the protection did not capture (a 400 for the caller). */
  readonly unknownIds: string[];
}

/** Network resources: what use-source takes from the source instead of rebuilding. */
const NETWORK_TYPES = new Set(['ec2:vpc', 'ec2:subnet', 'ec2:security-group', 'ec2:route-table', 'ec2:internet-gateway', 'ec2:nat-gateway']);

/** Within a level, network first and front ends last: only for a stable, readable order (levels decide correctness). */
const TYPE_ORDER = [
  // A prefix list is never a step: a security group's rules bring it (a reset finds it by its tag and deletes it after the groups).
  'ec2:vpc', 'ec2:internet-gateway', 'ec2:route-table', 'ec2:subnet', 'ec2:prefix-list', 'ec2:security-group', 'ec2:nat-gateway', 'ebs:volume', 'efs:file-system',
  'rds:cluster', 'rds:db-instance', 'rds:cluster-instance', 'dynamodb:table', 's3:bucket', 'sqs:queue', 'sns:topic', 'lambda:function', 'ec2:instance', 'elb:target-group',
  'elb:load-balancer', 'route53:hosted-zone',
];
export const typeRank = (type: string) => {
  const rank = TYPE_ORDER.indexOf(type);
  return rank === -1 ? TYPE_ORDER.length : rank;
};

function selected(resources: readonly Omit<CapturedResource, 'name' | 'configuration'>[], filter: ResourceFilterStrategy): { ids: Set<string>; unknownIds: string[] } {
  switch (filter.type) {
    case 'all':
      // What the assembly selected; its captured dependencies come in as dependencies.
      return { ids: new Set(resources.filter((r) => r.captureReason !== 'dependency').map((r) => r.resourceId)), unknownIds: [] };
    case 'custom': {
      const known = new Set(resources.map((r) => r.resourceId));
      return { ids: new Set(filter.resourceIds.filter((id) => known.has(id))), unknownIds: filter.resourceIds.filter((id) => !known.has(id)) };
    }
    case 'tags': {
      const matches = (r: Omit<CapturedResource, 'name' | 'configuration'>) => (filter.conditions === 'match-all-tags' ? filter.tags.every : filter.tags.some)
        .call(filter.tags, (tag: { key: string; value: string }) => r.tags[tag.key] === tag.value);
      return { ids: new Set(resources.filter(matches).map((r) => r.resourceId)), unknownIds: [] };
    }
  }
}

/** `us-east-1b` → the same zone letter in another region, or the next letter for cross-zone. */
function moveZone(zone: string, input: Omit<PlanInput, 'resources'>): string {
  const letter = zone.slice(input.sourceRegion.length) || 'a';
  if (input.scope === 'cross-zone') {
    if (input.targetZone) return input.targetZone;
    const next = String.fromCharCode(((letter.charCodeAt(0) - 97 + 1) % 3) + 97);
    return `${input.targetRegion}${next}`;
  }
  return `${input.targetRegion}${letter}`;
}

function targetConfiguration(configuration: Readonly<Record<string, unknown>>, input: Omit<PlanInput, 'resources'>): Record<string, unknown> {
  const zone = configuration.availabilityZone;
  const placed = typeof zone === 'string' ? input.zones?.find((p) => p.source === zone) : undefined;
  if (placed) return { ...configuration, availabilityZone: placed.target };
  const moves = typeof zone === 'string' && zone.startsWith(input.sourceRegion) && (input.scope === 'cross-zone' || input.targetRegion !== input.sourceRegion);
  return moves ? { ...configuration, availabilityZone: moveZone(zone, input) } : { ...configuration };
}

function snapshotFor(resource: Pick<CapturedResource, 'region' | 'snapshot' | 'replicas'>, targetRegion: string): { snapshotId: string } | { blocker: string } {
  if (targetRegion === resource.region) {
    const snapshot = resource.snapshot;
    if (snapshot?.status === 'completed' && snapshot.snapshotId) return { snapshotId: snapshot.snapshotId };
    if (snapshot?.status === 'deleted') return { blocker: 'its snapshot has been deleted' };
    return { blocker: `its snapshot failed: ${snapshot?.error ?? 'no snapshot was taken'}` };
  }
  const copy = resource.replicas?.[targetRegion];
  if (copy?.status === 'completed' && copy.snapshotId) return { snapshotId: copy.snapshotId };
  if (!copy) return { blocker: `the protection made no copy of its snapshot in ${targetRegion} (not one of its replica regions)` };
  return { blocker: `the copy of its snapshot in ${targetRegion} is ${copy.status}${copy.error ? `: ${copy.error}` : ''}` };
}

const CONFIGURATION_ONLY = 'captured as configuration only (a dependency outside the selection, no data snapshot): recreated empty, its data is not restored';
const SOURCE_AS_CAPTURED = "a dependency outside the selection: the source's own is used as it is (as-captured, in the source's account and region)";

/**
 * What the layout reads of a captured resource: everything but its name and configuration, of which it keeps only
 * `availabilityZone` and `instanceType` (what the zones are placed by). A recovery of 100,000 resources keeps these
 * for the whole plan and each full configuration only for the page of steps being built (plan-pages.ts).
 */
export type CapturedSkeleton = Omit<CapturedResource, 'name'>;

/** The skeleton of a full captured resource (the unit tests and the dry run lay out from full resources). */
export function skeletonOf(resource: CapturedResource): CapturedSkeleton {
  const { name: _name, configuration, ...rest } = resource;
  const { availabilityZone, instanceType } = configuration;
  return { ...rest, configuration: { ...(availabilityZone !== undefined && { availabilityZone }), ...(instanceType !== undefined && { instanceType }) } };
}

export type LayoutInput = Omit<PlanInput, 'resources'> & { readonly resources: readonly CapturedSkeleton[] };

/** The plan without its configurations: which resources, in what order, at what level, and what blocks or restores each. */
export interface PlanLayout {
  /** Every step's source id, in plan order (level, type, id). */
  readonly order: readonly string[];
  /** The filter's resourceIds that the protection did not capture. */
  readonly unknownIds: string[];
  readonly levels: ReadonlyMap<string, number>;
  readonly reasons: ReadonlyMap<string, 'selected' | 'dependency'>;
  readonly blockers: ReadonlyMap<string, string>;
  readonly snapshots: ReadonlyMap<string, string>;
  /** What each step's isolation needs of the whole plan (ids, ARNs, levels). */
  readonly isolation: IsolationContext;
  readonly input: Omit<LayoutInput, 'resources'>;
}

/**
 * Lays out the plan. The filter's selection is closed over dependencies the protection captured (a subnet
 * comes with its instance). A dependency the protection did not capture never blocks: the isolation keeps
 * or drops the reference to it. Captured dependencies are rebuilt from their configuration, a data resource
 * empty; as-captured in the source's own account and region, the existing one is used instead. Levels come
 * from the dependencies (Kahn's algorithm); resources in a dependency cycle are blocked rather than rebuilt
 * in an order the cloud would refuse, and so is whatever depends on a blocked resource.
 */
export function layOutPlan(input: LayoutInput): PlanLayout {
  const byId = new Map(input.resources.map((r) => [r.resourceId, r]));
  const { ids, unknownIds } = selected(input.resources, input.filter);
  const chosen = new Map<string, 'selected' | 'dependency'>([...ids].map((id) => [id, 'selected']));
  const queue = [...ids];
  while (queue.length) {
    for (const dependency of byId.get(queue.pop()!)!.dependencies) {
      if (byId.has(dependency) && !chosen.has(dependency)) {
        chosen.set(dependency, 'dependency');
        queue.push(dependency);
      }
    }
  }

  if (input.configurationOnly) for (const id of [...chosen.keys()]) if (isDataResource(byId.get(id)!.type)) chosen.delete(id);

  const blockers = new Map<string, string>();

  // Levels, in-plan dependencies only.
  const level = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  const waiting = new Map<string, number>();
  for (const id of chosen.keys()) {
    const inPlan = new Set(byId.get(id)!.dependencies.filter((d) => chosen.has(d) && d !== id));
    waiting.set(id, inPlan.size);
    for (const d of inPlan) {
      const list = dependents.get(d);
      if (list) list.push(id);
      else dependents.set(d, [id]);
    }
  }
  let frontier = [...chosen.keys()].filter((id) => waiting.get(id) === 0);
  for (const id of frontier) level.set(id, 0);
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const dependent of dependents.get(id) ?? []) {
        level.set(dependent, Math.max(level.get(dependent) ?? 0, level.get(id)! + 1));
        const left = waiting.get(dependent)! - 1;
        waiting.set(dependent, left);
        if (left === 0) next.push(dependent);
      }
    }
    frontier = next;
  }
  const deepest = [...level.values()].reduce((max, l) => Math.max(max, l), -1);
  for (const id of chosen.keys()) {
    if (!level.has(id)) {
      level.set(id, deepest + 1);
      blockers.set(id, 'it is part of a dependency cycle');
    }
  }

  // Data resources need a snapshot where they are rebuilt.
  const snapshots = new Map<string, string>();
  for (const id of chosen.keys()) {
    const resource = byId.get(id)!;
    if (!isDataResource(resource.type) || resource.captureReason === 'dependency' || blockers.has(id)) continue;
    const found = snapshotFor(resource, input.targetRegion);
    if ('blocker' in found) blockers.set(id, found.blocker);
    else snapshots.set(id, found.snapshotId);
  }

  // A blocked dependency blocks its dependents, down the levels.
  const ordered = [...chosen.keys()].sort((a, b) => level.get(a)! - level.get(b)! || typeRank(byId.get(a)!.type) - typeRank(byId.get(b)!.type) || (a < b ? -1 : 1));
  for (const id of ordered) {
    if (blockers.has(id)) continue;
    const blocked = byId.get(id)!.dependencies.find((d) => blockers.has(d) && chosen.has(d));
    if (blocked) blockers.set(id, `its dependency ${blocked} cannot be recovered`);
  }

  const resourceIds = new Set<string>();
  const idsByArn = new Map<string, string>();
  for (const r of input.resources) {
    resourceIds.add(r.resourceId);
    for (const d of r.dependencies) resourceIds.add(d);
    if (r.arn) idsByArn.set(r.arn, r.resourceId);
  }
  const { resources: _resources, ...rest } = input;
  return {
    order: ordered, unknownIds, levels: level, reasons: chosen, blockers, snapshots, input: rest,
    isolation: { isolation: input.isolation ?? 'isolated', sameAccountAndRegion: input.scope === 'same-region' || input.scope === 'cross-zone', levels: level, resourceIds, idsByArn },
  };
}

/**
 * The steps of the given resources, each one the layout holds (a page of its order): their configurations moved for
 * the target and isolated. The same step whichever page it is built in.
 */
export function planSteps(layout: PlanLayout, resources: readonly CapturedResource[]): PlanStep[] {
  const input = layout.input;
  const { isolation, sameAccountAndRegion } = layout.isolation;
  return resources.map((resource): PlanStep => {
    const id = resource.resourceId;
    const configurationOnly = resource.captureReason === 'dependency';
    const data = isDataResource(resource.type) && !configurationOnly;
    let action: StepAction = data ? 'restore' : 'create';
    let note = isDataResource(resource.type) && configurationOnly ? CONFIGURATION_ONLY : null;
    // A type whose snapshots cannot cross accounts (DynamoDB backups) is created from its configuration there, empty.
    const crossing = data && input.scope === 'cross-account' ? transferMethod(resource.type, null) : undefined;
    if (crossing?.method === 'unsupported') note = crossing.reason;
    if (layout.blockers.has(id)) action = 'blocked';
    else if (configurationOnly && isolation === 'as-captured' && sameAccountAndRegion) {
      action = 'use-source';
      note = SOURCE_AS_CAPTURED;
    } else if (!data && input.mode === 'use-source' && NETWORK_TYPES.has(resource.type)) action = 'use-source';
    else if (!data && input.mode === 'reuse-existing' && input.existingInTarget?.has(id)) action = 'reuse';
    const configuration = targetConfiguration(resource.configuration, input);
    // A zone placed otherwise than by its letter says why (the target lacks the letter, or the zone lacks the instance type).
    const zone = resource.configuration.availabilityZone;
    const placed = input.zones?.find((p) => p.source === zone);
    if (note === null && placed && (action === 'create' || action === 'restore') && placed.why !== SAME_LETTER) note = `placed in ${placed.target} (from ${placed.source}): ${placed.why}`;
    const level = layout.levels.get(id)!;
    // A step that recreates nothing (blocked, or the source's or target's own resource) has nothing to isolate.
    const isolated = action === 'create' || action === 'restore'
      ? isolateStep({ sourceResourceId: id, level, configuration, dependencies: resource.dependencies }, layout.isolation)
      : { configuration, dependencies: [...resource.dependencies], droppedReferences: [] };
    return {
      sourceResourceId: id, sourceRegion: resource.region, type: resource.type, name: resource.name, level, action,
      reason: layout.reasons.get(id)!, targetRegion: input.targetRegion, configuration: isolated.configuration,
      tags: resource.tags, dependencies: isolated.dependencies, snapshotId: layout.snapshots.get(id) ?? null, blocker: layout.blockers.get(id) ?? null,
      note, sourceArn: resource.arn ?? null, droppedReferences: isolated.droppedReferences,
    };
  });
}

/** The whole plan at once: the layout, then every step (what the dry run shows, and what the paged plan must equal). */
export function planRecovery(input: PlanInput): Plan {
  const layout = layOutPlan({ ...input, resources: input.resources.map(skeletonOf) });
  const byId = new Map(input.resources.map((r) => [r.resourceId, r]));
  return { steps: planSteps(layout, layout.order.map((id) => byId.get(id)!)), unknownIds: layout.unknownIds };
}
