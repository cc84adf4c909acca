import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths that may hold a secret anywhere in a logged object; pino replaces them before writing. */
const REDACT = [
  'secretAccessKey', '*.secretAccessKey', '*.*.secretAccessKey',
  'token', '*.token', 'secret', '*.secret', '*.*.secret',
  'req.headers.authorization', 'req.headers["x-auth-token"]', 'headers.authorization',
  'password', '*.password',
];

export type LogFormat = 'json' | 'pretty';

/**
 * The process's logger: JSON lines (for a log collector), or with format `pretty` one readable line per
 * event (for a terminal). Either way the secrets in REDACT are replaced first.
 */
export function createLogger(level: string, destination?: pino.DestinationStream, format: LogFormat = 'json'): Logger {
  const out = format === 'pretty' ? prettyStream(destination ?? process.stdout, { color: !destination && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }) : destination;
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { pid: process.pid } }, out);
}

const LEVEL_NAMES: Readonly<Record<number, string>> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const LEVEL_COLORS: Readonly<Record<number, string>> = { 10: '90', 20: '90', 30: '32', 40: '33', 50: '31', 60: '35' };
/** Fields a pretty line shows in its own place, or not at all. */
const PLACED = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'method', 'url', 'statusCode', 'durationMs', 'err']);

const shown = (value: unknown) => (typeof value === 'string' && /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value));

/**
 * One JSON log line as a readable one: `14:07:29.512 INFO  GET /api/v1/… 200 3.1ms  key=value … reqId=…`, an
 * error's stack indented below it. Our own (a few lines) rather than a dependency.
 */
export function prettyLine(json: string, options: { color?: boolean } = {}): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json);
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const level = Number(entry.level);
  const name = (LEVEL_NAMES[level] ?? String(entry.level)).padEnd(5);
  const time = typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 23) : '';
  const head = options.color ? `\x1b[${LEVEL_COLORS[level] ?? '0'}m${name}\x1b[0m` : name;
  const request = entry.method !== undefined && entry.url !== undefined
    ? `${entry.method} ${entry.url}${entry.statusCode !== undefined ? ` ${entry.statusCode}` : ''}${typeof entry.durationMs === 'number' ? ` ${entry.durationMs}ms` : ''}`
    : '';
  const message = [request, typeof entry.msg === 'string' && !(request && entry.msg === 'request') ? entry.msg : ''].filter(Boolean).join(' ');
  const rest = Object.entries(entry).filter(([key]) => !PLACED.has(key)).map(([key, value]) => `${key}=${shown(value)}`);
  if (entry.reqId !== undefined) rest.push(`reqId=${shown(entry.reqId)}`);
  let line = `${time} ${head} ${message}${rest.length ? `  ${rest.join(' ')}` : ''}\n`;
  const err = entry.err as { type?: string; message?: string; stack?: string } | undefined;
  if (err && typeof err === 'object') {
    line += `${(err.stack ?? `${err.type ?? 'Error'}: ${err.message ?? ''}`).split('\n').map((l) => `    ${l.trim()}`).join('\n')}\n`;
  }
  return line;
}

/** A pino destination writing pretty lines to `out`. */
export function prettyStream(out: pino.DestinationStream, options: { color?: boolean } = {}): pino.DestinationStream {
  return {
    write(chunk: string) {
      for (const json of chunk.split('\n')) if (json) out.write(prettyLine(json, options));
    },
  };
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
