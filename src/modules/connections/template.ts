import { actionsFor } from '../../cloud/iam-actions.ts';
import type { AwsService } from '../../cloud/provider.ts';

export interface TemplateInput {
  readonly connectionName: string;
  readonly externalId: string;
  readonly principalArn: string;
  readonly services: readonly AwsService[];
  readonly regions: readonly string[];
}

/**
 * The CloudFormation template (JSON) that creates the IAM role a connection assumes: trusted only by
 * Lifeboat's principal with this connection's external id, allowed only its services' actions and only
 * in its operational regions (IAM and global services are not regional and are left unrestricted).
 */
export function cloudFormationTemplate(input: TemplateInput): Record<string, unknown> {
  const actions = actionsFor(input.services);
  const regional = actions.filter((a) => !a.startsWith('sts:') && !a.startsWith('route53:') && !a.startsWith('s3:') && !a.startsWith('iam:'));
  // iam:PassRole only ever hands a role to Lambda (a recovered function's execution role): its own statement says so.
  const passRole: string[] = actions.filter((a) => a === 'iam:PassRole');
  const global = actions.filter((a) => !regional.includes(a) && !passRole.includes(a));
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Lifeboat access role for cloud connection ${input.connectionName}`,
    Parameters: {
      ExternalId: { Type: 'String', Default: input.externalId, NoEcho: true, Description: 'The external id Lifeboat presents when it assumes the role.' },
      RoleName: { Type: 'String', Default: 'LifeboatAccess', AllowedPattern: '[\\w+=,.@-]{1,64}' },
    },
    Resources: {
      LifeboatAccessRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: { Ref: 'RoleName' },
          Description: 'Assumed by Lifeboat to discover, protect and recover resources',
          MaxSessionDuration: 3600,
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{
              Effect: 'Allow',
              Principal: { AWS: input.principalArn },
              Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } },
            }],
          },
          Policies: [{
            PolicyName: 'LifeboatAccess',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                { Sid: 'RegionalServices', Effect: 'Allow', Action: regional, Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': [...input.regions] } } },
                { Sid: 'GlobalServices', Effect: 'Allow', Action: global, Resource: '*' },
                { Sid: 'PassRoleToLambda', Effect: 'Allow', Action: passRole, Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } },
                // A recovered instance keeps its instance profile: RunInstances passes its role to EC2.
                { Sid: 'PassRoleToEc2', Effect: 'Allow', Action: input.services.includes('EC2') ? ['iam:PassRole'] : [], Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } },
              ].filter((statement) => statement.Action.length > 0),
            },
          }],
          Tags: [{ Key: 'managed-by', Value: 'lifeboat' }],
        },
      },
    },
    Outputs: {
      RoleArn: { Description: 'Give this ARN to Lifeboat (accessMethod.roleArn)', Value: { 'Fn::GetAtt': ['LifeboatAccessRole', 'Arn'] } },
    },
  };
}
