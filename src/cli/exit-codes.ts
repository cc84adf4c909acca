// The exit codes of the client commands, documented in README.md ("The CLI"). Scripts branch on them, so
// they never change meaning.
export const EXIT = {
  /** Done; with --wait, the operation ended well (success, completed, deleted, …). */
  ok: 0,
  /** The request failed: the server refused it (its message is printed), or could not be reached. */
  error: 1,
  /** Bad command line: unknown command or option, a missing argument, a value that is not one. */
  usage: 2,
  /** --wait: the operation ended failed (or aborted, authentication-failed, delete-failed, …); recover --dry-run: a pre-flight check failed. */
  failed: 3,
  /** --wait: the operation ended partly done (partially-protected, partially-completed). */
  partial: 4,
  /** --wait: --timeout ran out first; the operation goes on on the server. */
  timedOut: 5,
} as const;

/** A mistake on the command line: printed with a hint, exit 2. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}
