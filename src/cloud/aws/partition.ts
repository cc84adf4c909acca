import { faultError } from './errors.ts';

/**
 * The AWS partition of a region: ARNs, and which accounts and endpoints can be reached, differ per
 * partition (China's and GovCloud's regions are not in `aws`). A cross-partition copy is refused.
 */
export function partitionOf(region: string): 'aws' | 'aws-cn' | 'aws-us-gov' {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** `arn:<partition>` for a resource in the region. */
export const arnPrefix = (region: string) => `arn:${partitionOf(region)}`;

export function samePartition(sourceRegion: string, targetRegion: string): void {
  if (partitionOf(sourceRegion) !== partitionOf(targetRegion)) {
    throw faultError('InvalidParameterCombination', `${sourceRegion} (${partitionOf(sourceRegion)}) and ${targetRegion} (${partitionOf(targetRegion)}) are in different AWS partitions: nothing is copied between them`);
  }
}
