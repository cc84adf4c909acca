import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { ConflictError } from '../../platform/errors.ts';
import { randomHex32 } from '../../platform/ids.ts';
import { requestedAssetTypes, type AssetTypesInput } from './asset-types.ts';
import { list, mutateGroup, text, type ConnectionGroupsDeps, type GroupRef, type GroupScope } from './context.ts';
import { hasPending } from './lifecycle.ts';
import { groupsRepo as repo, type ConnectionGroupRow } from './repo.ts';

export interface CreateGroupInput extends AssetTypesInput {
  readonly account_native_id: string;
  readonly master_aws_account_id?: string;
  readonly master_region?: string;
  readonly aws_regions: readonly string[];
  readonly description?: string;
  readonly template_permission_set?: string;
}

export interface UpdateGroupInput extends AssetTypesInput {
  readonly aws_regions: readonly string[];
  readonly description?: string;
  readonly template_permission_set?: string;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Creating and updating groups: each change of what the stack installs is a new template version, pending
 * in intended_* until the stack reports it. */
export function groupWrites(deps: ConnectionGroupsDeps) {
  return {
    /** Creates the group with its first template version (pending: `connecting`, `creating_stack`). */
    async create(scope: GroupScope, input: CreateGroupInput): Promise<ConnectionGroupRow> {
      const assetTypes = requestedAssetTypes(input);
      const at = deps.now();
      const master = input.master_aws_account_id ?? input.account_native_id;
      const accounts = sorted([input.account_native_id, master]);
      const regions = sorted(input.aws_regions);
      const id = randomUUID();
      try {
        return await repo.insert(deps.store.db, {
          id, account_id: scope.accountId, project_id: scope.projectId, description: input.description ?? '',
          account_native_id: input.account_native_id, master_aws_account_id: master, master_region: input.master_region ?? input.aws_regions[0]!,
          external_id: `lifeboat-${randomHex32()}`,
          account_native_ids: '[]', asset_types: '[]', aws_regions: '[]', account_name: null,
          intended_account_native_ids: text(accounts), intended_asset_types: text(assetTypes), intended_aws_regions: text(regions), intended_at: at,
          template_version: 1, installed_template_version: null, stack_arn: null, stack_name: null,
          created_at: at, updated_at: at, deleted_at: null, version: 1,
          template_permission_set: input.template_permission_set ?? null, template_url_secret: randomHex32(),
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new ConflictError('CONNECTION_GROUP_EXISTS', `A connection group for account ${input.account_native_id} exists in this organizational unit`, { account_native_id: 'already has a connection group' });
        }
        throw error;
      }
    },

    /**
     * Seed 001's update. A change of asset types or regions issues a new template version that replaces any
     * pending one; a description alone changes nothing the stack installs and needs no new template.
     */
    update(ref: GroupRef, input: UpdateGroupInput, expectedVersion?: number): Promise<ConnectionGroupRow> {
      const assetTypes = requestedAssetTypes(input);
      const regions = sorted(input.aws_regions);
      return mutateGroup(deps, ref, (row) => {
        const at = deps.now();
        const pending = hasPending(row, at);
        const description = input.description ?? row.description;
        const permissionSet = input.template_permission_set ?? row.template_permission_set;
        const unchanged = description === row.description && permissionSet === row.template_permission_set;
        const target = pending
          ? { types: row.intended_asset_types, regions: row.intended_aws_regions }
          : { types: row.installed_template_version === null ? null : row.asset_types, regions: row.aws_regions };
        if (target.types === text(assetTypes) && target.regions === text(regions)) {
          return unchanged ? null : { patch: { description, template_permission_set: permissionSet } };
        }
        const version = row.template_version + 1;
        const accounts = text(sorted([...(pending ? list(row.intended_account_native_ids) : list(row.account_native_ids)), row.account_native_id, row.master_aws_account_id]));
        return {
          patch: {
            description, template_permission_set: permissionSet, template_version: version, intended_at: at,
            intended_account_native_ids: accounts, intended_asset_types: text(assetTypes), intended_aws_regions: text(regions),
          },
        };
      }, expectedVersion);
    },
  };
}
