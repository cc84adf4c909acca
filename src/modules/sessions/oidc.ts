import type * as OpenIdClient from 'openid-client';
import type { SsoConfig } from '../../platform/config.ts';

/** What the provider vouched for after a completed sign-in: the validated ID token's claims and the token itself. */
export interface SignIn {
  readonly claims: Record<string, unknown>;
  readonly idToken: string | undefined;
}

/** The secrets of one browser sign-in in flight, kept in a sealed cookie until the provider sends the person back. */
export interface PendingLogin {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  /** The epoch ms after which the callback is refused. */
  readonly expiresAt: number;
}

/** Device authorization as the CLI sees it (the device code stays on the server, sealed in the handle). */
export interface DeviceStart {
  readonly deviceCode: string;
  readonly userCode: string;
  readonly verificationUri: string;
  readonly verificationUriComplete: string | undefined;
  readonly expiresIn: number;
  readonly interval: number;
}

export type DevicePoll = { readonly status: 'pending'; readonly slowDown: boolean } | { readonly status: 'done'; readonly signIn: SignIn };

/** The provider refused or failed (a bad or expired code, a tampered token, an unreachable provider). */
export class SignInFailed extends Error {
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'SignInFailed';
  }
}

// openid-client (with oauth4webapi and jose, about 200 KB of modules) is loaded on the first sign-in, not at every
// start: a server without SSO never loads it (issue 19's start-up).
let library: typeof OpenIdClient | undefined;
async function openIdClient(): Promise<typeof OpenIdClient> {
  library ??= await import('openid-client');
  return library;
}

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function failure(error: unknown): SignInFailed {
  if (error instanceof SignInFailed) return error;
  if (library && error instanceof library.ResponseBodyError) return new SignInFailed(`the provider answered ${error.error}${error.error_description ? `: ${error.error_description}` : ''}`, { cause: error });
  // openid-client's own checks (signature, issuer, audience, expiry, nonce, state) name what failed in the message.
  // openid-client wraps the precise reason (e.g. "JWS signature verification failed") in its error's cause.
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new SignInFailed(error instanceof Error ? `${error.message}${cause}` : String(error), { cause: error });
}

export type OidcClient = ReturnType<typeof createOidcClient>;

/**
 * The OpenID Connect relying party, all protocol through openid-client: discovery (once, retried after a
 * failure), the authorization code flow with PKCE, state and nonce, the device authorization grant, and
 * RP-initiated logout. ID tokens are checked by the library (issuer, audience, expiry, nonce) with their
 * signature verified against the provider's JWKS even on the direct token response (non-repudiation checks).
 */
export function createOidcClient(sso: SsoConfig) {
  let discovered: Promise<{ client: typeof OpenIdClient; config: OpenIdClient.Configuration }> | undefined;
  function configuration(): Promise<{ client: typeof OpenIdClient; config: OpenIdClient.Configuration }> {
    discovered ??= (async () => {
      const client = await openIdClient();
      const issuer = new URL(sso.issuer);
      const execute = [client.enableNonRepudiationChecks];
      // Plain http is accepted only for a provider on this machine (config refuses any other http issuer).
      if (issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname)) execute.push(client.allowInsecureRequests);
      const auth = sso.clientSecret ? client.ClientSecretBasic(sso.clientSecret) : client.None();
      return { client, config: await client.discovery(issuer, sso.clientId, undefined, auth, { execute, timeout: 10 }) };
    })().catch((error: unknown) => {
      discovered = undefined;
      throw failure(error);
    });
    return discovered;
  }

  function signInOf(tokens: OpenIdClient.TokenEndpointResponse & OpenIdClient.TokenEndpointResponseHelpers): SignIn {
    const claims = tokens.claims();
    if (!claims) throw new SignInFailed('the provider sent no ID token');
    return { claims: claims as Record<string, unknown>, idToken: tokens.id_token };
  }

  return {
    /** Where to send the browser, and the secrets the callback will need. */
    async startLogin(redirectUri: string, now: number): Promise<{ url: string; pending: PendingLogin }> {
      const { client, config } = await configuration();
      const pending: PendingLogin = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier(), expiresAt: now + 10 * 60_000 };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri, scope: 'openid email profile', response_type: 'code',
        state: pending.state, nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier), code_challenge_method: 'S256',
      });
      return { url: url.href, pending };
    },

    /** Exchanges the callback's code (checking state, PKCE and the ID token's nonce) for the person's claims. */
    async finishLogin(callbackUrl: URL, pending: PendingLogin): Promise<SignIn> {
      const { client, config } = await configuration();
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true,
        });
        return signInOf(tokens);
      } catch (error) {
        throw failure(error);
      }
    },

    async startDevice(): Promise<DeviceStart> {
      const { client, config } = await configuration();
      try {
        const started = await client.initiateDeviceAuthorization(config, { scope: 'openid email profile' });
        return {
          deviceCode: started.device_code, userCode: started.user_code, verificationUri: started.verification_uri,
          verificationUriComplete: started.verification_uri_complete, expiresIn: started.expires_in, interval: started.interval ?? 5,
        };
      } catch (error) {
        throw failure(error);
      }
    },

    /** One look at the token endpoint (the CLI paces the polling): pending, or the person's claims. */
    async pollDevice(deviceCode: string): Promise<DevicePoll> {
      const { client, config } = await configuration();
      try {
        return { status: 'done', signIn: signInOf(await client.genericGrantRequest(config, DEVICE_GRANT, { device_code: deviceCode })) };
      } catch (error) {
        if (error instanceof client.ResponseBodyError && (error.error === 'authorization_pending' || error.error === 'slow_down')) {
          return { status: 'pending', slowDown: error.error === 'slow_down' };
        }
        throw failure(error);
      }
    },

    /** The provider's end-session URL, when its discovery document names one. */
    async endSessionUrl(idToken: string | undefined, postLogoutRedirectUri: string | undefined): Promise<string | undefined> {
      const discovery = await configuration().catch(() => undefined);
      if (!discovery?.config.serverMetadata().end_session_endpoint) return undefined;
      const { client, config } = discovery;
      const params: Record<string, string> = { client_id: sso.clientId };
      if (idToken) params.id_token_hint = idToken;
      if (postLogoutRedirectUri && idToken) params.post_logout_redirect_uri = postLogoutRedirectUri;
      return client.buildEndSessionUrl(config, params).href;
    },
  };
}
