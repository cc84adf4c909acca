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
}

export interface AuditTables {
  audit_events: AuditEventsTable;
}
