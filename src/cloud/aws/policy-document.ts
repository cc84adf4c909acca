import { CloudCallError } from '../provider.ts';

/** One statement of a JSON resource policy (a KMS key policy, an S3 bucket policy). */
export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: { readonly AWS?: string | readonly string[] } | string;
  readonly Action: string | readonly string[];
  readonly Resource: string | readonly string[];
  readonly Condition?: unknown;
}

export interface PolicyDocument {
  readonly Version?: string;
  readonly Id?: string;
  readonly Statement: readonly PolicyStatement[];
}

export const EMPTY_POLICY: PolicyDocument = { Version: '2012-10-17', Statement: [] };

/** A policy as AWS returns it: a JSON string whose Statement may be one object rather than a list. */
export function parsePolicy(text: string | undefined): PolicyDocument {
  if (!text) return EMPTY_POLICY;
  const parsed = JSON.parse(text) as { Statement?: PolicyStatement | PolicyStatement[] } & PolicyDocument;
  const statements = parsed.Statement === undefined ? [] : Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  return { ...parsed, Statement: statements };
}

/** The 12-digit account a principal names: `arn:aws:iam::123456789012:root` or the bare account id. */
export function accountOfPrincipal(principal: string): string {
  return /^\d{12}$/.test(principal) ? principal : principal.split(':')[4] ?? principal;
}

/** The AWS principals a statement names, as a list (AWS answers a single one as a string). */
function principalsOf(statement: PolicyStatement | undefined): string[] {
  const aws = typeof statement?.Principal === 'object' ? statement.Principal.AWS : undefined;
  return aws === undefined ? [] : typeof aws === 'string' ? [aws] : [...aws];
}

/** The accounts the statement with this Sid grants, in its order. */
export function grantedAccounts(policy: PolicyDocument, sid: string): string[] {
  return principalsOf(policy.Statement.find((s) => s.Sid === sid)).map(accountOfPrincipal);
}

/**
 * The policy with `principals` added to the statement `template.Sid` (made from the template when missing), or
 * undefined when each is there already: a caller writes only a policy that changes.
 */
export function withPrincipals(policy: PolicyDocument, template: PolicyStatement, principals: readonly string[]): PolicyDocument | undefined {
  const present = new Set(grantedAccounts(policy, template.Sid!));
  const missing = principals.filter((p) => !present.has(accountOfPrincipal(p)));
  if (missing.length === 0) return undefined;
  const existing = policy.Statement.find((s) => s.Sid === template.Sid);
  const kept = principalsOf(existing);
  const statement: PolicyStatement = { ...(existing ?? template), Principal: { AWS: [...kept, ...missing] } };
  return { ...policy, Statement: existing ? policy.Statement.map((s) => (s === existing ? statement : s)) : [...policy.Statement, statement] };
}

/**
 * The policy without the accounts in the statement `sid` (the statement goes when none is left), or undefined when
 * none of them is granted there.
 */
export function withoutAccounts(policy: PolicyDocument, sid: string, accounts: readonly string[]): PolicyDocument | undefined {
  const existing = policy.Statement.find((s) => s.Sid === sid);
  const principals = principalsOf(existing);
  const kept = principals.filter((p) => !accounts.includes(accountOfPrincipal(p)));
  if (!existing || kept.length === principals.length) return undefined;
  const Statement = kept.length === 0
    ? policy.Statement.filter((s) => s !== existing)
    : policy.Statement.map((s) => (s === existing ? { ...existing, Principal: { AWS: kept } } : s));
  return { ...policy, Statement };
}

/** Rounds of read, change, write before two writers that keep overwriting each other are reported. */
const ROUNDS = 5;

/**
 * Read-modify-write of a whole-document policy (KMS PutKeyPolicy, S3 PutBucketPolicy replace the document). Two
 * callers changing it at once can lose one's change, so the write is followed by another read: the loop ends only
 * when a read finds nothing left to change. A change already made is never written again.
 */
export async function ensurePolicy(
  what: string,
  read: () => Promise<PolicyDocument>,
  write: (policy: PolicyDocument) => Promise<void>,
  change: (policy: PolicyDocument) => PolicyDocument | undefined,
): Promise<void> {
  for (let round = 0; round < ROUNDS; round += 1) {
    const next = change(await read());
    if (!next) return;
    await write(next);
  }
  throw new CloudCallError('unavailable', 'ConcurrentModification', `ConcurrentModification: ${what} kept changing under concurrent writers`);
}
