import type { Config } from '../../platform/config.ts';

/** The names of the sign-in's cookies: prefixed when people reach the server over https, plain otherwise. */
export interface SessionCookies {
  /** Whether the cookies are Secure. */
  readonly secure: boolean;
  /**
   * The session cookie. `__Host-` makes the browser refuse it unless it is Secure, Path=/ and has no Domain, so
   * neither plain http nor a sibling subdomain can plant or overwrite it (a session-fixation route).
   */
  readonly session: string;
  /** The pending sign-in (Path=/auth/sso, so `__Secure-`, which asks only for Secure). */
  readonly login: string;
}

/**
 * People reach the server over https when it serves TLS itself, or when LIFEBOAT_PUBLIC_URL is https (a proxy
 * terminates TLS before a plain-http Lifeboat): the browser sees https either way, so the cookies are Secure.
 */
export const reachedOverHttps = (config: Pick<Config, 'tls' | 'publicUrl'>): boolean =>
  config.tls !== undefined || config.publicUrl?.startsWith('https:') === true;

/** Only the name for the server's scheme is read: under https an unprefixed cookie may have been planted over http. */
export function sessionCookies(secure: boolean): SessionCookies {
  return secure
    ? { secure, session: '__Host-lifeboat_session', login: '__Secure-lifeboat_sso_login' }
    : { secure, session: 'lifeboat_session', login: 'lifeboat_sso_login' };
}
