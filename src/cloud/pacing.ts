import { setTimeout as sleepFor } from 'node:timers/promises';
import { CloudCallError, type CloudCredentials, type CloudProvider } from './provider.ts';

/**
 * Pacing of cloud calls to the cloud's own rate limits, instead of failing on them.
 *
 * AWS throttles per account, region and action with token buckets whose sizes Lifeboat cannot read. So each lane
 * (one set of credentials × region × provider call × resource type, the closest Lifeboat gets to AWS's account ×
 * region × action) learns its rate the way TCP and the AWS SDKs' adaptive retry mode do (additive increase,
 * multiplicative decrease):
 * - a lane starts unpaced, so a protection uses a bucket's whole burst;
 * - a throttled call lowers the lane's rate to 70 % of the rate it was actually sending at, but not below 90 % of
 *   the rate the cloud admitted over the last three seconds (once a bucket's burst is spent, it admits exactly its
 *   refill rate, so that is where the lane settles) (only for calls sent after the last decrease, and at most once per 200 ms: the calls already in flight when the bucket ran dry are throttled together and count once), waits for
 *   its next slot and is retried, up to `maxThrottles` times before its error goes up to the job (whose own
 *   retries take over);
 * - each success raises the rate by 5 % of a token, i.e. by about 5 % a second, so the lane probes back up to
 *   the bucket's refill rate and settles just under it.
 * Slots are handed out in order (a leaky bucket at the lane's rate), so parallel callers share the rate fairly.
 * Lanes are this process's: several Lifeboat nodes each pace themselves, and the cloud's throttling corrects the sum.
 */
export interface PacingOptions {
  /** Throttled attempts of one call before its error is thrown (default 20). */
  readonly maxThrottles?: number;
  /** Called once per throttled attempt, with the call's name: the metric. */
  readonly onThrottled?: (call: string) => void;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<unknown>;
}

const DECREASE = 0.7;
/** After the bucket's burst, what it admits is its refill rate: a throttle falls to just under that, no lower. */
const FLOOR_OF_ADMITTED = 0.9;
const INCREASE_PER_SUCCESS = 0.05;
const MIN_RATE = 0.2;
const DECREASE_COOLDOWN_MS = 200;
const SENT_WINDOW_MS = 1000;
const ADMITTED_WINDOW_MS = 3000;

/** Drops the times older than `windowMs`. */
function trim(times: number[], now: number, windowMs: number): void {
  let drop = 0;
  while (drop < times.length && times[drop]! <= now - windowMs) drop += 1;
  if (drop > 0) times.splice(0, drop);
}

class Lane {
  /** Calls per second; Infinity until the first throttle. */
  rate = Number.POSITIVE_INFINITY;
  /** When the next slot is free, epoch ms. */
  private nextSlot = 0;
  private lastDecrease = Number.NEGATIVE_INFINITY;
  /** Start times of the calls of the last second: the rate actually sent. */
  private readonly starts: number[] = [];
  /** End times of the admitted calls of the last three seconds: the rate the cloud let through. */
  private readonly admitted: number[] = [];

  /** When the admitted window began: the lane's birth, then its first throttle (the burst's admits say nothing of the refill). */
  constructor(private born: number) {}

  /** How long to wait for this call's slot (0 when unpaced), reserving it. */
  reserve(now: number): number {
    this.starts.push(now);
    trim(this.starts, now, SENT_WINDOW_MS);
    if (!Number.isFinite(this.rate)) return 0;
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + 1000 / this.rate;
    return slot - now;
  }

  succeeded(now: number): void {
    this.admitted.push(now);
    trim(this.admitted, now, ADMITTED_WINDOW_MS);
    if (Number.isFinite(this.rate)) this.rate += INCREASE_PER_SUCCESS;
  }

  /** `sentAt`: when the throttled call was sent. One sent before the last decrease was paced at the old rate: it says nothing new. */
  throttled(now: number, sentAt: number): void {
    if (sentAt < this.lastDecrease || now - this.lastDecrease < DECREASE_COOLDOWN_MS) return;
    const first = !Number.isFinite(this.lastDecrease);
    this.lastDecrease = now;
    trim(this.starts, now, SENT_WINDOW_MS);
    trim(this.admitted, now, ADMITTED_WINDOW_MS);
    // Rates over each window, or over the lane's life when it is younger.
    // (the admitted rate over at least a second: a few admits in a short span say little of the refill rate).
    const per = (windowMs: number, n: number, atLeastMs: number) => n / (Math.min(windowMs, Math.max(now - this.born, atLeastMs)) / 1000);
    const sent = Math.min(this.rate, per(SENT_WINDOW_MS, this.starts.length, 50));
    const admitted = per(ADMITTED_WINDOW_MS, this.admitted.length, 1000);
    this.rate = Math.max(MIN_RATE, Math.min(sent, Math.max(DECREASE * sent, FLOOR_OF_ADMITTED * admitted)));
    if (first) {
      this.admitted.length = 0;
      this.born = now;
    }
    // The bucket is empty now: the next free slot is at least one interval away (slots already handed out stay).
    this.nextSlot = Math.max(this.nextSlot, now + 1000 / this.rate);
  }
}

/** The lane key of one call: who, where, what. Credentials are identified by their public part only. */
function laneKey(method: string, credentials: CloudCredentials, request: unknown): string {
  const who = credentials.type === 'iam-role' ? credentials.roleArn : credentials.accessKeyId;
  const r = (request ?? {}) as { region?: unknown; targetRegion?: unknown; type?: unknown };
  const region = typeof r.targetRegion === 'string' ? r.targetRegion : typeof r.region === 'string' ? r.region : '';
  const type = typeof r.type === 'string' ? r.type : '';
  return `${who}\u0000${region}\u0000${method}\u0000${type}`;
}

const isThrottle = (error: unknown) => error instanceof CloudCallError && error.reason === 'throttled';

/**
 * Wraps every call of `inner` that takes (credentials, request) in its lane's pacing. Everything else (and
 * every error but throttling) passes through unchanged.
 */
export function pacedProvider<P extends CloudProvider>(inner: P, options: PacingOptions = {}): P {
  const lanes = new Map<string, Lane>();
  const maxThrottles = options.maxThrottles ?? 20;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepFor;

  async function paced(method: string, call: () => Promise<unknown>, key: string): Promise<unknown> {
    let lane = lanes.get(key);
    if (!lane) lanes.set(key, (lane = new Lane(now())));
    for (let throttles = 0; ; ) {
      const wait = lane.reserve(now());
      if (wait > 0) await sleep(wait);
      const sentAt = now();
      try {
        const result = await call();
        lane.succeeded(now());
        return result;
      } catch (error) {
        if (!isThrottle(error)) throw error;
        options.onThrottled?.(method);
        lane.throttled(now(), sentAt);
        if (++throttles >= maxThrottles) throw error;
      }
    }
  }

  return new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return function (this: unknown, ...args: unknown[]) {
        const [credentials, request] = args as [CloudCredentials | undefined, unknown];
        const bound = () => value.apply(target, args) as Promise<unknown>;
        // Only cloud calls (credentials first) are paced: the sim's admin methods and the like pass straight on.
        if (!credentials || typeof credentials !== 'object' || !('type' in credentials)) return bound();
        return paced(property, bound, laneKey(property, credentials, request));
      };
    },
  });
}
