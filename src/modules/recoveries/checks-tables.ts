export interface RecoveryChecksTable {
  /** The recovery (recoveries.id) whose start ran the checks. */
  recovery_id: string;
  /** 1 when the recovery was started with `force` despite a failed check (the failed checks' resources are skipped). */
  forced: number;
  /** JSON array (decoded by the repository) of {name, status, message, resourceIds}, in the order the plan shows them. */
  checks: string;
  /** Epoch ms the checks ran: the start request. */
  checked_at: number;
}

export interface RecoveryCheckTables {
  recovery_checks: RecoveryChecksTable;
}
