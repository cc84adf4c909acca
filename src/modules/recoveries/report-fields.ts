import type { RecoveryResourceRow, RecoveryRow } from './repo.ts';
import type { DrillReportBody } from './report-schema.ts';

// Issue 16's validation, measured RTO/RPO, resource timing and assembly targets are built on other branches.
// The report reads them here, and only here, as optional fields of the rows (snake_case columns, epoch ms), so
// wiring them is a change to these four readers.
type Maybe<T> = T | null | undefined;
interface FutureRecovery { rto_seconds?: Maybe<number>; rpo_seconds?: Maybe<number>; validation?: Maybe<unknown> }
interface FutureResource { started_at?: Maybe<number>; finished_at?: Maybe<number>; duration_seconds?: Maybe<number> }
interface FutureAssembly { rto_target_minutes?: Maybe<number>; rpo_target_minutes?: Maybe<number> }

const numberOr = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The validation as the repository decoded it, or null when the recovery was not validated. */
export function validationOf(recovery: RecoveryRow): DrillReportBody['validation'] {
  const value = (recovery as FutureRecovery).validation;
  if (!value || typeof value !== 'object') return null;
  const v = value as { status?: unknown; checks?: unknown };
  const status = v.status === 'passed' || v.status === 'failed' || v.status === 'skipped' ? v.status : null;
  if (!status) return null;
  const checks = (Array.isArray(v.checks) ? v.checks : []).map((c: Record<string, unknown>) => ({
    name: String(c.name ?? ''), status: String(c.status ?? ''), message: typeof c.message === 'string' ? c.message : null,
    resourceIds: Array.isArray(c.resourceIds) ? c.resourceIds.map(String) : [],
  }));
  return { status, checks };
}

export function timingOf(resource: RecoveryResourceRow): { startedAt: number | null; finishedAt: number | null; durationSeconds: number | null } {
  const r = resource as FutureResource;
  const startedAt = numberOr(r.started_at);
  const finishedAt = numberOr(r.finished_at);
  const durationSeconds = numberOr(r.duration_seconds) ?? (startedAt !== null && finishedAt !== null ? (finishedAt - startedAt) / 1000 : null);
  return { startedAt, finishedAt, durationSeconds };
}

/** rpoSeconds as the recovery recorded it, else the same definition from what is known: the point's age when the recovery started. */
export function measuredOf(recovery: RecoveryRow, protectionTimestamp: number | null): DrillReportBody['measured'] {
  const r = recovery as FutureRecovery;
  const derivedRpo = recovery.started_at !== null && protectionTimestamp !== null ? Math.max(0, (recovery.started_at - protectionTimestamp) / 1000) : null;
  return { rtoSeconds: numberOr(r.rto_seconds), rpoSeconds: numberOr(r.rpo_seconds) ?? derivedRpo };
}

export function targetsOf(assembly: unknown): DrillReportBody['targets'] {
  const a = assembly as FutureAssembly;
  return { rtoTargetMinutes: numberOr(a.rto_target_minutes), rpoTargetMinutes: numberOr(a.rpo_target_minutes) };
}
