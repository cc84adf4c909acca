import type { Permission } from '../../platform/http/route-config.ts';

export type { Permission };

/** Roles a service account holds within its account. */
export const ROLES = ['admin', 'operator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];



/** Verbs an operator may use: run the estate, never manage who can. */
const OPERATOR_VERBS = new Set(['read', 'create', 'update', 'verify', 'sync', 'protect', 'recover', 'reset', 'cancel', 'lock']);
/** Resources that only an admin may change. */
const ADMIN_ONLY = new Set(['service-accounts', 'projects', 'accounts', 'access-keys']);
/** Permissions no account role grants: the instance admin's alone. */
const INSTANCE_ONLY = new Set<Permission>(['accounts:create', 'sim:update', 'sim:read']);

/** Whether a role grants a permission. Table-driven so a new feature's permissions need no edit here. */
export function roleGrants(role: Role, permission: Permission): boolean {
  if (INSTANCE_ONLY.has(permission)) return false;
  const [resource, verb] = permission.split(':') as [string, string];
  switch (role) {
    case 'admin':
      return true;
    case 'operator':
      return OPERATOR_VERBS.has(verb) && !(ADMIN_ONLY.has(resource) && verb !== 'read');
    case 'viewer':
      return verb === 'read';
  }
}
