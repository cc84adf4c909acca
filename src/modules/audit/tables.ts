import type { Generated } from 'kysely';

export interface AuditEventsTable {
  id: Generated<number>;
  account_id: number;
  /** null for account-level actions (service accounts, projects). */
  project_id: string | null;
  /** `service-account:12`, `instance-admin` or `person:<subject>` (a person signed in through single sign-on). */
  actor: string;
  actor_name: string;
  /** The route's operationId, e.g. `updateAwsCloudConnectionGeneralInformation`. */
  action: string;
  method: string;
  path: string;
  /** e.g. `cloud-connection`; null when the action has no single target. */
  target_type: string | null;
  target_id: string | null;
  /** success (2xx) or failure. */
  result: string;
  status_code: number;
  request_id: string;
  created_at: number;
  /** On a failure: the error code the server answered (VALIDATION_FAILED, FORBIDDEN, CC.1001, …); null on success. */
  reason_code: string | null;
  /** On a failure: the error message the server answered (never holds a secret); null on success. */
  reason_message: string | null;
}

export interface AuditTables {
  audit_events: AuditEventsTable;
}
