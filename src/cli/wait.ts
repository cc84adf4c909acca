// --wait: polls an operation until it ends, shows its progress on stderr (a redrawn bar on a terminal, a
// line per change otherwise, so logs stay readable) and turns how it ended into the exit code.
import type { OptionValues } from './command.ts';
import type { Context } from './context.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import { integer } from './input.ts';

export type Outcome = 'success' | 'failed' | 'partial';

export interface Progress {
  /** The operation's status as the API names it. */
  readonly phase: string;
  /** Items that ended well (recovered, snapshotted, deleted). */
  readonly done?: number;
  /** Items that ended badly, and items left out: counted apart from done, never as done. */
  readonly failed?: number;
  readonly skipped?: number;
  readonly total?: number;
  /** Set once it has ended. */
  readonly outcome?: Outcome;
  readonly message?: string | null;
}

export interface Poll<T> {
  readonly state: T;
  readonly progress: Progress;
}

const DEFAULT_TIMEOUT_SECONDS = 1800;
const POLL_MS = 300;
const BAR = 24;

export function timeoutOf(options: OptionValues): number {
  const seconds = integer(options.timeout, '--timeout') ?? DEFAULT_TIMEOUT_SECONDS;
  if (seconds < 1) throw new UsageError('--timeout must be at least 1 second');
  if (options.timeout !== undefined && !options.wait) throw new UsageError('--timeout goes with --wait');
  return seconds;
}

const elapsed = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** " 21 done, 3 failed, 1 skipped of 25": failures and skips are never counted as done. */
export function counts(p: Progress): string {
  if (p.total === undefined) return '';
  const parts = [`${p.done ?? 0} done`];
  if (p.failed) parts.push(`${p.failed} failed`);
  if (p.skipped) parts.push(`${p.skipped} skipped`);
  return `: ${parts.join(', ')} of ${p.total}`;
}

const ended = (p: Progress) => (p.done ?? 0) + (p.failed ?? 0) + (p.skipped ?? 0);

function bar(p: Progress): string {
  const filled = p.total ? Math.round((BAR * Math.min(ended(p), p.total)) / p.total) : p.outcome ? BAR : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}]`;
}

/**
 * Polls until the operation ends or the timeout runs out; prints the last state in the chosen format and
 * returns the exit code: 0 success, 3 failed, 4 partial, 5 timed out. `result` says in a line what happened
 * ("synced: 49 resources"), on stderr, once it has ended.
 */
export async function waitFor<T>(
  context: Context, label: string, poll: () => Promise<Poll<T>>, options: OptionValues, show: (state: T) => void,
  result?: (state: T, progress: Progress) => string | Promise<string>,
): Promise<number> {
  const timeoutMs = timeoutOf(options) * 1000;
  const err = context.io.stderr;
  const tty = Boolean(err.isTTY);
  const started = Date.now();
  let last = '';
  for (;;) {
    const { state, progress } = await poll();
    const took = elapsed(Date.now() - started);
    // The last line says what happened (the result, "synced: 49 resources"), not only the status it ended in.
    const text = progress.outcome && result ? await result(state, progress) : `${progress.phase}${counts(progress)}`;
    const summary = `${label}: ${text}`;
    if (tty) {
      err.write(`\r\x1b[2K${progress.outcome ? summary : `${label} ${bar(progress)} ${text}`} (${took})`);
      if (progress.outcome) err.write('\n');
    } else if (summary !== last || progress.outcome) {
      err.write(`${summary} (${took})\n`);
    }
    last = summary;
    if (progress.outcome) {
      if (progress.message && progress.outcome !== 'success') err.write(`${label}: ${progress.message}\n`);
      show(state);
      return progress.outcome === 'success' ? EXIT.ok : progress.outcome === 'partial' ? EXIT.partial : EXIT.failed;
    }
    if (Date.now() - started >= timeoutMs) {
      if (tty) err.write('\n');
      err.write(`lifeboat: timed out after ${timeoutMs / 1000} s waiting for ${label} (still ${progress.phase}); it goes on on the server\n`);
      show(state);
      return EXIT.timedOut;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(1, started + timeoutMs - Date.now()))));
  }
}
