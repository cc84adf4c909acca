// `lifeboat login --sso`: the device authorization grant (RFC 8628) with the server doing the provider's side
// (it holds the client secret), and the renewal of the session token it issues.
import { UsageError } from './exit-codes.ts';
import { updateProfiles } from './profiles.ts';

interface Issued {
  readonly token: string;
  readonly refreshToken: string;
  readonly session: { readonly accountId: number; readonly email: string | null; readonly name: string | null; readonly subject: string; readonly role: string };
}

async function postJson(fetchImpl: typeof fetch, url: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  // The CLI's fetch (http-fetch.ts) takes a Request, as openapi-fetch gives it.
  const res = await fetchImpl(new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) }));
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: res.status, json };
}

/**
 * Starts the device flow, prints the code and where to enter it, and polls at the pace the server gives until
 * the person has signed in (or refused, or the code expired). Returns the session's tokens.
 */
export async function deviceLogin(url: string, fetchImpl: typeof fetch, note: (text: string) => void, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<Issued> {
  const started = await postJson(fetchImpl, `${url}/auth/sso/device`, {});
  if (started.status === 404) throw new UsageError(`${url} has no single sign-on configured`, 'log in with --token instead');
  if (started.status !== 200) throw new Error(`single sign-on could not start: ${String(started.json.message ?? started.status)}`);
  const { handle, userCode, verificationUri, verificationUriComplete, expiresIn } = started.json as {
    handle: string; userCode: string; verificationUri: string; verificationUriComplete: string | null; expiresIn: number; interval: number;
  };
  let interval = Number(started.json.interval) || 5;
  note(`To sign in, open ${verificationUriComplete ?? verificationUri}\nand check that it shows the code ${userCode} (enter it at ${verificationUri} if asked).`);
  note(`Waiting for the sign-in (the code expires in ${Math.round(expiresIn / 60)} minutes)…`);
  for (;;) {
    await sleep(interval * 1000);
    const polled = await postJson(fetchImpl, `${url}/auth/sso/device/poll`, { handle });
    if (polled.status !== 200) throw new UsageError(`single sign-on refused: ${String(polled.json.message ?? polled.status)}`);
    if (polled.json.status === 'complete') return polled.json as unknown as Issued;
    interval = Number(polled.json.interval) || interval;
  }
}

/**
 * A fetch for a profile holding a session token: a 401 is answered once by renewing the session with its refresh
 * token (saved back to the profile, 0600) and sending the request again with the new token.
 */
export function refreshingFetch(base: typeof fetch, options: { url: string; env: NodeJS.ProcessEnv; profileName: string; refreshToken: string }): typeof fetch {
  let refreshToken = options.refreshToken;
  let renewedToken: string | undefined;
  // Requests sent at once (whoami sends two) all meet the 401: they share one renewal, since a refresh token works once.
  let renewing: Promise<string | undefined> | undefined;
  async function renew(): Promise<string | undefined> {
    const renewed = await postJson(base, `${options.url}/auth/session/refresh`, { refreshToken });
    if (renewed.status !== 200) return undefined;
    const issued = renewed.json as unknown as Issued;
    refreshToken = issued.refreshToken;
    updateProfiles(options.env, (file) => {
      const profile = file.profiles[options.profileName];
      return profile ? { ...file, profiles: { ...file.profiles, [options.profileName]: { ...profile, token: issued.token, refreshToken: issued.refreshToken } } } : file;
    });
    return (renewedToken = issued.token);
  }
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (renewedToken) request.headers.set('authorization', `Bearer ${renewedToken}`);
    const retry = request.clone();
    const res = await base(request);
    if (res.status !== 401) return res;
    const token = await (renewing ??= renew());
    if (!token) return res;
    retry.headers.set('authorization', `Bearer ${token}`);
    return base(retry);
  }) as typeof fetch;
}
