import type { Generated } from 'kysely';

/** What a drill policy is: enabled (its slots fire) or paused. */
export const DRILL_POLICY_STATUSES = ['enabled', 'paused'] as const;
export type DrillPolicyStatus = (typeof DRILL_POLICY_STATUSES)[number];

/**
 * Where a run is. pending: recorded, its recovery not started yet; recovering: the recovery (and the validation it
 * does) has not settled; resetting: settled, waiting for its reset; then completed | failed, or skipped (another
 * recovery of the assembly was running, or there was nothing to recover from).
 */
export const DRILL_RUN_STATUSES = ['pending', 'recovering', 'resetting', 'completed', 'failed', 'skipped'] as const;
export type DrillRunStatus = (typeof DRILL_RUN_STATUSES)[number];
export const OPEN_RUN_STATUSES: readonly DrillRunStatus[] = ['pending', 'recovering', 'resetting'];

export const DRILL_TRIGGERS = ['schedule', 'manual'] as const;
export type DrillTrigger = (typeof DRILL_TRIGGERS)[number];

export interface DrillPoliciesTable {
  /** int64, assigned by the database. */
  id: Generated<number>;
  account_id: number;
  project_id: string;
  /** The cloud assembly drilled (cloud_assemblies.id); no foreign key, the assemblies module owns that table. */
  assembly_id: number;
  /** 3–50, `^[a-zA-Z][a-zA-Z0-9-]*$` (as protection policies); unique in the project. */
  name: string;
  /** At most 1000 characters. */
  description: string;
  /** The schedule, as protection policies store it (see policies/schedule.ts): frequency type, JSON details, cron, zone. */
  frequency_type: string;
  frequency_details: string;
  cron_expression: string | null;
  time_zone: string;
  /** JSON: the start-recovery body's scope, mode, isolation, filter and target fields each run starts its recovery with. */
  recovery: string;
  /** 1–10080: how long after its start the drill's recovery resets itself (the recovery's own resetAfterMinutes). */
  reset_after_minutes: number;
  /** enabled | paused. */
  status: DrillPolicyStatus;
  /** Slots before this instant never fire: creation, or the moment the schedule changed or the policy was resumed. */
  slots_from: number;
  /** The last slot fired; written with a version check in the transaction that records its run, so it fires once. */
  last_slot_at: number | null;
  /** The next slot due (null when paused): the tick's work list. */
  next_slot_at: number | null;
  created_at: number;
  updated_at: number;
  /** Optimistic concurrency: the ETag. */
  version: number;
}

export interface DrillRunsTable {
  /** int64, assigned by the database. */
  id: Generated<number>;
  /** The policy (drill_policies.id); its runs go with it. */
  policy_id: number;
  account_id: number;
  project_id: string;
  assembly_id: number;
  /** schedule | manual (POST …/run). */
  trigger: DrillTrigger;
  /** The slot a scheduled run fired for (unique with policy_id); null for a manual run. */
  slot_at: number | null;
  status: DrillRunStatus;
  /** Why it was skipped or failed. */
  status_message: string | null;
  /** The recovery it started (recoveries.id); null until started, and when skipped. */
  recovery_id: string | null;
  /** The recovery's outcome once settled: completed, partially-completed, failed, aborted. */
  recovery_status: string | null;
  /** The recovery's validation status once settled (passed | failed | skipped), when the recovery reports one. */
  validation_status: string | null;
  /** Measured by the recovery, when it reports them. */
  rto_seconds: number | null;
  rpo_seconds: number | null;
  /** The recovery's reset outcome: completed | failed. */
  reset_status: string | null;
  /** Resources still tagged with the recovery's id after its reset (0 for a clean drill); null until known. */
  leftovers: number | null;
  /** When the run's recovery was started, and when the run ended. */
  started_at: number | null;
  finished_at: number | null;
  created_at: number;
  updated_at: number;
  /** Optimistic concurrency: every step is written WHERE version = the version read. */
  version: number;
}

export interface DrillTables {
  drill_policies: DrillPoliciesTable;
  drill_runs: DrillRunsTable;
}
