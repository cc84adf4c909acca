// Examples for the API reference: what the demo estate's shop answers (a cross-region drill into us-west-2), cut to two resources.

/** The pre-flight checks of the demo's cross-region drill, as the examples below answer them. */
const PREFLIGHT_CHECKS = [
  {
    name: "target-connection",
    status: "passed",
    message: "Cloud connection demo-aws (1) is enabled and verified",
    resourceIds: []
  },
  {
    name: "services-and-regions",
    status: "passed",
    message: "Every service the plan needs is allowed in us-west-2 for cloud connection demo-aws (1)",
    resourceIds: []
  },
  {
    name: "quota:vpcs",
    status: "passed",
    message: "The plan needs 1 VPCs; 1 of 20 are in use in us-west-2 (vpc L-F678F1CE): 2 of 20 after the recovery",
    resourceIds: []
  }
];

/** GET …/recoveries/{id}: a recovery's details. */
export const RECOVERY_DETAILS_EXAMPLE = {
  id: "rec-9e5a4783f9c9f6c54314",
  accountId: 1,
  projectId: "default",
  cloudAssemblyId: 1,
  protectionId: "prot-9fe48f3001a25dc27240",
  recoveryName: "drill-1",
  recoveryScope: "cross-region",
  recoveryMode: "rebuild",
  isolation: "isolated",
  resourceFilterStrategy: {
    type: "all"
  },
  configurationOnly: false,
  targetCloudConnectionId: 1,
  targetRegion: "us-west-2",
  targetAvailabilityZone: null,
  recoveryStatus: "completed",
  statusMessage: null,
  cancelRequested: false,
  resourceCount: 26,
  recoveredCount: 26,
  mappedCount: 0,
  failedCount: 0,
  skippedCount: 0,
  resetAfterMinutes: null,
  resetDueAt: null,
  resetStatus: null,
  resetMessage: null,
  resetRequestedAt: null,
  resetRequestedBy: null,
  resetFinishedAt: null,
  resetDeletedCount: 0,
  createdBy: "service-account:1",
  createdAt: "2026-12-04T14:07:27.368Z",
  startedAt: "2026-12-04T14:07:27.394Z",
  finishedAt: "2026-12-04T14:07:27.439Z",
  updatedAt: "2026-12-04T14:07:29.655Z",
  rtoSeconds: 0,
  rpoSeconds: 5,
  recoveryStartTime: "2026-12-04T14:07:27.394Z",
  recoveryEndTime: "2026-12-04T14:07:27.439Z",
  recoveryDuration: 45,
  recoveryErrorMessage: null,
  resetStartTime: null,
  checks: PREFLIGHT_CHECKS,
  validation: {
    status: "passed",
    checks: [
      {
        name: "resources-ready",
        status: "passed",
        message: "All 26 recovered resources are ready",
        resourceIds: [],
        startedAt: "2026-12-04T14:07:27.424Z",
        finishedAt: "2026-12-04T14:07:27.436Z"
      },
      {
        name: "references",
        status: "passed",
        message: "All 41 references between recovered resources are intact",
        resourceIds: [],
        startedAt: "2026-12-04T14:07:27.436Z",
        finishedAt: "2026-12-04T14:07:27.437Z"
      },
      {
        name: "isolation",
        status: "passed",
        message: "No recovered resource names a source resource outside the recovery",
        resourceIds: [],
        startedAt: "2026-12-04T14:07:27.438Z",
        finishedAt: "2026-12-04T14:07:27.439Z"
      }
    ]
  },
  forced: false,
  resources: [
    {
      sourceResourceId: "lifeboat-demo-shop-assets",
      sourceRegion: "us-east-1",
      type: "s3:bucket",
      name: "lifeboat-demo-shop-assets",
      order: 0,
      action: "restore",
      status: "recovered",
      recoveredResourceId: "lifeboat-demo-shop-assets-451aa9f7",
      recoveredArn: "arn:aws:s3:::lifeboat-demo-shop-assets-451aa9f7",
      snapshotId: "backup-9b1d2962d6b123d6a",
      error: null,
      note: null,
      droppedReferences: [],
      startedAt: "2026-12-04T14:07:27.395Z",
      finishedAt: "2026-12-04T14:07:27.399Z",
      readyAt: "2026-12-04T14:07:27.424Z",
      durationSeconds: 0
    },
    {
      sourceResourceId: "vpc-6b45ae465b1c00414",
      sourceRegion: "us-east-1",
      type: "ec2:vpc",
      name: "shop-prod-vpc",
      order: 0,
      action: "create",
      status: "recovered",
      recoveredResourceId: "vpc-99391756f61b665a8",
      recoveredArn: "arn:aws:ec2:us-west-2:111111111111:vpc/vpc-99391756f61b665a8",
      snapshotId: null,
      error: null,
      note: null,
      droppedReferences: [],
      startedAt: "2026-12-04T14:07:27.396Z",
      finishedAt: "2026-12-04T14:07:27.398Z",
      readyAt: "2026-12-04T14:07:27.425Z",
      durationSeconds: 0
    }
  ]
};

