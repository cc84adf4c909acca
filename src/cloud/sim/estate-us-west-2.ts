import { buildInstance, buildNetwork, buildSecurityGroup, type RegionBuilder } from './estate-builder.ts';
import { simHex } from './kinds.ts';

/**
 * us-west-2 of demo-production: `billing`'s back office (a worker with a shared EFS, a MySQL
 * ledger, a reconciler Lambda fed by a payments queue with a dead-letter queue, a reports bucket
 * and an alerts topic) on its own VPC, plus shop's replica assets bucket.
 */
export function buildUsWest2(b: RegionBuilder): void {
  const net = buildNetwork(b, {
    app: 'billing',
    name: 'billing-prod-vpc',
    cidr: '10.20.0.0/16',
    subnets: [
      { name: 'billing-public-2a', cidr: '10.20.0.0/24', az: 'a', public: true },
      { name: 'billing-private-2a', cidr: '10.20.10.0/24', az: 'a', public: false },
      { name: 'billing-private-2b', cidr: '10.20.11.0/24', az: 'b', public: false },
    ],
  });
  const { vpcId } = net;
  const privateSubnets = [net.subnets['billing-private-2a']!, net.subnets['billing-private-2b']!];

  const workerSg = buildSecurityGroup(b, {
    app: 'billing', name: 'billing-worker-sg', vpcId, description: 'Billing workers: metrics scrape from inside the VPC',
    ingress: [{ port: 9100, cidr: '10.20.0.0/16' }],
  });
  const reconcilerSg = buildSecurityGroup(b, {
    app: 'billing', name: 'billing-reconciler-sg', vpcId, description: 'Billing reconciler Lambda (egress only)', ingress: [],
  });
  const ledgerSg = buildSecurityGroup(b, {
    app: 'billing', name: 'billing-ledger-sg', vpcId, description: 'Billing MySQL ledger, from the worker and the reconciler',
    ingress: [{ port: 3306, fromGroupId: workerSg }, { port: 3306, fromGroupId: reconcilerSg }],
  });
  const efsSg = buildSecurityGroup(b, {
    app: 'billing', name: 'billing-efs-sg', vpcId, description: 'NFS from the billing workers', ingress: [{ port: 2049, fromGroupId: workerSg }],
  });

  buildInstance(b, {
    app: 'billing', name: 'billing-worker-1', instanceType: 'm6i.large', subnetId: privateSubnets[0]!, az: 'a', privateIp: '10.20.10.21',
    securityGroupIds: [workerSg], keyName: 'billing-prod',
    volumes: [{ device: '/dev/xvda', sizeGiB: 50, volumeType: 'gp3' }, { device: '/dev/xvdf', sizeGiB: 500, volumeType: 'st1' }],
  });
  b.add({
    type: 'efs:file-system', resourceId: b.awsId('fs', 'billing-shared'), name: 'billing-shared', app: 'billing',
    configuration: {
      performanceMode: 'generalPurpose', throughputMode: 'bursting', encrypted: true, kmsKeyId: 'alias/aws/elasticfilesystem',
      lifecyclePolicies: [{ transitionToIA: 'AFTER_30_DAYS' }], backupPolicy: 'ENABLED',
      mountTargets: privateSubnets.map((subnetId) => ({ subnetId, securityGroups: [efsSg] })),
    },
    dependencies: [...privateSubnets, efsSg],
  });
  const ledger = b.add({
    type: 'rds:db-instance', resourceId: 'billing-ledger', name: 'billing-ledger', app: 'billing',
    configuration: {
      engine: 'mysql', engineVersion: '8.0.35', dbInstanceClass: 'db.r6g.large', allocatedStorage: 200, storageType: 'gp3',
      iops: 12_000, storageEncrypted: true, kmsKeyId: b.awsManagedKeyArn('alias/aws/rds'), multiAz: false, dbName: 'ledger', masterUsername: 'ledger_admin', port: 3306,
      dbSubnetGroup: { name: 'billing-ledger-subnets', subnetIds: privateSubnets }, vpcSecurityGroupIds: [ledgerSg],
      backupRetentionPeriod: 14, preferredBackupWindow: '08:00-08:30', publiclyAccessible: false, parameterGroupName: 'default.mysql8.0',
    },
    dependencies: [...privateSubnets, ledgerSg],
  });

  const queueUrl = (name: string) => `https://sqs.us-west-2.amazonaws.com/${b.accountId}/${name}`;
  const deadLetters = b.add({
    type: 'sqs:queue', resourceId: 'billing-payments-dlq', name: 'billing-payments-dlq', app: 'billing',
    configuration: {
      queueUrl: queueUrl('billing-payments-dlq'), fifoQueue: false, visibilityTimeout: 30, messageRetentionPeriod: 1_209_600,
      delaySeconds: 0, maximumMessageSize: 262_144, receiveMessageWaitTimeSeconds: 0, sqsManagedSseEnabled: true,
    },
  });
  const payments = b.add({
    type: 'sqs:queue', resourceId: 'billing-payments', name: 'billing-payments', app: 'billing',
    configuration: {
      queueUrl: queueUrl('billing-payments'), fifoQueue: false, visibilityTimeout: 300, messageRetentionPeriod: 345_600,
      delaySeconds: 0, maximumMessageSize: 262_144, receiveMessageWaitTimeSeconds: 20, sqsManagedSseEnabled: true,
      redrivePolicy: { deadLetterTargetArn: b.arn('sqs:queue', deadLetters), maxReceiveCount: 5 },
    },
    dependencies: [deadLetters],
  });
  const reports = b.add({
    type: 's3:bucket', resourceId: 'lifeboat-demo-billing-reports', name: 'lifeboat-demo-billing-reports', app: 'billing',
    configuration: {
      region: 'us-west-2', versioning: 'Enabled', objectOwnership: 'BucketOwnerEnforced',
      encryption: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'alias/aws/s3', bucketKeyEnabled: true },
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      lifecycleRules: [{ id: 'archive-reports', status: 'Enabled', transitions: [{ days: 90, storageClass: 'GLACIER_IR' }] }],
      objectLock: { enabled: true, mode: 'GOVERNANCE', days: 365 },
    },
  });
  b.add({
    type: 'lambda:function', resourceId: 'billing-reconciler', name: 'billing-reconciler', app: 'billing',
    configuration: {
      runtime: 'python3.12', handler: 'reconcile.handler', memorySize: 1024, timeout: 300, architectures: ['x86_64'],
      role: `arn:aws:iam::${b.accountId}:role/billing-reconciler`, codeSha256: Buffer.from(simHex('billing-reconciler-code', 64), 'hex').toString('base64'),
      environment: { variables: { LEDGER_HOST: `billing-ledger.c${simHex('billing-ledger-host', 12)}.us-west-2.rds.amazonaws.com`, REPORTS_BUCKET: reports } },
      vpcConfig: { subnetIds: privateSubnets, securityGroupIds: [reconcilerSg] },
      eventSourceMappings: [{ eventSourceArn: b.arn('sqs:queue', payments), batchSize: 25, enabled: true }],
    },
    dependencies: [...privateSubnets, reconcilerSg, payments, ledger, reports],
  });
  b.add({
    type: 'sns:topic', resourceId: 'billing-alerts', name: 'billing-alerts', app: 'billing',
    configuration: {
      displayName: 'Billing alerts', kmsMasterKeyId: 'alias/aws/sns',
      subscriptions: [{ protocol: 'email', endpoint: 'billing-oncall@example.com' }],
    },
  });
  b.add({
    type: 's3:bucket', resourceId: 'lifeboat-demo-shop-assets-replica', name: 'lifeboat-demo-shop-assets-replica', app: 'shop',
    configuration: {
      region: 'us-west-2', versioning: 'Enabled', objectOwnership: 'BucketOwnerEnforced',
      encryption: { sseAlgorithm: 'AES256', bucketKeyEnabled: true },
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      replicationSource: { bucket: 'lifeboat-demo-shop-assets', region: 'us-east-1' },
    },
  });
}
