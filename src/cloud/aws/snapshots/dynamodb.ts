import type { CloudSnapshot, SnapshotRequest } from '../../provider.ts';
import { faultError, isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { keyedName } from './keys.ts';
import { commandsOf, type DynamoDBClient } from '../clients.ts';

const { CreateBackupCommand, DeleteBackupCommand, DescribeBackupCommand, ListBackupsCommand } = commandsOf('dynamodb');

/**
 * DynamoDB on-demand backups cannot carry tags, so the backup's name is derived from the idempotency
 * key and looked up among the table's backups before one is created.
 */
async function findNamed(dynamodb: DynamoDBClient, table: string, name: string): Promise<string | undefined> {
  let start: string | undefined;
  do {
    const page = await dynamodb.send(new ListBackupsCommand({ TableName: table, BackupType: 'USER', ExclusiveStartBackupArn: start }));
    const found = (page.BackupSummaries ?? []).find((b) => b.BackupName === name && b.BackupStatus !== 'DELETED');
    if (found) return found.BackupArn;
    start = page.LastEvaluatedBackupArn;
  } while (start);
  return undefined;
}

export async function snapshotTable(session: Session, request: SnapshotRequest): Promise<CloudSnapshot> {
  const dynamodb = session.client('dynamodb', request.region);
  const name = keyedName('lifeboat', request.protectionId, request.resourceId, request.region);
  let arn = await findNamed(dynamodb, request.resourceId, name);
  if (!arn) {
    const created = await dynamodb.send(new CreateBackupCommand({ TableName: request.resourceId, BackupName: name }));
    arn = created.BackupDetails!.BackupArn!;
  }
  const backup = await waitFor(`DynamoDB backup ${arn}`, async () => {
    const answer = await dynamodb.send(new DescribeBackupCommand({ BackupArn: arn }));
    const details = answer.BackupDescription?.BackupDetails;
    if (details?.BackupStatus === 'DELETED') throw faultError('BackupNotFoundException', `Backup ${arn} was deleted`);
    return details?.BackupStatus === 'AVAILABLE' ? details : undefined;
  }, session.settings);
  return {
    snapshotId: arn, region: request.region, resourceId: request.resourceId, type: 'dynamodb:table', protectionId: request.protectionId,
    sizeBytes: backup.BackupSizeBytes ?? 0, createdAt: backup.BackupCreationDateTime?.getTime() ?? Date.now(),
  };
}

/** On-demand backups stay in their region; a replica needs AWS Backup, which this driver does not drive. */
export function copyTableBackup(): never {
  throw faultError('UnsupportedOperation', 'DynamoDB on-demand backups cannot be copied to another region (use AWS Backup for cross-region copies)');
}

export async function deleteTableBackup(session: Session, region: string, backupArn: string): Promise<void> {
  try {
    await session.client('dynamodb', region).send(new DeleteBackupCommand({ BackupArn: backupArn }));
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
