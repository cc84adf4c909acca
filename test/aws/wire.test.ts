import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTableCommand, DynamoDBClient, TagResourceCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsCloud } from '../../src/cloud/aws/index.ts';
import { CloudCallError, RECOVERY_ID_TAG, type CloudCredentials } from '../../src/cloud/provider.ts';
import { FAKE_ACCOUNT, FAKE_KEY, startDynamo, startFakeSts, startRefusingAws, startS3, type LocalServer } from './servers.ts';

/** The driver on the wire: S3 against s3rver, DynamoDB discovery against dynalite, STS against a local stand-in. */
describe('AWS driver against local AWS-compatible servers', () => {
  let s3server: LocalServer; let dynamo: LocalServer; let sts: LocalServer & { calls: Record<string, number> }; let refusing: LocalServer;
  let cloud: AwsCloud; let s3: S3Client;
  const keys: CloudCredentials = { type: 'access-key', ...FAKE_KEY };
  const region = 'us-east-1';

  beforeAll(async () => {
    [s3server, dynamo, sts, refusing] = await Promise.all([startS3(), startDynamo(), startFakeSts(), startRefusingAws()]);
    cloud = new AwsCloud({
      region, vaultBucket: 'lifeboat-vault-{account}-{region}', vaultRegion: region, baseCredentials: FAKE_KEY,
      // The keys may use S3 and DynamoDB only: EC2, RDS and EFS refuse them (the reset's tag look-ups then find nothing there).
      endpoints: { sts: sts.endpoint, s3: s3server.endpoint, dynamodb: dynamo.endpoint, ec2: refusing.endpoint, rds: refusing.endpoint, efs: refusing.endpoint }, maxAttempts: 1,
    });
    s3 = new S3Client({ region, endpoint: s3server.endpoint, forcePathStyle: true, credentials: FAKE_KEY });
    await s3.send(new CreateBucketCommand({ Bucket: 'shop-assets' }));
    for (const [key, body] of [['index.html', '<h1>shop</h1>'], ['img/logo.svg', '<svg/>'], ['data/a b.json', '{"a":1}']]) {
      await s3.send(new PutObjectCommand({ Bucket: 'shop-assets', Key: key, Body: body }));
    }
  });
  afterAll(async () => {
    cloud.close();
    s3.destroy();
    await Promise.all([s3server.stop(), dynamo.stop(), sts.stop(), refusing.stop()]);
  });

  const keysIn = async (bucket: string) =>
    ((await s3.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key!).sort();

  it('verifies a key pair and a role (external id checked; the assumed credentials are cached)', async () => {
    expect(await cloud.verify(keys)).toMatchObject({ status: 'success', accountId: FAKE_ACCOUNT });
    const role = { type: 'iam-role' as const, roleArn: `arn:aws:iam::${FAKE_ACCOUNT}:role/LifeboatAccess`, externalId: 'good-external-id' };
    expect(await cloud.verify(role)).toMatchObject({ status: 'success', accountId: FAKE_ACCOUNT });
    expect(await cloud.verify(role)).toMatchObject({ status: 'success' });
    expect(sts.calls.AssumeRole).toBe(1);
    const bad = await cloud.verify({ ...role, externalId: 'wrong-external-id' });
    expect(bad.status).toBe('authentication-failed');
    expect(bad.message).toMatch(/^AccessDenied: /);
    expect(bad.message).not.toContain('wrong-external-id');
    const badKey = await cloud.verify({ type: 'access-key', accessKeyId: 'AKIANOTKNOWN', secretAccessKey: 'nope-nope-nope' });
    expect(badKey).toMatchObject({ status: 'authentication-failed', message: expect.stringMatching(/^InvalidClientTokenId: /) });
  });

  it('reports an unreachable endpoint as failed, not as bad credentials', async () => {
    const offline = new AwsCloud({ region, vaultBucket: 'v-{account}', vaultRegion: region, endpoints: { sts: 'http://127.0.0.1:9' }, maxAttempts: 1 });
    const result = await offline.verify(keys);
    offline.close();
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/^ECONNREFUSED/);
  });

  it('discovers the region\'s buckets (not its own vault) and DynamoDB tables with their tags', async () => {
    const dynamodb = new DynamoDBClient({ region, endpoint: dynamo.endpoint, credentials: FAKE_KEY });
    for (const name of ['orders', 'carts']) {
      const table = await dynamodb.send(new CreateTableCommand({
        TableName: name, BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      }));
      await dynamodb.send(new TagResourceCommand({ ResourceArn: table.TableDescription!.TableArn, Tags: [{ Key: 'app', Value: name === 'orders' ? 'shop' : 'web' }] }));
    }
    dynamodb.destroy();
    const page = await cloud.discover(keys, { region, service: 'DynamoDB' });
    expect(page.nextToken).toBeUndefined();
    expect(page.resources.map((r) => [r.resourceId, r.type, r.tags.app])).toEqual([['carts', 'dynamodb:table', 'web'], ['orders', 'dynamodb:table', 'shop']]);
    expect(page.resources[1]!.configuration).toMatchObject({ keySchema: [{ attributeName: 'id', keyType: 'HASH' }], billingMode: 'PAY_PER_REQUEST' });

    await cloud.snapshot(keys, { region, resourceId: 'shop-assets', type: 's3:bucket', protectionId: 'p-vault-probe' });
    const buckets = await cloud.discover(keys, { region, service: 'S3' });
    expect(buckets.resources.map((r) => r.resourceId)).toEqual(['shop-assets']);
    expect(buckets.resources[0]).toMatchObject({ type: 's3:bucket', arn: 'arn:aws:s3:::shop-assets', region });
  });

  it('protects a bucket into the vault, copies it, recovers it into a new bucket, and a reset deletes only what the recovery made', async () => {
    const snapshot = await cloud.snapshot(keys, { region, resourceId: 'shop-assets', type: 's3:bucket', protectionId: 'p-1' });
    expect(snapshot).toMatchObject({ region, resourceId: 'shop-assets', type: 's3:bucket', protectionId: 'p-1', sizeBytes: 13 + 6 + 7 });
    const vault = `lifeboat-vault-${FAKE_ACCOUNT}-${region}`;
    expect((await keysIn(vault)).filter((k) => k.startsWith(`snapshots/${snapshot.snapshotId}/`))).toHaveLength(4);
    // A retried step finds the first snapshot.
    expect(await cloud.snapshot(keys, { region, resourceId: 'shop-assets', type: 's3:bucket', protectionId: 'p-1' })).toEqual(snapshot);

    const copy = await cloud.copySnapshot(keys, {
      snapshotId: snapshot.snapshotId, sourceRegion: region, targetRegion: 'us-west-2', resourceId: 'shop-assets', type: 's3:bucket', protectionId: 'p-1',
    });
    expect(copy).toMatchObject({ region: 'us-west-2', sizeBytes: snapshot.sizeBytes });
    expect(copy.snapshotId).not.toBe(snapshot.snapshotId);

    const request = {
      region, recoveryId: 'r-1', sourceResourceId: 'shop-assets', type: 's3:bucket', name: 'shop-assets',
      configuration: {}, tags: { app: 'shop' }, dependencies: [], snapshotId: snapshot.snapshotId,
    };
    const recovered = await cloud.recreate(keys, request);
    expect(recovered.resourceId).toMatch(/^shop-assets-[0-9a-f]{8}$/);
    expect(await cloud.recreate(keys, request)).toEqual(recovered);
    expect(await keysIn(recovered.resourceId)).toEqual(['data/a b.json', 'img/logo.svg', 'index.html']);
    const body = await s3.send(new GetObjectCommand({ Bucket: recovered.resourceId, Key: 'index.html' }));
    expect(await body.Body!.transformToString()).toBe('<h1>shop</h1>');

    expect(await cloud.listRecoveryResources(keys, { region, recoveryId: 'r-1' })).toEqual([recovered]);
    expect(await cloud.listRecoveryResources(keys, { region, recoveryId: 'r-other' })).toEqual([]);
    for (const r of await cloud.listRecoveryResources(keys, { region, recoveryId: 'r-1' })) await cloud.deleteResource(keys, r);
    expect(await cloud.listRecoveryResources(keys, { region, recoveryId: 'r-1' })).toEqual([]);
    // The source bucket and the vault are untouched; deleting again is a success.
    expect(await keysIn('shop-assets')).toEqual(['data/a b.json', 'img/logo.svg', 'index.html']);
    await cloud.deleteResource(keys, recovered);

    await cloud.deleteSnapshot(keys, { snapshotId: copy.snapshotId, region: 'us-west-2' });
    await cloud.deleteSnapshot(keys, { snapshotId: snapshot.snapshotId, region });
    expect((await keysIn(vault)).filter((k) => k.startsWith(`snapshots/${snapshot.snapshotId}/`))).toEqual([]);
    await cloud.deleteSnapshot(keys, { snapshotId: snapshot.snapshotId, region });
    const gone = await cloud.recreate(keys, { ...request, recoveryId: 'r-2' }).catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(CloudCallError);
    expect(gone).toMatchObject({ reason: 'fault', cloudCode: 'ResourceNotFoundException' });
  });

  it('refuses a bucket that does not exist with the S3 code', async () => {
    const error = await cloud.snapshot(keys, { region, resourceId: 'no-such-bucket', type: 's3:bucket', protectionId: 'p-2' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'fault', cloudCode: 'NoSuchBucket' });
    expect(RECOVERY_ID_TAG).toBe('lifeboat:recovery-id');
  });
});
