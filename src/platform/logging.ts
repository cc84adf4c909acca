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
