import type { Static } from '@sinclair/typebox';
import { iso } from '../../platform/http/schema.ts';
import type { DeliveryRow, WebhookRow } from './repo.ts';
import type { Webhook, WebhookDelivery } from './schemas.ts';

/** Never the secret: only the create answer carries it, added by the route. */
export function presentWebhook(row: WebhookRow): Static<typeof Webhook> {
  return {
    accountId: row.account_id, projectId: row.project_id, cloudAssemblyId: row.assembly_id,
    webhookType: row.type, url: row.url, retryAttempts: row.retry_attempts,
    timeout: row.timeout_seconds, failOnError: row.fail_on_error === 1, enabled: row.enabled === 1,
    createdAt: iso(row.created_at), updatedAt: iso(row.updated_at),
  };
}

export function presentDelivery(row: DeliveryRow): Static<typeof WebhookDelivery> {
  return {
    id: row.id, deliveryId: row.delivery_id, event: row.event, payload: row.payload, attempt: row.attempt,
    status: row.status, responseStatus: row.response_status, error: row.error,
    durationMs: row.duration_ms, createdAt: iso(row.created_at),
  };
}
