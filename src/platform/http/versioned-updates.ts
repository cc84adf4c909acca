import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { etagOf, expectedVersion } from './etag.ts';
import { nativeErrors } from './native-errors.ts';
import type { Permission } from './route-config.ts';
import './route-config.ts';
import type { HttpServer } from './server.ts';

/** The If-Match header every versioned write takes. */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'The ETag of the version this write is based on: 412 if it moved on.' })),
});

/** One `PUT {base}/{path}` that changes a versioned resource and answers it with its new ETag. */
export interface VersionedUpdate<Params, Row> {
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly body: TSchema;
  apply(params: Params, body: any, expectedVersion: number | undefined): Promise<Row>;
}

export interface VersionedUpdates<Params, Row> {
  readonly base: string;
  readonly tags: string[];
  readonly params: TSchema;
  readonly response: TSchema;
  readonly permission: Permission;
  readonly auditTarget: string;
  present(row: Row): unknown;
  readonly updates: readonly VersionedUpdate<Params, Row>[];
}

/** Registers a family of updates that share one shape: If-Match, a body, the resource back with its ETag. */
export function registerVersionedUpdates<Params, Row extends { version: number }>(app: HttpServer, spec: VersionedUpdates<Params, Row>): void {
  for (const update of spec.updates) {
    app.put(`${spec.base}/${update.path}`, {
      config: { permission: spec.permission, auditTarget: spec.auditTarget },
      schema: {
        operationId: update.operationId, tags: spec.tags, summary: update.summary,
        params: spec.params, headers: IfMatchHeaders, body: update.body,
        response: { 200: spec.response, ...nativeErrors(403, 404, 409, 412) },
      },
    }, async (request, reply: FastifyReply) => {
      const headers = request.headers as { 'if-match'?: string };
      const row = await update.apply(request.params as Params, request.body, expectedVersion(headers['if-match']));
      return reply.status(200).header('ETag', etagOf(row.version)).send(spec.present(row));
    });
  }
}
