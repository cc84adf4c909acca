import { awsManagedKey } from './keys.ts';
import { arnFor, simHex } from './kinds.ts';
import type { SimResourceInput } from './resources.ts';

// Every demo resource was "created" on this morning, a minute apart, so the estate is the same
// bytes on every seed.
const DEMO_EPOCH = Date.UTC(2024, 2, 4, 9, 0, 0);

/** Collects one account's resources in one region, with AWS-looking ids derived from their names. */
export class RegionBuilder {
  readonly resources: SimResourceInput[] = [];

  constructor(
    readonly accountId: string,
    readonly region: string,
    private readonly firstMinute: number,
  ) {}

  /** `prefix-` + 17 hex characters (the length of modern EC2 ids), fixed by account, region and seed. */
  awsId(prefix: string, seed: string): string {
    return `${prefix}-${simHex(`${this.accountId}/${this.region}/${seed}`, 17)}`;
  }

  /** `us-east-1a`, … */
  az(letter: 'a' | 'b' | 'c'): string {
    return `${this.region}${letter}`;
  }

  arn(type: string, resourceId: string): string {
    return arnFor(type, this.accountId, this.region, resourceId);
  }

  /** The ARN of an AWS-managed key (alias/aws/ebs, alias/aws/rds) of this account and region: what data resources name as kmsKeyId. */
  awsManagedKeyArn(alias: string): string {
    return awsManagedKey(this.accountId, this.region, alias).keyArn;
  }

  /** Adds a resource tagged Name, app and env=prod; returns its id for others to depend on. */
  add(resource: {
    type: string;
    resourceId: string;
    name: string;
    app: string;
    configuration: Record<string, unknown>;
    dependencies?: string[];
  }): string {
    this.resources.push({
      accountId: this.accountId,
      region: this.region,
      resourceId: resource.resourceId,
      type: resource.type,
      name: resource.name,
      configuration: resource.configuration,
      tags: { Name: resource.name, app: resource.app, env: 'prod' },
      dependencies: resource.dependencies ?? [],
      createdAt: DEMO_EPOCH + (this.firstMinute + this.resources.length) * 60_000,
    });
    return resource.resourceId;
  }
}

export interface SubnetPlan {
  readonly name: string;
  readonly cidr: string;
  readonly az: 'a' | 'b' | 'c';
  readonly public: boolean;
}

export interface Network {
  readonly vpcId: string;
  readonly internetGatewayId: string;
  readonly natGatewayId: string;
  /** Subnet ids by plan name. */
  readonly subnets: Readonly<Record<string, string>>;
}

/** A VPC with public and private subnets, an internet gateway, a NAT gateway and a route table for each side. */
export function buildNetwork(b: RegionBuilder, plan: { app: string; name: string; cidr: string; subnets: readonly SubnetPlan[] }): Network {
  const vpcId = b.add({
    type: 'ec2:vpc',
    resourceId: b.awsId('vpc', plan.name),
    name: plan.name,
    app: plan.app,
    configuration: { cidrBlock: plan.cidr, enableDnsSupport: true, enableDnsHostnames: true, instanceTenancy: 'default' },
  });
  const subnets: Record<string, string> = {};
  for (const subnet of plan.subnets) {
    subnets[subnet.name] = b.add({
      type: 'ec2:subnet',
      resourceId: b.awsId('subnet', subnet.name),
      name: subnet.name,
      app: plan.app,
      configuration: { vpcId, cidrBlock: subnet.cidr, availabilityZone: b.az(subnet.az), mapPublicIpOnLaunch: subnet.public },
      dependencies: [vpcId],
    });
  }
  const publicSubnets = plan.subnets.filter((s) => s.public).map((s) => subnets[s.name]!);
  const privateSubnets = plan.subnets.filter((s) => !s.public).map((s) => subnets[s.name]!);
  const internetGatewayId = b.add({
    type: 'ec2:internet-gateway',
    resourceId: b.awsId('igw', `${plan.name}-igw`),
    name: `${plan.name}-igw`,
    app: plan.app,
    configuration: { attachments: [{ vpcId, state: 'available' }] },
    dependencies: [vpcId],
  });
  const natGatewayId = b.add({
    type: 'ec2:nat-gateway',
    resourceId: b.awsId('nat', `${plan.name}-nat`),
    name: `${plan.name}-nat`,
    app: plan.app,
    configuration: {
      subnetId: publicSubnets[0],
      connectivityType: 'public',
      allocationId: b.awsId('eipalloc', `${plan.name}-nat-eip`),
    },
    dependencies: [publicSubnets[0]!, internetGatewayId],
  });
  const local = { destinationCidrBlock: plan.cidr, gatewayId: 'local' };
  b.add({
    type: 'ec2:route-table',
    resourceId: b.awsId('rtb', `${plan.name}-public`),
    name: `${plan.name}-public`,
    app: plan.app,
    configuration: { vpcId, routes: [local, { destinationCidrBlock: '0.0.0.0/0', gatewayId: internetGatewayId }], associations: publicSubnets },
    dependencies: [vpcId, internetGatewayId, ...publicSubnets],
  });
  b.add({
    type: 'ec2:route-table',
    resourceId: b.awsId('rtb', `${plan.name}-private`),
    name: `${plan.name}-private`,
    app: plan.app,
    configuration: { vpcId, routes: [local, { destinationCidrBlock: '0.0.0.0/0', natGatewayId }], associations: privateSubnets },
    dependencies: [vpcId, natGatewayId, ...privateSubnets],
  });
  return { vpcId, internetGatewayId, natGatewayId, subnets };
}

