import { Type, type Static } from '@sinclair/typebox';
import { AWS_REGIONS } from '../../cloud/regions.ts';
import { Int64, StringEnum } from '../../platform/http/schema.ts';

/**
 * Cloud Rewind's protection strategy options, in the shape of its published "Update AWS Cloud Assembly Protection
 * Strategy Options" page (https://api.commvault.com/docs/SP36/api/cv/CloudRewindAPIs/update-aws-cloud-assembly-protection-strategy).
 * Lifeboat stores and returns them; they change nothing it does (its protections capture Lambda, Route 53, SQS, SNS
 * and DynamoDB as its filter selects them, without a bucket of their own), and the README says so.
 */
const Enabled = { isEnabled: Type.Optional(Type.Boolean({ description: 'Whether protection of these resources is enabled.' })) };
export const ProtectionStrategyOptionsSchema = Type.Object({
  awsLambdaProtectionOptions: Type.Optional(Type.Object({
    sourceBucketName: Type.Optional(Type.String({ minLength: 3, maxLength: 63, description: 'The source-region bucket (versioned) for Lambda protection backups.' })),
    replicaRegionBucketDetails: Type.Optional(Type.Array(Type.Object({
      cloudConnectionId: Type.Optional(Int64('The cloud connection of the replica bucket.')),
      name: Type.Optional(Type.String({ minLength: 3, maxLength: 63 })),
      region: Type.Optional(StringEnum(AWS_REGIONS)),
    }, { additionalProperties: false }), { maxItems: 10 })),
    ...Enabled,
  }, { additionalProperties: false })),
  awsRoute53ProtectionOptions: Type.Optional(Type.Object({
    route53HostedZoneCloudConnectionId: Type.Optional(Int64('The Route 53 enabled cloud connection.')),
    ...Enabled,
  }, { additionalProperties: false })),
  awsSqsProtectionOptions: Type.Optional(Type.Object(Enabled, { additionalProperties: false })),
  awsSnsProtectionOptions: Type.Optional(Type.Object(Enabled, { additionalProperties: false })),
  awsDynamoDBProtectionOptions: Type.Optional(Type.Object(Enabled, { additionalProperties: false })),
}, { additionalProperties: false, description: 'Stored and returned as given; Lifeboat\'s protections do not depend on them.' });
export type ProtectionStrategyOptions = Static<typeof ProtectionStrategyOptionsSchema>;

export const ProtectionStrategySchema = Type.String({
  minLength: 1, maxLength: 100,
  description: 'Cloud Rewind\'s protection strategy (its values are not published): stored and returned as given; it changes nothing Lifeboat does.',
});

export const VpcIdSchema = Type.String({ pattern: '^vpc-[0-9a-f]{8,17}$', description: 'The AWS VPC of the protected resources.' });
