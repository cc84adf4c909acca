import { CreateBucketCommand, HeadBucketCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { startAwsApp } from './app.ts';
import { FAKE_ACCOUNT, FAKE_KEY, startDynamo, startFakeSts, startRefusingAws, startS3, type LocalServer } from './servers.ts';

type Json = Record<string, any>;

/**
 * The user's path on LIFEBOAT_CLOUD=aws, through the native HTTP API: connection (key pair, verified by
 * the local STS stand-in) → sync (S3 on s3rver, DynamoDB on dynalite) → assembly → protection (vault
 * copy, replicated to us-west-2) → recovery into a new bucket → reset, which deletes only that bucket.
 */
for (const dialect of DIALECTS) {
  describe(`LIFEBOAT_CLOUD=aws end to end over HTTP (${dialect})`, () => {
    let s3server: LocalServer; let dynamo: LocalServer; let sts: LocalServer; let refusing: LocalServer;
    let t: TestApp; let s3: S3Client;
    const bucket = `shop-assets-${dialect}`;

    beforeAll(async () => {
      [s3server, dynamo, sts, refusing] = await Promise.all([startS3(), startDynamo(), startFakeSts(), startRefusingAws()]);
      s3 = new S3Client({ region: 'us-east-1', endpoint: s3server.endpoint, forcePathStyle: true, credentials: { ...FAKE_KEY } });
      await s3.send(new CreateBucketCommand({ Bucket: bucket }));
      for (const key of ['index.html', 'css/site.css']) await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: `body of ${key}` }));
      t = await startAwsApp(dialect, {
        LIFEBOAT_AWS_ENDPOINT_STS: sts.endpoint, LIFEBOAT_AWS_ENDPOINT_S3: s3server.endpoint, LIFEBOAT_AWS_ENDPOINT_DYNAMODB: dynamo.endpoint,
        // The role allows S3 and DynamoDB only: the reset's tag look-ups in EC2, RDS and EFS are refused and find nothing.
        LIFEBOAT_AWS_ENDPOINT_EC2: refusing.endpoint, LIFEBOAT_AWS_ENDPOINT_RDS: refusing.endpoint, LIFEBOAT_AWS_ENDPOINT_EFS: refusing.endpoint,
      });
    });
    afterAll(async () => {
      await t?.close();
      s3?.destroy();
      await Promise.all([s3server?.stop(), dynamo?.stop(), sts?.stop(), refusing?.stop()]);
    });

    const get = async (url: string) => (await t.request({ method: 'GET', url })).json() as Json;
    const objects = async (name: string) => ((await s3.send(new ListObjectsV2Command({ Bucket: name }))).Contents ?? []).map((o) => o.Key).sort();

    it('protects, recovers and resets a bucket on the AWS driver', async () => {
      // A wrong key pair is refused by (the stand-in for) STS: authentication-failed, the AWS code kept.
      const bad = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: {
        name: 'wrong-keys', accessMethod: { type: 'access-key', accessKeyId: 'AKIANOTKNOWN00000000', secretAccessKey: 'not-a-real-secret-at-all' },
        operationalRegions: ['us-east-1'], services: ['S3'],
      } });
      expect(bad.statusCode, bad.body).toBe(202);
      const refused = await eventually(async () => { const c = await get(`${t.P}/aws/cloud-connections/${bad.json().id}`); return c.connectivityStatus !== 'pending' && c; });
      expect(refused).toMatchObject({ connectivityStatus: 'authentication-failed', connectivityMessage: expect.stringMatching(/InvalidClientTokenId/) });

      const created = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: {
        name: 'real-aws', accessMethod: { type: 'access-key', accessKeyId: FAKE_KEY.accessKeyId, secretAccessKey: FAKE_KEY.secretAccessKey }, operationalRegions: ['us-east-1', 'us-west-2'], services: ['S3', 'DynamoDB'],
      } });
      expect(created.statusCode, created.body).toBe(202);
      const connectionId = created.json().id as number;
      const synced = await eventually(async () => { const c = await get(`${t.P}/aws/cloud-connections/${connectionId}`); return c.lastSync && c; }, 15_000, 'connection synced');
      expect(synced.connectivityStatus).toBe('success');
      const verify = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections/${connectionId}/verify` });
      expect(verify.statusCode, verify.body).toBeLessThan(300);

      const inventory = await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${connectionId}/resources?type=s3:bucket` });
      expect(inventory.statusCode, inventory.body).toBe(200);
      expect(JSON.stringify(inventory.json())).toContain(bucket);
      expect(JSON.stringify(inventory.json())).not.toContain('lifeboat-vault-');

      const assembly = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-assemblies`, payload: {
        name: 'shop', cloudConnectionId: connectionId, sourceRegion: 'us-east-1', allowCrossRegionRecovery: true, replicaRegions: ['us-west-2'],
        resourceFilterStrategy: { filterType: 'manual', resourceIds: [bucket] },
      } });
      expect(assembly.statusCode, assembly.body).toBe(201);
      const A = `${t.P}/aws/cloud-assemblies/${assembly.json().id}`;

      const protect = await t.request({ method: 'POST', url: `${A}/protections` });
      expect(protect.statusCode, protect.body).toBe(202);
      const protectionId = protect.json().id as string;
      const protection = await eventually(async () => { const p = await get(`${A}/protections/${protectionId}`); return ['success', 'failed', 'partial-success'].includes(p.status) && p; }, 20_000, 'protection done');
      expect(protection.status, JSON.stringify(protection)).toBe('success');
      const vault = `lifeboat-vault-${FAKE_ACCOUNT}-us-east-1`;
      expect((await objects(vault)).filter((k) => k!.startsWith('snapshots/'))).toHaveLength(3);
      expect((await objects(`lifeboat-vault-${FAKE_ACCOUNT}-us-west-2`)).filter((k) => k!.startsWith('snapshots/'))).toHaveLength(3);

      const recovery = await t.request({ method: 'POST', url: `${A}/recoveries`, payload: {
        recoveryName: 'drill', protectionId, recoveryScope: 'same-region', recoveryMode: 'rebuild', resourceFilterStrategy: { type: 'all' },
      } });
      expect(recovery.statusCode, recovery.body).toBe(202);
      const recoveryId = recovery.json().id as string;
      const recovered = await eventually(async () => {
        const r = await get(`${A}/recoveries/${recoveryId}`);
        return ['completed', 'partially-completed', 'failed', 'aborted'].includes(r.recoveryStatus) && r;
      }, 20_000, 'recovery done');
      expect(recovered.recoveryStatus, JSON.stringify(recovered)).toBe('completed');
      const copyName = JSON.stringify(recovered).match(new RegExp(`${bucket}-[0-9a-f]{8}`))?.[0];
      expect(copyName).toBeDefined();
      expect(await objects(copyName!)).toEqual(['css/site.css', 'index.html']);

      const reset = await t.request({ method: 'POST', url: `${A}/recoveries/${recoveryId}/reset` });
      expect(reset.statusCode, reset.body).toBe(202);
      const resetDone = await eventually(async () => {
        const r = await get(`${A}/recoveries/${recoveryId}/reset-status`);
        return JSON.stringify(r).match(/"(completed|failed)"/) && r;
      }, 20_000, 'reset done');
      expect(JSON.stringify(resetDone)).toContain('completed');
      await expect(s3.send(new HeadBucketCommand({ Bucket: copyName! }))).rejects.toMatchObject({ name: 'NotFound' });
      expect(await objects(bucket)).toEqual(['css/site.css', 'index.html']);

      // No secret was ever logged, not even at debug level.
      const logs = t.logs.join('\n');
      expect(logs).not.toContain(FAKE_KEY.secretAccessKey);
      expect(logs).not.toContain('not-a-real-secret-at-all');
    });
  });
}
