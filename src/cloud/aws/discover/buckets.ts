import { bucketRegion, bucketTags } from '../buckets.ts';
import { mapLimited } from '../concurrency.ts';
import { awsCode } from '../errors.ts';
import { discovered, type Lister } from './shape.ts';
import { arnPrefix } from '../partition.ts';
import { commandsOf, type S3Client } from '../clients.ts';

const { GetBucketVersioningCommand, ListBucketsCommand } = commandsOf('s3');

/**
 * S3's bucket list is account-wide. It is asked for the region's buckets (BucketRegion); a bucket the
 * answer gives no region for (older or compatible servers ignore the filter) is located one by one.
 * Lifeboat's own vault buckets are left out: they hold its snapshots, not the customer's application.
 */
const buckets: Lister = async (session, region, token) => {
  const s3 = session.client('s3', region);
  const page = await s3.send(new ListBucketsCommand({ MaxBuckets: 1000, ContinuationToken: token, BucketRegion: region }));
  const located = await mapLimited(page.Buckets ?? [], session.settings.lookupConcurrency, async (bucket) => ({
    bucket, region: bucket.BucketRegion ?? (await bucketRegion(s3, bucket.Name!)),
  }));
  const account = await session.accountId();
  const vaultPattern = vaultNamePattern(session.settings.vaultBucket, account);
  const mine = located.filter((entry) => entry.region === region && !vaultPattern.test(entry.bucket.Name!));
  const resources = await mapLimited(mine, session.settings.lookupConcurrency, async ({ bucket }) => {
    const name = bucket.Name!;
    const [tags, versioning] = await Promise.all([bucketTags(s3, name), versioningOf(s3, name)]);
    return discovered({
      resourceId: name, arn: `${arnPrefix(region)}:s3:::${name}`, type: 's3:bucket', service: 'S3', region, name,
      configuration: { creationDate: bucket.CreationDate?.toISOString(), versioning }, tags,
    });
  });
  return { resources, next: page.ContinuationToken };
};

async function versioningOf(s3: S3Client, bucket: string): Promise<string | undefined> {
  try {
    const answer = await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }));
    return answer.Status ?? 'Disabled';
  } catch (error) {
    if (awsCode(error) === 'NotImplemented') return undefined;
    throw error;
  }
}

/** Matches the names the vault template gives in any region. */
export function vaultNamePattern(template: string, accountId: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\{account\}/g, accountId).replace(/\{region\}/g, '[a-z0-9-]+')}$`);
}

export const S3_LISTERS: readonly Lister[] = [buckets];
