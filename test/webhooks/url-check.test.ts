import { describe, expect, it } from 'vitest';
import { checkTarget, urlProblem } from '../../src/platform/net/target-check.ts';

describe('webhook target checks', () => {
  it('refuses a host that resolves to a private address (any of them), at delivery also one that does not resolve', async () => {
    const lookup = async (host: string) => {
      if (host === 'rebind.example') return ['93.184.216.34', '10.0.0.5'];
      if (host === 'good.example') return ['93.184.216.34'];
      throw new Error('ENOTFOUND');
    };
    expect(await urlProblem('https://rebind.example/x', { allowPrivate: false, lookup, requireResolution: false })).toMatch(/globally routable/);
    expect(await urlProblem('https://good.example/x', { allowPrivate: false, lookup, requireResolution: true })).toBeUndefined();
    expect(await urlProblem('https://nowhere.example/x', { allowPrivate: false, lookup, requireResolution: false })).toBeUndefined();
    expect(await urlProblem('https://nowhere.example/x', { allowPrivate: false, lookup, requireResolution: true })).toMatch(/does not resolve/);
    expect(await urlProblem('https://rebind.example/x', { allowPrivate: true, lookup, requireResolution: true })).toBeUndefined();
    expect(await urlProblem('http://good.example/x', { allowPrivate: false, lookup, requireResolution: true })).toMatch(/https/);
    expect(await urlProblem('http://good.example/x', { allowPrivate: true, lookup, requireResolution: true })).toBeUndefined();
  });

  it('answers the addresses it checked, so that delivery can connect to exactly those', async () => {
    const lookup = async () => ['93.184.216.34', '2606:4700::1111'];
    expect(await checkTarget('https://good.example/x', { allowPrivate: false, lookup, requireResolution: true }))
      .toMatchObject({ ok: true, host: 'good.example', addresses: ['93.184.216.34', '2606:4700::1111'] });
    expect(await checkTarget('https://[::ffff:8.8.8.8]/x', { allowPrivate: false, lookup, requireResolution: true }))
      .toMatchObject({ ok: true, host: '::ffff:808:808', addresses: ['::ffff:808:808'] });
    expect(await checkTarget('https://[::127.0.0.1]/x', { allowPrivate: false, lookup, requireResolution: true }))
      .toEqual({ ok: false, problem: 'must point at a globally routable unicast address (::7f00:1 is in ::/96 (IPv4-compatible (deprecated), RFC 4291))' });
  });
});
