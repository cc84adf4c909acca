export interface PollOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** Checked before each try: a reason to give up at once (a process it depends on exited). */
  readonly failFast?: () => string | undefined;
  /** Added to the timeout's message: the last state seen, a process's output. */
  readonly describe?: () => string;
}

/**
 * Polls `check` until it returns something other than undefined, null or false (a thrown error counts as
 * "not yet"). At the deadline it fails with what it waited for, the last error and `describe()`.
 */
export async function pollUntil<T>(what: string, check: () => T | undefined | null | false | Promise<T | undefined | null | false>, options: PollOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    const reason = options.failFast?.();
    if (reason) throw new Error(`${reason} while waiting for ${what}`);
    try {
      const value = await check();
      if (value !== undefined && value !== null && value !== false) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = options.describe ? `\n${options.describe()}` : '';
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 25));
  }
}
