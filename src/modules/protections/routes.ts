import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { ConditionalReadHeaders, etagOf, NotModified, readPreconditions } from '../../platform/http/etag.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { ListHeaders, projectParams } from '../../platform/http/native-params.ts';
import { contentRange, parseItemRange } from '../../platform/http/range.ts';
import '../../platform/http/route-config.ts';
import { Int64 } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { sendIdempotent, type Idempotency } from '../../platform/idempotency/idempotency.ts';
import '../tenancy/http-auth.ts';
import { presentProtection, presentProtectionResource } from './presenter.ts';
import type { ProtectionRow } from './repo.ts';
import { LockBody, Protection, ProtectionDetails, ProtectionStatusEnum, StatusQuery, TimelineQuery } from './schemas.ts';
import type { ProtectionsService } from './service.ts';

const BASE = '/accounts/:accountId/projects/:projectId/aws/cloud-assemblies/:cloudAssemblyId/protections';
const TAGS = ['protections'];
const assemblyParams = projectParams({ cloudAssemblyId: Int64('AWS cloud assembly ID.') });
const one = projectParams({ cloudAssemblyId: Int64('AWS cloud assembly ID.'), protectionId: Type.String({ minLength: 1, maxLength: 100, description: 'AWS cloud assembly protection ID (prot-…).' }) });
type One = { accountId: number; projectId: string; cloudAssemblyId: number; protectionId: string };
const refOf = (p: One) => ({ accountId: p.accountId, projectId: p.projectId, assemblyId: p.cloudAssemblyId, id: p.protectionId });
const IdempotencyKey = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ maxLength: 255, description: 'Any string up to 255 characters: a repeat with the same key (for 24 hours) answers the first protection instead of starting another.' })),
});

function send(reply: FastifyReply, status: number, row: ProtectionRow) {
  return reply.status(status).header('ETag', etagOf(row.version)).send(presentProtection(row));
}

export function protectionRoutes(protections: ProtectionsService, idempotency: Idempotency) {
  return async function (app: HttpServer): Promise<void> {
    app.post(BASE, {
      config: { permission: 'protections:protect', auditTarget: 'protection' },
      schema: {
        operationId: 'protectAwsCloudAssembly', tags: TAGS, summary: 'Protect now (202): configuration and snapshots, in the background',
        description: 'Captures the configuration of every resource the assembly selects (and of what they depend on), snapshots its data resources '
          + 'and copies the snapshots to the replica regions. Answers 202 with the protection in status created; follow it with GET …/protections/status?protection_id= '
          + 'or GET …/protections/{protectionId}. 409 while the assembly is not enabled or its connection is not ready.',
        params: assemblyParams, headers: IdempotencyKey,
        body: Type.Object({}, { additionalProperties: false, description: 'No fields: the assembly says what to protect. The body may be left out.', examples: [{}] }),
        response: { 202: Protection, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => {
      const { accountId, projectId, cloudAssemblyId } = request.params;
      const answer = await idempotency.run({
        accountId, operation: 'protectAwsCloudAssembly', key: request.headers['idempotency-key'], request: { projectId, cloudAssemblyId },
      }, async () => {
        const row = await protections.protectNow({ accountId, projectId, assemblyId: cloudAssemblyId }, request.principal!.actor);
        return { status: 202, body: presentProtection(row), headers: { ETag: etagOf(row.version), Location: `${request.url.split('?')[0]}/${row.id}` } };
      });
      return sendIdempotent(request, reply, answer);
    });

    app.get(BASE, {
      config: { permission: 'protections:read' },
      schema: {
        operationId: 'listAwsCloudAssemblyProtections', tags: TAGS, summary: "The assembly's timeline, newest first (start_time, end_time: epoch ms)",
        description: 'Every protection of the assembly, newest first, paged by the Range header (items=1-100 by default; Content-Range gives the total). '
          + 'start_time and end_time (epoch ms, inclusive) bound their createdAt; status keeps the listed statuses.',
        params: assemblyParams, querystring: TimelineQuery, headers: ListHeaders,
        response: { 200: Type.Array(Protection), ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => {
      const range = parseItemRange(request.headers.range);
      const { rows, total } = await protections.timeline(
        { accountId: request.params.accountId, projectId: request.params.projectId, assemblyId: request.params.cloudAssemblyId },
        { startTime: request.query.start_time, endTime: request.query.end_time, statuses: request.query.status }, range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(presentProtection);
    });

    app.get(`${BASE}/status`, {
      config: { permission: 'protections:read' },
      schema: {
        operationId: 'getAwsProtectionStatus', tags: TAGS, summary: 'Get AWS protection status',
        description: 'The status of one protection of the assembly, by protection_id: poll it until success, partially-protected or failed. '
          + 'Carries the protection\'s ETag: If-None-Match with it is 304 while the protection has not changed; an If-Match it no longer has is 412.',
        params: assemblyParams, querystring: StatusQuery, headers: ConditionalReadHeaders,
        response: { 200: Type.Object({ status: ProtectionStatusEnum }, { examples: [{ status: 'success' }] }), 304: NotModified, ...nativeErrors(403, 404, 409, 412) },
      },
    }, async (request, reply) => {
      const row = await protections.get({
        accountId: request.params.accountId, projectId: request.params.projectId, assemblyId: request.params.cloudAssemblyId, id: request.query.protection_id,
      });
      reply.header('ETag', etagOf(row.version));
      if (readPreconditions(request.headers, row.version) === 'not-modified') return reply.status(304).send(null);
      return { status: row.status };
    });

    app.get(`${BASE}/:protectionId`, {
      config: { permission: 'protections:read' },
      schema: {
        operationId: 'getAwsCloudAssemblyProtection', tags: TAGS, summary: "A protection with every resource's outcome and error",
        description: 'The protection and every resource it captured: why it was captured, its snapshot and the snapshot\'s replica copies, its configuration. Carries the protection\'s ETag.',
        params: one, response: { 200: ProtectionDetails, ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => {
      const { protection, resources } = await protections.details(refOf(request.params));
      return reply.header('ETag', etagOf(protection.version)).send({ ...presentProtection(protection), resources: resources.map(presentProtectionResource) });
    });

    app.post(`${BASE}/:protectionId/cancel`, {
      config: { permission: 'protections:cancel', auditTarget: 'protection' },
      schema: {
        operationId: 'cancelAwsCloudAssemblyProtection', tags: TAGS, summary: 'Cancel a running protection (202)',
        description: 'Asks a protection that has not ended to stop: it ends failed at its next step, keeping the snapshots already taken. 409 once it has ended.',
        params: one, response: { 202: Protection, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => send(reply, 202, await protections.cancel(refOf(request.params))));

    app.put(`${BASE}/:protectionId/lock`, {
      config: { permission: 'protections:lock', auditTarget: 'protection' },
      schema: {
        operationId: 'lockAwsCloudAssemblyProtection', tags: TAGS, summary: 'Lock (never pruned) or unlock a protection',
        description: 'A locked protection is kept whatever the policy\'s retention says, so a recovery point can be held for an audit or an investigation; unlocking returns it to retention.',
        params: one, body: LockBody, response: { 200: Protection, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => send(reply, 200, await protections.lock(refOf(request.params), request.body.locked)));
  };
}
