/**
 * How a data resource's snapshot reaches another account in a cross-account recovery. Pure: the pre-flight checks
 * say it in the plan, and the transfer (run-recovery) follows it.
 * - `share`: the snapshot is shared with the target account, which copies it under its own key and restores that copy.
 * - `copy-then-share`: the snapshot is encrypted (an EBS, DB or DB cluster snapshot). Under an AWS-managed key (alias/aws/ebs, alias/aws/rds), which AWS
 *   never lets another account use, or under a customer's key whose policy Lifeboat does not manage: it is first
 *   copied in the source account under Lifeboat's own customer-managed key, whose policy grants the target account,
 *   and that copy is shared. The target's access then never depends on a key policy Lifeboat cannot see.
 * - `unsupported`: the type cannot cross accounts (DynamoDB on-demand backups cannot be shared): the resource is
 *   created from its captured configuration, empty.
 */
export type TransferMethod = 'share' | 'copy-then-share' | 'unsupported';

export function transferMethod(type: string, keyManager: 'aws' | 'customer' | null): { method: TransferMethod; reason: string } {
  switch (type) {
    case 'ebs:volume':
    case 'rds:db-instance':
    case 'rds:cluster':
      if (keyManager === 'aws') return { method: 'copy-then-share', reason: "encrypted under an AWS-managed key, which cannot be shared: copied under Lifeboat's key that grants the target account, then shared" };
      if (keyManager === 'customer') return { method: 'copy-then-share', reason: "encrypted under a customer-managed key: copied under Lifeboat's key that grants the target account, then shared" };
      return { method: 'share', reason: 'not encrypted: shared with the target account' };
    case 's3:bucket':
      return { method: 'share', reason: "the backup is shared through the vault's access policy and copied into the target account" };
    case 'dynamodb:table':
      return { method: 'unsupported', reason: 'DynamoDB on-demand backups cannot be shared with another account: the table is created from its captured configuration, empty' };
    default:
      return { method: 'unsupported', reason: `a ${type} has no snapshot to carry across accounts` };
  }
}
