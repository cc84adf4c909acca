// Limits on the sign-in endpoints, which need no credential to call: sign-ins started per address, refused
// callbacks and refresh tokens counted like failed authentications, and RFC 8628 pacing of the device poll
// (slow_down, the interval growing by 5 s). Each burst comes from its own address (inject's remoteAddress).
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSsoTestbed, type SsoTestbed } from '../helpers/oidc.ts';
import { DIALECTS } from '../helpers/stores.ts';

for (const dialect of DIALECTS) {
  describe(`limits on the sign-in endpoints [${dialect}]`, () => {
    let bed: SsoTestbed;
    beforeAll(async () => {
      bed = await startSsoTestbed(dialect);
    }, 30_000);
    afterAll(() => bed.close());

    const from = (ip: string, options: InjectOptions) => bed.t.app.http.inject({ ...options, remoteAddress: ip });
    const start = async (ip: string) => (await from(ip, { method: 'POST', url: '/auth/sso/device' })).json() as { handle: string; interval: number };
    const poll = (ip: string, handle: string) => from(ip, { method: 'POST', url: '/auth/sso/device/poll', payload: { handle } });
    const limited = (res: { statusCode: number; headers: Record<string, unknown> }) => {
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    };

    it('a device client polling at the interval is never slowed or limited', async () => {
      const device = await start('10.20.0.1');
      expect(device.interval).toBe(5);
      for (let n = 0; n < 6; n++) {
        bed.clock += device.interval * 1000;
        const res = await poll('10.20.0.1', device.handle);
        expect(res.json()).toEqual({ status: 'pending', interval: 5 });
      }
    });

    it('a device polled sooner than its interval gets slow_down with the interval 5 s longer each time, then 429; other addresses and codes are unaffected', async () => {
      const device = await start('10.20.1.1');
      const answers: unknown[] = [];
      for (let n = 0; n < 10; n++) answers.push((await poll('10.20.1.1', device.handle)).json());
      expect(answers).toEqual(Array.from({ length: 10 }, (_, n) => ({ status: 'slow_down', interval: 10 + 5 * n })));
      limited(await poll('10.20.1.1', device.handle));
      // The code itself is limited, from any address; another address's own code polls as usual.
      limited(await poll('10.20.1.2', device.handle));
      const other = await start('10.20.1.2');
      bed.clock += other.interval * 1000;
      expect((await poll('10.20.1.2', other.handle)).json()).toEqual({ status: 'pending', interval: 5 });
      // Having waited the grown interval, the slowed client is answered again.
      bed.clock += 60_000;
      expect((await poll('10.20.1.1', device.handle)).json()).toEqual({ status: 'pending', interval: 55 });
    });

    it('forged handles from one address become 429 past the address limit; a well-paced poll from it still passes', async () => {
      const honest = await start('10.20.2.1');
      for (let n = 0; n < 30; n++) expect((await poll('10.20.2.1', `v1.forged-${n}`)).statusCode).toBe(400);
      limited(await poll('10.20.2.1', 'v1.forged-30'));
      bed.clock += honest.interval * 1000;
      expect((await poll('10.20.2.1', honest.handle)).json()).toMatchObject({ status: 'pending' });
      expect((await poll('10.20.2.2', 'v1.forged-31')).statusCode).toBe(400);
    });

    it('a refresh token that keeps failing is 429 from any address; another address with another token is still answered 401', async () => {
      const wrong = { refreshToken: 'lbr_not-a-refresh-token-anyone-holds' };
      for (let n = 0; n < 10; n++) expect((await from('10.20.3.1', { method: 'POST', url: '/auth/session/refresh', payload: wrong })).statusCode).toBe(401);
      limited(await from('10.20.3.1', { method: 'POST', url: '/auth/session/refresh', payload: wrong }));
      limited(await from('10.20.3.2', { method: 'POST', url: '/auth/session/refresh', payload: wrong }));
      expect((await from('10.20.3.2', { method: 'POST', url: '/auth/session/refresh', payload: { refreshToken: 'lbr_another' } })).statusCode).toBe(401);
      const events = await bed.t.app.store.db.selectFrom('audit_events').selectAll().where('action', '=', 'authenticationLimited').execute();
      expect(events.map((e) => e.target_type)).toContain('refresh-token');
      expect(JSON.stringify(events)).not.toContain('not-a-refresh-token');
    });

    it('refused callbacks are counted: past the limit the page is a 429 with Retry-After', async () => {
      const callback = (ip: string, state: string) => from(ip, { method: 'GET', url: `/auth/sso/callback?code=guess&state=${state}` });
      for (let n = 0; n < 10; n++) expect((await callback('10.20.4.1', 'forged')).statusCode).toBe(400);
      const refused = await callback('10.20.4.1', 'forged');
      limited(refused);
      expect(refused.headers['content-type']).toMatch(/^text\/html/);
      expect(refused.body).toContain('Too many sign-in attempts');
      expect((await callback('10.20.4.2', 'other')).statusCode).toBe(400);
    });

    it('sign-ins started from one address are limited to 30 a minute; other addresses are not', async () => {
      for (let n = 0; n < 30; n++) expect((await from('10.20.5.1', { method: 'GET', url: '/auth/sso/login' })).statusCode).toBe(302);
      limited(await from('10.20.5.1', { method: 'GET', url: '/auth/sso/login' }));
      limited(await from('10.20.5.1', { method: 'POST', url: '/auth/sso/device' }));
      expect((await from('10.20.5.2', { method: 'GET', url: '/auth/sso/login' })).statusCode).toBe(302);
      bed.clock += 60_000;
      expect((await from('10.20.5.1', { method: 'GET', url: '/auth/sso/login' })).statusCode).toBe(302);
    });
  });
}
