import { describe, expect, it } from 'vitest';
import { pacedProvider } from '../../src/cloud/pacing.ts';
import { CloudCallError, type CloudCredentials, type CloudProvider } from '../../src/cloud/provider.ts';

const credentials: CloudCredentials = { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/LifeboatAccess', externalId: 'x' };

/** A cloud whose one call is throttled like AWS: a token bucket of `capacity`, refilled at `refillPerSecond`. */
function bucketCloud(capacity: number, refillPerSecond: number) {
  let tokens = capacity;
  let at = Date.now();
  const seen = { admitted: 0, throttled: 0, other: 0 };
  const cloud = {
    async snapshot(_c: CloudCredentials, request: { region: string; resourceId: string }) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const now = Date.now();
      tokens = Math.min(capacity, tokens + ((now - at) / 1000) * refillPerSecond);
      at = now;
      if (tokens < 1) {
        seen.throttled += 1;
        throw new CloudCallError('throttled', 'RequestLimitExceeded', 'Request limit exceeded.');
      }
      tokens -= 1;
      seen.admitted += 1;
      return { snapshotId: `snap-${request.resourceId}` };
    },
    async deleteSnapshot() {
      seen.other += 1;
      throw new CloudCallError('authentication', 'AccessDenied', 'not allowed');
    },
    name: 'bucket',
  };
  return { cloud: cloud as unknown as CloudProvider & typeof cloud, seen };
}

describe('pacing cloud calls to the cloud rate limits', () => {
  it('finishes every call of a burst far over the bucket, retrying the throttled ones at a learned rate', async () => {
    const { cloud, seen } = bucketCloud(10, 400);
    const throttledCalls: string[] = [];
    const paced = pacedProvider(cloud, { onThrottled: (call) => throttledCalls.push(call) });
    const ids = Array.from({ length: 240 }, (_, i) => `vol-${i}`);
    // Eight workers, as a protection's snapshot parallelism.
    const results: string[] = [];
    const queue = [...ids];
    await Promise.all(Array.from({ length: 8 }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        results.push((await paced.snapshot(credentials, { region: 'us-east-1', resourceId: id } as never)).snapshotId);
      }
    }));
    expect(results.sort()).toEqual(ids.map((id) => `snap-${id}`).sort());
    expect(seen.admitted).toBe(240);
    // It throttles some (it has to find the rate), then keeps to it: far fewer retries than calls (unpaced, the
    // eight workers would meet a refusal on most attempts until the burst is over).
    expect(seen.throttled).toBeGreaterThan(0);
    expect(seen.throttled).toBeLessThan(120);
    expect(throttledCalls.length).toBe(seen.throttled);
    expect(new Set(throttledCalls)).toEqual(new Set(['snapshot']));
  });

  it('passes other errors through at once, and gives up on a call throttled maxThrottles times', async () => {
    const { cloud, seen } = bucketCloud(0, 0.001);
    const paced = pacedProvider(cloud, { maxThrottles: 1 });
    await expect(paced.deleteSnapshot(credentials, { region: 'us-east-1', snapshotId: 'snap-1' } as never)).rejects.toMatchObject({ reason: 'authentication' });
    expect(seen.other).toBe(1);
    await expect(paced.snapshot(credentials, { region: 'us-east-1', resourceId: 'vol-1' } as never)).rejects.toMatchObject({ reason: 'throttled', cloudCode: 'RequestLimitExceeded' });
    expect(seen.throttled).toBe(1);
  });

  it('leaves what is not a cloud call alone', () => {
    const { cloud } = bucketCloud(1, 1);
    expect(pacedProvider(cloud).name).toBe('bucket');
  });
});
