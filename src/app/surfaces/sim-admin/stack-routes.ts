import { Type } from '@sinclair/typebox';
import type { Store } from '../../../platform/db/database.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { nativeErrors } from '../../../platform/http/native-errors.ts';
import type { HttpServer } from '../../../platform/http/server.ts';
import { deployStack, type CfnTemplate, type CustomResourceEvent, type StackTarget } from '../../../cloud/sim/stacks.ts';
import type { SimStackTables } from '../../../cloud/sim/stacks-tables.ts';
import type { SimTables } from '../../../cloud/sim/tables.ts';
import { SIM_STACK_EXAMPLE, SIM_STACK_REQUEST_EXAMPLE } from '../../../modules/connection-groups/examples.ts';
import { groupStackName } from '../../../modules/connection-groups/template.ts';
import '../../../modules/tenancy/http-auth.ts';

export interface SimStackDeps {
  readonly store: Store<SimTables & SimStackTables>;
  /** The template a connection group's deployment_template_url names (404 when replaced or gone). */
  readTemplate(groupId: string, version: number, baseUrl: string): Promise<CfnTemplate>;
  /** POSTs a body to /connections/aws/post-process, as the stack's function would over the network. */
  postProcess(body: Record<string, unknown>): Promise<{ statusCode: number; body: unknown }>;
}

const Account = Type.String({ pattern: '^\\d{12}$', description: 'A simulated AWS account (12 digits).' });
const DeployBody = Type.Object({
  templateUrl: Type.String({ maxLength: 2000, description: 'A deployment_template_url (…/templates/{id}?v=N&…, or …/connection-groups/{id}/template?v=N).' }),
  stackName: Type.Optional(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9-]{0,127}$', description: 'The stack name. Default lifeboat-connection-group-{the first 8 characters of the group id}.' })),
  accounts: Type.Optional(Type.Array(Account, { minItems: 1, maxItems: 50, uniqueItems: true, description: "Where to deploy; default the template's accounts." })),
  failAccounts: Type.Optional(Type.Array(Account, { maxItems: 50, description: 'The stack fails in these accounts.' })),
  failRegions: Type.Optional(Type.Array(Type.String({ maxLength: 30 }), { maxItems: 50, description: 'The stack fails in these regions.' })),
  delete: Type.Optional(Type.Boolean({ description: 'Delete the stack instead (the master stack last).' })),
  lostCallback: Type.Optional(Type.Boolean({ description: "The stack runs, but its custom resource's calls to post-process never arrive (the stack-status check is then the only signal)." })),
}, { additionalProperties: false, examples: [SIM_STACK_REQUEST_EXAMPLE, { ...SIM_STACK_REQUEST_EXAMPLE, failRegions: ['us-west-2'] }] });
const Instance = Type.Object({
  accountId: Type.String({ description: 'The account the stack instance ran in.' }),
  region: Type.String({ description: 'The region it ran in.' }),
  requestType: Type.String({ description: 'What CloudFormation did: Create (a new stack), Update (the stack existed) or Delete.' }),
  status: Type.String({ description: 'The stack status after it: CREATE_COMPLETE, UPDATE_COMPLETE, DELETE_COMPLETE, or CREATE_FAILED / UPDATE_FAILED (failAccounts, failRegions).' }),
  stackId: Type.String({ description: "The stack's ARN (empty for a Delete of a stack that did not exist)." }),
  roleArns: Type.Array(Type.String(), { description: 'The IAM roles the stack created in the account (none after a Delete).' }),
  postProcess: Type.Array(Type.Object({
    statusCode: Type.Integer({ description: "The HTTP status of post-process's answer." }),
    body: Type.Unknown({ description: "post-process's answer body (a report's result, or the error)." }),
  }), { description: 'What post-process answered each report of the custom resource; empty with lostCallback.' }),
});
const DeployAnswer = Type.Object({
  stackName: Type.String({ description: 'The stack name used.' }),
  templateVersion: Type.String({ description: 'The template version deployed.' }),
  instances: Type.Array(Instance, { description: 'One stack instance per account and region: the master stack first on create, last on delete.' }),
}, { examples: [SIM_STACK_EXAMPLE] });

interface LifeboatMetadata {
  connection_group_id: string; template_version: string; account_native_ids: string[]; aws_regions: string[];
  master_aws_account_id: string; master_region: string;
}

