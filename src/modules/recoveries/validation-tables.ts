/** A validation check's outcome: skipped when it does not apply (an as-captured recovery's isolation, no validators). */
export const VALIDATION_CHECK_STATUSES = ['passed', 'failed', 'skipped'] as const;
export type ValidationCheckStatus = (typeof VALIDATION_CHECK_STATUSES)[number];
/** A recovery's validation: running until its last check is recorded, then passed, failed or skipped (nothing was recovered). */
export const VALIDATION_STATUSES = ['running', 'passed', 'failed', 'skipped'] as const;
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number];

export interface RecoveryValidationChecksTable {
  recovery_id: string;
  /** The check's place in the validation's fixed order (built-in checks, then the assembly's validators): the resume point. */
  position: number;
  /** resources-ready, references, isolation, or `validator:<name>`. */
  name: string;
  status: ValidationCheckStatus;
  message: string;
  /** JSON array (decoded by the repository) of the source resource ids it is about: for a failed check, those at fault. */
  resource_ids: string;
  /** JSON (decoded by the repository): what a webhook validator's receiver answered as `details`, cut to DETAILS_MAX_CHARS; null for other checks. */
  details: string | null;
  /** Epoch ms. */
  started_at: number;
  finished_at: number;
}

export interface RecoveryValidationTables {
  recovery_validation_checks: RecoveryValidationChecksTable;
}
