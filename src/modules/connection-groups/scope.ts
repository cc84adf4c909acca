import type { FastifyRequest } from 'fastify';
import type { GroupScope } from './context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The token's account and the organizational unit of the request, set by the surface's auth hook. */
    groupScope?: GroupScope;
  }
  interface FastifyContextConfig {
    /** The media type a successful answer is labelled with (the surface sets it once the body is serialised). */
    mediaType?: string;
  }
}

/** The request's scope; the surface sets it before any group route runs. */
export function scopeOf(request: FastifyRequest): GroupScope {
  if (!request.groupScope) throw new Error('connection-group route reached without a scope (surface auth hook missing)');
  return request.groupScope;
}

/** Scheme and host the client used: the URLs handed to stacks must reach this server the same way. */
export function baseUrlOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}
