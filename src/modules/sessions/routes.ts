import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionSettings, SsoConfig } from '../../platform/config.ts';
import { LifeboatError, NotFoundError, TooManyRequestsError, UnauthenticatedError, ValidationError } from '../../platform/errors.ts';
import type { AuthLimiter } from '../../platform/http/auth-limit.ts';
import { cookie, readCookies } from '../../platform/http/cookies.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import type { AuditService } from '../audit/service.ts';
import { CsrfError, type SessionAuth } from '../tenancy/http-auth.ts';
import type { TenancyService } from '../tenancy/service.ts';
import type { OidcClient, PendingLogin, SignIn } from './oidc.ts';
import { SignInFailed } from './oidc.ts';
import type { SessionCookies } from './cookies.ts';
import { DevicePacing } from './device-pacing.ts';
import { signInPage } from './pages.ts';
import { presentSession } from './presenter.ts';
import { claimValues, grantFor } from './role-map.ts';
import { CurrentSession, DevicePollBody, DevicePolled, DeviceStarted, IssuedTokens, RefreshBody, SignedOut, SsoSettings } from './schemas.ts';
import { SESSION_TOKEN_PREFIX, type IssuedSession, type SessionsService } from './service.ts';

/** The sealed secrets of a sign-in in flight (state, nonce, PKCE verifier) live in a cookie readable only by the callback's path. */
const LOGIN_PATH = '/auth/sso';

/** What a device handle seals: the provider's device code never leaves the server in clear. */
interface DeviceHandle {
  readonly deviceCode: string;
  readonly expiresAt: number;
  /** The provider's polling interval in seconds (absent from handles sealed before pacing). */
  readonly interval?: number;
}

/** A callback that opens no session (expired, forged, refused by the provider): a failed authentication, counted. */
class SignInRefused extends LifeboatError {
  readonly kind = 'unauthenticated';
  readonly code = 'SIGN_IN_REFUSED';
  constructor(readonly title: string, readonly lines: readonly string[]) {
    super(title);
  }
}

/** A person the provider vouched for, but whom the role map gives no role. */
export class NoRoleError extends LifeboatError {
  readonly kind = 'forbidden';
  readonly code = 'NO_ROLE';
}

export interface SsoRoutesDeps {
  readonly sessions: SessionsService;
  /** Undefined when single sign-on is not configured: the routes then answer that it is off. */
  readonly sso: { readonly config: SsoConfig; readonly oidc: OidcClient } | undefined;
  readonly settings: SessionSettings;
  readonly tenancy: Pick<TenancyService, 'findAccountByRef'>;
  readonly audit: Pick<AuditService, 'record'>;
  readonly secrets: SecretBox;
  readonly now: () => number;
  /** LIFEBOAT_PUBLIC_URL, when set: the base of the redirect URI; else the request's own scheme and host. */
  readonly publicUrl: string | undefined;
  /** The cookies' names and whether they are Secure (under TLS, or an https public URL). */
  readonly cookies: SessionCookies;
  /** The brute-force limits: sign-ins started per address, failed callbacks and refresh tokens, device codes polled too fast. */
  readonly limiter: AuthLimiter;
}

/** The session credential a request carries: a session bearer token first; else, with no Authorization header, the cookie `cookieName`. */
export function sessionAuth(sessions: SessionsService, cookieName: string): SessionAuth {
  return {
    credential(request) {
      const header = request.headers.authorization;
      if (typeof header === 'string') {
        const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
        return match && match[1]!.startsWith(SESSION_TOKEN_PREFIX) ? { token: match[1]!, viaCookie: false } : undefined;
      }
      const token = readCookies(request.headers.cookie).get(cookieName);
      return token ? { token, viaCookie: true } : undefined;
    },
    async authenticate(token) {
      const row = await sessions.authenticate(token);
      return row && { principal: sessions.principalOf(row), csrfToken: row.csrf_token };
    },
  };
}

/** Where the console may be sent back to after sign-in: a path on this server, nothing else. */
function safeReturnTo(raw: string | undefined): string {
  return raw && /^\/(?![/\\])[\x21-\x7e]*$/.test(raw) ? raw : '/';
}

