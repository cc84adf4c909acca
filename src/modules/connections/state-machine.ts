/**
 * The status of a cloud connection (seed 000's nine values) as a pure transition function.
 *
 *   enabled ⇄ disabled ⇄ suspended                    user: PUT …/status
 *   enabled → critical-suspended                      3 scheduled verifications in a row failed
 *   critical-suspended → enabled                      a verification succeeded, or the user re-enabled it
 *   (any live status) → delete-pending                DELETE
 *   (any live status) → delete-locked                 DELETE while deletion protection is on
 *   delete-locked → delete-pending                    deletion protection turned off
 *   delete-pending → delete-in-progress               the deletion job started
 *   delete-in-progress → delete-locked                something still uses the connection
 *   delete-in-progress → delete-failed                the cloud refused the clean-up
 *   delete-in-progress → deleted                      done: the row stays, readable, and the name is free
 *   delete-failed → delete-pending                    DELETE again (retry)
 *   delete-locked | delete-failed → a user status     PUT …/status: the deletion is cancelled
 */
export const CONNECTION_STATUSES = [
  'enabled', 'suspended', 'critical-suspended', 'disabled',
  'delete-pending', 'delete-in-progress', 'delete-locked', 'delete-failed', 'deleted',
] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

export const CONNECTIVITY_STATUSES = ['pending', 'success', 'authentication-failed', 'failed'] as const;
export type ConnectivityStatus = (typeof CONNECTIVITY_STATUSES)[number];

/** Statuses a user may set with PUT …/status. */
export const USER_STATUSES = ['enabled', 'disabled', 'suspended'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export type ConnectionEvent =
  | { type: 'set-status'; status: UserStatus }
  | { type: 'verify-failed-repeatedly' }
  | { type: 'verify-succeeded' }
  | { type: 'delete-requested'; protected: boolean }
  | { type: 'protection-lifted' }
  | { type: 'deletion-started' }
  | { type: 'deletion-blocked' }
  | { type: 'deletion-failed' }
  | { type: 'deletion-completed' };

const LIVE = new Set<ConnectionStatus>(['enabled', 'suspended', 'critical-suspended', 'disabled']);

/** Statuses in which the connection is being deleted or is gone: it refuses updates (409). */
export function isDeleting(status: ConnectionStatus): boolean {
  return !LIVE.has(status);
}

/** The next status, or undefined when the event is not allowed in this status (a 409 to the caller). */
export function transition(status: ConnectionStatus, event: ConnectionEvent): ConnectionStatus | undefined {
  switch (event.type) {
    case 'set-status':
      if (LIVE.has(status) || status === 'delete-locked' || status === 'delete-failed') return event.status;
      return undefined;
    case 'verify-failed-repeatedly':
      return status === 'enabled' ? 'critical-suspended' : undefined;
    case 'verify-succeeded':
      return status === 'critical-suspended' ? 'enabled' : undefined;
    case 'delete-requested':
      if (LIVE.has(status) || status === 'delete-failed') return event.protected ? 'delete-locked' : 'delete-pending';
      if (status === 'delete-locked') return event.protected ? 'delete-locked' : 'delete-pending';
      return undefined;
    case 'protection-lifted':
      return status === 'delete-locked' ? 'delete-pending' : undefined;
    case 'deletion-started':
      return status === 'delete-pending' ? 'delete-in-progress' : undefined;
    case 'deletion-blocked':
      return status === 'delete-in-progress' ? 'delete-locked' : undefined;
    case 'deletion-failed':
      return status === 'delete-in-progress' ? 'delete-failed' : undefined;
    case 'deletion-completed':
      return status === 'delete-in-progress' ? 'deleted' : undefined;
  }
}
