import type { KeyType, ProjectionType, ScalarAttributeType } from '@aws-sdk/client-dynamodb';
import type { BucketLocationConstraint } from '@aws-sdk/client-s3';
import type { QueueAttributeName } from '@aws-sdk/client-sqs';
import type { RecreatedResource, RecreateRequest } from '../../provider.ts';
import { awsCode, faultError, isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { verifyCopy } from '../snapshots/objects.ts';
import { bucketSnapshotManifest, manifestTotals, objectsPrefix } from '../snapshots/s3.ts';
import { copyObjects, deletePrefix, vaultFor } from '../snapshots/vault.ts';
import { arnPrefix } from '../partition.ts';
import { keyUsableIn } from '../buckets.ts';
import type { RecoveryKind } from './kind.ts';
import { dependencyOf, recoveredName, recoveryTags, str, tagList } from './shared.ts';
import { commandsOf } from '../clients.ts';

const { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, RestoreTableFromBackupCommand, TagResourceCommand } = commandsOf('dynamodb');
const { CreateBucketCommand, DeleteBucketCommand, HeadBucketCommand, PutBucketEncryptionCommand, PutBucketTaggingCommand } = commandsOf('s3');
const { CreateTopicCommand, DeleteTopicCommand, GetTopicAttributesCommand } = commandsOf('sns');
const { CreateQueueCommand, DeleteQueueCommand, GetQueueUrlCommand } = commandsOf('sqs');

export const falseWhenMissing = (error: unknown) => { if (isNotFound(error) || awsCode(error) === 'NotFound') return false; throw error; };
export const gone = (error: unknown) => { if (!isNotFound(error)) throw error; };

/** Name-addressed kinds: the name is derived from the idempotency key, so finding is asking for it. */
export function namedKind(options: {
  type: string;
  rules: { maxLength: number; lowerCase: boolean; keepSuffix?: string };
  arn(region: string, accountId: string, name: string): string;
  exists(session: Session, region: string, name: string): Promise<boolean>;
  create(session: Session, request: RecreateRequest, name: string): Promise<void>;
  remove(session: Session, region: string, name: string): Promise<void>;
  tagged?: RecoveryKind['tagged'];
  /** Waits until the resource can be used (a retry that finds it waits too). */
  ready?(session: Session, region: string, name: string, request: RecreateRequest): Promise<void>;
}): RecoveryKind {
  const done = (request: RecreateRequest, accountId: string, name: string): RecreatedResource =>
    ({ resourceId: name, arn: options.arn(request.region, accountId, name), region: request.region, type: options.type });
  return {
    async find(session, request, accountId) {
      const name = recoveredName(accountId, request, options.rules);
      if (!(await options.exists(session, request.region, name))) return undefined;
      await options.ready?.(session, request.region, name, request);
      return done(request, accountId, name);
    },
    async create(session, request, accountId) {
      const name = recoveredName(accountId, request, options.rules);
      await options.create(session, request, name);
      await options.ready?.(session, request.region, name, request);
      return done(request, accountId, name);
    },
    planned: (request, accountId) => done(request, accountId, recoveredName(accountId, request, options.rules)),
    exists: (session, region, name) => options.exists(session, region, name),
    ...(options.tagged ? { tagged: options.tagged } : {}),
    remove: (session, region, name) => options.remove(session, region, name),
  };
}

type KeyDef = { attributeName?: string; keyType?: string; attributeType?: string };
type IndexDef = { indexName?: string; keySchema?: KeyDef[]; projection?: { projectionType?: string; nonKeyAttributes?: string[] } };

const keysOf = (keys: KeyDef[] | undefined) => (keys ?? []).map((k) => ({ AttributeName: k.attributeName, KeyType: k.keyType as KeyType }));
/** Discovery once recorded index names only: those cannot be rebuilt and are left out. */
const indexesOf = (value: unknown) => (Array.isArray(value) ? value : []).filter((i): i is IndexDef => typeof i === 'object' && i !== null && Array.isArray((i as IndexDef).keySchema))
  .map((i) => ({
    IndexName: i.indexName, KeySchema: keysOf(i.keySchema),
    Projection: { ProjectionType: (i.projection?.projectionType ?? 'ALL') as ProjectionType, ...(i.projection?.nonKeyAttributes ? { NonKeyAttributes: i.projection.nonKeyAttributes } : {}) },
  }));

/**
 * CreateTable's key schema, indexes and attribute definitions. AWS refuses an attribute definition no
 * key of the table or of an index uses, so only those are sent.
 */
function tableShape(c: Readonly<Record<string, unknown>>) {
  const GlobalSecondaryIndexes = indexesOf(c.globalSecondaryIndexes);
  const LocalSecondaryIndexes = indexesOf(c.localSecondaryIndexes);
  const KeySchema = keysOf(c.keySchema as KeyDef[] | undefined);
  const used = new Set([KeySchema, ...GlobalSecondaryIndexes.map((i) => i.KeySchema), ...LocalSecondaryIndexes.map((i) => i.KeySchema)].flat().map((k) => k.AttributeName));
  const AttributeDefinitions = ((c.attributeDefinitions ?? []) as KeyDef[]).filter((a) => used.has(a.attributeName))
    .map((a) => ({ AttributeName: a.attributeName, AttributeType: a.attributeType as ScalarAttributeType }));
  return {
    KeySchema, AttributeDefinitions, ...(GlobalSecondaryIndexes.length ? { GlobalSecondaryIndexes } : {}), ...(LocalSecondaryIndexes.length ? { LocalSecondaryIndexes } : {}),
  };
}

export const table = namedKind({
  type: 'dynamodb:table', rules: { maxLength: 255, lowerCase: false },
  arn: (region, account, name) => `${arnPrefix(region)}:dynamodb:${region}:${account}:table/${name}`,
  exists: (session, region, name) => session.client('dynamodb', region).send(new DescribeTableCommand({ TableName: name }))
    .then((a) => a.Table?.TableStatus !== 'DELETING', falseWhenMissing),
  async create(session, request, name) {
    const dynamodb = session.client('dynamodb', request.region);
    const c = request.configuration;
    const tags = tagList(recoveryTags(request));
    let arn: string | undefined;
    try {
      if (request.snapshotId) {
        arn = (await dynamodb.send(new RestoreTableFromBackupCommand({ TargetTableName: name, BackupArn: request.snapshotId }))).TableDescription?.TableArn;
        // A restore cannot set tags; they are added to the new table at once.
        if (arn) await dynamodb.send(new TagResourceCommand({ ResourceArn: arn, Tags: tags }));
      } else {
        await dynamodb.send(new CreateTableCommand({ TableName: name, BillingMode: 'PAY_PER_REQUEST', Tags: tags, ...tableShape(c) }));
      }
    } catch (error) {
      if (!['TableAlreadyExistsException', 'ResourceInUseException'].includes(awsCode(error))) throw error;
    }
  },
  /** RestoreTableFromBackup and CreateTable answer while CREATING; the table takes reads and writes once ACTIVE. */
  ready: async (session, region, name) => {
    const dynamodb = session.client('dynamodb', region);
    await waitFor(`DynamoDB table ${name}`, async () => {
      // Right after the create, DescribeTable may still answer ResourceNotFoundException (eventual consistency).
      const status = await dynamodb.send(new DescribeTableCommand({ TableName: name })).then((a) => a.Table?.TableStatus, (error: unknown) => { gone(error); return undefined; });
      return status === 'ACTIVE' ? true : undefined;
    }, session.settings);
  },
  remove: (session, region, name) => session.client('dynamodb', region).send(new DeleteTableCommand({ TableName: name })).then(() => undefined, gone),
});

/**
 * A bucket is made and filled from the vault copy of the snapshot. The copy runs on every attempt
 * (a retry that finds the bucket resumes it) and is checked against the snapshot's manifest: a bucket
 * with fewer objects or bytes than the snapshot is never returned as recovered.
 */
export const bucket = namedKind({
  type: 's3:bucket', rules: { maxLength: 63, lowerCase: true },
  arn: (region, _account, name) => `${arnPrefix(region)}:s3:::${name}`,
  exists: (session, region, name) => session.client('s3', region).send(new HeadBucketCommand({ Bucket: name })).then(() => true, falseWhenMissing),
  async create(session, request, name) {
    const s3 = session.client('s3', request.region);
    if (request.snapshotId && !(await bucketSnapshotManifest(session, request.region, request.snapshotId))) {
      throw faultError('ResourceNotFoundException', `Recovery point not found: ${request.snapshotId}`);
    }
    await s3.send(new CreateBucketCommand({
      Bucket: name, ...(request.region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: request.region as BucketLocationConstraint } }),
    })).catch((error: unknown) => { if (awsCode(error) !== 'BucketAlreadyOwnedByYou') throw error; });
    // A store without bucket tagging (NotImplemented, MethodNotAllowed) leaves the bucket untagged; the ledger still lists it.
    await s3.send(new PutBucketTaggingCommand({ Bucket: name, Tagging: { TagSet: tagList(recoveryTags(request)) } }))
      .catch((error: unknown) => { if (!['NotImplemented', 'MethodNotAllowed'].includes(awsCode(error))) throw error; });
  },
  async ready(session, region, name, request) {
    if (!request.snapshotId) return;
    const manifest = await bucketSnapshotManifest(session, region, request.snapshotId);
    if (!manifest) throw faultError('ResourceNotFoundException', `Recovery point not found: ${request.snapshotId}`);
    const vault = await vaultFor(session, region);
    const s3 = session.client('s3', region);
    const owner = await session.accountId();
    // The source's customer-managed key, where the recovery is in the key's region: default encryption and copies keep it.
    const key = manifest['kms-key-id'];
    const kmsKeyId = key && keyUsableIn(key, region) ? key : undefined;
    if (kmsKeyId) {
      await s3.send(new PutBucketEncryptionCommand({
        Bucket: name, ExpectedBucketOwner: owner,
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: kmsKeyId }, BucketKeyEnabled: true }] },
      }));
    }
    await copyObjects(session, s3, { ...vault, s3: session.client('s3', vault.region), prefix: objectsPrefix(request.snapshotId) }, { bucket: name, owner, prefix: '', kmsKeyId });
    await verifyCopy(s3, { bucket: name, owner }, '', manifestTotals(manifest));
  },
  async remove(session, region, name) {
    const s3 = session.client('s3', region);
    try {
      await deletePrefix(s3, { bucket: name }, undefined);
      await s3.send(new DeleteBucketCommand({ Bucket: name }));
    } catch (error) {
      gone(error);
    }
  },
});

