/**
 * The protection-policy statuses of the Cloud Rewind reference. Lifeboat uses enabled, paused and error; deleting a
 * policy removes it at once (its protections stay, and retention of those is the protections module's), so the
 * deletion states and schedule-create-failed are listed for the contract but never set.
 */
export const POLICY_STATUSES = [
  'enabled', 'disabled', 'paused', 'error', 'schedule-create-failed',
  'delete-pending', 'delete-in-progress', 'delete-snapshots', 'delete-resources', 'delete-failed',
] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** What PUT …/status may ask for: resume (from paused or error) or pause. */
export const USER_STATUSES = ['enabled', 'paused'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
