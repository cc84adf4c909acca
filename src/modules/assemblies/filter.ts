import { RECOVERY_ID_TAG, isDataResource, type DiscoveredResource } from '../../cloud/provider.ts';
import { ValidationError } from '../../platform/errors.ts';

/** How an assembly selects its resources from its connection's source region. */
export type ResourceFilter =
  | { readonly filterType: 'manual'; readonly resourceIds: readonly string[] }
  | { readonly filterType: 'vpc'; readonly vpcId: string }
  | { readonly filterType: 'tags'; readonly conditions: 'match-all-tags' | 'match-any-tags'; readonly tags: readonly { key: string; value: string }[] };

/**
 * A filter as a request may write it: a manual filter names its ids as `resources` (the published Cloud Rewind
 * spelling) or `resourceIds` (Lifeboat's first one), not both.
 */
export type ResourceFilterInput =
  | Exclude<ResourceFilter, { filterType: 'manual' }>
  | { readonly filterType: 'manual'; readonly resources?: readonly string[]; readonly resourceIds?: readonly string[] };

/** The filter as stored: a manual one's ids under `resourceIds`. 400 naming the field when neither or both are given. */
export function normaliseFilter(filter: ResourceFilterInput, field = 'resourceFilterStrategy'): ResourceFilter {
  if (filter.filterType !== 'manual') return filter;
  if (filter.resources && filter.resourceIds) throw new ValidationError({ [`${field}.resources`]: 'give the ids once: resources (or its older spelling resourceIds), not both' });
  const ids = filter.resources ?? filter.resourceIds;
  if (!ids) throw new ValidationError({ [`${field}.resources`]: 'is required for a manual filter: the resource ids to protect' });
  return { filterType: 'manual', resourceIds: [...ids] };
}

/** PUT …/resources as a request writes it: the filter nested, or flat at the top level (the published page's form). */
export interface ResourcesBodyFilter {
  readonly resourceFilterStrategy?: ResourceFilterInput;
  readonly filterType?: 'manual' | 'vpc' | 'tags';
  readonly resources?: readonly string[];
  readonly tags?: readonly { key: string; value: string }[];
  readonly conditions?: 'match-all-tags' | 'match-any-tags';
  readonly vpcId?: string | null;
}

/**
 * The filter of a PUT …/resources body, whichever form it takes. Nested, it is read as on create; flat, each field
 * belongs to one filter type, and a field of another type is refused (400 naming it) rather than silently ignored.
 */
export function filterOfResourcesBody(body: ResourcesBodyFilter): ResourceFilter {
  const flat = (['filterType', 'resources', 'tags', 'conditions'] as const).filter((k) => body[k] !== undefined);
  if (body.resourceFilterStrategy) {
    if (flat.length) throw new ValidationError({ [flat[0]!]: 'give the filter once: nested in resourceFilterStrategy, or flat (filterType, resources, tags, conditions), not both' });
    return normaliseFilter(body.resourceFilterStrategy);
  }
  if (!body.filterType) {
    throw new ValidationError({
      resourceFilterStrategy: 'is required: the new filter (or give it flat, as filterType with its fields)',
      filterType: 'is required (manual, vpc or tags) when the filter is given flat rather than as resourceFilterStrategy',
    });
  }
  const refuse = (fields: readonly ('resources' | 'tags' | 'conditions')[]) => {
    const extra = fields.find((k) => body[k] !== undefined);
    if (extra) throw new ValidationError({ [extra]: `does not apply to a ${body.filterType} filter` });
  };
  switch (body.filterType) {
    case 'manual':
      refuse(['tags', 'conditions']);
      if (!body.resources) throw new ValidationError({ resources: 'is required for a manual filter: the resource ids to protect' });
      return { filterType: 'manual', resourceIds: [...body.resources] };
    case 'tags':
      refuse(['resources']);
      if (!body.tags) throw new ValidationError({ tags: 'is required for a tags filter: the tags to match' });
      return { filterType: 'tags', conditions: body.conditions ?? 'match-all-tags', tags: body.tags.map((t) => ({ key: t.key, value: t.value })) };
    case 'vpc':
      refuse(['resources', 'tags', 'conditions']);
      if (!body.vpcId) throw new ValidationError({ vpcId: 'is required for a vpc filter: the VPC whose resources to protect' });
      return { filterType: 'vpc', vpcId: body.vpcId };
  }
}

