// Examples for the API reference: what the demo estate's shop answers, cut to two resources.

/** GET …/protections/{protectionId}: a protection with its resources. */
export const PROTECTION_DETAILS_EXAMPLE = {
  id: "prot-9fe48f3001a25dc27240",
  accountId: 1,
  projectId: "default",
  cloudAssemblyId: 1,
  name: "manual-20261204-140722",
  status: "success",
  statusMessage: "1 dependency outside the selection captured as configuration (no data snapshot): see GET …/resources",
  trigger: "manual",
  protectionPolicyId: null,
  scheduledFor: null,
  locked: false,
  cancelRequested: false,
  hasRecovery: true,
  replicaRegions: [
    "us-west-2"
  ],
  resourceCount: 25,
  dataResourceCount: 6,
  snapshotsCompleted: 6,
  snapshotsFailed: 0,
  dependencyCount: 1,
  createdBy: "service-account:1",
  createdAt: "2026-12-04T14:07:22.864Z",
  startedAt: "2026-12-04T14:07:22.898Z",
  finishedAt: "2026-12-04T14:07:22.929Z",
  updatedAt: "2026-12-04T14:07:27.368Z",
  timestamp: 1796393242864,
  resources: [
    {
      resourceId: "sg-06b1be8658d62ab65",
      type: "ec2:security-group",
      service: "VPC",
      region: "us-east-1",
      name: "billing-invoicer-sg",
      arn: "arn:aws:ec2:us-east-1:111111111111:security-group/sg-06b1be8658d62ab65",
      dataResource: false,
      captureReason: "dependency",
      captureNote: "Captured as configuration only, as a dependency outside the selection",
      snapshotStatus: "not-applicable",
      snapshotId: null,
      error: null,
      replicas: {},
      dependencies: [
        "vpc-6b45ae465b1c00414"
      ],
      tags: {
        Name: "billing-invoicer-sg",
        app: "billing",
        env: "prod"
      },
      configuration: {
        groupName: "billing-invoicer-sg",
        description: "Billing invoicer Lambda (egress only)",
        vpcId: "vpc-6b45ae465b1c00414",
        ingress: [],
        egress: [
          {
            ipProtocol: "-1",
            cidrIp: "0.0.0.0/0"
          }
        ]
      }
    },
    {
      resourceId: "sg-1dfc1d2f127efb4b8",
      type: "ec2:security-group",
      service: "VPC",
      region: "us-east-1",
      name: "shop-db-sg",
      arn: "arn:aws:ec2:us-east-1:111111111111:security-group/sg-1dfc1d2f127efb4b8",
      dataResource: false,
      captureReason: "selected",
      captureNote: null,
      snapshotStatus: "not-applicable",
      snapshotId: null,
      error: null,
      replicas: {},
      dependencies: [
        "vpc-6b45ae465b1c00414",
        "sg-3c85f7001332609af",
        "sg-06b1be8658d62ab65"
      ],
      tags: {
        Name: "shop-db-sg",
        app: "shop",
        env: "prod"
      },
      configuration: {
        groupName: "shop-db-sg",
        description: "Shop PostgreSQL, from the web servers and the billing invoicer",
        vpcId: "vpc-6b45ae465b1c00414",
        ingress: [
          {
            ipProtocol: "tcp",
            fromPort: 5432,
            toPort: 5432,
            sourceSecurityGroupId: "sg-3c85f7001332609af"
          },
          {
            ipProtocol: "tcp",
            fromPort: 5432,
            toPort: 5432,
            sourceSecurityGroupId: "sg-06b1be8658d62ab65"
          }
        ],
        egress: [
          {
            ipProtocol: "-1",
            cidrIp: "0.0.0.0/0"
          }
        ]
      }
    }
  ]
};
