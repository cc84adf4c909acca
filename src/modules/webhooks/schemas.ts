import { Type } from '@sinclair/typebox';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';
import { DELIVERY_STATUSES, WEBHOOK_TYPES } from './tables.ts';

export const WebhookTypeSchema = StringEnum(WEBHOOK_TYPES, { description: 'When the hook is called: before or after a protection, recovery or reset, when a drill run ends, or when the RPO is breached or restored.' });
const Url = Type.String({ minLength: 1, maxLength: 2048, description: 'https (http only when the instance allows private targets).' });
const RetryAttempts = Type.Integer({ minimum: 3, maximum: 10, description: 'Attempts per delivery, 3–10 (default 3).' });
const Timeout = Type.Integer({ minimum: 1, maximum: 3600, description: 'Seconds one attempt may take, 1–3600 (default 30).' });
const FailOnError = Type.Boolean({ description: 'pre-* hooks only: a failed delivery stops the operation.' });

export const CreateWebhookBody = Type.Object({
  webhookType: WebhookTypeSchema,
  url: Url,
  retryAttempts: Type.Optional(RetryAttempts),
  timeout: Type.Optional(Timeout),
  failOnError: Type.Optional(FailOnError),
  enabled: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

export const UpdateWebhookBody = Type.Object({
  url: Url,
  retryAttempts: Type.Optional(RetryAttempts),
  timeout: Type.Optional(Timeout),
  failOnError: Type.Optional(FailOnError),
  enabled: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

const webhookFields = {
  accountId: Int64(), projectId: Type.String(), cloudAssemblyId: Int64(),
  webhookType: WebhookTypeSchema, url: Type.String(), retryAttempts: Type.Integer(), timeout: Type.Integer(),
  failOnError: Type.Boolean(), enabled: Type.Boolean(), createdAt: Timestamp(), updatedAt: Timestamp(),
};
export const Webhook = Type.Object(webhookFields);
export const CreatedWebhook = Type.Object({
  ...webhookFields,
  secret: Type.String({ description: 'The HMAC-SHA256 signing secret: shown in this answer only.' }),
});

export const WebhookDelivery = Type.Object({
  id: Int64(), deliveryId: Type.String(), event: Type.String(), payload: Type.Unknown(), attempt: Type.Integer(),
  status: StringEnum(DELIVERY_STATUSES), responseStatus: Nullable(Type.Integer()),
  error: Nullable(Type.String()), durationMs: Nullable(Type.Integer()), createdAt: Timestamp(),
});