/** POST …/recoveries with dryRun: the plan. */
export const RECOVERY_PLAN_EXAMPLE = {
  dryRun: true,
  checks: PREFLIGHT_CHECKS,
  protectionId: "prot-8de8e0f571f6971ad471",
  protectionTimestamp: 1796393288467,
  recoveryScope: "cross-region",
  recoveryMode: "rebuild",
  isolation: "isolated",
  targetCloudConnectionId: 1,
  targetRegion: "us-west-2",
  summary: {
    total: 26,
    create: 20,
    restore: 6,
    reuse: 0,
    useSource: 0,
    blocked: 0
  },
  blockers: [],
  notes: [],
  steps: [
    {
      order: 0,
      sourceResourceId: "vpc-6b45ae465b1c00414",
      sourceRegion: "us-east-1",
      type: "ec2:vpc",
      name: "shop-prod-vpc",
      action: "create",
      reason: "selected",
      targetRegion: "us-west-2",
      configuration: {
        cidrBlock: "10.10.0.0/16",
        enableDnsSupport: true,
        enableDnsHostnames: true,
        instanceTenancy: "default"
      },
      dependencies: [],
      snapshotId: null,
      blocker: null,
      note: null,
      droppedReferences: []
    },
    {
      order: 0,
      sourceResourceId: "lifeboat-demo-shop-assets",
      sourceRegion: "us-east-1",
      type: "s3:bucket",
      name: "lifeboat-demo-shop-assets",
      action: "restore",
      reason: "selected",
      targetRegion: "us-west-2",
      configuration: {
        region: "us-east-1",
        versioning: "Enabled",
        objectOwnership: "BucketOwnerEnforced",
        encryption: {
          sseAlgorithm: "AES256",
          bucketKeyEnabled: true
        },
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true
        },
        lifecycleRules: [
          {
            id: "expire-old-versions",
            status: "Enabled",
            noncurrentVersionExpirationDays: 30
          }
        ]
      },
      dependencies: [],
      snapshotId: "backup-d2b78311bef5bc7d3",
      blocker: null,
      note: null,
      droppedReferences: []
    }
  ]
};

/** GET …/recoveries/{id}/report: the drill report after its reset. */
export const DRILL_REPORT_EXAMPLE = {
  recoveryId: "rec-9e5a4783f9c9f6c54314",
  recoveryName: "drill-1",
  cloudAssemblyId: 1,
  cloudAssemblyName: "shop",
  recoveryStatus: "completed",
  statusMessage: null,
  recoveryScope: "cross-region",
  isolation: "isolated",
  targetCloudConnectionId: 1,
  targetRegion: "us-west-2",
  generatedAt: "2026-12-04T14:14:24.801Z",
  startedAt: "2026-12-04T14:07:27.394Z",
  finishedAt: "2026-12-04T14:07:27.439Z",
  recoveryPoint: {
    protectionId: "prot-9fe48f3001a25dc27240",
    protectionTimestamp: "2026-12-04T14:07:22.864Z"
  },
  targets: {
    rtoTargetMinutes: null,
    rpoTargetMinutes: null
  },
  measured: {
    rtoSeconds: 0,
    rpoSeconds: 5
  },
  forced: false,
  checks: PREFLIGHT_CHECKS,
  validation: {
    status: "passed",
    checks: [
      {
        name: "resources-ready",
        status: "passed",
        message: "All 26 recovered resources are ready",
        resourceIds: []
      },
      {
        name: "references",
        status: "passed",
        message: "All 41 references between recovered resources are intact",
        resourceIds: []
      },
      {
        name: "isolation",
        status: "passed",
        message: "No recovered resource names a source resource outside the recovery",
        resourceIds: []
      }
    ]
  },
  timing: "measured",
  summary: {
    total: 26,
    recovered: 26,
    mapped: 0,
    failed: 0,
    skipped: 0,
    blocked: 0
  },
  resources: [
    {
      sourceResourceId: "lifeboat-demo-shop-assets",
      sourceRegion: "us-east-1",
      type: "s3:bucket",
      name: "lifeboat-demo-shop-assets",
      order: 0,
      action: "restore",
      status: "deleted",
      recoveredResourceId: "lifeboat-demo-shop-assets-451aa9f7",
      recoveredArn: "arn:aws:s3:::lifeboat-demo-shop-assets-451aa9f7",
      snapshotId: "backup-9b1d2962d6b123d6a",
      error: null,
      note: null,
      droppedReferences: [],
      startedAt: "2026-12-04T14:07:27.395Z",
      finishedAt: "2026-12-04T14:07:27.424Z",
      readyAt: "2026-12-04T14:07:27.424Z",
      durationSeconds: 0,
      outcome: "recovered"
    },
    {
      sourceResourceId: "vpc-6b45ae465b1c00414",
      sourceRegion: "us-east-1",
      type: "ec2:vpc",
      name: "shop-prod-vpc",
      order: 0,
      action: "create",
      status: "deleted",
      recoveredResourceId: "vpc-99391756f61b665a8",
      recoveredArn: "arn:aws:ec2:us-west-2:111111111111:vpc/vpc-99391756f61b665a8",
      snapshotId: null,
      error: null,
      note: null,
      droppedReferences: [],
      startedAt: "2026-12-04T14:07:27.396Z",
      finishedAt: "2026-12-04T14:07:27.425Z",
      readyAt: "2026-12-04T14:07:27.425Z",
      durationSeconds: 0,
      outcome: "recovered"
    }
  ],
  reset: {
    status: "completed",
    message: "The reset completed. No resource carries the recovery's tag any more.",
    requestedAt: "2026-12-04T14:07:29.636Z",
    requestedBy: "service-account:1",
    finishedAt: "2026-12-04T14:07:29.655Z",
    deletedCount: 26,
    leftovers: {
      count: 0,
      regions: [
        "us-west-2"
      ],
      resources: []
    },
    leftoversError: null
  }
};
