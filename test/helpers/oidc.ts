// A real OpenID Connect provider in the test process (oidc-provider, certified), a Lifeboat listening on
// loopback that signs in through it, and a small cookie-keeping HTTP "browser" that drives the provider's
// development login and consent forms the way a person would.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { DialectName } from '../../src/platform/db/database.ts';
import { startTestApp, type TestApp } from './app.ts';

/** Who can sign in at the test provider: the login typed in its form is the subject. */
export interface TestPerson {
  readonly email: string;
  readonly name: string;
  readonly groups: readonly string[];
}

export const PEOPLE: Record<string, TestPerson> = {
  alice: { email: 'alice@example.com', name: 'Alice Admin', groups: ['everyone', 'lifeboat-admins'] },
  oscar: { email: 'oscar@example.com', name: 'Oscar Operator', groups: ['lifeboat-operators'] },
  vera: { email: 'vera@example.com', name: 'Vera Viewer', groups: ['lifeboat-web-viewers'] },
  nobody: { email: 'nobody@example.com', name: 'No Body', groups: ['marketing'] },
};

export const ROLE_MAP = {
  'lifeboat-admins': { account: 'default', role: 'admin' },
  'lifeboat-operators': { account: 'default', role: 'operator' },
  'lifeboat-web-viewers': { account: 'default', role: 'viewer', projects: ['default'] },
};

export const CLIENT_ID = 'lifeboat-console';
export const CLIENT_SECRET = 'test-client-secret-0123456789abcdef';

export interface SsoTestbed {
  readonly t: TestApp;
  /** http://127.0.0.1:<port> of the Lifeboat server. */
  readonly baseUrl: string;
  /** LIFEBOAT_PUBLIC_URL when the testbed was given one, else baseUrl. */
  readonly publicUrl: string;
  readonly issuer: string;
  /** Tampering with the provider's token responses (an ID token whose payload was changed after signing). */
  tamperIdTokens: boolean;
  /**
   * The clock Lifeboat reads: real time plus a skew; move it to test expiry. It keeps running, so a client that
   * really waits (the CLI between two polls) is seen to wait.
   */
  clock: number;
  close(): Promise<void>;
}

/**
 * A provider on a random loopback port, then Lifeboat configured for it (discovery is lazy, so the provider
 * only has to answer by the first sign-in), then the provider's client registered with Lifeboat's callback.
 */
export async function startSsoTestbed(dialect: DialectName, env: Record<string, string> = {}): Promise<SsoTestbed> {
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const providerServer = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => providerServer.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;

  let skewMs = 0;
  const testbed = {
    tamperIdTokens: false,
    get clock() { return Date.now() + skewMs; },
    set clock(at: number) { skewMs = at - Date.now(); },
  } as { tamperIdTokens: boolean; clock: number };
  const t = await startTestApp(dialect, {
    LIFEBOAT_OIDC_ISSUER: issuer, LIFEBOAT_OIDC_CLIENT_ID: CLIENT_ID, LIFEBOAT_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    LIFEBOAT_OIDC_ROLE_MAP: JSON.stringify(ROLE_MAP), ...env,
  }, { worker: false, now: () => testbed.clock });
  await t.app.http.listen({ host: '127.0.0.1', port: 0 });
  const baseUrl = `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
  // Behind a (simulated) TLS-terminating proxy the provider sends people back to the public URL.
  const publicUrl = env.LIFEBOAT_PUBLIC_URL?.replace(/\/+$/, '') ?? baseUrl;

  const provider = new Provider(issuer, {
    clients: [{
      client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${publicUrl}/auth/sso/callback`],
      post_logout_redirect_uris: [`${publicUrl}/`],
      grant_types: ['authorization_code', 'urn:ietf:params:oauth:grant-type:device_code'], response_types: ['code'],
    }],
    async findAccount(_ctx, sub) {
      const person = PEOPLE[sub] ?? { email: `${sub}@example.com`, name: sub, groups: [] };
      return { accountId: sub, claims: async () => ({ sub, email: person.email, name: person.name, groups: [...person.groups] }) };
    },
    claims: { openid: ['sub', 'groups'], email: ['email'], profile: ['name'] },
    // The claims go in the ID token itself (not only behind userinfo): Lifeboat reads them from there.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, deviceFlow: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['test-provider-cookie-key-0123456789'] },
    pkce: { required: () => true },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (testbed.tamperIdTokens && ctx.path === '/token' && body && typeof body.id_token === 'string') {
      // The signature stays, the payload changes: only a signature check can tell.
      const [header, payload, signature] = body.id_token.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
      claims.groups = ['lifeboat-admins'];
      body.id_token = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    }
  });
  handler = provider.callback();

  return Object.assign(testbed, {
    t, baseUrl, publicUrl, issuer,
    async close() {
      await t.close();
      providerServer.closeAllConnections();
      await new Promise<void>((resolve) => providerServer.close(() => resolve()));
    },
  }) as SsoTestbed;
}

/** A cookie-keeping HTTP client that follows redirects and submits the provider's forms like a person would. */
export class HttpBrowser {
  /** host:port -> name -> value (paths are ignored: every cookie goes with every request to its origin). */
  private readonly jar = new Map<string, Map<string, string>>();

