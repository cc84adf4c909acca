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
  readonly done?: number;
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

const counts = (p: Progress) => (p.total !== undefined ? ` ${p.done ?? 0}/${p.total}` : '');

function bar(p: Progress): string {
  const filled = p.total ? Math.round((BAR * Math.min(p.done ?? 0, p.total)) / p.total) : p.outcome ? BAR : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}]`;
}

/**
 * Polls until the operation ends or the timeout runs out; prints the last state in the chosen format and
 * returns the exit code: 0 success, 3 failed, 4 partial, 5 timed out.
 */
export async function waitFor<T>(context: Context, label: string, poll: () => Promise<Poll<T>>, options: OptionValues, show: (state: T) => void): Promise<number> {
  const timeoutMs = timeoutOf(options) * 1000;
  const err = context.io.stderr;
  const tty = Boolean(err.isTTY);
  const started = Date.now();
  let last = '';
  for (;;) {
    const { state, progress } = await poll();
    const took = elapsed(Date.now() - started);
    const summary = `${label}: ${progress.phase}${counts(progress)}`;
    if (tty) {
      err.write(`\r\x1b[2K${label} ${bar(progress)} ${progress.phase}${counts(progress)} ${took}`);
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
