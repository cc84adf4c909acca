import { randomUUID } from 'node:crypto';
import type { Store } from '../../platform/db/database.ts';
import { writeAccounts, writeRoles } from './accounts.ts';
import { policyOfTemplateRole, type SimPolicy } from './permissions.ts';
import type { SimStackTables } from './stacks-tables.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { SimTables } from './tables.ts';
import type { StackDescription } from '../provider.ts';

/** A CloudFormation template as JSON (only what the simulation reads is typed). */
export interface CfnTemplate {
  readonly Parameters?: Record<string, { Default?: string }>;
  readonly Resources?: Record<string, { Type: string; DeletionPolicy?: string; Properties?: Record<string, unknown> }>;
  readonly [key: string]: unknown;
}

export interface StackTarget {
  readonly accountId: string;
  readonly region: string;
}

export interface DeployStackRequest {
  readonly template: CfnTemplate;
  readonly stackName: string;
  /** Where the stack runs (a StackSet's instances), in order. */
  readonly targets: readonly StackTarget[];
  /** Parameter values over the template's defaults. */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Injected failures: the stack fails in these accounts, or in these regions. */
  readonly failAccounts?: readonly string[];
  readonly failRegions?: readonly string[];
  /** Delete the stack's instances instead of creating or updating them. */
  readonly delete?: boolean;
}

/** What a custom resource's function receives (CloudFormation's event, less the response URL). */
export interface CustomResourceEvent {
  readonly RequestType: 'Create' | 'Update' | 'Delete';
  readonly StackId: string;
  readonly StackName: string;
  readonly LogicalResourceId: string;
  readonly ResourceType: string;
  readonly ResourceProperties: Readonly<Record<string, unknown>>;
  /** The account's name in the simulation, standing in for its IAM account alias. */
  readonly AccountAlias: string;
  /** Set when an injected failure broke the stack here: the function reports it rather than success. */
  readonly SimulatedFailure?: string;
}

/** Runs a custom resource's function; whatever it returns is passed back in the outcome. */
export type CustomResourceHandler = (event: CustomResourceEvent) => Promise<unknown>;

export interface StackInstanceOutcome extends StackTarget {
  readonly requestType: CustomResourceEvent['RequestType'];
  /** CREATE_COMPLETE, UPDATE_COMPLETE, CREATE_FAILED, UPDATE_FAILED, DELETE_COMPLETE. */
  readonly status: string;
  readonly stackId: string;
  readonly roleArns: readonly string[];
  readonly customResources: ReadonlyArray<{ readonly logicalId: string; readonly outcome: unknown }>;
}

type Db = SimTables & SimStackTables;

/**
 * The simulated CloudFormation: runs a template in each target account and region. It creates the template's
 * IAM roles that trust an AWS principal (with the external id their trust condition names) in the simulated
 * account — made on the fly if the account is new — so the sim's STS then accepts them, and it invokes the
 * template's custom resources with their properties resolved (Ref, Fn::GetAtt, pseudo parameters). A Delete
 * runs the custom resources with the properties the stack last ran with and removes the roles, except those
 * whose DeletionPolicy is Retain.
 */
export async function deployStack(store: Store<Db>, request: DeployStackRequest, handler: CustomResourceHandler): Promise<StackInstanceOutcome[]> {
  const outcomes: StackInstanceOutcome[] = [];
  for (const target of request.targets) {
    outcomes.push(request.delete ? await deleteInstance(store, request, target, handler) : await deployInstance(store, request, target, handler));
  }
  return outcomes;
}

