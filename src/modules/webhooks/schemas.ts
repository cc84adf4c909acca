import { Type } from '@sinclair/typebox';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { DELIVERY_STATUSES, WEBHOOK_TYPES } from './tables.ts';

export const WebhookTypeSchema = StringEnum(WEBHOOK_TYPES, { description: 'When the hook is called: before or after a protection, recovery or reset, when a drill run ends, or when the RPO is breached or restored.' });
const Url = Type.String({ minLength: 1, maxLength: 2048, description: 'https (http only when the instance allows private targets).' });
const RetryAttempts = Type.Integer({ minimum: 3, maximum: 10, description: 'Attempts per delivery, 3–10 (default 3).' });
const Timeout = Type.Integer({ minimum: 1, maximum: 3600, description: 'Seconds one attempt may take, 1–3600 (default 30).' });
const FailOnError = Type.Boolean({ description: 'pre-* hooks only: a failed delivery stops the operation.' });

const Enabled = Type.Boolean({ description: 'false keeps the webhook but sends nothing. Default true.' });
const WEBHOOK_EXAMPLE = {
  accountId: 1, projectId: 'default', cloudAssemblyId: 1, webhookType: 'post-recovery', url: 'https://hooks.example.com/lifeboat', retryAttempts: 3, timeout: 30,
  failOnError: false, enabled: true, createdAt: '2026-12-04T14:30:00.000Z', updatedAt: '2026-12-04T14:30:00.000Z',
};

export const CreateWebhookBody = Type.Object({
  webhookType: WebhookTypeSchema,
  url: Url,
  retryAttempts: Type.Optional(RetryAttempts),
  timeout: Type.Optional(Timeout),
  failOnError: Type.Optional(FailOnError),
  enabled: Type.Optional(Enabled),
}, { additionalProperties: false, examples: [{ webhookType: 'post-recovery', url: 'https://hooks.example.com/lifeboat', retryAttempts: 3, timeout: 30 }] });

export const UpdateWebhookBody = Type.Object({
  url: Url,
  retryAttempts: Type.Optional(RetryAttempts),
  timeout: Type.Optional(Timeout),
  failOnError: Type.Optional(FailOnError),
  enabled: Type.Optional(Enabled),
}, { additionalProperties: false, examples: [{ url: 'https://hooks.example.com/lifeboat-v2', retryAttempts: 5, timeout: 10, enabled: true }] });

const webhookFields = {
  accountId: Int64('Account ID.'), projectId: Type.String({ description: 'Project ID.' }), cloudAssemblyId: Int64('The cloud assembly the webhook belongs to.'),
  webhookType: WebhookTypeSchema,
  url: Type.String({ description: 'Where each event is POSTed (JSON), signed: X-Lifeboat-Signature is v1=HMAC-SHA256(secret, "<X-Lifeboat-Timestamp>.<body>") in hex.' }),
  retryAttempts: Type.Integer({ description: 'Attempts per delivery, 3–10.' }),
  timeout: Type.Integer({ description: 'Seconds one attempt may take, 1–3600.' }),
  failOnError: Type.Boolean({ description: 'pre-* hooks only: when true, a delivery that fails every attempt stops the protection, recovery or reset.' }),
  enabled: Type.Boolean({ description: 'false: kept but nothing is sent.' }),
  createdAt: Timestamp('When the webhook was added.'), updatedAt: Timestamp('When it was last changed.'),
};
export const Webhook = Type.Object(webhookFields, { examples: [WEBHOOK_EXAMPLE] });
export const CreatedWebhook = Type.Object({
  ...webhookFields,
  secret: Type.String({ description: 'The HMAC-SHA256 signing secret: shown in this answer only.' }),
}, { examples: [{ ...WEBHOOK_EXAMPLE, secret: 'whsec_3b1f0c7e9a5d4c2b8e6f1a0d9c8b7a6e' }] });

export const WebhookDelivery = Type.Object({
  id: Int64('Delivery attempt ID.'),
  deliveryId: Type.String({ description: 'The delivery (X-Lifeboat-Delivery; the same on each attempt of one event).' }),
  event: Type.String({ description: 'The webhook type it was sent for (X-Lifeboat-Event).' }),
  payload: Type.Unknown({ description: 'The JSON body sent.' }),
  attempt: Type.Integer({ description: 'Which attempt this was, from 1.' }),
  status: StringEnum(DELIVERY_STATUSES, { description: 'pending (under way), succeeded (a 2xx answer) or failed.' }),
  responseStatus: Nullable(Type.Integer(), "The target's HTTP status; null when none came (refused, timed out, unreachable)."),
  error: Nullable(Type.String(), 'Why the attempt failed; null when it succeeded.'),
  durationMs: Nullable(Type.Integer(), 'Milliseconds the attempt took; null while pending.'),
  createdAt: Timestamp('When the attempt started.'),
}, {
  examples: [{
    id: 1, deliveryId: 'dlv-5c1e2f9a0b7d4e3c', event: 'post-recovery', payload: { accountId: 1, projectId: 'default', cloudAssembly: { id: 1, name: 'shop' }, recovery: { id: 'rec-9e5a4783f9c9f6c54314', name: 'drill-1', status: 'completed', recoveredCount: 26, failedCount: 0 } },
    attempt: 1, status: 'succeeded', responseStatus: 200, error: null, durationMs: 84, createdAt: '2026-12-04T14:40:00.000Z',
  }],
});
