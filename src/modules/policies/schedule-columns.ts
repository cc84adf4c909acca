import type { PolicyView, TemplateRow } from './repo.ts';
import type { FrequencyDetails, FrequencyType, PolicySchedule, Schedule } from './schedule.ts';

/** A schedule as the columns of a template or an inline policy store it. */
export function scheduleColumns(schedule: PolicySchedule) {
  return {
    frequency_type: schedule.frequencyType,
    frequency_details: JSON.stringify(schedule.frequencyDetails),
    cron_expression: schedule.cronExpression,
    time_zone: schedule.timeZone,
    retention_count: schedule.retentionCount,
    replica_retention_count: schedule.replicaRetentionCount,
  };
}

/** The columns of an inline schedule, all null: the policy uses a template. */
export const NO_INLINE_SCHEDULE = {
  frequency_type: null, frequency_details: null, cron_expression: null, time_zone: null, retention_count: null, replica_retention_count: null,
} as const;

export function templateSchedule(row: TemplateRow): PolicySchedule {
  return {
    frequencyType: row.frequency_type as FrequencyType,
    frequencyDetails: JSON.parse(row.frequency_details) as FrequencyDetails,
    cronExpression: row.cron_expression,
    timeZone: row.time_zone,
    retentionCount: row.retention_count,
    replicaRetentionCount: row.replica_retention_count,
  };
}

/** The schedule in effect for a policy: its template's, or its own inline one. */
export function policySchedule(view: PolicyView): PolicySchedule {
  if (view.template_id !== null) {
    return {
      frequencyType: view.t_frequency_type as FrequencyType,
      frequencyDetails: JSON.parse(view.t_frequency_details!) as FrequencyDetails,
      cronExpression: view.t_cron_expression,
      timeZone: view.t_time_zone!,
      retentionCount: view.t_retention_count!,
      replicaRetentionCount: view.t_replica_retention_count!,
    };
  }
  return {
    frequencyType: view.frequency_type as FrequencyType,
    frequencyDetails: JSON.parse(view.frequency_details!) as FrequencyDetails,
    cronExpression: view.cron_expression,
    timeZone: view.time_zone!,
    retentionCount: view.retention_count!,
    replicaRetentionCount: view.replica_retention_count!,
  };
}

/** Whether two schedules fire at the same instants (retention aside). */
export function sameTiming(a: Schedule, b: Schedule): boolean {
  return a.frequencyType === b.frequencyType && a.timeZone === b.timeZone && a.cronExpression === b.cronExpression
    && JSON.stringify(a.frequencyDetails) === JSON.stringify(b.frequencyDetails);
}

/** Whether two schedules are the same in every field a response shows. */
export function sameSchedule(a: PolicySchedule, b: PolicySchedule): boolean {
  return sameTiming(a, b) && a.retentionCount === b.retentionCount && a.replicaRetentionCount === b.replicaRetentionCount;
}
