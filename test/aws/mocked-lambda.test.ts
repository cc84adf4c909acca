import { CreateFunctionCommand, GetFunctionCommand, GetFunctionConfigurationCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RecreateRequest } from '../../src/cloud/provider.ts';
import { awsError, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { lambda, cloud } = useMockedCloud({ lambda: LambdaClient });
const request = (region: string, sourceResourceId = 'api'): RecreateRequest => ({
  region, recoveryId: 'rec-1', sourceResourceId, type: 'lambda:function', name: 'api', tags: {}, dependencies: [],
  configuration: { functionArn: 'arn:aws:lambda:us-east-1:111111111111:function:api', packageType: 'Image' },
});
const source = (extra: Record<string, unknown>) => ({
  Code: { ImageUri: '111111111111.dkr.ecr.us-east-1.amazonaws.com/api:1' },
  Configuration: { Role: 'arn:aws:iam::111111111111:role/fn', ...extra },
});

beforeEach(() => {
  lambda.on(GetFunctionConfigurationCommand).rejectsOnce(awsError('ResourceNotFoundException')).resolves({ State: 'Active' });
  lambda.on(CreateFunctionCommand).resolves({});
});

describe('Lambda settings bound to a region', () => {
  it('in the same region, layers, file systems, the KMS key and the dead-letter queue are carried', async () => {
    lambda.on(GetFunctionCommand).resolves(source({
      Layers: [{ Arn: 'arn:aws:lambda:us-east-1:111111111111:layer:libs:3' }], KMSKeyArn: 'arn:aws:kms:us-east-1:111111111111:key/k',
      DeadLetterConfig: { TargetArn: 'arn:aws:sqs:us-east-1:111111111111:dlq' },
      FileSystemConfigs: [{ Arn: 'arn:aws:elasticfilesystem:us-east-1:111111111111:access-point/fsap-1', LocalMountPath: '/mnt/data' }],
    }));
    await cloud.recreate(KEYS, request('us-east-1'));
    expect(lambda.commandCalls(CreateFunctionCommand)[0]!.args[0].input).toMatchObject({
      Code: { ImageUri: '111111111111.dkr.ecr.us-east-1.amazonaws.com/api:1' }, Layers: ['arn:aws:lambda:us-east-1:111111111111:layer:libs:3'],
      KMSKeyArn: 'arn:aws:kms:us-east-1:111111111111:key/k', DeadLetterConfig: { TargetArn: 'arn:aws:sqs:us-east-1:111111111111:dlq' },
      FileSystemConfigs: [{ LocalMountPath: '/mnt/data' }],
    });
  });

  it('in another region, an ECR image of the source region is refused clearly (Lambda pulls images from its own region only)', async () => {
    lambda.on(GetFunctionCommand).resolves(source({}));
    await expect(cloud.recreate(KEYS, request('us-west-2'))).rejects.toMatchObject({ reason: 'fault', cloudCode: 'FunctionDependsOnRegion', message: expect.stringContaining('ECR image') });
    expect(lambda.commandCalls(CreateFunctionCommand)).toHaveLength(0);
  });
});

describe('eventual consistency after CreateFunction', () => {
  it('GetFunctionConfiguration may answer ResourceNotFoundException right after the create: waited through until Active', async () => {
    lambda.on(GetFunctionCommand).resolves(source({}));
    lambda.on(GetFunctionConfigurationCommand).rejectsOnce(awsError('ResourceNotFoundException')).rejectsOnce(awsError('ResourceNotFoundException'))
      .rejectsOnce(awsError('ResourceNotFoundException')).resolves({ State: 'Active' });
    await expect(cloud.recreate(KEYS, request('us-east-1', 'api-2'))).resolves.toMatchObject({ type: 'lambda:function' });
    expect(lambda.commandCalls(GetFunctionConfigurationCommand)).toHaveLength(4);
  });
});
