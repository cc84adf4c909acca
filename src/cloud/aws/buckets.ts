import { awsCode } from './errors.ts';
import { commandsOf, type S3Client } from './clients.ts';

const { GetBucketEncryptionCommand, GetBucketLocationCommand, GetBucketTaggingCommand } = commandsOf('s3');

/** GetBucketLocation's answer as a region name: no constraint is us-east-1, `EU` the old name of eu-west-1. */
export async function bucketRegion(s3: S3Client, bucket: string): Promise<string> {
  const answer = await s3.send(new GetBucketLocationCommand({ Bucket: bucket }));
  const constraint = answer.LocationConstraint as string | undefined;
  if (!constraint) return 'us-east-1';
  return constraint === 'EU' ? 'eu-west-1' : constraint;
}

/**
 * A bucket's tags; none when it has no tag set, or when an AWS-compatible store does not implement
 * bucket tagging (NotImplemented): discovery then sees the bucket untagged rather than failing.
 */
export async function bucketTags(s3: S3Client, bucket: string): Promise<Record<string, string>> {
  try {
    const answer = await s3.send(new GetBucketTaggingCommand({ Bucket: bucket }));
    return Object.fromEntries((answer.TagSet ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
  } catch (error) {
    if (['NoSuchTagSet', 'NoSuchTagSetError', 'NotImplemented'].includes(awsCode(error))) return {};
    throw error;
  }
}

/**
 * The customer-managed KMS key a bucket encrypts with by default (SSE-KMS), as the region-qualified ARN
 * AWS reports, or undefined: no default encryption, SSE-S3, S3's AWS-managed key, or a store without
 * the call. Copies made for the bucket keep that key where the key's region allows.
 */
export async function bucketKmsKey(s3: S3Client, bucket: string, owner: string | undefined): Promise<string | undefined> {
  try {
    const answer = await s3.send(new GetBucketEncryptionCommand({ Bucket: bucket, ExpectedBucketOwner: owner }));
    const rule = (answer?.ServerSideEncryptionConfiguration?.Rules ?? []).find((r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm === 'aws:kms');
    const key = rule?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID;
    return key && !key.endsWith('alias/aws/s3') ? key : undefined;
  } catch (error) {
    if (['ServerSideEncryptionConfigurationNotFoundError', 'NotImplemented', 'MethodNotAllowed'].includes(awsCode(error))) return undefined;
    throw error;
  }
}

/** A KMS key is usable only in its own region; an id or alias without a region is taken to be the bucket's. */
export const keyUsableIn = (key: string, region: string) => !key.startsWith('arn:') || key.split(':')[3] === region;
