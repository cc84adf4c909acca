import { Type, type TInteger, type TObject, type TProperties, type TString } from '@sinclair/typebox';
import { Int64 } from './schema.ts';

/** Project ids: `^[a-z0-9][a-z0-9-]{1,62}$`. */
export const PROJECT_ID_PATTERN = '^[a-z0-9][a-z0-9-]{1,62}$';

const accountId = Int64('Lifeboat account ID.');
const projectId = Type.String({ pattern: PROJECT_ID_PATTERN, description: 'Lifeboat project ID.' });

type AccountProps = { accountId: TInteger };
type ProjectProps = { accountId: TInteger; projectId: TString };

/** Path parameters of a route under /api/v1/accounts/{accountId}. */
export function accountParams(): TObject<AccountProps>;
export function accountParams<P extends TProperties>(extra: P): TObject<AccountProps & P>;
export function accountParams(extra: TProperties = {}): TObject {
  return Type.Object({ accountId, ...extra }, { additionalProperties: false });
}

/** Path parameters of a route under /api/v1/accounts/{accountId}/projects/{projectId}. */
export function projectParams(): TObject<ProjectProps>;
export function projectParams<P extends TProperties>(extra: P): TObject<ProjectProps & P>;
export function projectParams(extra: TProperties = {}): TObject {
  return Type.Object({ accountId, projectId, ...extra }, { additionalProperties: false });
}

/** Headers every list route reads. */
export const ListHeaders = Type.Object({
  range: Type.Optional(Type.String({ description: 'items=1-100 (1-based, inclusive; at most 1000 per page)' })),
});

export const SortOrder = Type.Optional(Type.Unsafe<'asc' | 'desc'>({ type: 'string', enum: ['asc', 'desc'], description: 'Default asc.' }));
export const FilterCondition = Type.Optional(
  Type.Unsafe<'and' | 'or'>({ type: 'string', enum: ['and', 'or'], description: 'How the filters combine. Default and.' }),
);
