const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;

/**
 * Delay before retrying after a failed attempt (1-based): exponential from 1 s, capped at 5 min, with
 * "equal jitter" (half fixed, half random) so jobs that failed together — a provider outage — do not
 * all retry in the same instant, yet each still waits at least half its step.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}
