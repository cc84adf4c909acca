import { buildInstance, buildNetwork, buildSecurityGroup, type RegionBuilder } from './estate-builder.ts';
import { simHex } from './kinds.ts';

/**
 * us-east-1 of demo-production: the `shop` web application (load balancer, two web servers,
 * PostgreSQL, sessions table, assets bucket, orders queue and topic, DNS zone) on its own VPC, and
 * billing's invoicer, which reads shop's orders queue and database: billing depends on shop here.
 */
export function buildUsEast1(b: RegionBuilder): void {
  const net = buildNetwork(b, {
    app: 'shop',
    name: 'shop-prod-vpc',
    cidr: '10.10.0.0/16',
    // Four subnets, not three: an ALB and an RDS subnet group each need two availability zones.
    subnets: [
      { name: 'shop-public-1a', cidr: '10.10.0.0/24', az: 'a', public: true },
      { name: 'shop-public-1b', cidr: '10.10.1.0/24', az: 'b', public: true },
      { name: 'shop-private-1a', cidr: '10.10.10.0/24', az: 'a', public: false },
      { name: 'shop-private-1b', cidr: '10.10.11.0/24', az: 'b', public: false },
    ],
  });
  const { vpcId } = net;
  const privateSubnets = [net.subnets['shop-private-1a']!, net.subnets['shop-private-1b']!];

  const albSg = buildSecurityGroup(b, {
    app: 'shop', name: 'shop-alb-sg', vpcId, description: 'HTTPS from the internet to the shop load balancer',
    ingress: [{ port: 443, cidr: '0.0.0.0/0' }, { port: 80, cidr: '0.0.0.0/0' }],
  });
  const webSg = buildSecurityGroup(b, {
    app: 'shop', name: 'shop-web-sg', vpcId, description: 'Shop web servers, from the load balancer only',
    ingress: [{ port: 8080, fromGroupId: albSg }],
  });
  const invoicerSg = buildSecurityGroup(b, {
    app: 'billing', name: 'billing-invoicer-sg', vpcId, description: 'Billing invoicer Lambda (egress only)', ingress: [],
  });
  const dbSg = buildSecurityGroup(b, {
    app: 'shop', name: 'shop-db-sg', vpcId, description: 'Shop PostgreSQL, from the web servers and the billing invoicer',
    ingress: [{ port: 5432, fromGroupId: webSg }, { port: 5432, fromGroupId: invoicerSg }],
  });

  const web = [
    buildInstance(b, {
      app: 'shop', name: 'shop-web-1', instanceType: 't3.medium', subnetId: privateSubnets[0]!, az: 'a', privateIp: '10.10.10.11',
      securityGroupIds: [webSg], keyName: 'shop-prod', volumes: [{ device: '/dev/xvda', sizeGiB: 30, volumeType: 'gp3' }],
    }),
    buildInstance(b, {
      app: 'shop', name: 'shop-web-2', instanceType: 't3.medium', subnetId: privateSubnets[1]!, az: 'b', privateIp: '10.10.11.12',
      securityGroupIds: [webSg], keyName: 'shop-prod',
      volumes: [{ device: '/dev/xvda', sizeGiB: 30, volumeType: 'gp3' }, { device: '/dev/xvdf', sizeGiB: 100, volumeType: 'gp3' }],
    }),
  ];

  const targetGroup = b.add({
    type: 'elb:target-group', resourceId: 'shop-web-tg', name: 'shop-web-tg', app: 'shop',
    configuration: {
      protocol: 'HTTP', port: 8080, vpcId, targetType: 'instance',
      healthCheck: { protocol: 'HTTP', path: '/healthz', intervalSeconds: 15, healthyThresholdCount: 3, unhealthyThresholdCount: 2 },
      targets: web.map((id) => ({ id, port: 8080 })),
    },
    dependencies: [vpcId, ...web],
  });
  const albDnsName = `shop-alb-${simHex('shop-alb-dns', 10)}.us-east-1.elb.amazonaws.com`;
  const loadBalancer = b.add({
    type: 'elb:load-balancer', resourceId: 'shop-alb', name: 'shop-alb', app: 'shop',
    configuration: {
      type: 'application', scheme: 'internet-facing', ipAddressType: 'ipv4',
      subnetIds: [net.subnets['shop-public-1a'], net.subnets['shop-public-1b']], securityGroupIds: [albSg],
      dnsName: albDnsName,
      listeners: [
        { protocol: 'HTTPS', port: 443, sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
          certificateArn: `arn:aws:acm:us-east-1:${b.accountId}:certificate/${simHex('shop-cert', 32)}`,
          defaultAction: { type: 'forward', targetGroupArn: b.arn('elb:target-group', targetGroup) } },
        { protocol: 'HTTP', port: 80, defaultAction: { type: 'redirect', protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } },
      ],
    },
    dependencies: [net.subnets['shop-public-1a']!, net.subnets['shop-public-1b']!, albSg, targetGroup],
  });
  b.add({
    type: 'route53:hosted-zone', resourceId: `Z${simHex('shop.example.com', 20).toUpperCase()}`, name: 'shop.example.com', app: 'shop',
    configuration: {
      name: 'shop.example.com.', privateZone: false,
      recordSets: [{ name: 'shop.example.com.', type: 'A', aliasTarget: { dnsName: `${albDnsName}.`, evaluateTargetHealth: true } }],
    },
    dependencies: [loadBalancer],
  });

  const shopDb = b.add({
    type: 'rds:db-instance', resourceId: 'shop-db', name: 'shop-db', app: 'shop',
    configuration: {
      engine: 'postgres', engineVersion: '15.5', dbInstanceClass: 'db.m6g.large', allocatedStorage: 100, storageType: 'gp3',
      iops: 3000, storageEncrypted: true, kmsKeyId: b.awsManagedKeyArn('alias/aws/rds'), multiAz: true, dbName: 'shop', masterUsername: 'shop_admin', port: 5432,
      dbSubnetGroup: { name: 'shop-db-subnets', subnetIds: privateSubnets }, vpcSecurityGroupIds: [dbSg],
      backupRetentionPeriod: 7, preferredBackupWindow: '03:00-03:30', publiclyAccessible: false, parameterGroupName: 'default.postgres15',
    },
    dependencies: [...privateSubnets, dbSg],
  });
  b.add({
    type: 'dynamodb:table', resourceId: 'shop-sessions', name: 'shop-sessions', app: 'shop',
    configuration: {
      billingMode: 'PAY_PER_REQUEST', keySchema: [{ attributeName: 'sessionId', keyType: 'HASH' }],
      attributeDefinitions: [{ attributeName: 'sessionId', attributeType: 'S' }],
      timeToLive: { attributeName: 'expiresAt', enabled: true }, pointInTimeRecovery: true, sseEnabled: true, tableClass: 'STANDARD',
    },
  });
  b.add({
    type: 's3:bucket', resourceId: 'lifeboat-demo-shop-assets', name: 'lifeboat-demo-shop-assets', app: 'shop',
    configuration: {
      region: 'us-east-1', versioning: 'Enabled', objectOwnership: 'BucketOwnerEnforced',
      encryption: { sseAlgorithm: 'AES256', bucketKeyEnabled: true },
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      lifecycleRules: [{ id: 'expire-old-versions', status: 'Enabled', noncurrentVersionExpirationDays: 30 }],
    },
  });
  const orders = b.add({
    type: 'sqs:queue', resourceId: 'shop-orders', name: 'shop-orders', app: 'shop',
    configuration: {
      queueUrl: `https://sqs.us-east-1.amazonaws.com/${b.accountId}/shop-orders`, fifoQueue: false, visibilityTimeout: 120,
      messageRetentionPeriod: 345_600, delaySeconds: 0, maximumMessageSize: 262_144, receiveMessageWaitTimeSeconds: 20, sqsManagedSseEnabled: true,
    },
  });
  b.add({
    type: 'sns:topic', resourceId: 'shop-order-events', name: 'shop-order-events', app: 'shop',
    configuration: {
      displayName: 'Shop order events', kmsMasterKeyId: 'alias/aws/sns',
      subscriptions: [{ protocol: 'sqs', endpoint: b.arn('sqs:queue', orders), rawMessageDelivery: true }],
    },
    dependencies: [orders],
  });

  const invoices = b.add({
    type: 'dynamodb:table', resourceId: 'billing-invoices', name: 'billing-invoices', app: 'billing',
    configuration: {
      billingMode: 'PROVISIONED', provisionedThroughput: { readCapacityUnits: 25, writeCapacityUnits: 10 },
      keySchema: [{ attributeName: 'customerId', keyType: 'HASH' }, { attributeName: 'invoiceId', keyType: 'RANGE' }],
      attributeDefinitions: [
        { attributeName: 'customerId', attributeType: 'S' }, { attributeName: 'invoiceId', attributeType: 'S' }, { attributeName: 'status', attributeType: 'S' },
      ],
      globalSecondaryIndexes: [{ indexName: 'by-status', keySchema: [{ attributeName: 'status', keyType: 'HASH' }], projection: { projectionType: 'KEYS_ONLY' } }],
      pointInTimeRecovery: true, sseEnabled: true, tableClass: 'STANDARD',
    },
  });
  b.add({
    type: 'lambda:function', resourceId: 'billing-invoicer', name: 'billing-invoicer', app: 'billing',
    configuration: {
      runtime: 'nodejs20.x', handler: 'index.handler', memorySize: 512, timeout: 60, architectures: ['arm64'],
      role: `arn:aws:iam::${b.accountId}:role/billing-invoicer`, codeSha256: Buffer.from(simHex('billing-invoicer-code', 64), 'hex').toString('base64'),
      environment: { variables: { INVOICES_TABLE: invoices, SHOP_DB_HOST: `shop-db.c${simHex('shop-db-host', 12)}.us-east-1.rds.amazonaws.com` } },
      vpcConfig: { subnetIds: privateSubnets, securityGroupIds: [invoicerSg] },
      eventSourceMappings: [{ eventSourceArn: b.arn('sqs:queue', orders), batchSize: 10, enabled: true }],
    },
    dependencies: [...privateSubnets, invoicerSg, orders, shopDb, invoices],
  });
}
