import { ValidationError } from '../../platform/errors.ts';
import { CloudCallError } from '../provider.ts';

/**
 * AWS-shaped request throttling for the simulated cloud (off unless asked for).
 *
 * AWS throttles each account's API requests per region and per action with token buckets: every request takes a
 * token; a bucket holds at most `capacity` tokens and gains `refillPerSecond` tokens each second; a request that
 * finds it empty fails (EC2: `RequestLimitExceeded`; most other services: `Throttling`/`ThrottlingException`;
 * S3: `SlowDown`) and takes no token. The defaults are EC2's published request-token limits ("Request throttling
 * for the Amazon EC2 API"): non-mutating actions (Describe*, List*, Get*) 100 tokens refilled at 20 per second,
 * mutating actions 50 refilled at 5 per second. Other services publish per-API figures of the same order; the sim
 * applies these two categories to every service.
 *
 * Buckets live in this process's memory (module state, emptied when the limits change): a cluster of Lifeboat
 * nodes on one PostgreSQL database each meets its own buckets, so the sim is laxer than AWS there by the number
 * of nodes. The benchmark and the tests run one process.
 */
export interface BucketLimit {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

export interface RateLimits {
  readonly enabled: boolean;
  readonly mutating: BucketLimit;
  readonly nonMutating: BucketLimit;
}

export const AWS_DEFAULT_RATE_LIMITS: RateLimits = {
  enabled: false,
  mutating: { capacity: 50, refillPerSecond: 5 },
  nonMutating: { capacity: 100, refillPerSecond: 20 },
};

/** One bucket's use since the limits were last set: what the benchmark prints beside its measured time. */
export interface BucketUse {
  readonly accountId: string;
  readonly region: string;
  readonly action: string;
  readonly capacity: number;
  readonly refillPerSecond: number;
  /** Requests that took a token. */
  readonly admitted: number;
  /** Requests refused with a throttling error. */
  readonly throttled: number;
  /** The least time, s, the bucket lets `admitted` requests take: (admitted − capacity) / refill, at least 0. */
  readonly minimumSeconds: number;
}

interface Bucket {
  readonly limit: BucketLimit;
  tokens: number;
  at: number;
  admitted: number;
  throttled: number;
}

const buckets = new Map<string, Bucket>();

/** Forgets every bucket (new limits start with full buckets). */
export function resetBuckets(): void {
  buckets.clear();
}

const NON_MUTATING = /^(Describe|List|Get|Head|Search|Lookup|Query|Scan|BatchGet)/;

/** The action's IAM name without its service (`ec2:CreateSnapshot` → `CreateSnapshot`). */
const verbOf = (action: string) => action.slice(action.indexOf(':') + 1);

/** What AWS answers a throttled request with, by service (the action's prefix). */
function throttleCode(action: string): string {
  const service = action.includes(':') ? action.slice(0, action.indexOf(':')) : '';
  if (service === 'ec2' || service === 'ebs') return 'RequestLimitExceeded';
  if (service === 's3') return 'SlowDown';
  if (service === 'dynamodb' || service === 'lambda' || service === 'kms') return 'ThrottlingException';
  return 'Throttling';
}

/**
 * Takes a token from the bucket of (account, region, action), or returns the throttling error AWS would answer.
 * `action` is the call's IAM action (`ec2:CreateSnapshot`), else the sim operation's name.
 */
export function takeToken(limits: RateLimits, accountId: string, region: string, action: string, now = Date.now()): CloudCallError | undefined {
  if (!limits.enabled) return undefined;
  const key = `${accountId}\u0000${region}\u0000${action}`;
  let bucket = buckets.get(key);
  if (!bucket) {
    const limit = NON_MUTATING.test(verbOf(action)) ? limits.nonMutating : limits.mutating;
    bucket = { limit, tokens: limit.capacity, at: now, admitted: 0, throttled: 0 };
    buckets.set(key, bucket);
  }
  bucket.tokens = Math.min(bucket.limit.capacity, bucket.tokens + ((now - bucket.at) / 1000) * bucket.limit.refillPerSecond);
  bucket.at = now;
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    bucket.admitted += 1;
    return undefined;
  }
  bucket.throttled += 1;
  return new CloudCallError('throttled', throttleCode(action), `Rate exceeded for ${verbOf(action)} in ${region}.`);
}

/** Every bucket's use since the limits were last set, busiest first. */
export function bucketUse(): BucketUse[] {
  return [...buckets.entries()]
    .map(([key, b]) => {
      const [accountId = '', region = '', action = ''] = key.split('\u0000');
      return {
        accountId, region, action, capacity: b.limit.capacity, refillPerSecond: b.limit.refillPerSecond,
        admitted: b.admitted, throttled: b.throttled,
        minimumSeconds: Math.max(0, (b.admitted - b.limit.capacity) / b.limit.refillPerSecond),
      };
    })
    .sort((a, b) => b.minimumSeconds - a.minimumSeconds || b.admitted - a.admitted);
}

function checkLimit(limit: BucketLimit, field: string): void {
  if (!Number.isInteger(limit.capacity) || limit.capacity < 1 || limit.capacity > 1_000_000) {
    throw new ValidationError({ [`${field}.capacity`]: 'must be an integer from 1 to 1000000' });
  }
  if (!(limit.refillPerSecond > 0) || limit.refillPerSecond > 1_000_000) {
    throw new ValidationError({ [`${field}.refillPerSecond`]: 'must be a number above 0 and at most 1000000' });
  }
}

/** The stored form of rate limits given as a partial update over `current`; refuses impossible figures. */
export function mergeRateLimits(current: RateLimits, input: { enabled?: boolean; mutating?: BucketLimit; nonMutating?: BucketLimit }): RateLimits {
  const next: RateLimits = {
    enabled: input.enabled ?? current.enabled,
    mutating: input.mutating ?? current.mutating,
    nonMutating: input.nonMutating ?? current.nonMutating,
  };
  checkLimit(next.mutating, 'rateLimits.mutating');
  checkLimit(next.nonMutating, 'rateLimits.nonMutating');
  return next;
}

let lastParsed: { readonly stored: string; readonly limits: RateLimits } | undefined;

/**
 * Reads the stored JSON (written by mergeRateLimits), else AWS's defaults, off. Every sim call asks: the last
 * text read is parsed once, not per call.
 */
export function parseRateLimits(stored: string | undefined): RateLimits {
  if (stored === undefined) return AWS_DEFAULT_RATE_LIMITS;
  if (lastParsed?.stored !== stored) {
    const value = JSON.parse(stored) as RateLimits;
    lastParsed = { stored, limits: { enabled: value.enabled === true, mutating: value.mutating, nonMutating: value.nonMutating } };
  }
  return lastParsed.limits;
}
