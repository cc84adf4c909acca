import { ASSET_TYPE_ACTIONS, type AssetType } from './asset-types.ts';

export interface GroupTemplateInput {
  readonly groupId: string;
  readonly externalId: string;
  readonly templateVersion: number;
  readonly principalArn: string;
  /** Absolute URL of POST /connections/aws/post-process, as the caller reached this server. */
  readonly postProcessUrl: string;
  readonly accountNativeIds: readonly string[];
  readonly masterAccountId: string;
  readonly masterRegion: string;
  readonly assetTypes: readonly AssetType[];
  readonly regions: readonly string[];
}

/** The role every stack of the group creates; per group, so two groups in one account never share a role. */
export function groupRoleName(groupId: string): string {
  return `LifeboatConnectionGroup-${groupId.slice(0, 8)}`;
}

/** The stack name Lifeboat suggests and looks for until the stack's first callback names the real one. */
export function groupStackName(groupId: string): string {
  return `lifeboat-connection-group-${groupId.slice(0, 8)}`;
}

// The custom resource's function: forwards the stack event to post-process, then answers CloudFormation.
// A Delete always answers SUCCESS so that a Lifeboat that cannot be reached never wedges the stack's deletion.
const FORWARDER = `const https = require('https'); const http = require('http');
function send(url, method, body) { return new Promise((resolve, reject) => { const u = new URL(url);
  const req = (u.protocol === 'https:' ? https : http).request(u, { method, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
    (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); }); req.on('error', reject); req.end(body); }); }
exports.handler = async (event) => { const p = event.ResourceProperties; let status = 'SUCCESS'; let reason = '';
  try { const code = await send(p.PostProcessUrl, 'POST', JSON.stringify({ request_type: event.RequestType, token: p.Token,
      role_external_id: p.ExternalId, account_native_id: p.AccountId, aws_region: p.Region, role_arn: p.RoleArn,
      template_version: p.TemplateVersion, stack_arn: event.StackId, stack_name: event.StackId.split('/')[1] }));
    if (code >= 300 && event.RequestType !== 'Delete') { status = 'FAILED'; reason = 'Lifeboat answered ' + code; }
  } catch (e) { if (event.RequestType !== 'Delete') { status = 'FAILED'; reason = String(e); } }
  await send(event.ResponseURL, 'PUT', JSON.stringify({ Status: status, Reason: reason, PhysicalResourceId: 'lifeboat-' + p.Token,
    StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId })); };`;

/**
 * The CloudFormation template (JSON) of one version of a connection group: the IAM role Lifeboat assumes
 * (trusted only by Lifeboat's principal with the group's sts:ExternalId, kept when the stack is deleted so the
 * connections it onboarded go on working), one least-privilege policy per asset type limited to the group's
 * regions, and a custom resource that reports Create, Update and Delete to post-process. `Metadata.Lifeboat`
 * says which accounts and regions the version targets (deploy it in each, or through a StackSet).
 */
export function groupTemplate(input: GroupTemplateInput): Record<string, unknown> {
  const policies = input.assetTypes.map((type) => {
    const actions = [...ASSET_TYPE_ACTIONS[type]].sort();
    const regional = actions.filter((a) => !a.startsWith('s3:'));
    const global = actions.filter((a) => a.startsWith('s3:'));
    return {
      PolicyName: `Lifeboat-${type.replace(/[^A-Za-z0-9]/g, '')}`,
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Regional', Effect: 'Allow', Action: regional, Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': [...input.regions] } } },
          { Sid: 'Global', Effect: 'Allow', Action: global, Resource: '*' },
        ].filter((statement) => statement.Action.length > 0),
      },
    };
  });
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Lifeboat connection group ${input.groupId}, template version ${input.templateVersion}`,
    Metadata: {
      Lifeboat: {
        connection_group_id: input.groupId, template_version: String(input.templateVersion),
        account_native_ids: [...input.accountNativeIds], aws_regions: [...input.regions], asset_types: [...input.assetTypes],
        master_aws_account_id: input.masterAccountId, master_region: input.masterRegion,
        role_name: groupRoleName(input.groupId), post_process_url: input.postProcessUrl,
      },
    },
    Parameters: {
      Token: { Type: 'String', Default: input.groupId, Description: 'The connection group id: the token the stack presents to Lifeboat.' },
      ExternalId: { Type: 'String', Default: input.externalId, NoEcho: true, Description: 'The external id Lifeboat presents when it assumes the role.' },
    },
    Resources: {
      LifeboatRole: {
        Type: 'AWS::IAM::Role',
        DeletionPolicy: 'Retain',
        Properties: {
          RoleName: groupRoleName(input.groupId),
          Description: 'Assumed by Lifeboat to discover, protect and recover the asset types of its connection group',
          MaxSessionDuration: 3600,
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{
              Effect: 'Allow', Principal: { AWS: input.principalArn }, Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } },
            }],
          },
          Policies: policies,
          Tags: [{ Key: 'managed-by', Value: 'lifeboat' }, { Key: 'lifeboat-connection-group', Value: input.groupId }],
        },
      },
      // Lifeboat reads the stacks' status through the role (DescribeStacks): the second signal beside the callback.
      LifeboatStackStatusPolicy: {
        Type: 'AWS::IAM::Policy',
        Properties: {
          PolicyName: 'Lifeboat-StackStatus',
          Roles: [{ Ref: 'LifeboatRole' }],
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{
              Effect: 'Allow', Action: ['cloudformation:DescribeStacks'],
              Resource: { 'Fn::Sub': 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/*' },
            }],
          },
        },
      },
      PostProcessFunctionRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
        },
      },
      PostProcessFunction: {
        Type: 'AWS::Lambda::Function',
        Properties: { Runtime: 'nodejs20.x', Handler: 'index.handler', Timeout: 60, Role: { 'Fn::GetAtt': ['PostProcessFunctionRole', 'Arn'] }, Code: { ZipFile: FORWARDER } },
      },
      LifeboatPostProcess: {
        Type: 'Custom::LifeboatPostProcess',
        Properties: {
          ServiceToken: { 'Fn::GetAtt': ['PostProcessFunction', 'Arn'] },
          PostProcessUrl: input.postProcessUrl,
          Token: { Ref: 'Token' },
          ExternalId: { Ref: 'ExternalId' },
          AccountId: { Ref: 'AWS::AccountId' },
          Region: { Ref: 'AWS::Region' },
          RoleArn: { 'Fn::GetAtt': ['LifeboatRole', 'Arn'] },
          TemplateVersion: String(input.templateVersion),
        },
      },
    },
    Outputs: {
      RoleArn: { Description: 'The role Lifeboat assumes', Value: { 'Fn::GetAtt': ['LifeboatRole', 'Arn'] } },
      // What Lifeboat's stack-status check reads to tell which version a completed stack installed.
      TemplateVersion: { Description: 'The Lifeboat template version of this stack', Value: String(input.templateVersion) },
    },
  };
}
