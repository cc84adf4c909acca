import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCloud } from '../../src/cloud/aws/index.ts';
import { CloudCallError, type CloudCredentials } from '../../src/cloud/provider.ts';

const sts = mockClient(STSClient);
const cfn = mockClient(CloudFormationClient);
afterAll(() => [sts, cfn].forEach((m) => m.restore()));

const ROLE: CloudCredentials = { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/LifeboatConnectionGroup-0a1b2c3d', externalId: 'group-external-id-1' };
const KEYS: CloudCredentials = { type: 'access-key', accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'super-secret-key-material' };
const awsError = (name: string, message = name) => Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });
const newCloud = () => new AwsCloud({ region: 'us-east-1', endpoints: {}, vaultBucket: 'vault-{account}-{region}', vaultRegion: 'us-east-1', baseCredentials: KEYS, maxAttempts: 1 });
const request = { region: 'eu-west-1', stackName: 'lifeboat-connection-group-0a1b2c3d' };

beforeEach(() => {
  [sts, cfn].forEach((m) => m.reset());
  sts.on(AssumeRoleCommand).resolves({ Credentials: { AccessKeyId: 'ASIA1', SecretAccessKey: 'temp', SessionToken: 't', Expiration: new Date(Date.now() + 3600_000) } });
});

/** The cloud port's describeStack on the AWS driver: the connection groups' second signal. */
describe('AwsCloud.describeStack', () => {
  it('reads the stack in the request region: status, reason, id, time, outputs', async () => {
    const cloud = newCloud();
    cfn.on(DescribeStacksCommand).resolves({ Stacks: [{
      StackName: request.stackName, StackId: 'arn:aws:cloudformation:eu-west-1:111111111111:stack/x/1', StackStatus: 'UPDATE_ROLLBACK_COMPLETE',
      StackStatusReason: 'Resource LifeboatPostProcess failed', CreationTime: new Date(1_000), LastUpdatedTime: new Date(2_000),
      Outputs: [{ OutputKey: 'TemplateVersion', OutputValue: '3' }],
    }] });
    expect(await cloud.describeStack(ROLE, request)).toEqual({
      status: 'UPDATE_ROLLBACK_COMPLETE', reason: 'Resource LifeboatPostProcess failed', stackId: 'arn:aws:cloudformation:eu-west-1:111111111111:stack/x/1',
      updatedAt: 2_000, outputs: { TemplateVersion: '3' },
    });
    expect(cfn.commandCalls(DescribeStacksCommand)[0]!.args[0].input).toEqual({ StackName: request.stackName });
    expect(await cfn.commandCalls(DescribeStacksCommand)[0]!.thisValue.config.region()).toBe('eu-west-1');
    cloud.close();
  });

  it('answers undefined for a stack that does not exist or was deleted', async () => {
    const cloud = newCloud();
    cfn.on(DescribeStacksCommand)
      .rejectsOnce(awsError('ValidationError', `Stack with id ${request.stackName} does not exist`))
      .resolvesOnce({ Stacks: [{ StackName: request.stackName, StackStatus: 'DELETE_COMPLETE', CreationTime: new Date() }] });
    expect(await cloud.describeStack(ROLE, request)).toBeUndefined();
    expect(await cloud.describeStack(ROLE, request)).toBeUndefined();
    cloud.close();
  });

  it('throws a CloudCallError without the external id when the role is refused', async () => {
    const cloud = newCloud();
    cfn.on(DescribeStacksCommand).rejects(awsError('AccessDenied', 'not authorized to perform cloudformation:DescribeStacks (external id group-external-id-1)'));
    const error = await cloud.describeStack(ROLE, request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudCallError);
    expect((error as CloudCallError).reason).toBe('authentication');
    expect(String((error as Error).message)).not.toContain('group-external-id-1');
    cloud.close();
  });
});
