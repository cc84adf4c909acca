import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, lazyChildLogger } from '../../src/platform/logging.ts';

/** A logger writing JSON lines into an array. */
function capture(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(level, destination), lines };
}

describe("a request's logger, built only when it writes", () => {
  it('writes lines at enabled levels with the request id, and drops the rest', async () => {
    const { logger, lines } = capture('warn');
    const log = lazyChildLogger(logger, { reqId: 'req-1' }, {});
    log.info('request completed');
    log.debug('details');
    log.warn({ status: 412 }, 'stale ETag');
    log.error({ err: new Error('boom') }, 'unexpected error');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.map((line) => [line.msg, line.reqId])).toEqual([['stale ETag', 'req-1'], ['unexpected error', 'req-1']]);
    expect(log.level).toBe('warn');
    expect(log.isLevelEnabled('info')).toBe(false);
  });

  it('still redacts secrets, and its children carry both sets of bindings', async () => {
    const { logger, lines } = capture('info');
    const log = lazyChildLogger(logger, { reqId: 'req-2' }, {});
    log.info({ headers: { authorization: 'Bearer lb_secret' }, secretAccessKey: 'AKIAsecret' }, 'incoming');
    log.child({ jobId: 7 }).info('from a child');
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.stringify(lines)).not.toContain('secret"');
    expect(JSON.stringify(lines)).not.toContain('lb_secret');
    expect(lines[0]).toMatchObject({ reqId: 'req-2', headers: { authorization: '[redacted]' }, secretAccessKey: '[redacted]' });
    expect(lines[1]).toMatchObject({ reqId: 'req-2', jobId: 7, msg: 'from a child' });
  });
});
