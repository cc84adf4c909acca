import type { AwsService } from '../../cloud/provider.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import type { ConnectionRef, ConnectionsDeps } from './context.ts';
import { parseList } from './context.ts';
import { connectionsRepo as repo, type ConnectionListQuery, type ConnectionRow, type InventoryQuery } from './repo.ts';
import { cloudFormationTemplate } from './template.ts';
import { credentialsOf } from './credentials.ts';

export function connectionReads(deps: ConnectionsDeps) {
  const db = deps.store.db;
  async function get(ref: ConnectionRef): Promise<ConnectionRow> {
    const row = await repo.find(db, ref.accountId, ref.projectId, ref.id);
    if (!row) throw new NotFoundError(`Cloud connection ${ref.id}`);
    return row;
  }
  return {
    /** A connection of the project, deleted ones included. */
    get,
    list: (query: ConnectionListQuery, range: ItemRange) => repo.list(db, query, range),
    /** The discovered inventory; 404 for a connection outside the project. */
    async inventory(ref: ConnectionRef, query: Omit<InventoryQuery, 'connectionId'>, range: ItemRange) {
      await get(ref);
      return repo.listInventory(db, { ...query, connectionId: ref.id }, range);
    },
    /**
     * What another module needs to call the cloud through a connection of the project: the row and its
     * credentials. 404 when the connection is not in the project or is deleted.
     */
    async cloudAccess(accountId: number, projectId: string, connectionId: number) {
      const row = await repo.find(db, accountId, projectId, connectionId);
      if (!row || row.status === 'deleted') throw new NotFoundError(`Cloud connection ${connectionId}`);
      return { connection: row, credentials: credentialsOf(row, deps.secrets), services: parseList(row.services) as AwsService[], regions: parseList(row.operational_regions) };
    },

    /** The ids the latest sync found in one region of the connection (a forecast: the cloud may have changed since). */
    async inventoryIds(connectionId: number, region: string): Promise<Set<string>> {
      const rows = await db.selectFrom('inventory_resources').select('resource_id').where('connection_id', '=', connectionId).where('region', '=', region).execute();
      return new Set(rows.map((r) => r.resource_id));
    },

    /** The connections of the project whose name contains the text (any case). */
    idsNamedLike: (accountId: number, projectId: string, text: string) => repo.idsNamedLike(db, accountId, projectId, text),
    /** Id → name of the connections named. */
    namesOf: (ids: readonly number[]) => repo.namesOf(db, ids),
    /** The same, in the caller's transaction (build.ts hands it over: all modules share one database). */
    namesIn: repo.namesOf,

    /** The IAM role template with this connection's external id, services and regions. */
    async template(ref: ConnectionRef) {
      const row = await get(ref);
      return cloudFormationTemplate({
        connectionName: row.name, externalId: row.external_id, principalArn: deps.principalArn,
        services: parseList(row.services) as AwsService[], regions: parseList(row.operational_regions),
      });
    },
  };
}