/**
 * What the selection reads of a resource to follow its dependencies and VPC: a whole DiscoveredResource, or the
 * skeleton streamSelection keeps of every resource of the region (its configuration and tags dropped).
 */
interface GraphNode {
  readonly resourceId: string;
  readonly type: string;
  readonly dependencies: readonly string[];
  readonly configuration: { readonly vpcId?: unknown };
}

/** The one VPC the resources lie in (a VPC itself, or what names one as vpcId), or null when they span several or none. */
export function vpcOfSelection(resources: readonly GraphNode[]): string | null {
  const vpcs = new Set<string>();
  for (const r of resources) {
    if (r.type === 'ec2:vpc') vpcs.add(r.resourceId);
    else if (typeof r.configuration.vpcId === 'string') vpcs.add(r.configuration.vpcId);
  }
  return vpcs.size === 1 ? [...vpcs][0]! : null;
}

/**
 * A dependency of a selected resource (or of a captured dependency) that the filter leaves out. Found in the
 * source account and region, it is captured as configuration; not found (deleted, or another account's), a
 * recovery cannot rebuild it.
 */
export interface DependencyWarning {
  readonly resourceId: string;
  readonly missingDependency: string;
  readonly missingType: string | undefined;
  readonly outcome: 'captured-as-configuration' | 'not-found';
}

export interface Selection {
  readonly resources: DiscoveredResource[];
  /**
   * What the resources depend on, directly or not, that the filter leaves out but the source region has: a
   * protection captures their configuration (never a data snapshot, data resources included).
   */
  readonly dependencies: DiscoveredResource[];
  readonly warnings: DependencyWarning[];
  /** manual ids that the region does not have. */
  readonly unknownIds: string[];
}

/** The sentence a warning says, in the preview and in a protection's status message. */
export function dependencyWarningText(warning: DependencyWarning): string {
  const what = `${warning.missingType ?? 'resource'} ${warning.missingDependency}`;
  return warning.outcome === 'captured-as-configuration'
    ? `${what} is outside the selection: captured as configuration (no data snapshot)`
    : `${what} cannot be found in the source account and region (deleted, or another account's): a recovery cannot rebuild it`;
}

/**
 * Closes the selection over dependencies, breadth-first so the order never depends on how resources are
 * listed; each edge that leaves the filter's choice is a warning, saying whether it was captured.
 */
function dependencyClosure<R extends GraphNode>(selected: readonly R[], byId: ReadonlyMap<string, R>) {
  const chosen = new Set(selected.map((r) => r.resourceId));
  const captured = new Map<string, R>();
  const warnings: DependencyWarning[] = [];
  const queue = [...selected];
  while (queue.length) {
    const resource = queue.shift()!;
    for (const id of new Set(resource.dependencies)) {
      if (chosen.has(id) || id === resource.resourceId) continue;
      const found = byId.get(id);
      warnings.push({ resourceId: resource.resourceId, missingDependency: id, missingType: found?.type, outcome: found ? 'captured-as-configuration' : 'not-found' });
      if (found && !captured.has(id)) {
        captured.set(id, found);
        queue.push(found);
      }
    }
  }
  return { dependencies: [...captured.values()], warnings };
}

/**
 * Everything in one VPC: the VPC, whatever names it as `vpcId`, whatever depends on a member (an instance
 * through its subnet, a database through its subnet group), found breadth-first so the answer never depends
 * on the order resources are listed in, cycles included. The EBS volumes of member instances are members
 * too, so "the VPC" protects its instances' disks.
 */
