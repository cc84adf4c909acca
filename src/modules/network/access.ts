import { NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { Permission } from '../../platform/http/route-config.ts';
import type { Principal } from '../tenancy/principal.ts';
import type { TenancyService } from '../tenancy/service.ts';

/** Who calls and in which account: resolved by the surface from the path's domain_id and the credentials. */
export interface Caller {
  readonly principal: Principal;
  readonly accountId: number;
  readonly domainId: string;
}

export type Authorizer = Pick<TenancyService, 'authorize'>;

/** `enterprise_project_id` "0" is the account's default project; Lifeboat project ids are never "0". */
export const toProjectId = (enterpriseProjectId: string): string => (enterpriseProjectId === '0' ? 'default' : enterpriseProjectId);
export const toEnterpriseProjectId = (projectId: string): string => (projectId === 'default' ? '0' : projectId);

/** The permission in the resource's project: 404 outside the caller's projects, 403 without the permission. */
export function allow(tenancy: Authorizer, caller: Caller, projectId: string, permission: Permission): Promise<void> {
  return tenancy.authorize(caller.principal, { accountId: caller.accountId, projectId }, permission);
}

/** For a create: a project the caller cannot see is a bad enterprise_project_id, named as such. */
export async function allowCreate(tenancy: Authorizer, caller: Caller, projectId: string, permission: Permission, field: string): Promise<void> {
  try {
    await allow(tenancy, caller, projectId, permission);
  } catch (error) {
    if (error instanceof NotFoundError) throw new ValidationError({ [field]: 'names no enterprise project of this account' });
    throw error;
  }
}

/** Reads across the account: the permission at account level; rows are then limited to visibleProjects. */
export function allowList(tenancy: Authorizer, caller: Caller, permission: Permission): Promise<void> {
  return tenancy.authorize(caller.principal, { accountId: caller.accountId }, permission);
}

/** The projects a list may show: null = every project of the account. */
export const visibleProjects = (caller: Caller): readonly string[] | null => caller.principal.projects;