async function deployInstance(store: Store<Db>, request: DeployStackRequest, target: StackTarget, handler: CustomResourceHandler): Promise<StackInstanceOutcome> {
  const existing = await findStack(store, target, request.stackName);
  const requestType = existing && existing.status.endsWith('COMPLETE') ? 'Update' : 'Create';
  const stackId = existing?.stack_id ?? `arn:aws:cloudformation:${target.region}:${target.accountId}:stack/${request.stackName}/${randomUUID()}`;
  const parameters = parameterValues(request.template, request.parameters);
  const failure = request.failAccounts?.includes(target.accountId)
    ? `Injected failure: the stack failed in account ${target.accountId}`
    : request.failRegions?.includes(target.region) ? `Injected failure: the stack failed in region ${target.region}` : undefined;
  await writeAccounts(store.db as unknown as Executor<SimTables>, [{ accountId: target.accountId, name: `simulated-${target.accountId}` }], 'keep');
  const resolve = resolver(request.template, parameters, target, request.stackName, stackId);
  const roleArns: string[] = [];
  if (!failure) {
    for (const role of rolesOf(request.template, resolve)) {
      await writeRoles(store.db as unknown as Executor<SimTables>, [{ accountId: target.accountId, roleName: role.name, externalId: role.externalId, ...role.policy }], 'replace');
      roleArns.push(`arn:aws:iam::${target.accountId}:role/${role.name}`);
    }
  }
  const customResources = await runCustomResources(store, request.template, resolve, { requestType, stackId, stackName: request.stackName, target, failure }, handler);
  const status = `${requestType.toUpperCase()}_${failure ? 'FAILED' : 'COMPLETE'}`;
  const row = {
    account_id: target.accountId, region: target.region, stack_name: request.stackName, stack_id: stackId, status,
    template: JSON.stringify(request.template), parameters: JSON.stringify(parameters), updated_at: Date.now(), status_reason: failure ?? null,
  };
  await store.db.insertInto('sim_stacks').values(row)
    .onConflict((oc) => oc.columns(['account_id', 'region', 'stack_name']).doUpdateSet({
      status, template: row.template, parameters: row.parameters, updated_at: row.updated_at, status_reason: row.status_reason,
    }))
    .execute();
  return { ...target, requestType, status, stackId, roleArns, customResources };
}

async function deleteInstance(store: Store<Db>, request: DeployStackRequest, target: StackTarget, handler: CustomResourceHandler): Promise<StackInstanceOutcome> {
  const existing = await findStack(store, target, request.stackName);
  if (!existing) return { ...target, requestType: 'Delete', status: 'DELETE_COMPLETE', stackId: '', roleArns: [], customResources: [] };
  const template = JSON.parse(existing.template) as CfnTemplate;
  const resolve = resolver(template, JSON.parse(existing.parameters) as Record<string, string>, target, request.stackName, existing.stack_id);
  const customResources = await runCustomResources(store, template, resolve, { requestType: 'Delete', stackId: existing.stack_id, stackName: request.stackName, target }, handler);
  for (const role of rolesOf(template, resolve)) {
    if (role.retain) continue;
    await store.db.deleteFrom('sim_roles').where('account_id', '=', target.accountId).where('role_name', '=', role.name).execute();
  }
  await store.db.deleteFrom('sim_stacks').where('account_id', '=', target.accountId).where('region', '=', target.region).where('stack_name', '=', request.stackName).execute();
  return { ...target, requestType: 'Delete', status: 'DELETE_COMPLETE', stackId: existing.stack_id, roleArns: [], customResources };
}

/** A stack as DescribeStacks would report it: status, the failure's reason, outputs resolved; undefined when
 * there is none (never deployed there, or deleted). */
export async function describeSimStack(store: Store<Db>, target: StackTarget, stackName: string): Promise<StackDescription | undefined> {
  const row = await findStack(store, target, stackName);
  if (!row) return undefined;
  const template = JSON.parse(row.template) as CfnTemplate & { Outputs?: Record<string, { Value?: unknown }> };
  const resolve = resolver(template, JSON.parse(row.parameters) as Record<string, string>, target, stackName, row.stack_id);
  const outputs = Object.fromEntries(Object.entries(template.Outputs ?? {}).map(([key, output]) => [key, String(resolve(output.Value))]));
  return { status: row.status, ...(row.status_reason ? { reason: row.status_reason } : {}), stackId: row.stack_id, updatedAt: row.updated_at, outputs };
}

function findStack(store: Store<Db>, target: StackTarget, stackName: string) {
  return store.db.selectFrom('sim_stacks').selectAll().where('account_id', '=', target.accountId).where('region', '=', target.region)
    .where('stack_name', '=', stackName).executeTakeFirst();
}