function vpcMembers<R extends GraphNode>(all: readonly R[], byId: ReadonlyMap<string, R>, vpcId: string): R[] {
  const dependents = new Map<string, string[]>();
  for (const r of all) {
    for (const d of r.dependencies) {
      const list = dependents.get(d);
      if (list) list.push(r.resourceId);
      else dependents.set(d, [r.resourceId]);
    }
  }
  const members = new Set(all.filter((r) => r.resourceId === vpcId || r.configuration.vpcId === vpcId).map((r) => r.resourceId));
  const queue = [...members];
  while (queue.length) {
    for (const dependent of dependents.get(queue.shift()!) ?? []) {
      const r = byId.get(dependent)!;
      const elsewhere = typeof r.configuration.vpcId === 'string' && r.configuration.vpcId !== vpcId;
      if (!members.has(dependent) && !elsewhere) {
        members.add(dependent);
        queue.push(dependent);
      }
    }
  }
  // Volumes attached to a member instance live with it; regional services (queues, buckets, tables) do not
  // belong to a VPC and stay outside, captured as dependencies (configuration only).
  for (const id of [...members]) {
    for (const d of byId.get(id)?.dependencies ?? []) if (byId.get(d)?.type === 'ebs:volume') members.add(d);
  }
  return all.filter((r) => members.has(r.resourceId));
}

/**
 * Whether a tags filter takes the resource. A recovery's copies keep their source's tags; they are a drill's, not the
 * application's, so tags never select them (a reset removes them). Named by id (manual), they are taken as asked.
 */
function tagsSelect(filter: TagsFilter, r: DiscoveredResource): boolean {
  const matches = (t: { key: string; value: string }) => r.tags[t.key] === t.value;
  return !(RECOVERY_ID_TAG in r.tags) && (filter.conditions === 'match-all-tags' ? filter.tags.every(matches) : filter.tags.some(matches));
}

type TagsFilter = Extract<ResourceFilter, { filterType: 'tags' }>;

/**
 * What a filter takes of the region before clusters and dependencies, and the ids it names that are not there: a
 * manual filter in its own order (the warnings follow it), a tags filter as `tagged` found it, a VPC's members.
 */
function chosenBy<R extends GraphNode>(
  filter: ResourceFilter, byId: ReadonlyMap<string, R>, all: () => readonly R[], tagged: (filter: TagsFilter) => R[],
): { selected: R[]; unknownIds: string[] } {
  switch (filter.filterType) {
    case 'manual':
      return {
        selected: filter.resourceIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
        unknownIds: filter.resourceIds.filter((id) => !byId.has(id)),
      };
    case 'tags':
      return { selected: tagged(filter), unknownIds: [] };
    case 'vpc':
      return { selected: vpcMembers(all(), byId, filter.vpcId), unknownIds: [] };
  }
}

/** Applies a filter to everything in the region, and closes it over dependencies. */
export function selectResources(all: readonly DiscoveredResource[], filter: ResourceFilter): Selection {
  const byId = new Map(all.map((r) => [r.resourceId, r]));
  const chosen = chosenBy(filter, byId, () => all, (tags) => all.filter((r) => tagsSelect(tags, r)));
  const selected = withTheirClusters(chosen.selected, byId);
  return { resources: selected, ...dependencyClosure(selected, byId), unknownIds: chosen.unknownIds };
}

/**
 * An Aurora, DocumentDB or Neptune instance has no data of its own: its cluster's snapshot holds it. A selected
 * instance brings its cluster into the selection (snapshotted), not as a dependency captured as configuration only.
 */
function withTheirClusters<R extends GraphNode>(selected: R[], byId: ReadonlyMap<string, R>): R[] {
  const ids = new Set(selected.map((r) => r.resourceId));
  const clusters = selected.filter((r) => r.type === 'rds:cluster-instance')
    .flatMap((r) => r.dependencies.map((d) => byId.get(d)).filter((d): d is R => d?.type === 'rds:cluster' && !ids.has(d.resourceId)));
  return clusters.length === 0 ? selected : [...selected, ...new Map(clusters.map((c) => [c.resourceId, c])).values()];
}

/** One page of what streamSelection yields: resources the filter selects, or dependencies it leaves out (captured as configuration). */
export interface SelectionPage {
  readonly reason: 'selected' | 'dependency';
  readonly resources: DiscoveredResource[];
}

