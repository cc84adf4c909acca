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
