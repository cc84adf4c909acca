import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LifeboatError, TooManyRequestsError, UnauthenticatedError } from '../../platform/errors.ts';
import type { AuthLimiter } from '../../platform/http/auth-limit.ts';
import { cookie, readCookies } from '../../platform/http/cookies.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import { CsrfError, type SessionAuth } from '../tenancy/http-auth.ts';
import type { PendingLogin } from './oidc.ts';
import { SignInFailed } from './oidc.ts';
import type { SessionCookies } from './cookies.ts';
import { deviceRoutes } from './device-routes.ts';
import { signInPage } from './pages.ts';
import { presentSession } from './presenter.ts';
import { SESSION_TOKEN_PREFIX, type IssuedSession, type SessionsService } from './service.ts';
import { createSignIns, NoRoleError, type SignInsDeps } from './sign-in.ts';
import { CurrentSession, SignedOut, SsoSettings } from './schemas.ts';

/** The sealed secrets of a sign-in in flight (state, nonce, PKCE verifier) live in a cookie readable only by the callback's path. */
const LOGIN_PATH = '/auth/sso';

/** A callback that opens no session (expired, forged, refused by the provider): a failed authentication, counted. */
class SignInRefused extends LifeboatError {
  readonly kind = 'unauthenticated';
  readonly code = 'SIGN_IN_REFUSED';
  constructor(readonly title: string, readonly lines: readonly string[]) {
    super(title);
  }
}

export interface SsoRoutesDeps extends SignInsDeps {
  readonly secrets: SecretBox;
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
  const { sessions, sso, settings, audit, secrets, now, cookies, limiter } = deps;
  const auth = sessionAuth(sessions, cookies.session);
  const signIns = createSignIns(deps);
  const { enabled, openSession } = signIns;
  const base = (request: FastifyRequest) => deps.publicUrl ?? `${request.protocol}://${request.host}`;
  const redirectUri = (request: FastifyRequest) => `${base(request)}/auth/sso/callback`;
  const setCookie = (reply: FastifyReply, name: string, value: string, path: string, maxAge?: number) =>
    reply.header('Set-Cookie', [...([reply.getHeader('Set-Cookie') ?? []] as string[]).flat(), cookie(name, value, { path, maxAge, secure: cookies.secure })]);

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

    // The CLI's device flow and renewal, on the same server.
    await deviceRoutes({ sessions, signIns, secrets, now, limiter })(app);
  };
}
