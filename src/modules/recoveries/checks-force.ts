import type { PreflightCheck } from './checks-model.ts';
import type { PlanStep } from './plan.ts';
import type { RecoveryResourceInsert } from './repo.ts';
import { stepRow } from './step-rows.ts';

/**
 * A forced start's skipped resources: those of each failed check, then whatever depends on one of them (the plan
 * is in dependency order, so one pass reaches every dependent). They are written as `skipped` rows when the recovery
 * is recorded; the run's own rows for the plan never replace a row that exists (insertResources does nothing on
 * conflict), and the run passes over what is not pending.
 */
export function forcedSkips(recoveryId: string, steps: readonly PlanStep[], failed: readonly PreflightCheck[]): RecoveryResourceInsert[] {
  const reasons = new Map<string, string>();
  for (const check of failed) {
    for (const id of check.resourceIds) if (!reasons.has(id)) reasons.set(id, `Skipped (forced past the failed pre-flight check ${check.name}): ${check.message}`);
  }
  const rows: RecoveryResourceInsert[] = [];
  for (const step of steps) {
    const skippedDependency = step.dependencies.find((d) => reasons.has(d) && d !== step.sourceResourceId);
    if (!reasons.has(step.sourceResourceId) && skippedDependency) reasons.set(step.sourceResourceId, `Skipped: its dependency ${skippedDependency} is skipped by a failed pre-flight check`);
    const reason = reasons.get(step.sourceResourceId);
    if (!reason) continue;
    rows.push(stepRow(recoveryId, step, { status: 'skipped', recovered_resource_id: null, error: reason }));
  }
  return rows;
}
