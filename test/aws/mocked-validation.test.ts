import { createServer, type Server } from 'node:http';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { HeadBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeEndpoint } from '../../src/cloud/aws/validation/probe.ts';
import { CloudCallError } from '../../src/cloud/provider.ts';
import { awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, rds, dynamodb, elb, s3, cloud } = useMockedCloud({ ec2: EC2Client, rds: RDSClient, dynamodb: DynamoDBClient, elb: ElasticLoadBalancingV2Client });
const state = (type: string, resourceId: string) => cloud.resourceState(KEYS, { region: 'us-west-2', type, resourceId });

describe('resourceState', () => {
  it('an instance: running is ready, pending waits, stopped failed with its StateReason; the request names the one instance', async () => {
    ec2.on(DescribeInstancesCommand).resolvesOnce({ Reservations: [{ Instances: [{ State: { Name: 'running' }, PrivateIpAddress: '10.0.0.5' }] }] })
      .resolvesOnce({ Reservations: [{ Instances: [{ State: { Name: 'pending' } }] }] })
      .resolvesOnce({ Reservations: [{ Instances: [{ State: { Name: 'stopped' }, StateReason: { Message: 'Server.InternalError: Internal error on launch' } }] }] });
    expect(await state('ec2:instance', 'i-1')).toEqual({ state: 'ready', attributes: { instanceState: 'running', privateIp: '10.0.0.5' } });
    expect((await state('ec2:instance', 'i-1'))?.state).toBe('pending');
    expect(await state('ec2:instance', 'i-1')).toMatchObject({ state: 'failed', reason: 'Server.InternalError: Internal error on launch' });
    expect(input(ec2.commandCalls(DescribeInstancesCommand))).toEqual({ InstanceIds: ['i-1'] });
  });

  it('a database: available is ready with its endpoint; a restore-error is failed; one that is gone is undefined', async () => {
    rds.on(DescribeDBInstancesCommand).resolvesOnce({ DBInstances: [{ DBInstanceStatus: 'available', Endpoint: { Address: 'db.x.rds.amazonaws.com', Port: 5432 } }] })
      .resolvesOnce({ DBInstances: [{ DBInstanceStatus: 'creating' }] })
      .resolvesOnce({ DBInstances: [{ DBInstanceStatus: 'restore-error' }] })
      .rejectsOnce(awsError('DBInstanceNotFound', { status: 404 }));
    expect(await state('rds:db-instance', 'shop-db-1')).toEqual({ state: 'ready', attributes: { status: 'available', endpoint: 'db.x.rds.amazonaws.com', port: 5432 } });
    expect((await state('rds:db-instance', 'shop-db-1'))?.state).toBe('pending');
    expect(await state('rds:db-instance', 'shop-db-1')).toMatchObject({ state: 'failed', reason: 'the database is restore-error' });
    expect(await state('rds:db-instance', 'shop-db-1')).toBeUndefined();
    expect(input(rds.commandCalls(DescribeDBInstancesCommand))).toEqual({ DBInstanceIdentifier: 'shop-db-1' });
  });

  it('a table by its TableStatus, a load balancer by State.Code with its DNS name, a bucket by HeadBucket', async () => {
    dynamodb.on(DescribeTableCommand).resolvesOnce({ Table: { TableStatus: 'CREATING' } }).resolvesOnce({ Table: { TableStatus: 'ACTIVE' } });
    expect((await state('dynamodb:table', 't'))?.state).toBe('pending');
    expect((await state('dynamodb:table', 't'))?.state).toBe('ready');
    expect(input(dynamodb.commandCalls(DescribeTableCommand))).toEqual({ TableName: 't' });
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [{ State: { Code: 'active' }, DNSName: 'shop-alb-1.us-west-2.elb.amazonaws.com' }] });
    expect(await state('elb:load-balancer', 'shop-alb-x')).toEqual({ state: 'ready', attributes: { state: 'active', dnsName: 'shop-alb-1.us-west-2.elb.amazonaws.com' } });
    expect(input(elb.commandCalls(DescribeLoadBalancersCommand))).toEqual({ Names: ['shop-alb-x'] });
    s3.on(HeadBucketCommand, { Bucket: 'gone' }).rejects(awsError('NotFound', { status: 404 }));
    expect(await state('s3:bucket', 'gone')).toBeUndefined();
  });

  it('a bucket reports the objects it holds: ListObjectsV2 KeyCount summed over every page', async () => {
    s3.on(HeadBucketCommand, { Bucket: 'assets-copy' }).resolves({});
    s3.on(ListObjectsV2Command).resolvesOnce({ KeyCount: 1000, IsTruncated: true, NextContinuationToken: 'page-2' })
      .resolvesOnce({ KeyCount: 1000, IsTruncated: true, NextContinuationToken: 'page-3' })
      .resolvesOnce({ KeyCount: 7, IsTruncated: false });
    expect(await state('s3:bucket', 'assets-copy')).toEqual({ state: 'ready', attributes: { objectCount: 2007 } });
    expect(s3.commandCalls(ListObjectsV2Command).map((c) => c.args[0].input)).toEqual([
      { Bucket: 'assets-copy', MaxKeys: 1000 },
      { Bucket: 'assets-copy', ContinuationToken: 'page-2', MaxKeys: 1000 },
      { Bucket: 'assets-copy', ContinuationToken: 'page-3', MaxKeys: 1000 },
    ]);
  });

  it('a throttled call leaves as a retryable CloudCallError', async () => {
    ec2.on(DescribeInstancesCommand).rejects(awsError('RequestLimitExceeded', { status: 503 }));
    const error = await state('ec2:instance', 'i-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudCallError);
    expect((error as CloudCallError).retryable).toBe(true);
  });
});

