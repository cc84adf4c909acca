import type { FastifyReply, FastifyRequest } from 'fastify';
import { LifeboatError, NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import { constantTimeEqual } from '../../platform/secrets.ts';
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

/**
 * How a signed-in person's session authenticates a request; the sessions module provides it. A session is a
 * principal like a token's, so every permission check below applies to it unchanged.
 */
export interface SessionAuth {
  /** The session credential the request carries (a session bearer token, or else the session cookie), if any. */
  credential(request: FastifyRequest): { readonly token: string; readonly viaCookie: boolean } | undefined;
  /** The live session's principal and CSRF token; undefined when the session is unknown, ended or expired. */
  authenticate(token: string): Promise<{ readonly principal: Principal; readonly csrfToken: string } | undefined>;
}

/** A cookie-authenticated write without the session's CSRF token: a page on another site may have sent it. */
export class CsrfError extends LifeboatError {
  readonly kind = 'forbidden';
  readonly code = 'CSRF_TOKEN_INVALID';
  constructor() {
    super('A write signed in by cookie must send the session\'s CSRF token in X-CSRF-Token');
  }
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The principal of a request's session credential (401 when the session is over), under the same limiter as
 * tokens; a cookie-authenticated write must also echo the session's CSRF token (bearer requests need not:
 * no browser attaches a bearer token by itself).
 */
export async function authenticateSession(request: FastifyRequest, sessions: SessionAuth, credential: { token: string; viaCookie: boolean }, limiter: AuthLimiter): Promise<Principal> {
  const session = await limiter.authenticate(request, { kind: 'session', value: credential.token }, async () => {
    const found = await sessions.authenticate(credential.token);
    if (!found) throw new UnauthenticatedError('The session has ended (signed out, revoked or expired): sign in again');
    return found;
  });
  if (credential.viaCookie && WRITES.has(request.method)) {
    const presented = request.headers['x-csrf-token'];
    if (typeof presented !== 'string' || !constantTimeEqual(presented, session.csrfToken)) throw new CsrfError();
  }
  return session.principal;
}

/** The scope the path names, read from the raw parameters (authorization runs before validation). */
function scopeOf(request: FastifyRequest, scope: RouteScope): Scope | undefined {
  if (scope === 'instance') return undefined;
  const params = request.params as Record<string, string | undefined>;
  const accountId = params.accountId;
  if (accountId === undefined || !/^\d{1,15}$/.test(accountId)) throw new NotFoundError(`Account ${accountId ?? ''}`);
  return { accountId: Number(accountId), projectId: scope === 'project' ? params.projectId : undefined };
}

/** A signed-in person's session (its bearer token or cookie, CSRF-checked on writes), else a bearer token. */
export async function authenticateCaller(request: FastifyRequest, tenancy: Pick<TenancyService, 'authenticate'>, limiter: AuthLimiter, sessions?: SessionAuth): Promise<Principal> {
  const session = sessions?.credential(request);
  return session ? authenticateSession(request, sessions!, session, limiter) : authenticateBearer(request, tenancy, limiter);
}

/**
 * Native-surface hooks: authentication on every request (401, 429 after repeated failures), then, before the body is validated,
 * the route's permission in the path's scope (404 outside it, 403 without the permission).
 */
export function nativeAuthHooks(tenancy: TenancyService, limiter: AuthLimiter, sessions?: SessionAuth) {
  return {
    async onRequest(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
      request.principal = await authenticateCaller(request, tenancy, limiter, sessions);
    },
    async preValidation(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
      const config = request.routeOptions.config;
      if (!config.permission) return; // the 404 handler has no permission and must still answer 404
      const scope = scopeOf(request, config.scope ?? 'project');
      await tenancy.authorize(request.principal!, scope, config.permission);
    },
  };
}
