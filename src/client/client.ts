// The one typed client of the HTTP API: the CLI and the web console both talk to Lifeboat through it and
// nothing else. Paths, parameters, bodies and answers are typed from the server's OpenAPI document
// (api-types.ts, generated); errors of every surface become one ApiError.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-types.ts';

export type { paths, operations, components } from './api-types.ts';

export interface ClientOptions {
  /** The server, e.g. http://127.0.0.1:8080 (no trailing path). */
  readonly baseUrl: string;
  /** A service-account token or the instance admin token; sent as a bearer token. */
  readonly token?: string;
  /** Another fetch (tests, a browser's own). */
  readonly fetch?: typeof fetch;
}

/** An answer that is not 2xx, read from whichever error body its surface uses. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Field → problem, when the server named fields (400). */
    readonly fieldErrors: Readonly<Record<string, string>> = {},
    /** The server's error code (NAME_TAKEN, CC.0001, …), when it gave one. */
    readonly code?: string,
    readonly requiredPermissions: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Turns an error body of any of the three dialects into an ApiError. */
export function apiError(status: number, body: unknown): ApiError {
  const b = (body ?? {}) as Record<string, any>;
  if (Array.isArray(b.errors) && typeof b.message === 'string') {
    return new ApiError(status, b.message, b.fieldErrors ?? {}, b.errors[0]?.code, b.requiredPermissions ?? []);
  }
  if (Array.isArray(b.errors)) {
    const first = b.errors[0] ?? {};
    return new ApiError(status, b.errors.map((e: Record<string, string>) => e.error_message).join('; ') || `HTTP ${status}`, {}, first.error_code);
  }
  if (typeof b.error_msg === 'string') return new ApiError(status, b.error_msg, {}, b.error_code);
  return new ApiError(status, typeof b.message === 'string' ? b.message : `HTTP ${status}`);
}

/** A client bound to one server and token. */
export function createLifeboatClient(options: ClientOptions) {
  // The API never redirects. A redirect is not followed: fetch would take the request, and headers such as
  // X-Auth-Token (dropped cross-origin only for Authorization), to wherever the server pointed.
  const client = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/+$/, ''), fetch: options.fetch, redirect: 'manual' });
  if (options.token) {
    const auth: Middleware = {
      onRequest({ request }) {
        request.headers.set('authorization', `Bearer ${options.token}`);
        return request;
      },
    };
    client.use(auth);
  }
  return client;
}

export type LifeboatClient = ReturnType<typeof createLifeboatClient>;

/**
 * The data of an openapi-fetch answer, or an ApiError: `const c = await ok(client.GET('/api/v1/…', {…}))`.
 * Keeps the response for headers (ETag, Content-Range).
 */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  return (await answer(call)).data;
}

/** Like ok(), with the response kept beside the data: its headers (Content-Range of a list, ETag). */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await call;
  // A browser hides a manual redirect (opaqueredirect, status 0); Node shows the 3xx and its Location.
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.headers.has('location'))) {
    const to = response.headers.get('location');
    const where = to && URL.canParse(to, response.url) ? ` to ${new URL(to, response.url).href}` : '';
    throw new ApiError(response.status, `the server redirected${where}; a redirect is not followed (the token goes only to the configured server)`);
  }
  if (!response.ok) throw apiError(response.status, error);
  return { data: data as T, response };
}

/** A list's Content-Range (items 1-100/2345, or items star-slash-0 when empty): the items returned and the total. */
export function itemRange(header: string | null): { first: number; last: number; total: number } | undefined {
  const match = header ? /^items (?:(\d+)-(\d+)|\*)\/(\d+)$/.exec(header.trim()) : null;
  if (!match) return undefined;
  return { first: match[1] ? Number(match[1]) : 0, last: match[2] ? Number(match[2]) : 0, total: Number(match[3]) };
}
