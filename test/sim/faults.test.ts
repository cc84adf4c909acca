import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CloudCallError } from '../../src/cloud/provider.ts';
import { SimCloud } from '../../src/cloud/sim/index.ts';
import { ValidationError } from '../../src/platform/errors.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, roleCredentials, type SimFixture } from './sim-fixture.ts';

const production = roleCredentials('111111111111');
const recovery = roleCredentials('222222222222');
const discoverEc2 = { region: 'us-east-1', service: 'EC2' } as const;

for (const dialect of DIALECTS) {
  describe(`sim faults, latency and call log (${dialect})`, () => {
    let fixture: SimFixture;
    const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

    beforeAll(async () => {
      fixture = await openSim(dialect);
      await fixture.sim.seedDemoEstate();
    });
    beforeEach(async () => {
      await fixture.sim.clearFaults();
      await fixture.sim.setLatency(0);
    });
    afterAll(() => fixture.close());

    it('throttles once, then answers', async () => {
      await fixture.sim.addFault({ operation: 'discover', errorCode: 'ThrottlingException', count: 1 });
      const error = await failure(fixture.sim.discover(production, discoverEc2));
      expect(error).toBeInstanceOf(CloudCallError);
      expect(error).toMatchObject({ reason: 'throttled', cloudCode: 'ThrottlingException', retryable: true });
      expect((await fixture.sim.discover(production, discoverEc2)).resources.length).toBeGreaterThan(0);
      expect(await fixture.sim.listFaults()).toEqual([]);
    });

    it('counts a fault down and removes it when spent', async () => {
      const id = await fixture.sim.addFault({ operation: 'releaseConnection', errorCode: 'InternalError', count: 3 });
      await expect(fixture.sim.releaseConnection(production)).rejects.toMatchObject({ reason: 'fault', cloudCode: 'InternalError' });
      expect(await fixture.sim.listFaults()).toMatchObject([{ id, operation: 'releaseConnection', remaining: 2 }]);
      await expect(fixture.sim.releaseConnection(production)).rejects.toThrow(CloudCallError);
      await expect(fixture.sim.releaseConnection(production)).rejects.toThrow(CloudCallError);
      await expect(fixture.sim.releaseConnection(production)).resolves.toBeUndefined();
      expect(await fixture.sim.listFaults()).toEqual([]);
    });

    it('matches by region, service and account, forever when no count is given', async () => {
      await fixture.sim.addFault({ operation: 'discover', match: { region: 'us-west-2', service: 'EC2' }, errorCode: 'ServiceUnavailable' });
      await fixture.sim.addFault({ match: { accountId: '222222222222' }, errorCode: 'AccessDenied' });
      await expect(fixture.sim.discover(production, discoverEc2)).resolves.toBeDefined();
      await expect(fixture.sim.discover(production, { region: 'us-west-2', service: 'S3' })).resolves.toBeDefined();
      for (let i = 0; i < 2; i++) {
        await expect(fixture.sim.discover(production, { region: 'us-west-2', service: 'EC2' })).rejects.toMatchObject({ reason: 'unavailable', retryable: true });
      }
      await expect(fixture.sim.discover(recovery, discoverEc2)).rejects.toMatchObject({ reason: 'authentication', cloudCode: 'AccessDenied' });
      await expect(fixture.sim.releaseConnection(recovery)).rejects.toMatchObject({ reason: 'authentication' });
      expect((await fixture.sim.listFaults()).map((fault) => fault.remaining)).toEqual([null, null]);
    });

    it('tries faults in the order they were added, and can remove one', async () => {
      const first = await fixture.sim.addFault({ operation: 'discover', errorCode: 'InternalError' });
      await fixture.sim.addFault({ operation: 'discover', errorCode: 'ThrottlingException' });
      await expect(fixture.sim.discover(production, discoverEc2)).rejects.toMatchObject({ cloudCode: 'InternalError' });
      expect(await fixture.sim.removeFault(first)).toBe(true);
      expect(await fixture.sim.removeFault(first)).toBe(false);
      await expect(fixture.sim.discover(production, discoverEc2)).rejects.toMatchObject({ cloudCode: 'ThrottlingException' });
    });

    it('refuses a fault that would do nothing or has a bad count', async () => {
      await expect(fixture.sim.addFault({ operation: 'discover' })).rejects.toBeInstanceOf(ValidationError);
      await expect(fixture.sim.addFault({ errorCode: 'ThrottlingException', count: 0 })).rejects.toBeInstanceOf(ValidationError);
      await expect(fixture.sim.addFault({ errorCode: 'ThrottlingException', match: { zone: 'a' } as never })).rejects.toBeInstanceOf(ValidationError);
      expect(await fixture.sim.listFaults()).toEqual([]);
    });

    it('sleeps the configured latency, and a fault adds its own', async () => {
      expect((await fixture.sim.getSettings()).latencyMs).toBe(0);
      await fixture.sim.setLatency(50);
      expect((await fixture.sim.getSettings()).latencyMs).toBe(50);
      let started = performance.now();
      await fixture.sim.verify(production);
      expect(performance.now() - started).toBeGreaterThanOrEqual(45);

      await fixture.sim.setLatency(0);
      await fixture.sim.addFault({ operation: 'verify', latencyMs: 50, count: 1 });
      started = performance.now();
      expect((await fixture.sim.verify(production)).status).toBe('success');
      expect(performance.now() - started).toBeGreaterThanOrEqual(45);
      await expect(fixture.sim.setLatency(-1)).rejects.toBeInstanceOf(ValidationError);
    });

    it('takes its default latency from the options until a setting overrides it', async () => {
      await fixture.store.db.deleteFrom('sim_settings').execute();
      const slow = new SimCloud(fixture.store, { latencyMs: 50 });
      expect((await slow.getSettings()).latencyMs).toBe(50);
      const started = performance.now();
      await slow.releaseConnection(production);
      expect(performance.now() - started).toBeGreaterThanOrEqual(45);
      await slow.setLatency(0);
      expect((await slow.getSettings()).latencyMs).toBe(0);
    });

    it('logs every call with its operation, account, region and service', async () => {
      await fixture.sim.clearCalls();
      await fixture.sim.verify(production);
      await fixture.sim.verify({ type: 'access-key', accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' });
      await fixture.sim.discover(production, discoverEc2);
      await fixture.sim.discover(production, { region: 'us-west-2', service: 'S3' });
      await fixture.sim.addFault({ operation: 'discover', errorCode: 'ThrottlingException', count: 1 });
      await failure(fixture.sim.discover(recovery, discoverEc2));
      await fixture.sim.releaseConnection(recovery);

      expect(await fixture.sim.countCalls()).toBe(6);
      expect(await fixture.sim.countCalls({ operation: 'verify' })).toBe(2);
      expect(await fixture.sim.countCalls({ operation: 'discover' })).toBe(3);
      expect(await fixture.sim.countCalls({ operation: 'discover', accountId: '111111111111' })).toBe(2);
      expect(await fixture.sim.countCalls({ region: 'us-east-1' })).toBe(2);
      expect(await fixture.sim.countCalls({ region: 'us-west-2', service: 'S3' })).toBe(1);
      expect(await fixture.sim.countCalls({ accountId: '222222222222' })).toBe(2);
    });
  });
}