/** A security group; `from` rules name other groups as the source, which makes them dependencies. */
export function buildSecurityGroup(
  b: RegionBuilder,
  group: { app: string; name: string; vpcId: string; description: string; ingress: Array<{ port: number; cidr?: string; fromGroupId?: string }> },
): string {
  const sources = group.ingress.flatMap((rule) => (rule.fromGroupId ? [rule.fromGroupId] : []));
  return b.add({
    type: 'ec2:security-group',
    resourceId: b.awsId('sg', group.name),
    name: group.name,
    app: group.app,
    configuration: {
      groupName: group.name,
      description: group.description,
      vpcId: group.vpcId,
      ingress: group.ingress.map((rule) => ({
        ipProtocol: 'tcp',
        fromPort: rule.port,
        toPort: rule.port,
        ...(rule.cidr ? { cidrIp: rule.cidr } : {}),
        ...(rule.fromGroupId ? { sourceSecurityGroupId: rule.fromGroupId } : {}),
      })),
      egress: [{ ipProtocol: '-1', cidrIp: '0.0.0.0/0' }],
    },
    dependencies: [group.vpcId, ...sources],
  });
}

/** An EC2 instance and its EBS volumes (root first); the instance depends on subnet, groups and volumes. */
export function buildInstance(
  b: RegionBuilder,
  instance: {
    app: string;
    name: string;
    instanceType: string;
    subnetId: string;
    az: 'a' | 'b' | 'c';
    privateIp: string;
    securityGroupIds: string[];
    keyName: string;
    volumes: Array<{ device: string; sizeGiB: number; volumeType: 'gp3' | 'io2' | 'st1' }>;
  },
): string {
  const instanceId = b.awsId('i', instance.name);
  const volumeIds = instance.volumes.map((volume) =>
    b.add({
      type: 'ebs:volume',
      resourceId: b.awsId('vol', `${instance.name}${volume.device}`),
      name: `${instance.name}${volume.device === '/dev/xvda' ? '-root' : `-data-${volume.device.slice(-1)}`}`,
      app: instance.app,
      configuration: {
        size: volume.sizeGiB,
        volumeType: volume.volumeType,
        ...(volume.volumeType === 'gp3' ? { iops: 3000, throughput: 125 } : volume.volumeType === 'io2' ? { iops: 10_000 } : {}),
        encrypted: true,
        kmsKeyId: b.awsManagedKeyArn('alias/aws/ebs'),
        availabilityZone: b.az(instance.az),
        attachment: { instanceId, device: volume.device, deleteOnTermination: volume.device === '/dev/xvda' },
      },
    }),
  );
  return b.add({
    type: 'ec2:instance',
    resourceId: instanceId,
    name: instance.name,
    app: instance.app,
    configuration: {
      instanceType: instance.instanceType,
      imageId: b.awsId('ami', 'al2023-ami-2023.4.20240401.1-kernel-6.1-x86_64'),
      platform: 'Linux/UNIX',
      architecture: 'x86_64',
      availabilityZone: b.az(instance.az),
      subnetId: instance.subnetId,
      privateIpAddress: instance.privateIp,
      securityGroupIds: instance.securityGroupIds,
      keyName: instance.keyName,
      iamInstanceProfile: `arn:aws:iam::${b.accountId}:instance-profile/${instance.app}-instance`,
      ebsOptimized: true,
      monitoring: 'disabled',
      rootDeviceName: '/dev/xvda',
      blockDeviceMappings: instance.volumes.map((volume, index) => ({ deviceName: volume.device, volumeId: volumeIds[index] })),
      metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 2 },
      // Its boot script, base64 as EC2 keeps it (DescribeInstanceAttribute userData): user data often holds secrets, as
      // this one pretends to, so Lifeboat keeps it sealed and a recovered instance gets it back at launch.
      userData: Buffer.from(`#!/bin/bash\n# ${instance.app}: ${instance.name}\nexport APP_SECRET=sim-${instance.name}-boot-token\nsystemctl start ${instance.app}\n`).toString('base64'),
    },
    dependencies: [instance.subnetId, ...instance.securityGroupIds, ...volumeIds],
  });
}
