import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AuthLimitSettings } from '../config.ts';
import { LifeboatError, TooManyRequestsError } from '../errors.ts';
import { FailureBuckets } from './failure-buckets.ts';

/** What a surface knows about a request when it authenticates it. */
export type AuthRequest = Pick<FastifyRequest, 'ip' | 'method' | 'url' | 'id'>;

/** The credential a request presents: its kind and the value that names it (hashed before it is kept). */
export interface PresentedCredential {
  /** `token`, `access-key`, `connection-group`: the kind, never the value, goes to logs and the audit trail. */
  readonly kind: string;
  readonly value: string;
}

/** A refusal the limiter wants recorded: at most one per limited key or source per window. */
export interface AuthRefusal {
  readonly request: AuthRequest;
  /** Which limit holds: the credential's own, or its source address's. */
  readonly limited: 'key' | 'source';
  readonly kind: string;
  readonly retryAfterSeconds: number;
}

export interface AuthLimiter {
  /**
   * Runs `check` (which throws an unauthenticated error on a wrong credential) under the limits: a credential
   * that failed too often is refused without being checked; a failure from a source that failed too often is
   * answered 429 instead of 401. A credential that checks out is never counted.
   */
  authenticate<T>(request: AuthRequest, credential: PresentedCredential, check: () => Promise<T>): Promise<T>;
  /**
   * Counts a misuse of a credential that is no wrong secret (a device code polled faster than its interval) as a
   * failure of it and of its source: 429 when either is already past its limit, else it returns and the caller answers.
   */
  misused(request: AuthRequest, credential: PresentedCredential): Promise<void>;
  /**
   * Counts one sign-in started from the request's address (each costs a call to the identity provider): past
   * the source limit per window, 429. Kept apart from failures, so signing in never uses up an address's failures.
   */
  started(request: AuthRequest, kind: string): Promise<void>;
  /** How many keys and sources are remembered (bounded by maxEntries each). */
  size(): { keys: number; sources: number; starts: number };
}

export interface AuthLimiterDeps {
  readonly now: () => number;
  /** Called once per window per limited key or source (an attacker must not fill the audit trail). */
  readonly onLimited: (refusal: AuthRefusal) => Promise<void>;
  /** Keys (and, separately, sources) remembered at most; the least recently failed is forgotten first. */
  readonly maxEntries?: number;
}

/** 10,000 entries of ~150 bytes each: about 1.5 MB per map, whatever a flood of random credentials sends. */
const MAX_ENTRIES = 10_000;

/**
 * Limits failed authentications per presented credential and per source address, with token buckets (a
 * credential may fail `keyLimit` times at once, then once per window/keyLimit).
 *
 * The trade-off chosen: a limited *credential* is refused before it is checked, so guessing the secret of one
 * access key or connection group stops there, even from many addresses; its holder waits out the window too.
 * A limited *source* still has its credentials checked: a valid one passes and only failures become 429. So
 * one client behind a shared address (a NAT, an office) cannot lock its neighbours out, at the price that the
 * source limit does not stop guessing bearer tokens from one address; it makes it loud (429, an audit event)
 * and tokens are 256 random bits, which no rate of guessing reaches.
 *
 * State is in this process: with several nodes each node limits on its own (a limit of N per node).
 * Credentials are kept only as a truncated SHA-256, never as given.
 */
export function createAuthLimiter(settings: AuthLimitSettings, deps: AuthLimiterDeps): AuthLimiter {
  const max = deps.maxEntries ?? MAX_ENTRIES;
  const keys = new FailureBuckets(settings.keyLimit, settings.windowMs, max);
  const sources = new FailureBuckets(settings.sourceLimit, settings.windowMs, max);
  const starts = new FailureBuckets(settings.sourceLimit, settings.windowMs, max);

  async function refuse(buckets: FailureBuckets, id: string, waitMs: number, refusal: Omit<AuthRefusal, 'retryAfterSeconds'>, now: number, what = 'failed authentications'): Promise<never> {
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    if (buckets.auditDue(id, now)) await deps.onLimited({ ...refusal, retryAfterSeconds });
    throw new TooManyRequestsError(`Too many ${what} ${refusal.limited === 'key' ? 'with this credential' : 'from this address'}; retry in ${retryAfterSeconds} s`, retryAfterSeconds);
  }

  const keyOf = (credential: PresentedCredential) => `${credential.kind}:${createHash('sha256').update(credential.value).digest('base64url').slice(0, 22)}`;

  /** Refuses a credential past its limit, before it is checked. */
  async function guard(request: AuthRequest, credential: PresentedCredential, key: string, now: number): Promise<void> {
    const keyWait = keys.waitMs(key, now);
    if (keyWait > 0) await refuse(keys, key, keyWait, { request, limited: 'key', kind: credential.kind }, now);
  }

  /** Counts one failure of the credential and its source; 429 instead when the source is past its limit. */
  async function fail(request: AuthRequest, credential: PresentedCredential, key: string, now: number): Promise<void> {
    const sourceWait = sources.waitMs(request.ip, now);
    // A limited source's failures are not counted against keys: its rate is already bounded.
    if (sourceWait > 0) await refuse(sources, request.ip, sourceWait, { request, limited: 'source', kind: credential.kind }, now);
    keys.fail(key, now);
    sources.fail(request.ip, now);
  }

  return {
    async authenticate(request, credential, check) {
      const now = deps.now();
      const key = keyOf(credential);
      await guard(request, credential, key, now);
      try {
        return await check();
      } catch (error) {
        if (!(error instanceof LifeboatError) || error.kind !== 'unauthenticated') throw error;
        await fail(request, credential, key, now);
        throw error;
      }
    },
    async misused(request, credential) {
      const now = deps.now();
      const key = keyOf(credential);
      await guard(request, credential, key, now);
      await fail(request, credential, key, now);
    },
    async started(request, kind) {
      const now = deps.now();
      const wait = starts.waitMs(request.ip, now);
      if (wait > 0) await refuse(starts, request.ip, wait, { request, limited: 'source', kind }, now, 'sign-ins started');
      starts.fail(request.ip, now);
    },
    size: () => ({ keys: keys.size, sources: sources.size, starts: starts.size }),
  };
}