// The signed deployment_template_url (…/templates/{id}) or the authenticated one (…/connection-groups/{id}/template).
const TEMPLATE_PATH = /^\/connections\/aws\/(?:templates\/([0-9a-f-]{36})|connection-groups\/([0-9a-f-]{36})\/template)$/;

/** The simulated CloudFormation, for the instance admin: deploy (or delete) a connection group's stack. */
export function simStackRoutes(deps: SimStackDeps) {
  return async function (app: HttpServer): Promise<void> {
    app.post('/sim/stacks', {
      config: { permission: 'sim:update', scope: 'instance', auditTarget: 'sim-stack' },
      schema: {
        operationId: 'deploySimStack', tags: ['simulated cloud'],
        summary: "Play CloudFormation: run a connection group's template in its accounts and regions and call post-process as its custom resource would",
        description: 'Instance admin only. Deploys (or with delete, deletes) the stack of a deployment_template_url in the simulated cloud, in every account and '
          + "region the template names, creating its IAM roles and sending its custom resource's reports to post-process: onboarding a connection group with "
          + 'no AWS account. failAccounts, failRegions and lostCallback rehearse a failed or silent stack. 404 when the template version was replaced or discarded.',
        body: DeployBody, response: { 200: DeployAnswer, ...nativeErrors(400, 403, 404) },
      },
    }, async (request) => {
      const body = request.body;
      const url = parseUrl(body.templateUrl);
      const match = TEMPLATE_PATH.exec(url.pathname);
      const version = Number(url.searchParams.get('v'));
      if (!match || !Number.isSafeInteger(version) || version < 1) {
        throw new ValidationError({ templateUrl: 'must be a deployment_template_url: …/connections/aws/templates/{id}?v=N&… (or …/connection-groups/{id}/template?v=N)' });
      }
      const template = await deps.readTemplate((match[1] ?? match[2])!, version, url.origin);
      const meta = (template.Metadata as { Lifeboat: LifeboatMetadata }).Lifeboat;
      const stackName = body.stackName ?? groupStackName(meta.connection_group_id);
      const targets = targetsOf(meta, body.accounts, body.delete === true);
      const outcomes = await deployStack(deps.store, {
        template, stackName, targets, failAccounts: body.failAccounts, failRegions: body.failRegions, delete: body.delete,
      }, async (event) => (body.lostCallback ? undefined : deps.postProcess(reportOf(event))));
      request.auditTargetId = stackName;
      return {
        stackName, templateVersion: meta.template_version,
        instances: outcomes.map((o) => ({
          accountId: o.accountId, region: o.region, requestType: o.requestType, status: o.status, stackId: o.stackId, roleArns: [...o.roleArns],
          // A lost callback has no answer: its list is empty.
          postProcess: o.customResources.flatMap((c) => (c.outcome === undefined ? [] : [c.outcome as { statusCode: number; body: unknown }])),
        })),
      };
    });
  };
}

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new ValidationError({ templateUrl: 'is not an absolute URL' });
  }
}

/** Every account in every region, plus the master stack; the master first on create and last on delete, since
 * its Delete deletes the group. */
function targetsOf(meta: LifeboatMetadata, accounts: readonly string[] | undefined, deleting: boolean): StackTarget[] {
  const master = { accountId: meta.master_aws_account_id, region: meta.master_region };
  const others: StackTarget[] = [];
  for (const accountId of accounts ?? meta.account_native_ids) {
    for (const region of meta.aws_regions) {
      if (accountId !== master.accountId || region !== master.region) others.push({ accountId, region });
    }
  }
  return deleting ? [...others, master] : [master, ...others];
}

/** What the template's forwarder function sends: the custom resource's properties as a post-process body. */
function reportOf(event: CustomResourceEvent): Record<string, unknown> {
  const p = event.ResourceProperties as Record<string, string>;
  return {
    request_type: event.RequestType, token: p.Token, role_external_id: p.ExternalId, account_native_id: p.AccountId, aws_region: p.Region,
    role_arn: p.RoleArn, template_version: p.TemplateVersion, stack_arn: event.StackId, stack_name: event.StackName,
    account_alias: event.AccountAlias,
    ...(event.SimulatedFailure ? { status: 'FAILED', status_reason: event.SimulatedFailure } : {}),
  };
}