  /** `proxy` maps a public origin to the server behind it: what a TLS-terminating proxy does for the browser. */
  constructor(private readonly proxy: Readonly<Record<string, string>> = {}) {}

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(new URL(origin).host)?.get(name);
  }

  setCookie(origin: string, name: string, value: string): void {
    const host = new URL(origin).host;
    if (!this.jar.has(host)) this.jar.set(host, new Map());
    this.jar.get(host)!.set(name, value);
  }

  /** One request, no redirect followed; keeps the cookies it sets. */
  async request(url: string, init: { method?: string; body?: URLSearchParams | string; headers?: Record<string, string> } = {}): Promise<Response> {
    const host = new URL(url).host;
    const cookies = [...(this.jar.get(host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
    const origin = new URL(url).origin;
    const res = await fetch(this.proxy[origin] ? this.proxy[origin] + url.slice(origin.length) : url, { method: init.method ?? 'GET', body: init.body, headers: { ...(cookies ? { cookie: cookies } : {}), ...init.headers }, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now()));
      if (!this.jar.has(host)) this.jar.set(host, new Map());
      if (expired) this.jar.get(host)!.delete(name);
      else this.jar.get(host)!.set(name, value);
    }
    return res;
  }

  /**
   * Follows redirects from `url` and fills every form the provider shows (login with `login`, consent, device
   * confirmation) until `done` says the page reached is the end; returns that response and its URL.
   */
  async signIn(url: string, login: string, done: (url: string, res: Response) => boolean): Promise<{ res: Response; url: string; body: string }> {
    let next = { url, method: 'GET', body: undefined as URLSearchParams | undefined };
    for (let step = 0; step < 20; step++) {
      const res = await this.request(next.url, { method: next.method, body: next.body });
      if (res.status >= 300 && res.status < 400) {
        next = { url: new URL(res.headers.get('location')!, next.url).href, method: 'GET', body: undefined };
        if (done(next.url, res)) return { res, url: next.url, body: '' };
        continue;
      }
      const body = await res.text();
      if (done(next.url, res)) return { res, url: next.url, body };
      const form = /<form[^>]*action="([^"]*)"[^>]*method="post"|<form[^>]*method="post"[^>]*action="([^"]*)"/i.exec(body);
      if (!form) throw new Error(`no form to fill at ${next.url} (${res.status}): ${body.slice(0, 300)}`);
      const formHtml = body.slice(form.index, body.indexOf('</form>', form.index));
      const fields = new URLSearchParams();
      for (const input of formHtml.matchAll(/<input([^>]*)>/gi)) {
        const name = /name="([^"]*)"/.exec(input[1]!)?.[1];
        if (!name) continue;
        const value = /value="([^"]*)"/.exec(input[1]!)?.[1] ?? '';
        fields.set(name, name === 'login' ? login : name === 'password' ? 'any-password' : value.replace(/&amp;/g, '&'));
      }
      next = { url: new URL((form[1] ?? form[2])!.replace(/&amp;/g, '&'), next.url).href, method: 'POST', body: fields };
    }
    throw new Error('the sign-in did not finish in 20 steps');
  }
}

/** Signs `login` in through the console's flow; returns the browser (holding the session cookie) and the last response. */
export async function browserSignIn(bed: SsoTestbed, login: string, returnTo?: string): Promise<{ browser: HttpBrowser; res: Response; url: string; body: string }> {
  const site = bed.publicUrl;
  const browser = new HttpBrowser(site === bed.baseUrl ? {} : { [site]: bed.baseUrl });
  const start = `${site}/auth/sso/login${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`;
  // Done when the Lifeboat callback has answered (a redirect into the console, or its refusal page).
  const result = await browser.signIn(start, login, (url, res) => res.url.startsWith(`${bed.baseUrl}/auth/sso/callback`) || (url.startsWith(site) && !url.includes('/auth/sso/')));
  return { browser, ...result };
}

/** What a CLI session's device flow yields: its bearer session token and refresh token. */
export interface CliSession {
  readonly token: string;
  readonly refreshToken: string;
  readonly session: { readonly id: string };
}

/**
 * `login` signs in through the device flow (as `lifeboat login --sso` does, but in the test): start, confirm the
 * code at the provider, then one poll a full interval later (moving Lifeboat's clock, so the poll is well paced).
 */
export async function deviceSignIn(bed: SsoTestbed, login: string): Promise<CliSession> {
  const post = (url: string, payload: unknown) => bed.t.app.http.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
  const started = (await post('/auth/sso/device', {})).json() as { handle: string; verificationUriComplete: string; interval: number };
  await new HttpBrowser().signIn(started.verificationUriComplete, login, (_url, res) => res.status === 200 && /\/device\/[^/?]+$/.test(res.url));
  bed.clock += started.interval * 1000;
  const polled = (await post('/auth/sso/device/poll', { handle: started.handle })).json() as CliSession & { status: string };
  if (polled.status !== 'complete') throw new Error(`the device flow did not complete: ${JSON.stringify(polled)}`);
  return polled;
}
