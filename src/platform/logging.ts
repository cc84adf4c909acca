import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths that may hold a secret anywhere in a logged object; pino replaces them before writing. */
const REDACT = [
  'secretAccessKey', '*.secretAccessKey', '*.*.secretAccessKey',
  'token', '*.token', 'secret', '*.secret', '*.*.secret',
  'req.headers.authorization', 'req.headers["x-auth-token"]', 'headers.authorization',
  'password', '*.password',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { pid: process.pid } }, destination);
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/**
 * A request's logger that builds its pino child (bindings, redaction) only when a line is actually written
 * at an enabled level. Fastify makes one per request; at the usual `warn` nothing is logged for a
 * successful request, and building the child was about 5% of a request's CPU (issue 19's profiles).
 */
export function lazyChildLogger(parent: Logger, bindings: pino.Bindings, options: pino.ChildLoggerOptions): Logger {
  // A route's own level (or other child options) changes what is enabled: build the child as Fastify would.
  if (Object.keys(options).length > 0) return parent.child(bindings, options);
  return new LazyChildLogger(parent, bindings) as unknown as Logger;
}

/**
 * One object per request, its methods on the prototype. The closures-per-level version allocated about ten
 * functions and a property descriptor for every request (a GET is ~100 µs of CPU; its allocations showed as
 * 18 % garbage collection in its profile, 2026-12-04); this allocates one object.
 */
class LazyChildLogger {
  private built: Logger | undefined;
  constructor(private readonly parent: Logger, private readonly childBindings: pino.Bindings) {}

  private real(): Logger {
    return (this.built ??= this.parent.child(this.childBindings, {}));
  }

  private write(level: (typeof LEVELS)[number], args: unknown[]): void {
    if (!(this.built ?? this.parent).isLevelEnabled(level)) return;
    (this.real()[level] as (...a: unknown[]) => void)(...args);
  }

  fatal(...args: unknown[]): void { this.write('fatal', args); }
  error(...args: unknown[]): void { this.write('error', args); }
  warn(...args: unknown[]): void { this.write('warn', args); }
  info(...args: unknown[]): void { this.write('info', args); }
  debug(...args: unknown[]): void { this.write('debug', args); }
  trace(...args: unknown[]): void { this.write('trace', args); }
  silent(): void {}

  child(more: pino.Bindings, moreOptions?: pino.ChildLoggerOptions): Logger {
    return this.real().child(more, moreOptions);
  }

  isLevelEnabled(level: string): boolean {
    return (this.built ?? this.parent).isLevelEnabled(level);
  }

  bindings(): pino.Bindings {
    return this.real().bindings();
  }

  get level(): string {
    return (this.built ?? this.parent).level;
  }

  set level(level: string) {
    this.real().level = level;
  }
}
