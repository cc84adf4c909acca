import type { FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import type { AuthLimiter } from '../../platform/http/auth-limit.ts';
import type { RouteScope } from '../../platform/http/route-config.ts';
import '../../platform/http/route-config.ts';
import type { Principal } from './principal.ts';
import type { Scope, TenancyService } from './service.ts';

export type { RouteScope };

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** The bearer token of a request, if it sent one. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : undefined;
}

/**
 * The bearer token's principal (401 without a valid one), under the limiter: a token that keeps failing, or
 * an address that keeps failing, is answered 429. Shared by /api/v1 and /connections/aws.
 */
export async function authenticateBearer(request: FastifyRequest, tenancy: Pick<TenancyService, 'authenticate'>, limiter: AuthLimiter): Promise<Principal> {
  const token = bearerToken(request);
  // No token is no guess: it is answered 401 and not counted.
  if (!token) throw new UnauthenticatedError();
  return limiter.authenticate(request, { kind: 'token', value: token }, async () => {
    const principal = await tenancy.authenticate(token);
    if (!principal) throw new UnauthenticatedError('The bearer token is not valid');
    return principal;
  });
}

/** The scope the path names, read from the raw parameters (authorization runs before validation). */
function scopeOf(request: FastifyRequest, scope: RouteScope): Scope | undefined {
  if (scope === 'instance') return undefined;
  const params = request.params as Record<string, string | undefined>;
  const accountId = params.accountId;
  if (accountId === undefined || !/^\d{1,15}$/.test(accountId)) throw new NotFoundError(`Account ${accountId ?? ''}`);
  return { accountId: Number(accountId), projectId: scope === 'project' ? params.projectId : undefined };
}

/**
 * Native-surface hooks: authentication on every request (401, 429 after repeated failures), then, before the body is validated,
 * the route's permission in the path's scope (404 outside it, 403 without the permission).
 */
export function nativeAuthHooks(tenancy: TenancyService, limiter: AuthLimiter) {
  return {
    async onRequest(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
      request.principal = await authenticateBearer(request, tenancy, limiter);
    },
    async preValidation(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
      const config = request.routeOptions.config;
      if (!config.permission) return; // the 404 handler has no permission and must still answer 404
      const scope = scopeOf(request, config.scope ?? 'project');
      await tenancy.authorize(request.principal!, scope, config.permission);
    },
  };
}
