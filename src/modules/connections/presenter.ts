import { publicConfiguration } from '../../platform/user-data.ts';
import type { Static } from '@sinclair/typebox';
import { etagOf } from '../../platform/http/etag.ts';
import { iso } from '../../platform/http/schema.ts';
import type { ConnectionRow, InventoryRow } from './repo.ts';
import type { Connection, InventoryResource } from './schemas.ts';

/** The API's view of a connection. The sealed secret never leaves the row. */
export function presentConnection(row: ConnectionRow): Static<typeof Connection> {
  return {
    accountId: row.account_id,
    projectId: row.project_id,
    id: row.id,
    name: row.name,
    description: row.description,
    status: row.status as Static<typeof Connection>['status'],
    statusMessage: row.status_message,
    connectivityStatus: row.connectivity_status as Static<typeof Connection>['connectivityStatus'],
    connectivityMessage: row.connectivity_message,
    operationalRegions: JSON.parse(row.operational_regions),
    services: JSON.parse(row.services),
    accessMethod: row.access_method === 'iam-role'
      ? { type: 'iam-role', roleArn: row.role_arn! }
      : { type: 'access-key', accessKeyId: row.access_key_id! },
    externalId: row.external_id,
    awsAccountId: row.aws_account_id,
    deletionProtection: row.deletion_protection === 1,
    syncStatus: row.sync_status as Static<typeof Connection>['syncStatus'],
    syncMessage: row.sync_message,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    lastSync: iso(row.last_sync),
    lastVerifiedAt: iso(row.last_verified_at),
    deletedAt: iso(row.deleted_at),
  };
}

export function presentInventory(row: InventoryRow): Static<typeof InventoryResource> {
  return {
    resourceId: row.resource_id, arn: row.arn, type: row.type, service: row.service, region: row.region, name: row.name,
    configuration: publicConfiguration(JSON.parse(row.configuration) as Record<string, unknown>), tags: JSON.parse(row.tags), dependencies: JSON.parse(row.dependencies),
    discoveredAt: iso(row.discovered_at),
  };
}

export { etagOf };
