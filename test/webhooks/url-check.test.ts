import { describe, expect, it } from 'vitest';
import { isPrivateAddress, urlProblem } from '../../src/modules/webhooks/url-check.ts';

describe('webhook target checks', () => {
  it('knows loopback, private, link-local and unspecified addresses', () => {
    for (const a of ['127.0.0.1', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', '::', 'fc00::1', 'fdff::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '172.15.255.255', '192.169.0.1', '93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });

  it('refuses a host that resolves to a private address (any of them), at delivery also one that does not resolve', async () => {
    const lookup = async (host: string) => {
      if (host === 'rebind.example') return ['93.184.216.34', '10.0.0.5'];
      if (host === 'good.example') return ['93.184.216.34'];
      throw new Error('ENOTFOUND');
    };
    expect(await urlProblem('https://rebind.example/x', { allowPrivate: false, lookup, requireResolution: false })).toMatch(/private/);
    expect(await urlProblem('https://good.example/x', { allowPrivate: false, lookup, requireResolution: true })).toBeUndefined();
    expect(await urlProblem('https://nowhere.example/x', { allowPrivate: false, lookup, requireResolution: false })).toBeUndefined();
    expect(await urlProblem('https://nowhere.example/x', { allowPrivate: false, lookup, requireResolution: true })).toMatch(/does not resolve/);
    expect(await urlProblem('https://rebind.example/x', { allowPrivate: true, lookup, requireResolution: true })).toBeUndefined();
    expect(await urlProblem('http://good.example/x', { allowPrivate: false, lookup, requireResolution: true })).toMatch(/https/);
    expect(await urlProblem('http://good.example/x', { allowPrivate: true, lookup, requireResolution: true })).toBeUndefined();
  });
});
