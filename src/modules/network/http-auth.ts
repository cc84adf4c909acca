import type { FastifyRequest } from 'fastify';
import { NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import type { AuthLimiter } from '../../platform/http/auth-limit.ts';
import type { AccessKeysService } from '../tenancy/access-keys.ts';
import type { Principal } from '../tenancy/principal.ts';
import type { TenancyService } from '../tenancy/service.ts';
import { authenticateSession, type SessionAuth } from '../tenancy/http-auth.ts';
import '../../platform/http/bodies.ts';
import type { Caller } from './access.ts';
import { parseAuthorization, verifySignature } from './signing.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the /v3 surface's auth: who calls, in which account. */
    networkCaller?: Caller;
  }
  interface FastifyContextConfig {
    /** Marks a /v3 route: its requests are authenticated and their domain resolved. */
    network?: boolean;
    /** The route's path names no domain: it answers for the caller's own (GET /v3/auth/domains). */
    callerDomain?: boolean;
  }
}

export interface NetworkAuthDeps {
  readonly tenancy: Pick<TenancyService, 'authenticate' | 'findAccountByDomain'>;
  readonly accessKeys: Pick<AccessKeysService, 'signingKey'>;
  readonly now: () => number;
  /** Failed tokens and signatures count towards the brute-force limits (429). */
  readonly authLimit: AuthLimiter;
  /** Signed-in people's sessions: the console's cookie (CSRF-checked on writes) when no token or signature is sent. */
  readonly sessions?: SessionAuth;
}

/**
 * The /v3 surface's authentication: `X-Auth-Token: <service-account token>`, an SDK-HMAC-SHA256 signature
 * (see signing.ts), or the console's session cookie, then the path's domain_id, which must be the caller's account (404 otherwise, so
 * another account's domain id cannot be confirmed). Runs before validation, after the body is read: a
 * signature covers the raw body.
 */
export function networkAuthHook(deps: NetworkAuthDeps) {
  // Domains are never deleted or changed: once seen, one stays known.
  const domains = new Map<string, number>();

  async function principalOf(request: FastifyRequest): Promise<Principal> {
    const token = request.headers['x-auth-token'];
    if (typeof token === 'string' && token) {
      return deps.authLimit.authenticate(request, { kind: 'token', value: token }, async () => {
        const principal = await deps.tenancy.authenticate(token);
        if (!principal) throw new UnauthenticatedError('The X-Auth-Token is not valid');
        return principal;
      });
    }
    const session = request.headers.authorization === undefined ? deps.sessions?.credential(request) : undefined;
    if (session) return authenticateSession(request, deps.sessions!, session, deps.authLimit);
    const authorization = parseAuthorization(request.headers.authorization);
    if (!authorization) throw new UnauthenticatedError('Send X-Auth-Token, or sign the request with an access key (SDK-HMAC-SHA256)');
    // The AK id names the key whose secret a wrong signature may be guessing: it is the limited credential.
    return deps.authLimit.authenticate(request, { kind: 'access-key', value: authorization.accessKeyId }, async () => {
      const key = await deps.accessKeys.signingKey(authorization.accessKeyId);
      if (!key) throw new UnauthenticatedError('The access key is not valid');
      verifySignature({ method: request.method, url: request.url, headers: request.headers, rawBody: request.rawBody ?? '' }, authorization, key.secret, deps.now());
      return key.principal;
    });
  }

  async function accountOf(domainId: string): Promise<number | undefined> {
    const known = domains.get(domainId);
    if (known !== undefined) return known;
    const account = await deps.tenancy.findAccountByDomain(domainId);
    if (account) domains.set(domainId, account.id);
    return account?.id;
  }

  return async function preValidation(request: FastifyRequest): Promise<void> {
    if (!request.routeOptions.config.network) return;
    const principal = await principalOf(request);
    if (request.routeOptions.config.callerDomain) {
      request.principal = principal;
      return;
    }
    const domainId = (request.params as { domain_id?: string }).domain_id ?? '';
    const accountId = /^[0-9a-f]{32}$/.test(domainId) ? await accountOf(domainId) : undefined;
    if (accountId === undefined || (!principal.instanceAdmin && principal.accountId !== accountId)) throw new NotFoundError(`Domain ${domainId}`);
    request.principal = principal;
    request.networkCaller = { principal, accountId, domainId };
  };
}

/** The caller the auth hook resolved; a /v3 route never runs without one. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.networkCaller) throw new UnauthenticatedError();
  return request.networkCaller;
}
