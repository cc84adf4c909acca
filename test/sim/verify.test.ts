import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY } from '../../src/cloud/sim/index.ts';
import type { VerifyResult } from '../../src/cloud/provider.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, roleCredentials, type SimFixture } from './sim-fixture.ts';

for (const dialect of DIALECTS) {
  describe(`sim verify (${dialect})`, () => {
    let fixture: SimFixture;
    const messages: string[] = [];
    const verify = async (...args: Parameters<SimFixture['sim']['verify']>): Promise<VerifyResult> => {
      const result = await fixture.sim.verify(...args);
      messages.push(result.message);
      return result;
    };

    beforeAll(async () => {
      fixture = await openSim(dialect);
      await fixture.sim.seedDemoEstate();
      await fixture.sim.putAccount({ accountId: '333333333333', name: 'strict' });
      await fixture.sim.putRole({ accountId: '333333333333', roleName: 'LifeboatAccess', externalId: 'expected-external-id-0001' });
      await fixture.sim.putAccount({ accountId: '444444444444', name: 'offline', reachable: false });
      await fixture.sim.putRole({ accountId: '444444444444', roleName: 'LifeboatAccess' });
    });
    afterAll(() => fixture.close());

    it('assumes the demo role in both demo accounts', async () => {
      expect(await verify(roleCredentials('111111111111'))).toMatchObject({ status: 'success', accountId: '111111111111' });
      expect(await verify(roleCredentials('222222222222'))).toMatchObject({ status: 'success', accountId: '222222222222' });
    });

    it('refuses a missing role or an unknown account with AccessDenied', async () => {
      for (const credentials of [roleCredentials('111111111111', 'NoSuchRole'), roleCredentials('555555555555')]) {
        const result = await verify(credentials);
        expect(result.status).toBe('authentication-failed');
        expect(result.accountId).toBeUndefined();
        expect(result.message).toMatch(/^AccessDenied: .* is not authorized to perform sts:AssumeRole/);
      }
    });

    it('requires the external id when the role names one', async () => {
      const wrong = await verify(roleCredentials('333333333333', 'LifeboatAccess', 'not-the-external-id'));
      expect(wrong.status).toBe('authentication-failed');
      expect(wrong.message).toContain('AccessDenied');
      const right = await verify(roleCredentials('333333333333', 'LifeboatAccess', 'expected-external-id-0001'));
      expect(right).toMatchObject({ status: 'success', accountId: '333333333333' });
    });

    it('accepts a role path and refuses a malformed role ARN', async () => {
      const withPath = { type: 'iam-role' as const, roleArn: 'arn:aws:iam::111111111111:role/ops/LifeboatAccess', externalId: 'x' };
      expect((await verify(withPath)).status).toBe('success');
      const malformed = await verify({ type: 'iam-role', roleArn: 'arn:aws:iam::1111:user/bob', externalId: 'x' });
      expect(malformed.status).toBe('authentication-failed');
    });

    it('fails (not authentication) for 999999999999 and for an unreachable account', async () => {
      for (const accountId of ['999999999999', '444444444444']) {
        const result = await verify(roleCredentials(accountId));
        expect(result.status).toBe('failed');
        expect(result.message).toContain('EndpointConnectionError');
        expect(result.message).toContain('sts.amazonaws.com');
      }
    });

    it('accepts the demo access key and refuses a wrong secret or an unknown key', async () => {
      const good = await verify({ type: 'access-key', accessKeyId: DEMO_ACCESS_KEY.accessKeyId, secretAccessKey: DEMO_ACCESS_KEY.secretAccessKey });
      expect(good).toMatchObject({ status: 'success', accountId: '111111111111' });
      const badSecret = await verify({ type: 'access-key', accessKeyId: DEMO_ACCESS_KEY.accessKeyId, secretAccessKey: 'wrong-secret-value' });
      expect(badSecret.status).toBe('authentication-failed');
      expect(badSecret.message).toMatch(/^SignatureDoesNotMatch: /);
      const unknown = await verify({ type: 'access-key', accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: DEMO_ACCESS_KEY.secretAccessKey });
      expect(unknown.status).toBe('authentication-failed');
      expect(unknown.message).toMatch(/^InvalidClientTokenId: /);
    });

    it('reports an injected fault instead of throwing', async () => {
      await fixture.sim.addFault({ operation: 'verify', errorCode: 'ServiceUnavailable', count: 1 });
      await fixture.sim.addFault({ operation: 'verify', errorCode: 'AccessDenied', count: 1 });
      const unavailable = await verify(roleCredentials('111111111111'));
      expect(unavailable.status).toBe('failed');
      expect(unavailable.message).toContain('ServiceUnavailable');
      const denied = await verify(roleCredentials('111111111111'));
      expect(denied.status).toBe('authentication-failed');
      expect(denied.message).toContain('AccessDenied');
      expect((await verify(roleCredentials('111111111111'))).status).toBe('success');
    });

    // Runs last (tests in a file run in order): every message the suite saw, whatever the outcome.
    it('never puts a secret or an external id in a message', () => {
      expect(messages.length).toBeGreaterThan(10);
      for (const message of messages) {
        expect(message).not.toContain(DEMO_ACCESS_KEY.secretAccessKey);
        expect(message).not.toContain('wrong-secret-value');
        expect(message).not.toContain('expected-external-id-0001');
        expect(message).not.toContain('not-the-external-id');
      }
    });
  });
}
