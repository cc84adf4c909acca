import { UnauthenticatedError, ValidationError } from '../../platform/errors.ts';
import type { AuthLimiter } from '../../platform/http/auth-limit.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import { DevicePacing } from './device-pacing.ts';
import { SignInFailed } from './oidc.ts';
import { DevicePollBody, DevicePolled, DeviceStarted, IssuedTokens, RefreshBody } from './schemas.ts';
import type { SessionsService } from './service.ts';
import type { SignIns } from './sign-in.ts';

/** What a device handle seals: the provider's device code never leaves the server in clear. */
interface DeviceHandle {
  readonly deviceCode: string;
  readonly expiresAt: number;
  /** The provider's polling interval in seconds (absent from handles sealed before pacing). */
  readonly interval?: number;
}

export interface DeviceRoutesDeps {
  readonly sessions: Pick<SessionsService, 'refresh'>;
  readonly signIns: SignIns;
  readonly secrets: SecretBox;
  readonly now: () => number;
  /** Sign-ins started per address, device codes polled too fast, refused refresh tokens. */
  readonly limiter: AuthLimiter;
}

/**
 * The CLI's side of single sign-on: the device authorization grant (RFC 8628) with the server doing the
 * provider's part (it holds the client secret), paced per device code, and the renewal of the session it issues.
 */
export function deviceRoutes({ sessions, signIns, secrets, now, limiter }: DeviceRoutesDeps) {
  const { enabled, openSession, present } = signIns;
  const pacing = new DevicePacing();

  return async function (app: HttpServer): Promise<void> {
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