/** What streamSelection returns once every page is out: what selectResources would have said, without the resources themselves. */
export interface SelectionSummary {
  readonly resourceCount: number;
  readonly dataResourceCount: number;
  readonly dependencyCount: number;
  readonly warnings: DependencyWarning[];
  readonly unknownIds: string[];
  /** The one VPC the selected resources lie in (vpcOfSelection). */
  readonly vpcId: string | null;
}

/** Resources a page holds: a protection writes each page and drops it. */
export const SELECTION_PAGE_SIZE = 1_000;

const skeletonOf = (r: DiscoveredResource): GraphNode => ({
  resourceId: r.resourceId, type: r.type, dependencies: r.dependencies,
  configuration: typeof r.configuration.vpcId === 'string' ? { vpcId: r.configuration.vpcId } : {},
});

/**
 * selectResources for a whole region without holding it: the same selection, dependencies and warnings, but the
 * resources come out in pages of SELECTION_PAGE_SIZE, and the summary is the generator's return value. `region`
 * streams the region (discovery's pages, in id order within a service) and is read once or twice:
 *
 * 1. Every resource leaves a skeleton (id, type, dependencies, vpcId: tens of bytes, not its configuration and
 *    tags); a tags or manual filter decides on the resource itself, so what it selects is yielded as it passes.
 * 2. On the skeletons, the same functions as selectResources add the selected instances' clusters and close the
 *    selection over dependencies, warnings in the same order. A VPC filter needs this whole graph before it knows
 *    any member, so its members are only known here.
 * 3. When anything is left to yield (a VPC's members, clusters, captured dependencies), the region is read once
 *    more and only those are yielded. A resource deleted between the two readings is counted but not yielded.
 */
export async function* streamSelection(
  region: () => AsyncIterable<readonly DiscoveredResource[]>,
  filter: ResourceFilter,
  pageSize = SELECTION_PAGE_SIZE,
): AsyncGenerator<SelectionPage, SelectionSummary> {
  const skeletons = new Map<string, GraphNode>();
  const matched: GraphNode[] = [];
  const named = filter.filterType === 'manual' ? new Set(filter.resourceIds) : undefined;
  const picks = (r: DiscoveredResource) => (filter.filterType === 'tags' ? tagsSelect(filter, r) : filter.filterType === 'manual' && named!.has(r.resourceId));
  let page: DiscoveredResource[] = [];
  for await (const resources of region()) {
    for (const r of resources) {
      const skeleton = skeletonOf(r);
      skeletons.set(r.resourceId, skeleton);
      if (!picks(r)) continue;
      matched.push(skeleton);
      page.push(r);
      if (page.length >= pageSize) {
        yield { reason: 'selected', resources: page };
        page = [];
      }
    }
  }
  if (page.length) yield { reason: 'selected', resources: page };

  const chosen = chosenBy(filter, skeletons, () => [...skeletons.values()], () => matched);
  let selected = chosen.selected;
  const unknownIds = chosen.unknownIds;
  const yielded = filter.filterType === 'vpc' ? 0 : selected.length;
  selected = withTheirClusters(selected, skeletons);
  const { dependencies, warnings } = dependencyClosure(selected, skeletons);
  const summary: SelectionSummary = {
    resourceCount: selected.length, dataResourceCount: selected.filter((r) => isDataResource(r.type)).length, dependencyCount: dependencies.length,
    warnings, unknownIds, vpcId: vpcOfSelection(selected),
  };

  const rest = new Map<string, 'selected' | 'dependency'>([
    ...selected.slice(yielded).map((r) => [r.resourceId, 'selected'] as const), ...dependencies.map((r) => [r.resourceId, 'dependency'] as const),
  ]);
  skeletons.clear();
  if (rest.size === 0) return summary;
  const pages = { selected: [] as DiscoveredResource[], dependency: [] as DiscoveredResource[] };
  for await (const resources of region()) {
    for (const r of resources) {
      const reason = rest.get(r.resourceId);
      if (!reason) continue;
      rest.delete(r.resourceId);
      pages[reason].push(r);
      if (pages[reason].length >= pageSize) {
        yield { reason, resources: pages[reason] };
        pages[reason] = [];
      }
    }
  }
  for (const reason of ['selected', 'dependency'] as const) if (pages[reason].length) yield { reason, resources: pages[reason] };
  return summary;
}
