/**
 * An assembly's status.
 *
 *   enabled ⇄ disabled                         PUT …/status (a disabled assembly is not protected)
 *   enabled | disabled → delete-requested      DELETE (202)
 *   delete-requested → delete-locked           it has locked protections (unlock them, DELETE again)
 *   delete-requested → delete-pending          a protection is running: it is cancelled, the deletion waits
 *   delete-pending → delete-in-progress        nothing runs any more: snapshots are being deleted
 *   delete-requested → delete-in-progress      nothing held it
 *   delete-in-progress → deleted               done: readable, name free, left out of lists
 *   delete-in-progress → delete-failed         the cloud refused a snapshot deletion (DELETE again retries)
 *   delete-locked | delete-failed → delete-requested   DELETE again
 *   delete-locked | delete-failed → enabled | disabled PUT …/status cancels the deletion
 */
export const ASSEMBLY_STATUSES = [
  'enabled', 'disabled', 'delete-requested', 'delete-pending', 'delete-locked', 'delete-in-progress', 'delete-failed', 'deleted',
] as const;
export type AssemblyStatus = (typeof ASSEMBLY_STATUSES)[number];

export type AssemblyEvent =
  | { type: 'set-status'; status: 'enabled' | 'disabled' }
  | { type: 'delete-requested' }
  | { type: 'deletion-locked' }
  | { type: 'deletion-waiting' }
  | { type: 'deletion-started' }
  | { type: 'deletion-failed' }
  | { type: 'deletion-completed' };

const LIVE = new Set<AssemblyStatus>(['enabled', 'disabled']);

export function isAssemblyDeleting(status: AssemblyStatus): boolean {
  return !LIVE.has(status);
}

export function assemblyTransition(status: AssemblyStatus, event: AssemblyEvent): AssemblyStatus | undefined {
  switch (event.type) {
    case 'set-status':
      return LIVE.has(status) || status === 'delete-locked' || status === 'delete-failed' ? event.status : undefined;
    case 'delete-requested':
      return LIVE.has(status) || status === 'delete-locked' || status === 'delete-failed' ? 'delete-requested' : undefined;
    case 'deletion-locked':
      return status === 'delete-requested' || status === 'delete-pending' ? 'delete-locked' : undefined;
    case 'deletion-waiting':
      return status === 'delete-requested' ? 'delete-pending' : status === 'delete-pending' ? 'delete-pending' : undefined;
    case 'deletion-started':
      return status === 'delete-requested' || status === 'delete-pending' ? 'delete-in-progress' : undefined;
    case 'deletion-failed':
      return status === 'delete-in-progress' ? 'delete-failed' : undefined;
    case 'deletion-completed':
      return status === 'delete-in-progress' ? 'deleted' : undefined;
  }
}
