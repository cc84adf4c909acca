import type { Executor } from '../../platform/db/database.ts';
import { CloudCallError, type CloudCredentials } from '../provider.ts';
import { currentConfig, type SimConfig } from './config.ts';
import { ALLOW_ALL, type SimPrincipal } from './permissions.ts';
import type { SimTables } from './tables.ts';

/** An account no sim call ever reaches, seeded or not: the stand-in for a network that is down. */
export const UNREACHABLE_ACCOUNT_ID = '999999999999';

/** What the simulated STS makes of a set of credentials. Messages carry the AWS code, never a secret. */
export type CredentialCheck =
  | ({ readonly ok: true } & SimPrincipal)
  | {
      readonly ok: false;
      /** The account the credentials name, when they name one (logged with the call). */
      readonly accountId: string | undefined;
      /** `authentication-failed`: the credentials are wrong; `failed`: the cloud could not be reached. */
      readonly status: 'authentication-failed' | 'failed';
      readonly code: string;
      readonly message: string;
    };

// arn:aws:iam::<12 digits>:role/<optional/path/>name — the partition may be aws, aws-cn, aws-us-gov.
const ROLE_ARN = /^arn:aws(?:-[a-z-]+)?:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;

/** Resolves credentials to the account they reach, the way STS AssumeRole / GetCallerIdentity would. */
export async function checkCredentials(executor: Executor<SimTables>, credentials: CloudCredentials): Promise<CredentialCheck> {
  return checkWithConfig(await currentConfig(executor), credentials);
}

/** The same, against a configuration already read (config.ts): no round trip. */
export function checkWithConfig(config: SimConfig, credentials: CloudCredentials): CredentialCheck {
  if (credentials.type === 'iam-role') return checkRole(config, credentials.roleArn, credentials.externalId);
  return checkAccessKey(config, credentials.accessKeyId, credentials.secretAccessKey);
}

/** The account the check reached; for credentials that failed, the CloudCallError a throwing call raises. */
export function reachedAccount(check: CredentialCheck): string {
  if (!check.ok) throw new CloudCallError(check.status === 'failed' ? 'unavailable' : 'authentication', check.code, check.message);
  return check.accountId;
}

function checkRole(config: SimConfig, roleArn: string, externalId: string): CredentialCheck {
  const parsed = ROLE_ARN.exec(roleArn);
  if (!parsed) {
    return refused(undefined, 'ValidationError', `ValidationError: ${JSON.stringify(roleArn)} is not a role ARN (arn:aws:iam::<account>:role/<name>)`);
  }
  const [, accountId, roleName] = parsed as unknown as [string, string, string];
  const account = config.accounts.get(accountId);
  if (accountId === UNREACHABLE_ACCOUNT_ID || account?.reachable === 0) return unreachable(accountId);
  // AWS answers a missing account, a missing role and a wrong external id alike, so as not to
  // reveal which it was; the sim does the same.
  const denied = () =>
    refused(accountId, 'AccessDenied', `AccessDenied: User: lifeboat is not authorized to perform sts:AssumeRole on resource: ${roleArn}`);
  if (!account) return denied();
  const role = config.roles.get(`${accountId}/${roleName}`);
  if (!role) return denied();
  if (role.external_id !== null && role.external_id !== externalId) return denied();
  const policy = {
    actions: role.actions === null ? null : (JSON.parse(role.actions) as string[]),
    regions: role.regions === null ? null : (JSON.parse(role.regions) as string[]),
  };
  return { ok: true, accountId, roleName, policy };
}

function checkAccessKey(config: SimConfig, accessKeyId: string, secretAccessKey: string): CredentialCheck {
  const found = config.accessKeys.get(accessKeyId);
  const account = found && config.accounts.get(found.account_id);
  // An inner join of the key and its account, as the lookup was.
  const key = found && account ? { ...found, reachable: account.reachable } : undefined;
  if (!key) return refused(undefined, 'InvalidClientTokenId', 'InvalidClientTokenId: The security token included in the request is invalid.');
  if (key.account_id === UNREACHABLE_ACCOUNT_ID || key.reachable === 0) return unreachable(key.account_id);
  if (key.secret_access_key !== secretAccessKey) {
    return refused(
      key.account_id,
      'SignatureDoesNotMatch',
      'SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    );
  }
  // An access key stands for a user with every permission (the demo's): no policy to check.
  return { ok: true, accountId: key.account_id, policy: ALLOW_ALL };
}

function refused(accountId: string | undefined, code: string, message: string): CredentialCheck {
  return { ok: false, accountId, status: 'authentication-failed', code, message };
}

function unreachable(accountId: string): CredentialCheck {
  return {
    ok: false,
    accountId,
    status: 'failed',
    code: 'EndpointConnectionError',
    message: `Account ${accountId}: could not reach sts.amazonaws.com (EndpointConnectionError: connect timed out)`,
  };
}
