import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { etagOf, expectedVersion } from '../../platform/http/etag.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { ListHeaders, projectParams } from '../../platform/http/native-params.ts';
import { contentRange, parseItemRange } from '../../platform/http/range.ts';
import '../../platform/http/route-config.ts';
import { Int64 } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { IfMatchHeaders } from '../../platform/http/versioned-updates.ts';
import { presentDelivery, presentWebhook } from './presenter.ts';
import type { WebhookRow } from './repo.ts';
import { CreatedWebhook, CreateWebhookBody, UpdateWebhookBody, Webhook, WebhookDelivery, WebhookTypeSchema } from './schemas.ts';
import type { WebhooksService } from './service.ts';
import type { WebhookType } from './tables.ts';

const P = '/accounts/:accountId/projects/:projectId';
const BASE = `${P}/aws/cloud-assemblies/:cloudAssemblyId/webhooks`;
const TAGS = ['webhooks'];
const assemblyParams = projectParams({ cloudAssemblyId: Int64('Cloud assembly ID.') });
const one = projectParams({ cloudAssemblyId: Int64('Cloud assembly ID.'), webhookType: WebhookTypeSchema });
type AssemblyParams = { accountId: number; projectId: string; cloudAssemblyId: number };
type Params = AssemblyParams & { webhookType: WebhookType };
const assemblyOf = (p: AssemblyParams) => ({ accountId: p.accountId, projectId: p.projectId, id: p.cloudAssemblyId });
const refOf = (p: Params) => ({ ...assemblyOf(p), type: p.webhookType });

function send(reply: FastifyReply, status: number, row: WebhookRow) {
  return reply.status(status).header('ETag', etagOf(row.version)).send(presentWebhook(row));
}

export function webhookRoutes(webhooks: WebhooksService) {
  return async function (app: HttpServer): Promise<void> {
    app.post(BASE, {
      config: { permission: 'webhooks:create', auditTarget: 'webhook' },
      schema: {
        operationId: 'createAwsCloudAssemblyWebhook', tags: TAGS, summary: 'Add a webhook to an assembly; the signing secret is in this answer only',
        description: 'One webhook per type per assembly. Each event is POSTed to url as JSON with X-Lifeboat-Event, X-Lifeboat-Delivery, X-Lifeboat-Timestamp and X-Lifeboat-Signature '
          + '(v1=HMAC-SHA256 of "<timestamp>.<body>" with the secret answered here, once). pre-* hooks are awaited before the operation; post-* hooks are queued and retried. '
          + '409 WEBHOOK_EXISTS when the assembly already has one of the type.',
        params: assemblyParams, body: CreateWebhookBody, response: { 201: CreatedWebhook, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => {
      const { row, secret } = await webhooks.create(assemblyOf(request.params), request.body);
      request.auditTargetId = `${row.assembly_id}/${row.type}`;
      reply.header('Location', `/api/v1/accounts/${row.account_id}/projects/${row.project_id}/aws/cloud-assemblies/${row.assembly_id}/webhooks/${row.type}`);
      return reply.status(201).header('ETag', etagOf(row.version)).header('Cache-Control', 'no-store').send({ ...presentWebhook(row), secret });
    });

    app.get(BASE, {
      config: { permission: 'webhooks:read' },
      schema: {
        operationId: 'listAwsCloudAssemblyWebhooks', tags: TAGS, summary: "The assembly's webhooks (never their secrets)",
        description: 'Every webhook of the assembly, one per type, without secrets.',
        params: assemblyParams, response: { 200: Type.Array(Webhook), ...nativeErrors(403, 404) },
      },
    }, async (request) => (await webhooks.list(assemblyOf(request.params))).map(presentWebhook));

    app.get(`${BASE}/:webhookType`, {
      config: { permission: 'webhooks:read' },
      schema: {
        operationId: 'getAwsCloudAssemblyWebhook', tags: TAGS, summary: 'Read the webhook of a type',
        description: 'The assembly\'s webhook of the type, without its secret, with its ETag (If-Match on a write).',
        params: one, response: { 200: Webhook, ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => send(reply, 200, await webhooks.get(refOf(request.params))));

    app.put(`${BASE}/:webhookType`, {
      config: { permission: 'webhooks:update', auditTarget: 'webhook' },
      schema: {
        operationId: 'updateAwsCloudAssemblyWebhook', tags: TAGS, summary: 'Change the URL and settings (those left out are kept)',
        description: 'Sets url and, when given, retryAttempts, timeout, failOnError and enabled; the secret stays. If-Match with its ETag makes the write conditional (412 when it moved on).',
        params: one, headers: IfMatchHeaders, body: UpdateWebhookBody, response: { 200: Webhook, ...nativeErrors(403, 404, 409, 412) },
      },
    }, async (request, reply) => {
      const row = await webhooks.update(refOf(request.params), request.body, expectedVersion(request.headers['if-match']));
      return send(reply, 200, row);
    });

    app.delete(`${BASE}/:webhookType`, {
      config: { permission: 'webhooks:delete', auditTarget: 'webhook' },
      schema: {
        operationId: 'deleteAwsCloudAssemblyWebhook', tags: TAGS, summary: 'Remove a webhook and its delivery log',
        description: 'Deletes the webhook and the record of its deliveries; nothing more is sent for that type.',
        params: one, headers: IfMatchHeaders, response: { 204: Type.Null({ description: 'Deleted' }), ...nativeErrors(403, 404, 412) },
      },
    }, async (request, reply) => {
      await webhooks.remove(refOf(request.params), expectedVersion(request.headers['if-match']));
      return reply.status(204).send(null);
    });

    app.get(`${BASE}/:webhookType/deliveries`, {
      config: { permission: 'webhooks:read' },
      schema: {
        operationId: 'listAwsCloudAssemblyWebhookDeliveries', tags: TAGS, summary: 'Every delivery attempt, oldest first (Range: items=1-100)',
        description: 'Each attempt to deliver an event of the webhook, oldest first, with the answer it got, paged by the Range header (items=1-100 by default, at most 1000; Content-Range gives the total).',
        params: one, headers: ListHeaders, response: { 200: Type.Array(WebhookDelivery), ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => {
      const range = parseItemRange(request.headers.range);
      const { rows, total } = await webhooks.deliveries(refOf(request.params), range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(presentDelivery);
    });
  };
}
