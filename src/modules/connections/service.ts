import type { ConnectionsDeps } from './context.ts';
import { connectionDeletion } from './delete-connection.ts';
import { groupConnections } from './group-connections.ts';
import { connectionReads } from './read-connection.ts';
import { connectionSync } from './sync-connection.ts';
import { connectionVerification } from './verify-connection.ts';
import { connectionWrites } from './write-connection.ts';

export type { ConnectionsDeps, ConnectionDeletionGuard } from './context.ts';

/** AWS cloud connections: one service built from its use cases, plus the job handlers that advance them. */
export function createConnectionsService(deps: ConnectionsDeps) {
  const verification = connectionVerification(deps);
  const sync = connectionSync(deps);
  const deletion = connectionDeletion(deps);
  return {
    ...connectionReads(deps),
    ...connectionWrites(deps),
    ...groupConnections(deps),
    requestVerify: verification.requestVerify,
    requestSync: sync.requestSync,
    requestDeletion: deletion.requestDeletion,
    jobHandlers: [...verification.handlers, ...sync.handlers],
    /** The deletion job: built once the modules whose rows hold a connection's deletion exist. */
    deletionJob: deletion.handler,
  };
}

export type ConnectionsService = ReturnType<typeof createConnectionsService>;
