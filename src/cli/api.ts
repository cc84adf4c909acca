// Where the commands meet the API's types: the body, query and path types of an operation (by its
// operationId, from the generated api-types.ts), the one assertion that gives what the user typed such a
// type, and the enum values a positional argument is checked against before the call.
import type { operations } from '../client/client.ts';
import type { OptionValues } from './command.ts';
import type { Io } from './context.ts';
import { UsageError } from './exit-codes.ts';
import { bodyOf } from './input.ts';

type Operation = keyof operations;

/** The JSON request body of an operation: Body<'createAwsCloudConnection'>. */
export type Body<Op extends Operation> = NonNullable<operations[Op]['requestBody']> extends { content: { 'application/json': infer B } } ? B : never;

/** The query parameters of an operation. */
export type Query<Op extends Operation> = NonNullable<operations[Op]['parameters']['query']>;

/** The path parameters of an operation. */
export type PathParams<Op extends Operation> = operations[Op]['parameters']['path'];

/**
 * Fields the command sets from its options: the names are the API's (a renamed or misspelt field does not
 * compile), the values are what the user typed (a free string where the API wants an enum value).
 */
export type Fields<T> = { readonly [K in keyof T]?: unknown };

/**
 * The single assertion where what the user typed becomes an API type. --body/--file JSON and option values
 * are not checked here: the server's schema checks them and answers 400 naming each field, which is the
 * message the user needs (the CLI would otherwise repeat every rule, and drift from it). Only the field
 * names are checked, by Fields<T> at the call.
 */
function serverValidated<T>(value: Record<string, unknown>): T {
  return value as T;
}

/** The request body of an operation: --body/--file with the fields the options set laid over it (see bodyOf). */
export function requestBody<Op extends Operation>(io: Io, options: OptionValues, fields: Fields<Body<Op>> = {}): Body<Op> {
  return serverValidated<Body<Op>>(bodyOf(io, options, fields));
}

/** The query of an operation from option values, without the ones not given. */
export function queryOf<Op extends Operation>(fields: Fields<Query<Op>>): Query<Op> {
  return serverValidated<Query<Op>>(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
}

/**
 * An enum's values at run time, from an object whose keys the compiler holds to the API's type both ways
 * (a value missing or one too many does not compile).
 */
export const enumValues = <T extends string>(keys: Record<T, true>): readonly T[] => Object.keys(keys) as T[];

/** A positional argument that must be one of an enum's values: a usage error (exit 2) otherwise. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${what} must be one of ${allowed.join(', ')}, not "${value ?? ''}"`);
}

export const WEBHOOK_TYPES = enumValues<PathParams<'getAwsCloudAssemblyWebhook'>['webhookType']>({
  'pre-protection': true, 'post-protection': true, 'pre-recovery': true, 'post-recovery': true, 'pre-reset': true, 'post-reset': true,
  'drill-completed': true, 'drill-failed': true,
  'rpo-breached': true, 'rpo-restored': true,
});
export const CONNECTION_STATUSES = enumValues<Body<'updateAwsCloudConnectionStatus'>['status']>({ enabled: true, disabled: true, suspended: true });
export const ASSEMBLY_STATUSES = enumValues<Body<'updateAwsCloudAssemblyStatus'>['status']>({ enabled: true, disabled: true });
export const POLICY_STATUSES = enumValues<Body<'updateProtectionPolicyStatus'>['status']>({ enabled: true, paused: true });
export const DRILL_POLICY_STATUSES = enumValues<Body<'updateDrillPolicyStatus'>['status']>({ enabled: true, paused: true });
