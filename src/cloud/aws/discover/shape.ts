import type { AwsService, DiscoveredResource } from '../../provider.ts';
import type { Session } from '../session.ts';
import { arnPrefix } from '../partition.ts';

/** One page of one AWS list: what it found and AWS's token for the rest of that list. */
export interface ListPage {
  readonly resources: DiscoveredResource[];
  readonly next?: string;
}

/** Walks one AWS list (DescribeVpcs, ListQueues, …) a page at a time. */
export type Lister = (session: Session, region: string, token: string | undefined) => Promise<ListPage>;

type AwsTag = { Key?: string | undefined; Value?: string | undefined };

/** AWS's tag lists ([{Key, Value}]) as the port's record. */
export function tagRecord(tags: readonly AwsTag[] | Record<string, string> | undefined): Record<string, string> {
  if (!tags) return {};
  if (!Array.isArray(tags)) return { ...(tags as Record<string, string>) };
  const record: Record<string, string> = {};
  for (const tag of tags as readonly AwsTag[]) if (tag.Key !== undefined) record[tag.Key] = tag.Value ?? '';
  return record;
}

/** Drops undefined values, so a configuration holds only what AWS reported. */
export function defined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** A discovered resource; its name is the Name tag when it has one, else the given fallback, else its id. */
export function discovered(input: {
  resourceId: string;
  arn: string;
  type: string;
  service: AwsService;
  region: string;
  name?: string | undefined;
  configuration: Record<string, unknown>;
  tags: Record<string, string>;
  dependencies?: readonly (string | undefined)[];
}): DiscoveredResource {
  const dependencies = [...new Set((input.dependencies ?? []).filter((id): id is string => typeof id === 'string' && id !== ''))];
  return {
    resourceId: input.resourceId,
    arn: input.arn,
    type: input.type,
    service: input.service,
    region: input.region,
    name: input.tags.Name || input.name || input.resourceId,
    configuration: defined(input.configuration),
    tags: input.tags,
    dependencies,
  };
}

/** An EC2 ARN (EC2's describe calls do not return one). */
export function ec2Arn(region: string, accountId: string, kind: string, id: string): string {
  return `${arnPrefix(region)}:ec2:${region}:${accountId}:${kind}/${id}`;
}
