import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { roleCredentials } from './sim-fixture.ts';
import { eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { createAssembly, createConnection, startProtection, waitForProtection } from '../protections/fixture.ts';

const production = roleCredentials('111111111111');
const AWS_DEFAULTS = { mutating: { capacity: 50, refillPerSecond: 5 }, nonMutating: { capacity: 100, refillPerSecond: 20 } };

/** AWS-shaped rate limits in the simulated cloud, and Lifeboat pacing itself to them instead of failing. */
for (const dialect of DIALECTS) {
  describe(`sim rate limits and pacing [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect);
    });
    afterEach(async () => {
      await t.app.sim!.setRateLimits({ enabled: false, ...AWS_DEFAULTS });
    });
    afterAll(() => t.close());

    const settings = async () => (await t.request({ method: 'GET', url: '/api/v1/sim/settings' })).json();
    const put = (payload: unknown) => t.request({ method: 'PUT', url: '/api/v1/sim/settings', payload: payload as object });

    it("is off by default, with EC2's published buckets; a bad figure is a 400 naming it, and nothing changes", async () => {
      expect(await settings()).toEqual({ latencyMs: 0, rateLimits: { enabled: false, ...AWS_DEFAULTS } });
      for (const [payload, field] of [
        [{ rateLimits: { enabled: true, mutating: { capacity: 0, refillPerSecond: 5 } } }, 'rateLimits/mutating/capacity'],
        [{ rateLimits: { nonMutating: { capacity: 10, refillPerSecond: 0 } } }, 'rateLimits/nonMutating/refillPerSecond'],
        [{ rateLimits: { enabled: 'yes' } }, 'rateLimits/enabled'],
        [{ rateLimits: { burst: 3 } }, 'burst'],
        [{}, 'body'],
      ] as const) {
        const res = await put(payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.body).toContain(field.split('/').pop());
      }
      expect(await settings()).toEqual({ latencyMs: 0, rateLimits: { enabled: false, ...AWS_DEFAULTS } });
      // Fields left out keep their value.
      const res = await put({ rateLimits: { enabled: true } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ latencyMs: 0, rateLimits: { enabled: true, ...AWS_DEFAULTS } });
    });

    it('throttles per account, region and action, with the code AWS answers', async () => {
      const sim = t.app.sim!;
      await sim.setRateLimits({ enabled: true, nonMutating: { capacity: 2, refillPerSecond: 0.001 } });
      const ec2 = { region: 'us-east-1', service: 'EC2' } as const;
      await sim.discover(production, ec2);
      await sim.discover(production, ec2);
      await expect(sim.discover(production, ec2)).rejects.toMatchObject({ reason: 'throttled', cloudCode: 'RequestLimitExceeded', retryable: true });
      // Another region and another action have buckets of their own.
      await expect(sim.discover(production, { region: 'us-west-2', service: 'EC2' })).resolves.toBeDefined();
      await expect(sim.discover(production, { region: 'us-east-1', service: 'DynamoDB' })).resolves.toBeDefined();
      const use = (await t.request({ method: 'GET', url: '/api/v1/sim/rate-limits' })).json().buckets as Array<Record<string, unknown>>;
      expect(use).toContainEqual(expect.objectContaining({
        accountId: '111111111111', region: 'us-east-1', action: 'ec2:DescribeInstances', capacity: 2, admitted: 2, throttled: 1,
      }));
      // Turning the limits off (or changing them) starts over with full buckets.
      await sim.setRateLimits({ enabled: false });
      await expect(sim.discover(production, ec2)).resolves.toBeDefined();
      expect((await t.request({ method: 'GET', url: '/api/v1/sim/rate-limits' })).json()).toEqual({ buckets: [] });
    });

    it('a sync and a protection under tight limits are paced and finish: throttled calls are counted, none fails', async () => {
      await t.app.sim!.setRateLimits({ enabled: true, mutating: { capacity: 1, refillPerSecond: 20 }, nonMutating: { capacity: 2, refillPerSecond: 50 } });
      const connectionId = await createConnection(t, 'paced-aws');
      const assemblyId = await createAssembly(t, connectionId, 'paced-shop');
      const id = await startProtection(t, assemblyId);
      const done = await waitForProtection(t, assemblyId, id, undefined, 60_000);
      expect(done.status).toBe('success');
      const use = (await t.request({ method: 'GET', url: '/api/v1/sim/rate-limits' })).json().buckets as Array<{ throttled: number; action: string }>;
      expect(use.reduce((sum, b) => sum + b.throttled, 0)).toBeGreaterThan(0);
      const metrics = await eventually(async () => {
        const body = (await t.request({ method: 'GET', url: '/metrics', token: null })).body;
        return /lifeboat_cloud_throttled_total\{call="[a-zA-Z]+"\} [1-9]/.test(body) && body;
      }, 5_000, 'the throttled counter');
      expect(metrics).toContain('lifeboat_cloud_throttled_total');
    });
  });
}
