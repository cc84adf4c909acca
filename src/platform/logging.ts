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
  let child: Logger | undefined;
  const real = () => (child ??= parent.child(bindings, options));
  const lazy: Record<string | symbol, unknown> = {
    child: (more: pino.Bindings, moreOptions?: pino.ChildLoggerOptions) => real().child(more, moreOptions),
    isLevelEnabled: (level: string) => (child ?? parent).isLevelEnabled(level),
    bindings: () => real().bindings(),
    silent: () => undefined,
  };
  for (const level of LEVELS) {
    lazy[level] = (...args: unknown[]) => {
      if (!(child ?? parent).isLevelEnabled(level)) return;
      (real()[level] as (...a: unknown[]) => void)(...args);
    };
  }
  Object.defineProperty(lazy, 'level', {
    get: () => (child ?? parent).level,
    set: (level: string) => { real().level = level; },
    enumerable: true,
  });
  return lazy as unknown as Logger;
}
