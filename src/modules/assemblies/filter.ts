import type { DiscoveredResource } from '../../cloud/provider.ts';

/** How an assembly selects its resources from its connection's source region. */
export type ResourceFilter =
  | { readonly filterType: 'manual'; readonly resourceIds: readonly string[] }
  | { readonly filterType: 'vpc'; readonly vpcId: string }
  | { readonly filterType: 'tags'; readonly conditions: 'match-all-tags' | 'match-any-tags'; readonly tags: readonly { key: string; value: string }[] };

/** A dependency of a selected resource that the selection leaves out: a recovery would miss it. */
export interface DependencyWarning {
  readonly resourceId: string;
  readonly missingDependency: string;
  readonly missingType: string | undefined;
}

export interface Selection {
  readonly resources: DiscoveredResource[];
  readonly warnings: DependencyWarning[];
  /** manual ids that the region does not have. */
  readonly unknownIds: string[];
}

/**
 * Applies a filter to everything in the region. A resource is in a VPC when it is the VPC, names it as
 * `vpcId`, or depends (through any chain) on something in it: instances through their subnets, databases
 * through their subnet groups and security groups.
 */
export function selectResources(all: readonly DiscoveredResource[], filter: ResourceFilter): Selection {
  const byId = new Map(all.map((r) => [r.resourceId, r]));
  let selected: DiscoveredResource[];
  let unknownIds: string[] = [];
  switch (filter.filterType) {
    case 'manual':
      selected = filter.resourceIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
      unknownIds = filter.resourceIds.filter((id) => !byId.has(id));
      break;
    case 'tags': {
      const matches = (r: DiscoveredResource, t: { key: string; value: string }) => r.tags[t.key] === t.value;
      selected = all.filter((r) => (filter.conditions === 'match-all-tags' ? filter.tags.every((t) => matches(r, t)) : filter.tags.some((t) => matches(r, t))));
      break;
    }
    case 'vpc': {
      const memo = new Map<string, boolean>();
      const inVpc = (id: string, seen: Set<string>): boolean => {
        const known = memo.get(id);
        if (known !== undefined) return known;
        const r = byId.get(id);
        if (!r || seen.has(id)) return false;
        seen.add(id);
        const result = id === filter.vpcId || r.configuration.vpcId === filter.vpcId || r.dependencies.some((d) => inVpc(d, seen));
        memo.set(id, result);
        return result;
      };
      selected = all.filter((r) => inVpc(r.resourceId, new Set()));
      break;
    }
  }
  const chosen = new Set(selected.map((r) => r.resourceId));
  const warnings = selected.flatMap((r) =>
    r.dependencies.filter((d) => !chosen.has(d)).map((d) => ({ resourceId: r.resourceId, missingDependency: d, missingType: byId.get(d)?.type })));
  return { resources: selected, warnings, unknownIds };
}
