import type { Generated } from 'kysely';

/**
 * The schedule columns a template has and an inline protection policy repeats (nullable there when the
 * policy uses a template instead).
 */
interface ScheduleColumns {
  /** fifteen-minutes … yearly, or custom (see schedule.ts; 0025 renamed the every-… spellings of 0008). */
  frequency_type: string;
  /** JSON object: {offset?, hours?, daysOfWeek? (MONDAY…), daysOfMonth?, months? (JANUARY…)}, only the fields the type uses. */
  frequency_details: string;
  /** Five-field cron expression; set for `custom` only. */
  cron_expression: string | null;
  /** IANA time zone the schedule is read in (`UTC` included). */
  time_zone: string;
  /** Protections kept in the source region; older unlocked ones are pruned. 1–1000. */
  retention_count: number;
  /** Protections kept in each replica region. 0–1000. */
  replica_retention_count: number;
}

export interface PolicyTemplatesTable extends ScheduleColumns {
  /** int64, assigned by the database. */
  id: Generated<number>;
  account_id: number;
  project_id: string;
  /** 3–50, `^[a-zA-Z][a-zA-Z0-9-]*$`; unique in the project (a deleted template's row is gone, so its name is free). */
  name: string;
  /** At most 1000 characters. */
  description: string;
  created_at: number;
  updated_at: number;
  /** Optimistic concurrency: the ETag; every update is WHERE version = the version read. */
  version: number;
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

export interface ProtectionPoliciesTable extends Nullable<ScheduleColumns> {
  /** int64, assigned by the database. */
  id: Generated<number>;
  account_id: number;
  project_id: string;
  /** The cloud assembly (cloud_assemblies.id) the policy protects; no foreign key, the assemblies module owns that table. */
  assembly_id: number;
  /** 3–50, `^[a-zA-Z][a-zA-Z0-9-]*$`; unique in the project. */
  name: string;
  description: string;
  /** The template whose schedule applies, read at each tick (a template change reaches its policies); null when the
   * schedule columns of this row hold an inline schedule. */
  template_id: number | null;
  /** enabled | paused | error (the others of the Cloud Rewind list are reserved; deletion removes the row). At most one
   * enabled policy per assembly (a partial unique index). */
  status: string;
  /** Why the policy is in its status (error: what could not be computed). */
  status_message: string | null;
  /** now | at */
  activation: string;
  /** The activation instant: creation time for `now`, the requested start for `at`. */
  start_at: number;
  /**
   * Slots before this instant never fire: the activation time, moved forward to the moment the schedule changed or
   * the policy was resumed, so that a change or a resume does not fire a slot of the past as if it had been missed.
   */
  slots_from: number;
  /** The last slot (epoch ms) fired; null before the first. Updated with a version check in the transaction that
   * enqueues the protection, so a slot fires once however many ticks race. */
  last_slot_at: number | null;
  /** The next slot due, for display and as the tick's work list (enabled policies with next_slot_at <= now). */
  next_slot_at: number | null;
  created_at: number;
  updated_at: number;
  /** Optimistic concurrency: the ETag. */
  version: number;
}

export interface PolicyTables {
  policy_templates: PolicyTemplatesTable;
  protection_policies: ProtectionPoliciesTable;
}
