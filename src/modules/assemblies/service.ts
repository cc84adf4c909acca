import type { ConnectionDeletionGuard } from '../connections/service.ts';
import type { AssembliesDeps } from './context.ts';
import { assemblyDeletion } from './delete-assembly.ts';
import { assemblyReads } from './read-assembly.ts';
import { assembliesRepo as repo } from './repo.ts';
import { assemblyWrites } from './write-assembly.ts';

export type { AssembliesDeps, AssemblyProtectionsPort, AssemblyRef } from './context.ts';

/** Cloud assemblies: the unit of protection and recovery. */
export function createAssembliesService(deps: AssembliesDeps) {
  /** Assemblies hold their connection's deletion (delete-locked) until they are deleted. */
  const connectionGuard: ConnectionDeletionGuard = async (connection) => {
    const live = await repo.liveOnConnection(deps.store.db, connection.id);
    return live.length ? `used by cloud assemblies ${live.map((a) => a.name).join(', ')}` : undefined;
  };
  return {
    ...assemblyReads(deps),
    ...assemblyWrites(deps),
    connectionGuard,
    jobHandlers: [assemblyDeletion(deps)],
  };
}

export type AssembliesService = ReturnType<typeof createAssembliesService>;
