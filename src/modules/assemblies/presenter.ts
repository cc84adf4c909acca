import { publicConfiguration } from '../../platform/user-data.ts';
import type { Static } from '@sinclair/typebox';
import type { DiscoveredResource } from '../../cloud/provider.ts';
import { iso } from '../../platform/http/schema.ts';
import { dependencyWarningText, type ResourceFilter, type Selection } from './filter.ts';
import type { AssemblyView } from './read-assembly.ts';
import type { Assembly, AssemblyResources } from './schemas.ts';

/** A manual filter answers its ids under the published name `resources`, and under `resourceIds` for older clients. */
function presentFilter(filter: ResourceFilter): Record<string, unknown> {
  return filter.filterType === 'manual'
    ? { filterType: 'manual', resources: [...filter.resourceIds], resourceIds: [...filter.resourceIds] }
    : { ...filter };
}

export function presentAssembly(row: AssemblyView): Static<typeof Assembly> {
  return {
    accountId: row.account_id, projectId: row.project_id, id: row.id, name: row.name, description: row.description, cloudType: 'aws',
    cloudConnectionId: row.cloud_connection_id, cloudConnectionName: row.cloud_connection_name,
    sourceRegion: row.source_region, resourceFilterStrategy: presentFilter(row.resource_filter),
    allowCrossRegionRecovery: row.allow_cross_region_recovery === 1, replicaRegions: [...row.replica_regions],
    // A webhook validator's secret is never shown, not even sealed: only that one is set.
    validators: row.validators.map((v) => (v.type === 'webhook'
      ? { type: v.type, name: v.name, url: v.url, ...(v.timeoutSeconds === undefined ? {} : { timeoutSeconds: v.timeoutSeconds }), secretSet: true as const }
      : { ...v })),
    vpcId: row.vpc_id ?? row.selected_vpc_id, protectionStrategy: row.protection_strategy,
    protectionStrategyOptions: structuredClone(row.protection_strategy_options),
    status: row.status, statusMessage: row.status_message,
    lastProtection: row.last_protection_id && row.last_protection_at !== null
      ? { id: row.last_protection_id, status: row.last_protection_status ?? 'created', at: iso(row.last_protection_at) }
      : null,
    lastProtectionAt: iso(row.last_protection_at), lastProtectionStatus: row.last_protection_status,
    lastSuccessfulProtectionAt: iso(row.last_successful_protection_at),
    rtoTargetMinutes: row.rto_target_minutes, rpoTargetMinutes: row.rpo_target_minutes, rpoStatus: row.rpo.status,
    createdAt: iso(row.created_at), updatedAt: iso(row.updated_at), deletedAt: iso(row.deleted_at),
  };
}

const resource = (r: DiscoveredResource) => ({
  resourceId: r.resourceId, arn: r.arn, type: r.type, service: r.service, region: r.region, name: r.name,
  configuration: publicConfiguration(r.configuration), tags: { ...r.tags }, dependencies: [...r.dependencies],
});

export function presentSelection(selection: Selection): Static<typeof AssemblyResources> {
  return {
    resourceCount: selection.resources.length,
    resources: selection.resources.map(resource),
    capturedDependencies: selection.dependencies.map(resource),
    dependencyWarnings: selection.warnings.map((w) => ({ ...w, missingType: w.missingType ?? null, message: dependencyWarningText(w) })),
    unknownResourceIds: selection.unknownIds,
  };
}
