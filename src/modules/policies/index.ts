// The policies module's public API: what the composition root and the protections module use.
export type { PolicyTables, PolicyTemplatesTable, ProtectionPoliciesTable } from './tables.ts';
export { policiesMigration } from './migration.ts';
export { policiesRewindMigration } from './rewind-migration.ts';
export { createPoliciesService, removeAssemblyPolicies, type PoliciesDeps, type PoliciesService } from './service.ts';
export type { PolicyAssembliesPort } from './context.ts';
export { policyRoutes } from './routes.ts';
export { schedulerTickHandler, SCHEDULER_TICK_KIND, type FireProtection, type ScheduledFiring, type SchedulerDeps } from './scheduler.ts';
export {
  toCron, nextSlot, latestSlot, dueSlot, upcomingSlot, FREQUENCY_TYPES, DAYS_OF_WEEK, MONTHS,
  type FrequencyType, type FrequencyDetails, type Schedule, type PolicySchedule, type SlotState,
} from './schedule.ts';
export { normaliseSchedule, isTimeZone, type ScheduleInput } from './schedule-input.ts';
export { POLICY_STATUSES, type PolicyStatus } from './statuses.ts';