/**
 * Single sign-on and sessions, outside /api/v1: the browser's authorization code flow, the CLI's device flow,
 * the current session, sign-out and refresh. A person whom the role map gives no role is refused and nothing
 * is stored for them.
 */
export function ssoRoutes(deps: SsoRoutesDeps) {
  const { sessions, sso, settings, tenancy, audit, secrets, now, cookies, limiter } = deps;
  const auth = sessionAuth(sessions, cookies.session);
  const pacing = new DevicePacing();
  const base = (request: FastifyRequest) => deps.publicUrl ?? `${request.protocol}://${request.host}`;
  const redirectUri = (request: FastifyRequest) => `${base(request)}/auth/sso/callback`;
  const setCookie = (reply: FastifyReply, name: string, value: string, path: string, maxAge?: number) =>
    reply.header('Set-Cookie', [...([reply.getHeader('Set-Cookie') ?? []] as string[]).flat(), cookie(name, value, { path, maxAge, secure: cookies.secure })]);

  function enabled() {
    if (!sso) throw new NotFoundError('Single sign-on (LIFEBOAT_OIDC_ISSUER is not set)');
    return sso;
  }

  /** The role map's verdict on a signed-in person, and the session it earns; NoRoleError when none. */
  async function openSession(kind: 'browser' | 'cli', signIn: SignIn, request: FastifyRequest): Promise<IssuedSession> {
    const { config } = enabled();
    const { claims } = signIn;
    const person = {
      subject: String(claims.sub),
      email: typeof claims.email === 'string' ? claims.email : null,
      name: typeof claims.name === 'string' ? claims.name : null,
    };
    const values = claimValues(claims, config.rolesClaim);
    const grant = grantFor(values, config.roleMap);
    const who = person.email ?? person.name ?? person.subject;
    if (!grant) {
      request.log.warn({ subject: person.subject, claim: config.rolesClaim, values }, 'single sign-on refused: no role maps to the person');
      throw new NoRoleError(`${who} signed in at the identity provider, but none of their ${config.rolesClaim} (${values.join(', ') || 'none'}) maps to a role in Lifeboat; ask a Lifeboat administrator to map one in LIFEBOAT_OIDC_ROLE_MAP`);
    }
    const account = await tenancy.findAccountByRef(grant.account);
    if (!account) {
      request.log.error({ account: grant.account }, 'single sign-on refused: the role map names an account that does not exist');
      throw new NoRoleError(`${who} maps to the account "${grant.account}", which does not exist in Lifeboat; ask a Lifeboat administrator to fix LIFEBOAT_OIDC_ROLE_MAP`);
    }
    const issued = await sessions.open(kind, person, account.id, grant, signIn.idToken);
    const principal = sessions.principalOf(issued.session);
    await audit.record({
      account_id: account.id, project_id: null, actor: principal.actor, actor_name: principal.name, action: 'signIn', method: request.method,
      path: request.url.split('?')[0]!, target_type: 'session', target_id: issued.session.id, result: 'success', status_code: 200,
      request_id: request.id, created_at: now(),
    });
    return issued;
  }

  /** The callback's checks, then the session; SignInRefused (counted by the limiter) when none opens. */
  async function finishSignIn(request: FastifyRequest, query: { error?: string; error_description?: string }, sealed: string | undefined) {
    const { error, error_description: description } = query;
    if (error) throw new SignInRefused('Sign-in did not complete', [`The identity provider answered: ${error}${description ? ` (${description})` : ''}.`]);
    let pending: PendingLogin & { returnTo: string };
    try {
      pending = JSON.parse(secrets.open(sealed ?? '')) as PendingLogin & { returnTo: string };
    } catch {
      throw new SignInRefused('Sign-in expired', ['This sign-in was not started in this browser, or it took too long. Start again.']);
    }
    if (now() > pending.expiresAt) throw new SignInRefused('Sign-in expired', ['The sign-in took more than 10 minutes. Start again.']);
    const callback = new URL(redirectUri(request));
    callback.search = new URL(request.url, 'http://x').search;
    try {
      return { issued: await openSession('browser', await enabled().oidc.finishLogin(callback, pending), request), returnTo: pending.returnTo };
    } catch (failed) {
      if (!(failed instanceof SignInFailed)) throw failed;
      request.log.warn({ reason: failed.reason }, 'single sign-on: the sign-in was refused');
      throw new SignInRefused('Sign-in refused', ['The identity provider\'s answer could not be verified, so no session was opened. Start again.']);
    }
  }

  const present = (issued: IssuedSession) => ({ token: issued.token, refreshToken: issued.refreshToken!, session: presentSession(issued.session, settings.idleMs) });

  return async function (app: HttpServer): Promise<void> {
    app.get('/auth/sso/config', {
      schema: { operationId: 'getSsoSettings', tags: ['sessions'], summary: 'Whether single sign-on is configured (public)',
        description: 'Public (no credentials): the console reads it to offer *Sign in with SSO* beside the token form.', response: { 200: SsoSettings } },
    }, async () => ({ enabled: sso !== undefined, loginUrl: sso ? '/auth/sso/login' : null }));

    app.get('/auth/sso/login', {
      schema: {
        operationId: 'startSsoLogin', tags: ['sessions'], summary: "Sends the browser to the identity provider's sign-in (authorization code flow with PKCE)",
        description: 'Answers 302 to the provider\'s authorization endpoint with state, nonce and a PKCE challenge; the pending sign-in is kept in a sealed, short-lived (10 minutes) cookie (`lifeboat_sso_login`, or `__Secure-lifeboat_sso_login` over https). '
          + 'Each start counts against the address\'s sign-in starts: 429 with Retry-After past LIFEBOAT_AUTH_SOURCE_FAILURE_LIMIT a window. 404 when SSO is not configured.',
        querystring: Type.Object({ returnTo: Type.Optional(Type.String({ maxLength: 2000, description: 'A path of this server to come back to after sign-in; default /.' })) }, { additionalProperties: false }),
        response: { 302: Type.Null({ description: 'To the provider.' }), ...nativeErrors(404, 429, 503) },
      },
    }, async (request, reply) => {
      const { oidc } = enabled();
      await limiter.started(request, 'sso-login');
      const { url, pending } = await oidc.startLogin(redirectUri(request), now()).catch((error: unknown) => {
        request.log.error({ err: error }, 'single sign-on: the identity provider could not be reached');
        throw new UnauthenticatedError('Single sign-on is unavailable: the identity provider could not be reached');
      });
      setCookie(reply, cookies.login, secrets.seal(JSON.stringify({ ...pending, returnTo: safeReturnTo(request.query.returnTo) })), LOGIN_PATH, 600);
      return reply.header('Cache-Control', 'no-store').redirect(url, 302);
    });

    app.get('/auth/sso/callback', {
      schema: {
        operationId: 'finishSsoLogin', tags: ['sessions'], summary: 'Where the identity provider sends the browser back; opens the session',
        description: 'Checks state, exchanges the code (with the PKCE verifier), validates the ID token (issuer, audience, expiry, nonce, signature from the provider\'s JWKS), maps the roles claim to an account and role, and sets the session cookie before sending the browser back to returnTo: `lifeboat_session` (HttpOnly, SameSite=Lax), or over https (TLS, or an https LIFEBOAT_PUBLIC_URL) `__Host-lifeboat_session`, also Secure, Path=/ and without Domain. '
          + 'A person the role map gives no role gets a 403 page and nothing is stored. A refused callback counts as a failed authentication (per state and per address): past the limits the page is a 429 with Retry-After.',
        querystring: Type.Object({
          code: Type.Optional(Type.String({ maxLength: 4000, description: 'The authorization code.' })),
          state: Type.Optional(Type.String({ maxLength: 4000, description: 'The state sent with the sign-in.' })),
          error: Type.Optional(Type.String({ maxLength: 200, description: 'The provider\'s error code, when it refused.' })),
          error_description: Type.Optional(Type.String({ maxLength: 2000, description: 'The provider\'s explanation.' })),
        }, { additionalProperties: true }),
      },
    }, async (request, reply) => {
      enabled();
      const page = (status: number, title: string, lines: readonly string[]) =>
        reply.status(status).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(signInPage(title, lines));
      const raw = readCookies(request.headers.cookie).get(cookies.login);
      setCookie(reply, cookies.login, '', LOGIN_PATH, 0);
      let finished: { issued: IssuedSession; returnTo: string };
      try {
        // A refused callback is a failed sign-in of its state: the limits stop a flood of them reaching the provider.
        finished = await limiter.authenticate(request, { kind: 'sso-state', value: request.query.state ?? '' }, () => finishSignIn(request, request.query, raw));
      } catch (error) {
        if (error instanceof SignInRefused) return page(400, error.title, error.lines);
        if (error instanceof NoRoleError) return page(403, 'No access to Lifeboat', [error.message, 'Nothing was stored for you.']);
        if (error instanceof TooManyRequestsError) {
          reply.header('Retry-After', String(error.retryAfterSeconds));
          return page(429, 'Too many sign-in attempts', [`${error.message}.`]);
        }
        throw error;
      }
      setCookie(reply, cookies.session, finished.issued.token, '/', Math.floor(settings.maxMs / 1000));
      return reply.header('Cache-Control', 'no-store').redirect(finished.returnTo, 303);
    });
    app.get('/auth/session', {
      schema: {
        operationId: 'getCurrentSession', tags: ['sessions'], summary: 'The signed-in person\'s session (cookie or session token), with its CSRF token',
        description: 'The console calls it at load to restore a cookie session; 401 when there is none. The CSRF token must accompany every cookie-authenticated write.',
        response: { 200: CurrentSession, ...nativeErrors() },
      },
    }, async (request, reply) => {
      const credential = auth.credential(request);
      const row = credential && (await sessions.authenticate(credential.token));
      if (!row) throw new UnauthenticatedError('No session: sign in');
      reply.header('Cache-Control', 'no-store');
      return { ...presentSession(row, settings.idleMs), csrfToken: row.csrf_token };
    });

    app.post('/auth/logout', {
      schema: {
        operationId: 'signOut', tags: ['sessions'], summary: "Ends the caller's session (and says where the provider's own sign-out is)",
        description: 'Revokes the caller\'s session and clears the cookie; a cookie-authenticated call needs the X-CSRF-Token header. Answers the provider\'s end-session URL (with id_token_hint) so the console can end the sign-in there too.',
        response: { 200: SignedOut, ...nativeErrors(403) },
      },
    }, async (request, reply) => {
      const credential = auth.credential(request);
      const row = credential && (await sessions.authenticate(credential.token));
      // A forged sign-out (no CSRF token) must not even clear the cookie; a stale cookie is simply cleared.
      if (row && credential!.viaCookie && !sessions.csrfMatches(row, request.headers['x-csrf-token'] as string | undefined)) throw new CsrfError();
      if (credential?.viaCookie) setCookie(reply, cookies.session, '', '/', 0);
      if (!row) return { endSessionUrl: null };
      await sessions.end(row.id);
      const principal = sessions.principalOf(row);
      await audit.record({
        account_id: row.account_id, project_id: null, actor: principal.actor, actor_name: principal.name, action: 'signOut', method: 'POST',
        path: '/auth/logout', target_type: 'session', target_id: row.id, result: 'success', status_code: 200, request_id: request.id, created_at: now(),
      });
      const endSessionUrl = sso ? await sso.oidc.endSessionUrl(sessions.idTokenOf(row), `${base(request)}/`) : undefined;
      return { endSessionUrl: endSessionUrl ?? null };
    });

    app.post('/auth/sso/device', {
      schema: {
        operationId: 'startSsoDevice', tags: ['sessions'], summary: 'Starts the device authorization grant for the CLI (RFC 8628)',
        description: 'The server asks the provider for a device code (it holds the client secret) and answers the code the person types, where to type it, and a sealed handle the CLI polls with. '
          + 'Each start counts against the address\'s sign-in starts (429 with Retry-After past LIFEBOAT_AUTH_SOURCE_FAILURE_LIMIT a window). 404 when SSO is not configured.',
        response: { 200: DeviceStarted, ...nativeErrors(404, 429) },
      },
    }, async (request, reply) => {
      const { oidc } = enabled();
      await limiter.started(request, 'sso-device');
      const started = await oidc.startDevice().catch((error: unknown) => {
        request.log.error({ err: error }, 'single sign-on: the device authorization failed');
        throw new UnauthenticatedError(`Single sign-on is unavailable: ${error instanceof SignInFailed ? error.reason : 'the identity provider could not be reached'}`);
      });
      pacing.started(started.deviceCode, started.interval, now());
      reply.header('Cache-Control', 'no-store');
      const device: DeviceHandle = { deviceCode: started.deviceCode, expiresAt: now() + started.expiresIn * 1000, interval: started.interval };
      return {
        handle: secrets.seal(JSON.stringify(device)),
        userCode: started.userCode, verificationUri: started.verificationUri, verificationUriComplete: started.verificationUriComplete ?? null,
        expiresIn: started.expiresIn, interval: started.interval,
      };
    });

    app.post('/auth/sso/device/poll', {
      schema: {
        operationId: 'pollSsoDevice', tags: ['sessions'], summary: 'Whether the person has signed in at the provider; then the CLI session',
        description: 'Poll every `interval` seconds with the handle: pending until the person has entered the code and signed in, then complete with a session token (lbs_…) and a refresh token, each shown once and stored only hashed. '
          + 'A poll sooner than the interval is answered `slow_down` (RFC 8628) without asking the provider, and the interval grows by 5 s; such polls, forged handles and expired codes count as failed authentications '
          + '(per device code and per address: 429 with Retry-After past the limits). 403 NO_ROLE when the role map gives the person no role (nothing stored).',
        body: DevicePollBody, response: { 200: DevicePolled, ...nativeErrors(403, 404, 429) },
      },
    }, async (request, reply) => {
      const { oidc } = enabled();
      const { handle } = request.body;
      let device: DeviceHandle;
      try {
        device = JSON.parse(secrets.open(handle)) as DeviceHandle;
      } catch {
        await limiter.misused(request, { kind: 'device-handle', value: handle });
        throw new ValidationError({ handle: 'is not a handle this server issued' });
      }
      const { deviceCode } = device;
      const credential = { kind: 'device-code', value: deviceCode };
      if (now() > device.expiresAt) {
        pacing.finished(deviceCode);
        await limiter.misused(request, credential);
        throw new UnauthenticatedError('The device code expired: run lifeboat login --sso again');
      }
      reply.header('Cache-Control', 'no-store');
      // Handles sealed before pacing carry no interval: RFC 8628's default.
      const pace = pacing.poll(deviceCode, device.interval ?? 5, now());
      if (pace.tooFast) {
        await limiter.misused(request, credential);
        return { status: 'slow_down' as const, interval: pacing.slowedDown(deviceCode, pace.interval, now()) };
      }
      let polled;
      try {
        polled = await oidc.pollDevice(deviceCode);
      } catch (error) {
        if (!(error instanceof SignInFailed)) throw error;
        pacing.finished(deviceCode);
        throw new UnauthenticatedError(`Sign-in failed: ${error.reason}`);
      }
      if (polled.status === 'pending') {
        return polled.slowDown ? { status: 'slow_down' as const, interval: pacing.slowedDown(deviceCode, pace.interval, now()) } : { status: 'pending' as const, interval: pace.interval };
      }
      pacing.finished(deviceCode);
      return { status: 'complete' as const, ...present(await openSession('cli', polled.signIn, request)) };
    });

    app.post('/auth/session/refresh', {
      schema: {
        operationId: 'refreshSession', tags: ['sessions'], summary: "Renews a CLI session's tokens (after the idle expiry, never past the absolute one)",
        description: 'Exchanges the refresh token for a new session token and refresh token (both old ones stop working). Refused with 401 once the session is revoked or past its absolute expiry (LIFEBOAT_SESSION_MAX_HOURS). '
          + 'A refused refresh token counts as a failed authentication, per token and per address: 429 with Retry-After past the limits.',
        body: RefreshBody, response: { 200: IssuedTokens, ...nativeErrors(429) },
      },
    }, async (request, reply) => {
      const { refreshToken } = request.body;
      const issued = await limiter.authenticate(request, { kind: 'refresh-token', value: refreshToken }, async () => {
        const renewed = await sessions.refresh(refreshToken);
        if (!renewed) throw new UnauthenticatedError('The session has ended (revoked or past its absolute expiry): sign in again');
        return renewed;
      });
      reply.header('Cache-Control', 'no-store');
      return present(issued);
    });
  };
}
