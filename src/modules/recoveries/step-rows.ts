import type { PlanStep } from './plan.ts';
import type { RecoveryResourceInsert } from './repo.ts';

/** The row a plan step is recorded as: by the run (pending, mapped or failed) and by a forced start (skipped). */
export function stepRow(
  recoveryId: string,
  step: PlanStep,
  outcome: Pick<RecoveryResourceInsert, 'status' | 'recovered_resource_id' | 'error'>,
): RecoveryResourceInsert {
  return {
    recovery_id: recoveryId, source_resource_id: step.sourceResourceId, source_region: step.sourceRegion, type: step.type, name: step.name,
    level: step.level, action: step.action, configuration: { ...step.configuration }, tags: { ...step.tags },
    dependencies: [...step.dependencies], snapshot_id: step.snapshotId, recovered_arn: null,
    dropped_references: [...step.droppedReferences], note: step.note, source_arn: step.sourceArn, ...outcome,
  };
}