function parameterValues(template: CfnTemplate, given: Readonly<Record<string, string>> = {}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(template.Parameters ?? {})) {
    const value = given[name] ?? spec.Default;
    if (value === undefined) throw new Error(`Parameter ${name} has no value (ValidationError: Parameters: [${name}] must have values)`);
    values[name] = value;
  }
  return values;
}

type Resolve = (value: unknown) => unknown;

function resolver(template: CfnTemplate, parameters: Record<string, string>, target: StackTarget, stackName: string, stackId: string): Resolve {
  const resources = template.Resources ?? {};
  const pseudo: Record<string, string> = { 'AWS::AccountId': target.accountId, 'AWS::Region': target.region, 'AWS::StackName': stackName, 'AWS::StackId': stackId, 'AWS::Partition': 'aws' };
  const physicalName = (logicalId: string): string => {
    const name = resources[logicalId]?.Properties?.RoleName;
    return typeof name === 'string' ? name : `${stackName}-${logicalId}`.slice(0, 64);
  };
  const arnOf = (logicalId: string): string => {
    const type = resources[logicalId]?.Type;
    if (type === 'AWS::IAM::Role') return `arn:aws:iam::${target.accountId}:role/${physicalName(logicalId)}`;
    if (type === 'AWS::Lambda::Function') return `arn:aws:lambda:${target.region}:${target.accountId}:function:${physicalName(logicalId)}`;
    return `arn:aws:cloudformation:${target.region}:${target.accountId}:${logicalId}`;
  };
  const resolve: Resolve = (value) => {
    if (Array.isArray(value)) return value.map(resolve);
    if (!value || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    if (typeof object.Ref === 'string') return parameters[object.Ref] ?? pseudo[object.Ref] ?? physicalName(object.Ref);
    if (Array.isArray(object['Fn::GetAtt'])) return arnOf(String(object['Fn::GetAtt'][0]));
    return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, resolve(inner)]));
  };
  return resolve;
}

/** The roles a template makes that an AWS principal assumes (a Lambda's execution role is not one), with what their inline policies allow. */
function rolesOf(template: CfnTemplate, resolve: Resolve): Array<{ name: string; externalId: string | null; retain: boolean; policy: SimPolicy }> {
  const roles = [];
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    if (resource.Type !== 'AWS::IAM::Role') continue;
    const properties = resolve(resource.Properties ?? {}) as { RoleName?: string; Policies?: unknown; AssumeRolePolicyDocument?: { Statement?: Array<Record<string, any>> } };
    const statement = properties.AssumeRolePolicyDocument?.Statement?.find((s) => s.Principal?.AWS !== undefined);
    if (!statement) continue;
    const externalId = statement.Condition?.StringEquals?.['sts:ExternalId'];
    roles.push({ name: (resolve({ Ref: logicalId }) as string), externalId: typeof externalId === 'string' ? externalId : null, retain: resource.DeletionPolicy === 'Retain', policy: policyOfTemplateRole(properties) });
  }
  return roles;
}

async function runCustomResources(
  store: Store<Db>, template: CfnTemplate, resolve: Resolve,
  run: { requestType: CustomResourceEvent['RequestType']; stackId: string; stackName: string; target: StackTarget; failure?: string },
  handler: CustomResourceHandler,
) {
  const account = await store.db.selectFrom('sim_accounts').select('name').where('account_id', '=', run.target.accountId).executeTakeFirst();
  const results = [];
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    if (!resource.Type.startsWith('Custom::') && resource.Type !== 'AWS::CloudFormation::CustomResource') continue;
    const outcome = await handler({
      RequestType: run.requestType, StackId: run.stackId, StackName: run.stackName, LogicalResourceId: logicalId, ResourceType: resource.Type,
      ResourceProperties: resolve(resource.Properties ?? {}) as Record<string, unknown>, AccountAlias: account?.name ?? run.target.accountId,
      ...(run.failure ? { SimulatedFailure: run.failure } : {}),
    });
    results.push({ logicalId, outcome });
  }
  return results;
}
