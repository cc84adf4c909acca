import type { CloudCredentials } from '../../cloud/provider.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import type { CloudConnectionsTable } from './tables.ts';
import type { ConnectionRow } from './repo.ts';

/** The access method as a request states it. */
export type AccessMethodInput =
  | { type: 'iam-role'; roleArn: string }
  | { type: 'access-key'; accessKeyId: string; secretAccessKey: string };

/** The columns that store an access method; the secret is sealed before it reaches the row. */
export function accessMethodColumns(input: AccessMethodInput, secrets: SecretBox): Pick<CloudConnectionsTable, 'access_method' | 'role_arn' | 'access_key_id' | 'secret_sealed'> {
  return input.type === 'iam-role'
    ? { access_method: 'iam-role', role_arn: input.roleArn, access_key_id: null, secret_sealed: null }
    : { access_method: 'access-key', role_arn: null, access_key_id: input.accessKeyId, secret_sealed: secrets.seal(input.secretAccessKey) };
}

/** Credentials for a cloud call, the secret opened only here and only for the call. */
export function credentialsOf(row: ConnectionRow, secrets: SecretBox): CloudCredentials {
  if (row.access_method === 'iam-role') return { type: 'iam-role', roleArn: row.role_arn!, externalId: row.external_id };
  return { type: 'access-key', accessKeyId: row.access_key_id!, secretAccessKey: secrets.open(row.secret_sealed!) };
}

/** The account an access method names before any call (a role ARN carries it). */
export function accountOfRoleArn(roleArn: string | null): string | undefined {
  return roleArn ? /^arn:aws:iam::(\d{12}):/.exec(roleArn)?.[1] : undefined;
}
