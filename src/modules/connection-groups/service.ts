import type { ConnectionGroupsDeps } from './context.ts';
import { groupPostProcess } from './post-process.ts';
import { groupReads } from './read-groups.ts';
import { presentGroup, type GroupView } from './presenter.ts';
import { groupWrites } from './write-group.ts';

export type { ConnectionGroupsDeps, GroupRef, GroupScope } from './context.ts';

/** AWS connection groups (seed 001): one service built from its use cases. */
export function createConnectionGroupsService(deps: ConnectionGroupsDeps) {
  return {
    ...groupReads(deps),
    ...groupWrites(deps),
    ...groupPostProcess(deps),
    /** The clock the presentation reads (a pending change's 24 hours run on it). */
    now: deps.now,
    statusOf: (view: GroupView) => presentGroup(view, { now: deps.now(), baseUrl: '', externalId: false }).status,
  };
}

export type ConnectionGroupsService = ReturnType<typeof createConnectionGroupsService>;
