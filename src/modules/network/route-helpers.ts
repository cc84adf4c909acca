import { Type, type TSchema } from '@sinclair/typebox';
import { etagOf, expectedVersion } from '../../platform/http/etag.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page } from './repo.ts';

export const TAGS = ['network (Cloud Connect v3)'];
/** What every /v3 route declares in its config: its requests go through the surface's auth hook. */
export const NETWORK = { network: true } as const;

const DomainId = Type.String({ pattern: '^[0-9a-f]{32}$', description: 'Account (domain) ID: 32 hex digits, as GET /v3/auth/domains lists them. 404 for an account the credentials do not reach.' });
export const DomainParams = Type.Object({ domain_id: DomainId }, { additionalProperties: false });
export const IdParams = Type.Object({
  domain_id: DomainId,
  id: Type.String({ minLength: 1, maxLength: 64, description: 'ID of the resource (the id field of its answer).' }),
}, { additionalProperties: false });
export const WriteHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'The ETag of the resource this write is based on (every answer with the resource carries one): 412 if it changed since. Without it the write applies to the current version.' })),
});
export const NoContent = Type.Null({ description: 'Done; no body.' });

/** How /v3 authenticates, for the OpenAPI document: either scheme, never the bearer token of the other surfaces. */
export const NETWORK_SECURITY = [{ xAuthToken: [] }, { sdkHmacSha256: [] }];

/** An onRoute hook for the /v3 surface: every route it declares is documented under NETWORK_SECURITY. */
export function documentNetworkSecurity(route: { schema?: { security?: unknown } }): void {
  if (route.schema && route.schema.security === undefined) route.schema.security = NETWORK_SECURITY;
}

export type Paging = { limit: number; marker?: string; page_reverse?: boolean };
export const pagingOf = (q: Paging) => ({ limit: q.limit, marker: q.marker, reverse: q.page_reverse });
export const ifMatch = (request: FastifyRequest) => expectedVersion((request.headers as { 'if-match'?: string })['if-match']);

/** `{ key: item, request_id }` with the item's ETag. */
export function sendOne(reply: FastifyReply, status: number, key: string, item: unknown, version: number) {
  return reply.status(status).header('ETag', etagOf(version)).send({ [key]: item, request_id: reply.request.id });
}

/** `{ key: [...], page_info, request_id }`. */
export function sendPage<Row>(reply: FastifyReply, key: string, page: Page<Row>, present: (row: Row) => unknown) {
  const pageInfo: Record<string, unknown> = { current_count: page.rows.length };
  if (page.nextMarker) pageInfo.next_marker = page.nextMarker;
  if (page.previousMarker) pageInfo.previous_marker = page.previousMarker;
  return reply.status(200).send({ [key]: page.rows.map(present), page_info: pageInfo, request_id: reply.request.id });
}

export const opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
