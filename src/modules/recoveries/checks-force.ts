import type { PreflightCheck } from './checks-model.ts';
import type { PlanStep } from './plan.ts';

/**
 * A forced start's skipped resources, as each one's reason by source id: those of each failed check, then whatever depends on one of them (the plan
 * is in dependency order, so one pass reaches every dependent). They are written as `skipped` rows (start-recovery.ts skippedRows) when the recovery
 * is recorded; the run's own rows for the plan never replace a row that exists (insertResources does nothing on
 * conflict), and the run passes over what is not pending.
 */
export function forcedSkipReasons(steps: readonly Pick<PlanStep, 'sourceResourceId' | 'dependencies'>[], failed: readonly PreflightCheck[]): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const check of failed) {
    for (const id of check.resourceIds) if (!reasons.has(id)) reasons.set(id, `Skipped (forced past the failed pre-flight check ${check.name}): ${check.message}`);
  }
  for (const step of steps) {
    const skippedDependency = step.dependencies.find((d) => reasons.has(d) && d !== step.sourceResourceId);
    if (!reasons.has(step.sourceResourceId) && skippedDependency) reasons.set(step.sourceResourceId, `Skipped: its dependency ${skippedDependency} is skipped by a failed pre-flight check`);
  }
  return reasons;
}
