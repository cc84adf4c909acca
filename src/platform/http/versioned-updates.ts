import { Type, type Static, type TSchema } from '@sinclair/typebox';
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

/** One `PUT {base}/{path}` that changes a versioned resource and answers it with its new ETag; params and body
 * reach `apply` typed from their schemas, as Fastify's type provider types an ordinary route's. */
export interface VersionedUpdate<Params extends TSchema, Row, Body extends TSchema> {
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  /** What the API reference says about it beyond the summary. */
  readonly description?: string;
  readonly body: Body;
  apply(params: Static<Params>, body: Static<Body>, expectedVersion: number | undefined): Promise<Row>;
}

export interface VersionedUpdates<Params extends TSchema, Row, Bodies extends readonly TSchema[]> {
  readonly base: string;
  readonly tags: string[];
  readonly params: Params;
  readonly response: TSchema;
  readonly permission: Permission;
  readonly auditTarget: string;
  present(row: Row): unknown;
  /** Each update's body schema types its own apply (a tuple, so one body type does not blur into the others). */
  readonly updates: { readonly [K in keyof Bodies]: VersionedUpdate<Params, Row, Bodies[K]> };
}

/** Registers a family of updates that share one shape: If-Match, a body, the resource back with its ETag. */
export function registerVersionedUpdates<Params extends TSchema, Row extends { version: number }, const Bodies extends readonly TSchema[]>(
  app: HttpServer, spec: VersionedUpdates<Params, Row, Bodies>,
): void {
  for (const update of spec.updates) {
    app.put(`${spec.base}/${update.path}`, {
      config: { permission: spec.permission, auditTarget: spec.auditTarget },
      schema: {
        operationId: update.operationId, tags: spec.tags, summary: update.summary, ...(update.description ? { description: update.description } : {}),
        params: spec.params, headers: IfMatchHeaders, body: update.body,
        response: { 200: spec.response, ...nativeErrors(403, 404, 409, 412) },
      },
    }, async (request, reply: FastifyReply) => {
      const headers = request.headers as { 'if-match'?: string };
      // Fastify validated both against the schemas registered above, which are the ones their types come from.
      const row = await update.apply(request.params as Static<Params>, request.body as Static<TSchema>, expectedVersion(headers['if-match']));
      return reply.status(200).header('ETag', etagOf(row.version)).send(spec.present(row));
    });
  }
}
