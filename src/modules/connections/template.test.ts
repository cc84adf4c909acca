import { describe, expect, it } from 'vitest';
import { cloudFormationTemplate } from './template.ts';

const statementsFor = (services: Parameters<typeof cloudFormationTemplate>[0]['services']) => {
  const template = cloudFormationTemplate({ connectionName: 'c', externalId: 'x', principalArn: 'arn:aws:iam::123456789012:role/Lifeboat', services, regions: ['us-east-1'] });
  return (template.Resources as any).LifeboatAccessRole.Properties.Policies[0].PolicyDocument.Statement as Array<{ Sid: string; Action: string[]; Condition?: unknown }>;
};

describe('the role template', () => {
  it('passes a role only to Lambda, and only when the connection has Lambda', () => {
    const withLambda = statementsFor(['Lambda', 'EC2']);
    const passRole = withLambda.filter((s) => s.Action.includes('iam:PassRole'));
    expect(passRole).toEqual([{ Sid: 'PassRoleToLambda', Effect: 'Allow', Action: ['iam:PassRole'], Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }]);
    expect(statementsFor(['EC2', 'EBS']).flatMap((s) => s.Action)).not.toContain('iam:PassRole');
  });
});
