import type { Generated } from 'kysely';

export const WEBHOOK_TYPES = [
  'pre-protection', 'post-protection', 'pre-recovery', 'post-recovery', 'pre-reset', 'post-reset',
  // A drill run's end (the drills module): completed when its recovery validated and its reset left nothing behind.
  'drill-completed', 'drill-failed',
  // Sent when the assembly's RPO status changes to breached, and back to met (the assemblies module's evaluation).
  'rpo-breached', 'rpo-restored',
] as const;
export type WebhookType = (typeof WEBHOOK_TYPES)[number];
export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const isPreHook = (type: string): boolean => type.startsWith('pre-');

export interface WebhooksTable {
  id: Generated<number>;
  account_id: number;
  project_id: string;
  assembly_id: number;
  /** Unique per assembly. */
  type: WebhookType;
  url: string;
  /** 3–10. */
  retry_attempts: number;
  /** 1–3600. */
  timeout_seconds: number;
  /** Only ever 1 on pre-* hooks: a failed delivery stops the operation. */
  fail_on_error: number;
  /** The HMAC signing secret, sealed with the master key. Never returned after the create answer. */
  secret_sealed: string;
  enabled: number;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  webhook_id: number;
  /** The X-Lifeboat-Delivery id: the same on every attempt of one delivery. */
  delivery_id: string;
  event: string;
  /** JSON (decoded by the repository when read). */
  payload: string;
  /** 1-based. */
  attempt: number;
  status: DeliveryStatus;
  response_status: number | null;
  error: string | null;
  duration_ms: number | null;
  created_at: number;
}

export interface WebhookTables {
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
}