describe('probeEndpoint (the AWS driver fetches the URL for real)', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2_000);
      res.writeHead(req.url === '/health' ? 200 : 503).end(`seen ${req.headers.host}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  // A public name that resolves to the test server's loopback address is still refused: the check is on the address.
  it('refuses a host that resolves to a loopback or private address, without connecting', async () => {
    const error = await probeEndpoint({ region: 'us-west-2', url: `http://shop.example.com:${port}/health`, timeoutMs: 1_000 }, { resolve: async () => ['127.0.0.1'] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ cloudCode: 'AddressRefused' });
    expect(await probeEndpoint({ region: 'us-west-2', url: 'https://10.1.2.3/', timeoutMs: 1_000 }).catch((e: unknown) => e)).toMatchObject({ cloudCode: 'AddressRefused' });
    expect(await probeEndpoint({ region: 'us-west-2', url: 'https://nowhere.invalid/', timeoutMs: 1_000 }, { resolve: async () => [] }).catch((e: unknown) => e)).toMatchObject({ cloudCode: 'ENOTFOUND' });
  });

  it('with private addresses allowed: the status and body of the pinned GET, to the URL\'s host name; no answer within the limit is an error', async () => {
    const resolve = async () => ['127.0.0.1'];
    const ok = await probeEndpoint({ region: 'us-west-2', url: `http://shop.example.com:${port}/health`, timeoutMs: 1_000 }, { resolve, allowPrivate: true });
    expect(ok).toEqual({ status: 200, body: `seen shop.example.com:${port}` });
    expect((await probeEndpoint({ region: 'us-west-2', url: `http://shop.example.com:${port}/down`, timeoutMs: 1_000 }, { resolve, allowPrivate: true })).status).toBe(503);
    const started = Date.now();
    const late = await probeEndpoint({ region: 'us-west-2', url: `http://shop.example.com:${port}/slow`, timeoutMs: 200 }, { resolve, allowPrivate: true }).catch((e: unknown) => e);
    expect(late).toMatchObject({ cloudCode: 'RequestTimeout', reason: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('the driver refuses private addresses by default', async () => {
    expect(await cloud.probeEndpoint(KEYS, { region: 'us-west-2', url: `http://127.0.0.1:${port}/health`, timeoutMs: 300 }).catch((e: unknown) => e)).toMatchObject({ cloudCode: 'AddressRefused' });
  });
});
