import { CloudCallError } from '../provider.ts';

/**
 * Polls until check returns a value: the pause doubles from `first` up to `max`. Giving up is
 * `unavailable` (retryable): the protection or recovery step runs again later and, being idempotent,
 * finds the snapshot or resource it was waiting for.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  options: { readonly waitTimeoutMs: number; readonly pollMs: { readonly first: number; readonly max: number } },
): Promise<T> {
  const deadline = Date.now() + options.waitTimeoutMs;
  let pause = options.pollMs.first;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() + pause > deadline) {
      throw new CloudCallError('unavailable', 'WaiterTimeout', `WaiterTimeout: ${what} was not ready after ${Math.round(options.waitTimeoutMs / 1000)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, options.pollMs.max);
  }
}

/** How long a call right after a create keeps meeting NotFound before it is believed (EC2's eventual consistency). */
const SETTLE_MS = 2 * 60_000;

/**
 * A call that addresses something just created: AWS's APIs are eventually consistent, and for a while
 * they may answer `*.NotFound` for it. Such answers are retried with backoff (bounded), not taken as
 * final and not ignored; any other error is the call's own.
 */
export async function settled<T>(
  what: string,
  call: () => Promise<T>,
  options: { readonly waitTimeoutMs: number; readonly pollMs: { readonly first: number; readonly max: number } },
  isNotFound: (error: unknown) => boolean,
): Promise<T> {
  const answer = await waitFor(what, async () => {
    try {
      return { value: await call() };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }, { ...options, waitTimeoutMs: Math.min(options.waitTimeoutMs, SETTLE_MS) });
  return answer.value;
}
