import { GetBucketLocationCommand, GetBucketTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import { awsCode } from './errors.ts';

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
