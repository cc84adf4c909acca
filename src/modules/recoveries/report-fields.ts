import type { AssemblyRow } from '../assemblies/service.ts';
import { resourceTimingOf, rpoSecondsOf, rtoSecondsOf } from './presenter.ts';
import type { RecoveryResourceRow, RecoveryRow } from './repo.ts';
import type { DrillReportBody } from './report-schema.ts';
import type { ValidationCheck } from './validation-repo.ts';

// What the report takes from the validation, the measured RTO/RPO, each resource's timing and the assembly's
// targets: the same definitions as the recovery's own answer (presenter.ts), so the two never disagree.

/** The validation once it has an outcome; null when the recovery was not validated (or is still validating). */
export function validationOf(recovery: RecoveryRow, checks: readonly ValidationCheck[]): DrillReportBody['validation'] {
  const status = recovery.validation_status;
  if (status !== 'passed' && status !== 'failed' && status !== 'skipped') return null;
  return {
    status,
    checks: checks.map((c) => ({ name: c.name, status: c.status, message: c.message, resourceIds: [...c.resourceIds], ...('details' in c ? { details: c.details } : {}) })),
  };
}

export function timingOf(resource: RecoveryResourceRow): { startedAt: number | null; finishedAt: number | null; durationSeconds: number | null } {
  const timing = resourceTimingOf(resource);
  return { startedAt: timing.startedAt, finishedAt: timing.readyAt ?? timing.finishedAt, durationSeconds: timing.durationSeconds };
}

export function measuredOf(recovery: RecoveryRow): DrillReportBody['measured'] {
  return { rtoSeconds: rtoSecondsOf(recovery), rpoSeconds: rpoSecondsOf(recovery) };
}

export function targetsOf(assembly: AssemblyRow): DrillReportBody['targets'] {
  const a = assembly as AssemblyRow & { rto_target_minutes?: number | null; rpo_target_minutes?: number | null };
  return { rtoTargetMinutes: a.rto_target_minutes ?? null, rpoTargetMinutes: a.rpo_target_minutes ?? null };
}
