import { Type } from '@sinclair/typebox';
import { Int64, Nullable, StringEnum, Timestamp } from '../../platform/http/schema.ts';

const Projects = Nullable(Type.Array(Type.String({ description: 'A project id.' })), 'Projects the person is limited to; null = every project of the account.');

const SESSION_EXAMPLE = {
  id: 'ses_4hT2kQx9VbN0pLr7', kind: 'browser', subject: '248289761001', email: 'ana@example.com', name: 'Ana Lima', accountId: 1,
  role: 'operator', projects: null, createdAt: '2026-12-04T09:00:00.000Z', lastSeenAt: '2026-12-04T09:42:10.000Z',
  expiresAt: '2026-12-04T21:00:00.000Z', idleExpiresAt: '2026-12-04T10:42:10.000Z',
} as const;
const TOKENS_EXAMPLE = { token: 'lbs_Zm9yIGV4YW1wbGUgb25seSwgbm90IGEgcmVhbCB0b2tlbg', refreshToken: 'lbr_ZXhhbXBsZSByZWZyZXNoIHRva2VuLCBub3QgcmVhbA', session: { ...SESSION_EXAMPLE, kind: 'cli' } };

/** A session as admins see it: who, what it grants, and when it ends (never its token). */
export const Session = Type.Object({
  id: Type.String({ description: 'The session ID (ses_…): what revocation names; it authenticates nothing.' }),
  kind: StringEnum(['browser', 'cli'] as const, { description: 'browser: the console\'s cookie; cli: a `lifeboat login --sso` token.' }),
  subject: Type.String({ description: 'The person at the identity provider (the ID token\'s sub).' }),
  email: Nullable(Type.String(), 'The person\'s email, as the provider sent it.'),
  name: Nullable(Type.String(), 'The person\'s name, as the provider sent it.'),
  accountId: Int64('The account the role map gave the person.'),
  role: StringEnum(['admin', 'operator', 'viewer'] as const, { description: 'The role the role map gave the person.' }),
  projects: Projects,
  createdAt: Timestamp('When the person signed in.'),
  lastSeenAt: Timestamp('The session\'s last use (refreshed at most every quarter of the idle time).'),
  expiresAt: Timestamp('The absolute expiry (LIFEBOAT_SESSION_MAX_HOURS after sign-in).'),
  idleExpiresAt: Timestamp('When the session ends unless used before (LIFEBOAT_SESSION_IDLE_MINUTES after its last use).'),
}, { description: 'A signed-in person\'s session.' });
export const Sessions = Type.Array(Session, { description: 'Active sessions, newest first.', examples: [[SESSION_EXAMPLE]] });

/** The signed-in person's own session, with the CSRF token the console echoes on writes. */
export const CurrentSession = Type.Intersect([Session, Type.Object({
  csrfToken: Type.String({ description: 'Send it as X-CSRF-Token on every cookie-authenticated POST, PUT, PATCH and DELETE.' }),
})], { examples: [{ ...SESSION_EXAMPLE, csrfToken: 'c2FtcGxlIGNzcmYgdG9rZW4' }] });

export const SsoSettings = Type.Object({
  enabled: Type.Boolean({ description: 'Whether single sign-on is configured (LIFEBOAT_OIDC_ISSUER).' }),
  loginUrl: Nullable(Type.String(), 'Where the console sends the browser to sign in; null without SSO.'),
}, { examples: [{ enabled: true, loginUrl: '/auth/sso/login' }, { enabled: false, loginUrl: null }] });

export const SignedOut = Type.Object({
  endSessionUrl: Nullable(Type.String(), 'The provider\'s end-session page, to end the sign-in there too; null when it offers none.'),
}, { examples: [{ endSessionUrl: 'https://id.example.com/session/end?id_token_hint=eyJhbGciOi…&client_id=lifeboat' }] });

export const DeviceStarted = Type.Object({
  handle: Type.String({ description: 'What the CLI polls with: the device code, sealed by the server (opaque to the CLI).' }),
  userCode: Type.String({ description: 'The code the person types at the provider.' }),
  verificationUri: Type.String({ description: 'Where the person enters the code.' }),
  verificationUriComplete: Nullable(Type.String(), 'The same page with the code filled in, when the provider offers it.'),
  expiresIn: Type.Integer({ description: 'Seconds until the code expires.' }),
  interval: Type.Integer({ description: 'Seconds to wait between two polls.' }),
}, {
  examples: [{
    handle: 'v1.c2VhbGVkIGRldmljZSBjb2Rl.dGFn.Y2lwaGVy', userCode: 'WDJB-MJHT', verificationUri: 'https://id.example.com/device',
    verificationUriComplete: 'https://id.example.com/device?user_code=WDJB-MJHT', expiresIn: 600, interval: 5,
  }],
});

export const DevicePollBody = Type.Object({
  handle: Type.String({ minLength: 1, maxLength: 4000, description: 'The handle POST /auth/sso/device returned.' }),
}, { additionalProperties: false, examples: [{ handle: 'v1.c2VhbGVkIGRldmljZSBjb2Rl.dGFn.Y2lwaGVy' }] });

/** A CLI session's secrets: shown once, stored only hashed. */
export const IssuedTokens = Type.Object({
  token: Type.String({ description: 'The session token (lbs_…): a bearer token for /api/v1 until the session ends.' }),
  refreshToken: Type.String({ description: 'Renews the session token after the idle expiry (POST /auth/session/refresh), never past the absolute one.' }),
  session: { ...Session, description: 'The session the tokens belong to.' },
}, { examples: [TOKENS_EXAMPLE] });

export const DevicePolled = Type.Union([
  Type.Object({
    status: Type.Literal('pending', { description: 'The person has not finished at the provider yet: poll again.' }),
    interval: Type.Integer({ description: 'Seconds to wait before the next poll.' }),
  }),
  Type.Object({
    status: Type.Literal('slow_down', { description: 'Polled sooner than the interval (RFC 8628 slow_down): nothing was asked of the provider; wait the new interval, 5 s longer, from now on.' }),
    interval: Type.Integer({ description: 'The interval from now on, in seconds: the previous one plus 5.' }),
  }),
  Type.Intersect([Type.Object({ status: Type.Literal('complete', { description: 'Signed in: the session is issued.' }) }), IssuedTokens]),
], {
  description: 'pending until the person has signed in at the provider, then complete with the session; slow_down when polled too soon.',
  examples: [{ status: 'pending', interval: 5 }, { status: 'slow_down', interval: 10 }, { status: 'complete', ...TOKENS_EXAMPLE }],
});

export const RefreshBody = Type.Object({
  refreshToken: Type.String({ minLength: 1, maxLength: 200, description: 'The refresh token the device flow (or the last refresh) issued.' }),
}, { additionalProperties: false, examples: [{ refreshToken: 'lbr_ZXhhbXBsZSByZWZyZXNoIHRva2VuLCBub3QgcmVhbA' }] });
