// The server's logs: one line per request, as JSON (for a collector) or pretty (for a terminal).
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logging.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { chunks.push(String(chunk)); done(); } });
  return { stream, text: () => chunks.join('') };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

for (const dialect of DIALECTS) {
  describe(`request logging [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
    });
    afterAll(() => t.close());

    it('writes one line per request, with its method, URL, status, duration and request id', async () => {
      const before = t.logs.join('').split('\n').filter(Boolean).length;
      const res = await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections`, headers: { 'x-request-id': 'req-one-line-1' } });
      expect(res.statusCode).toBe(200);
      await settle();
      const lines = t.logs.join('').split('\n').filter(Boolean).slice(before).map((line) => JSON.parse(line));
      const mine = lines.filter((line) => line.reqId === 'req-one-line-1');
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ level: 30, msg: 'request', method: 'GET', url: `${t.P}/aws/cloud-connections`, statusCode: 200, durationMs: expect.any(Number) });
      expect(JSON.stringify(mine[0])).not.toContain('authorization');
    });
  });
}

describe('LIFEBOAT_LOG_FORMAT', () => {
  it('is pretty, json or auto (the default: pretty on a terminal, JSON otherwise)', () => {
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(loadConfig({ LIFEBOAT_LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(loadConfig({ LIFEBOAT_LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(() => loadConfig({ LIFEBOAT_LOG_FORMAT: 'xml' })).toThrow(ConfigError);
    expect(() => loadConfig({ LIFEBOAT_LOG_FORMAT: 'xml' })).toThrow(/LIFEBOAT_LOG_FORMAT/);
  });

  it('json: one JSON object per line', async () => {
    const out = sink();
    const logger = createLogger('info', out.stream, 'json');
    logger.info({ method: 'GET', url: '/api/v1/accounts', statusCode: 200, durationMs: 2.5, reqId: 'r1' }, 'request');
    await settle();
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'request', statusCode: 200, reqId: 'r1' });
  });

  it('pretty: a readable line per event, secrets still redacted, an error with its stack below', async () => {
    const out = sink();
    const logger = createLogger('info', out.stream, 'pretty');
    logger.info({ method: 'GET', url: '/api/v1/accounts', statusCode: 200, durationMs: 2.5, reqId: 'r1' }, 'request');
    logger.warn({ connectionId: 3, token: 'lb_secret-token-value' }, 'connectivity lost');
    logger.error({ err: new Error('boom') }, 'job failed');
    await settle();
    const lines = out.text().split('\n');
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}GET \/api\/v1\/accounts 200 2\.5ms {2}reqId=r1$/);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} WARN {2}connectivity lost {2}connectionId=3 token="?\[redacted\]"?$/);
    expect(out.text()).not.toContain('lb_secret-token-value');
    expect(lines[2]).toMatch(/ERROR job failed/);
    expect(lines[3]).toMatch(/^ {4}Error: boom$/);
    expect(out.text()).not.toMatch(/^\{/m);
  });
});