export const queue = namedKind({
  type: 'sqs:queue', rules: { maxLength: 80, lowerCase: false, keepSuffix: '.fifo' },
  arn: (region, account, name) => `${arnPrefix(region)}:sqs:${region}:${account}:${name}`,
  exists: (session, region, name) => session.client('sqs', region).send(new GetQueueUrlCommand({ QueueName: name })).then(() => true, falseWhenMissing),
  async create(session, request, name) {
    const attributes = (request.configuration.attributes ?? {}) as Partial<Record<QueueAttributeName, string>>;
    await session.client('sqs', request.region).send(new CreateQueueCommand({ QueueName: name, Attributes: attributes, tags: recoveryTags(request) }));
  },
  async remove(session, region, name) {
    const sqs = session.client('sqs', region);
    const url = await sqs.send(new GetQueueUrlCommand({ QueueName: name })).then((a) => a.QueueUrl, (error: unknown) => { gone(error); return undefined; });
    if (url) await sqs.send(new DeleteQueueCommand({ QueueUrl: url })).catch(gone);
  },
});

export const topic = namedKind({
  type: 'sns:topic', rules: { maxLength: 256, lowerCase: false, keepSuffix: '.fifo' },
  arn: (region, account, name) => `${arnPrefix(region)}:sns:${region}:${account}:${name}`,
  exists: async (session, region, name) => session.client('sns', region)
    .send(new GetTopicAttributesCommand({ TopicArn: `${arnPrefix(region)}:sns:${region}:${await session.accountId()}:${name}` })).then(() => true, falseWhenMissing),
  async create(session, request, name) {
    const attributes: Record<string, string> = name.endsWith('.fifo') ? { FifoTopic: 'true' } : {};
    await session.client('sns', request.region).send(new CreateTopicCommand({ Name: name, Attributes: attributes, Tags: tagList(recoveryTags(request)) }));
  },
  remove: async (session, region, name) => {
    await session.client('sns', region).send(new DeleteTopicCommand({ TopicArn: `${arnPrefix(region)}:sns:${region}:${await session.accountId()}:${name}` })).catch(gone);
  },
});
