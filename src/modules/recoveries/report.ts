import type { RecreatedResource } from '../../cloud/provider.ts';
import { iso } from '../../platform/http/schema.ts';
import { cloudMessage } from './cloud-message.ts';
import { targetCredentials, type RecoveriesDeps, type RecoveryRef } from './context.ts';
import { recoveryManagement } from './manage-recovery.ts';
import { presentCheck, presentRecoveredResource } from './presenter.ts';
import type { RecoveryResourceRow, RecoveryRow } from './repo.ts';
import { measuredOf, targetsOf, timingOf, validationOf } from './report-fields.ts';
import type { DrillReportBody, ReportResourceBody } from './report-schema.ts';
import type { RecoveryTransferRow } from './transfer-repo.ts';

/** What the recovery did for a resource, kept after a reset: what the reset deleted had been recovered. */
function outcomeOf(resource: RecoveryResourceRow): ReportResourceBody['outcome'] {
  if (resource.action === 'blocked') return 'blocked';
  if (resource.status === 'deleted' || resource.status === 'delete-failed') return 'recovered';
  return resource.status;
}

/** The regions the recovery created things in: its target region and any other its recovered ARNs name (S3 ARNs name none). */
function regionsTouched(recovery: RecoveryRow, resources: readonly RecoveryResourceRow[]): string[] {
  const regions = new Set([recovery.target_region]);
  for (const r of resources) {
    const region = r.recovered_arn?.split(':')[3];
    if (region && (r.action === 'create' || r.action === 'restore')) regions.add(region);
  }
  return [...regions].sort();
}

const RESET_MESSAGES = {
  'not-run': 'The reset has not run: everything the recovery made is still in place.',
  pending: 'The reset is queued: leftovers are counted once it ends.',
  'in-progress': 'The reset is under way: leftovers are counted once it ends.',
  stalled: 'The reset is waiting for another recovery of the assembly: leftovers are counted once it ends.',
  completed: 'The reset completed.',
  failed: 'The reset failed.',
} as const;

/** The drill report of one recovery: JSON for tools, and the same model the HTML page draws. */
export function recoveryReports(deps: RecoveriesDeps) {
  const { details } = recoveryManagement(deps);

  /** Resources still carrying the recovery's tag in the target account, in every region it touched. */
  async function leftovers(recovery: RecoveryRow, regions: readonly string[]): Promise<{ found: RecreatedResource[] } | { error: string }> {
    try {
      const credentials = await targetCredentials(deps, recovery);
      const found: RecreatedResource[] = [];
      for (const region of regions) found.push(...await deps.cloud.listRecoveryResources(credentials, { region, recoveryId: recovery.id }));
      return { found };
    } catch (error) {
      return { error: `The target account could not be asked for leftovers: ${cloudMessage(error)}` };
    }
  }

  async function resetOf(recovery: RecoveryRow, resources: readonly RecoveryResourceRow[]): Promise<DrillReportBody['reset']> {
    const status: DrillReportBody['reset']['status'] = recovery.reset_status ?? 'not-run';
    const base = {
      status, requestedAt: iso(recovery.reset_requested_at), requestedBy: recovery.reset_requested_by, finishedAt: iso(recovery.reset_finished_at),
      deletedCount: recovery.reset_deleted_count, leftovers: null, leftoversError: null,
    };
    const message = [RESET_MESSAGES[status], recovery.reset_message].filter(Boolean).join(' ');
    if (status !== 'completed' && status !== 'failed') return { ...base, message };
    const regions = regionsTouched(recovery, resources);
    const answer = await leftovers(recovery, regions);
    if ('error' in answer) return { ...base, message, leftoversError: answer.error };
    const found = answer.found.map((r) => ({ resourceId: r.resourceId, arn: r.arn, region: r.region, type: r.type }));
    const counted = found.length ? `${found.length} resource(s) still carry the recovery's tag.` : "No resource carries the recovery's tag any more.";
    return { ...base, message: `${message} ${counted}`, leftovers: { count: found.length, regions, resources: found } };
  }

  return {
    /** GET …/recoveries/{id}/report: 404 like the recovery's details; asks the target account for leftovers once the reset has ended. */
    async report(ref: RecoveryRef): Promise<DrillReportBody> {
      const { recovery, resources, checks, validation } = await details(ref);
      const assembly = await deps.assemblies.get({ accountId: ref.accountId, projectId: ref.projectId, id: ref.assemblyId });
      const protection = await deps.protections.find(recovery.assembly_id, recovery.protection_id);
      const protectionTimestamp = protection?.created_at ?? null;
      const shown = resources.map((r: RecoveryResourceRow & { transfer?: RecoveryTransferRow }) => {
        const timing = timingOf(r);
        return {
          ...presentRecoveredResource(r), outcome: outcomeOf(r),
          startedAt: iso(timing.startedAt), finishedAt: iso(timing.finishedAt), durationSeconds: timing.durationSeconds,
        };
      });
      const count = (outcome: ReportResourceBody['outcome']) => shown.filter((r) => r.outcome === outcome).length;
      return {
        recoveryId: recovery.id, recoveryName: recovery.name, cloudAssemblyId: recovery.assembly_id, cloudAssemblyName: assembly.name,
        recoveryStatus: recovery.status, statusMessage: recovery.status_message,
        recoveryScope: recovery.scope, isolation: recovery.isolation, targetCloudConnectionId: recovery.target_connection_id, targetRegion: recovery.target_region,
        generatedAt: new Date(deps.now()).toISOString(), startedAt: iso(recovery.started_at), finishedAt: iso(recovery.finished_at),
        recoveryPoint: { protectionId: recovery.protection_id, protectionTimestamp: iso(protectionTimestamp) },
        targets: targetsOf(assembly), measured: measuredOf(recovery),
        forced: checks.forced, checks: checks.checks.map(presentCheck), validation: validationOf(recovery, validation),
        timing: shown.length > 0 && shown.every((r) => r.startedAt !== null || r.outcome !== 'recovered') && shown.some((r) => r.startedAt !== null) ? 'measured' : 'order-only',
        summary: {
          total: shown.length, recovered: count('recovered'), mapped: count('mapped'), failed: count('failed'), skipped: count('skipped'), blocked: count('blocked'),
        },
        resources: shown,
        reset: await resetOf(recovery, resources),
      };
    },
  };
}
