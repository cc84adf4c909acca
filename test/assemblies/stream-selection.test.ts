import { describe, expect, it } from 'vitest';
import type { DiscoveredResource } from '../../src/cloud/provider.ts';
import { isDataResource } from '../../src/cloud/provider.ts';
import {
  selectResources, streamSelection, vpcOfSelection, type ResourceFilter, type SelectionPage, type SelectionSummary,
} from '../../src/modules/assemblies/filter.ts';
import { RECOVERY_ID_TAG } from '../../src/cloud/provider.ts';
import { res } from './fixture.ts';

/**
 * streamSelection (what a protection's preparation reads) against selectResources (what the preview answers): the
 * same resources, dependencies, warnings and counts, given out in pages no larger than asked for.
 */

const VPC = 'vpc-1';
const OTHER_VPC = 'vpc-2';
const region = [
  res(VPC, 'ec2:vpc', { tags: { app: 'shop' } }),
  res('subnet-a', 'ec2:subnet', { vpcId: VPC, deps: [VPC], tags: { app: 'shop' } }),
  res('sg-web', 'ec2:security-group', { vpcId: VPC, deps: [VPC] }),
  res('i-web', 'ec2:instance', { deps: ['subnet-a', 'sg-web', 'vol-web'], tags: { app: 'shop', tier: 'web' } }),
  res('vol-web', 'ebs:volume', { tags: { app: 'shop' } }),
  res('db-shop', 'rds:db-instance', { deps: ['subnet-a', 'sg-web', 'gone-param-group'], tags: { app: 'shop', env: 'staging' } }),
  res('lb-shop', 'elb:load-balancer', { deps: ['subnet-a'], tags: { app: 'shop' } }),
  res(OTHER_VPC, 'ec2:vpc', { tags: { app: 'billing' } }),
  res('subnet-b', 'ec2:subnet', { vpcId: OTHER_VPC, deps: [OTHER_VPC], tags: { app: 'billing' } }),
  res('i-billing', 'ec2:instance', { deps: ['subnet-b', 'queue-orders'], tags: { app: 'billing' } }),
  res('bucket-assets', 's3:bucket', { tags: { app: 'shop' } }),
  res('queue-orders', 'sqs:queue', { tags: { app: 'Shop' } }),
  res('orders-aurora', 'rds:cluster', { vpcId: VPC, deps: ['subnet-a', 'sg-web'], tags: { app: 'orders' } }),
  res('orders-aurora-1', 'rds:cluster-instance', { deps: ['orders-aurora'], tags: { app: 'orders', role: 'writer' } }),
  res('orders-aurora-2', 'rds:cluster-instance', { deps: ['orders-aurora'], tags: { app: 'orders', role: 'reader' } }),
  res('i-web-copy', 'ec2:instance', { deps: ['subnet-a'], tags: { app: 'shop', [RECOVERY_ID_TAG]: 'rec-1' } }),
];

const FILTERS: Record<string, ResourceFilter> = {
  'manual': { filterType: 'manual', resourceIds: ['db-shop', 'gone-1', 'orders-aurora-1', 'bucket-assets'] },
  'manual, nothing found': { filterType: 'manual', resourceIds: ['nope'] },
  'tags, match-any': { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }, { key: 'role', value: 'reader' }] },
  'tags, match-all (nothing outside it)': { filterType: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'shop' }, { key: 'tier', value: 'web' }] },
  'vpc': { filterType: 'vpc', vpcId: VPC },
  'vpc of the other': { filterType: 'vpc', vpcId: OTHER_VPC },
  'vpc the region lacks': { filterType: 'vpc', vpcId: 'vpc-none' },
};

/** Runs the stream to its end: its pages, its summary, and how often it read the region. */
async function drain(filter: ResourceFilter, pageSize: number) {
  let readings = 0;
  async function* pagesOf3(): AsyncGenerator<DiscoveredResource[]> {
    readings++;
    for (let i = 0; i < region.length; i += 3) yield region.slice(i, i + 3);
  }
  const stream = streamSelection(pagesOf3, filter, pageSize);
  const pages: SelectionPage[] = [];
  let next: IteratorResult<SelectionPage, SelectionSummary>;
  while (!(next = await stream.next()).done) pages.push(next.value);
  return { pages, summary: next.value, readings };
}

const idsOf = (pages: SelectionPage[], reason: SelectionPage['reason']) => pages.filter((p) => p.reason === reason).flatMap((p) => p.resources.map((r) => r.resourceId)).sort();

describe('streamSelection gives what selectResources gives, in pages', () => {
  for (const [name, filter] of Object.entries(FILTERS)) {
    it(name, async () => {
      const whole = selectResources(region, filter);
      const { pages, summary } = await drain(filter, 2);
      expect(idsOf(pages, 'selected')).toEqual(whole.resources.map((r) => r.resourceId).sort());
      expect(idsOf(pages, 'dependency')).toEqual(whole.dependencies.map((r) => r.resourceId).sort());
      for (const page of pages) expect(page.resources.length).toBeGreaterThan(0);
      for (const page of pages) expect(page.resources.length).toBeLessThanOrEqual(2);
      // The resources given out are discovery's own, configuration and tags included.
      for (const r of pages.flatMap((p) => p.resources)) expect(r).toBe(region.find((x) => x.resourceId === r.resourceId));
      expect(summary).toEqual({
        resourceCount: whole.resources.length, dataResourceCount: whole.resources.filter((r) => isDataResource(r.type)).length,
        dependencyCount: whole.dependencies.length, warnings: whole.warnings, unknownIds: whole.unknownIds, vpcId: vpcOfSelection(whole.resources),
      });
    });
  }

  it('reads the region once when a tags filter leaves nothing outside the selection, twice when it must fetch dependencies', async () => {
    expect((await drain(FILTERS['tags, match-all (nothing outside it)']!, 2)).readings).toBe(2); // i-web needs subnet-a's VPC...
    const alone = { filterType: 'manual', resourceIds: ['bucket-assets', 'vol-web'] } as const;
    expect((await drain(alone, 2)).readings).toBe(1);
    expect((await drain(FILTERS.vpc!, 2)).readings).toBe(2);
  });
});
