import { describe, expect, it } from 'vitest';
import { cloudFormationTemplate } from './template.ts';

const statementsFor = (services: Parameters<typeof cloudFormationTemplate>[0]['services']) => {
  const template = cloudFormationTemplate({ connectionName: 'c', externalId: 'x', principalArn: 'arn:aws:iam::123456789012:role/Lifeboat', services, regions: ['us-east-1'] });
  return (template.Resources as any).LifeboatAccessRole.Properties.Policies[0].PolicyDocument.Statement as Array<{ Sid: string; Action: string[]; Condition?: unknown }>;
};

describe('the role template', () => {
  it('passes a role only to Lambda and EC2 (an instance profile), and only when the connection has them', () => {
    const withLambda = statementsFor(['Lambda', 'EC2']);
    const passRole = withLambda.filter((s) => s.Action.includes('iam:PassRole'));
    expect(passRole).toEqual([
      { Sid: 'PassRoleToLambda', Effect: 'Allow', Action: ['iam:PassRole'], Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } },
      { Sid: 'PassRoleToEc2', Effect: 'Allow', Action: ['iam:PassRole'], Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } },
    ]);
    expect(statementsFor(['EBS', 'VPC']).flatMap((s) => s.Action)).not.toContain('iam:PassRole');
  });
});

describe('the role template allows every call the AWS driver makes', () => {
  const actions = (services: Parameters<typeof cloudFormationTemplate>[0]['services']) => statementsFor(services).flatMap((s) => s.Action);

  it('RDS: the DB subnet group a restore goes into, the groups it checks, and KMS for encrypted copies across regions', () => {
    expect(actions(['RDS'])).toEqual(expect.arrayContaining([
      'rds:CreateDBSubnetGroup', 'rds:DeleteDBSubnetGroup', 'rds:DescribeDBParameterGroups', 'rds:DescribeOptionGroups',
      'kms:CreateGrant', 'kms:DescribeKey', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKeyWithoutPlaintext',
    ]));
  });

  it('DynamoDB: RestoreTableFromBackup also writes and reads the target table (PutItem, UpdateItem, DeleteItem, GetItem, Query, Scan, BatchWriteItem)', () => {
    expect(actions(['DynamoDB'])).toEqual(expect.arrayContaining([
      'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:BatchWriteItem',
    ]));
  });

  it('the reset\'s waits and tag look-ups: describes of what it deletes', () => {
    expect(actions(['EC2', 'VPC', 'ELB'])).toEqual(expect.arrayContaining(['ec2:DescribeInstances', 'ec2:DescribeNatGateways', 'ec2:DescribeAddresses', 'elasticloadbalancing:DescribeLoadBalancers']));
  });
});

describe('the role template: network settings and zones', () => {
  it('VPC: DNS attributes, subnet attributes, egress rules, the main route table and the target region\'s zones', () => {
    const actions = statementsFor(['VPC', 'EBS']).flatMap((s) => s.Action);
    expect(actions).toEqual(expect.arrayContaining([
      'ec2:DescribeVpcAttribute', 'ec2:ModifyVpcAttribute', 'ec2:ModifySubnetAttribute', 'ec2:AuthorizeSecurityGroupEgress', 'ec2:RevokeSecurityGroupEgress',
      'ec2:ReplaceRouteTableAssociation', 'ec2:DescribeAvailabilityZones',
    ]));
  });
});

describe('the role template: cross-region instances', () => {
  it('EC2: CopyImage for the AMI a cross-region instance launches from, and DeregisterImage for the reset', () => {
    expect(statementsFor(['EC2']).flatMap((s) => s.Action)).toEqual(expect.arrayContaining(['ec2:CopyImage', 'ec2:DeregisterImage', 'ec2:DeleteSnapshot', 'kms:CreateGrant']));
    expect(statementsFor(['EC2']).flatMap((s) => s.Action)).toEqual(expect.arrayContaining(['ec2:StopInstances', 'ec2:StartInstances', 'ec2:DetachVolume', 'ec2:AttachVolume']));
  });
});

describe('the role template: S3 with customer-managed keys', () => {
  it('S3: reading and setting default encryption, and the KMS calls SSE-KMS copies make', () => {
    expect(statementsFor(['S3']).flatMap((s) => s.Action)).toEqual(expect.arrayContaining([
      's3:GetEncryptionConfiguration', 's3:PutEncryptionConfiguration', 'kms:Decrypt', 'kms:GenerateDataKey',
    ]));
  });
});
