import { createHash } from 'node:crypto';

/** RFC 8628 §3.5: each `slow_down` adds 5 seconds to the interval, for that poll and every later one. */
export const SLOW_DOWN_STEP_S = 5;
/**
 * A poll up to this early is jitter, not haste: a client that waits `interval` between *sending* its polls sees
 * them arrive closer together whenever one request is slower than the next.
 */
export const EARLY_TOLERANCE_MS = 1_000;
/** Device codes remembered at most (~100 bytes each); the least recently polled is forgotten first. */
const MAX_CODES = 10_000;

/** What a poll may do now: go to the provider, or be told to slow down (then call slowedDown: a refused poll grows nothing). */
export interface Pace {
  readonly tooFast: boolean;
  /** Seconds the client must wait before its next poll (before any slow_down). */
  readonly interval: number;
}

interface CodeState {
  interval: number;
  lastAt: number;
}

/**
 * The pace of each device code's polls (RFC 8628 §3.5), in this process: a poll sooner than the code's interval
 * after the previous one (or after the start) answers `slow_down` without calling the provider, and the interval
 * grows by 5 s (§3.5 says it may also be answered with an error: past the limits it is a 429 and grows nothing). Codes are remembered by a truncated SHA-256, never as given. With several nodes each paces the
 * polls it sees, so a client is never slowed for polls another node answered.
 */
export class DevicePacing {
  private readonly codes = new Map<string, CodeState>();

  constructor(private readonly maxCodes = MAX_CODES) {}

  get size(): number {
    return this.codes.size;
  }

  /** A device authorization began at `now`: its first poll is due `interval` seconds later. */
  started(deviceCode: string, interval: number, now: number): void {
    this.remember(keyOf(deviceCode), { interval, lastAt: now });
  }

  /** Records a poll at `now`; `interval` is the code's own (from its handle), for a code this process never saw. */
  poll(deviceCode: string, interval: number, now: number): Pace {
    const key = keyOf(deviceCode);
    const state = this.codes.get(key);
    if (!state) {
      this.remember(key, { interval, lastAt: now });
      return { tooFast: false, interval };
    }
    const tooFast = now - state.lastAt < state.interval * 1000 - EARLY_TOLERANCE_MS;
    state.lastAt = now;
    this.remember(key, state);
    return { tooFast, interval: state.interval };
  }

  /** The poll is answered slow_down (by this server, or the provider itself): the interval grows by 5 s. */
  slowedDown(deviceCode: string, interval: number, now: number): number {
    const key = keyOf(deviceCode);
    const state = this.codes.get(key) ?? { interval, lastAt: now };
    state.interval += SLOW_DOWN_STEP_S;
    this.remember(key, state);
    return state.interval;
  }

  /** The code was used up (signed in, refused, expired): nothing more to pace. */
  finished(deviceCode: string): void {
    this.codes.delete(keyOf(deviceCode));
  }

  private remember(key: string, state: CodeState): void {
    this.codes.delete(key); // re-inserted below: the most recent now
    if (this.codes.size >= this.maxCodes) this.codes.delete(this.codes.keys().next().value!);
    this.codes.set(key, state);
  }
}

const keyOf = (deviceCode: string) => createHash('sha256').update(deviceCode).digest('base64url').slice(0, 22);
