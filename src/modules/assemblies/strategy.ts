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
      name: Type.Optional(Type.String({ minLength: 3, maxLength: 63, description: 'The replica bucket (3–63 characters).' })),
      region: Type.Optional(StringEnum(AWS_REGIONS, { description: 'The replica bucket\'s region.' })),
    }, { additionalProperties: false }), { maxItems: 10, description: 'Up to 10 replica-region buckets.' })),
    ...Enabled,
  }, { additionalProperties: false, description: 'Lambda: where function code backups go.' })),
  awsRoute53ProtectionOptions: Type.Optional(Type.Object({
    route53HostedZoneCloudConnectionId: Type.Optional(Int64('The Route 53 enabled cloud connection.')),
    ...Enabled,
  }, { additionalProperties: false, description: 'Route 53: the connection whose hosted zones are protected.' })),
  awsSqsProtectionOptions: Type.Optional(Type.Object(Enabled, { additionalProperties: false, description: 'SQS queues.' })),
  awsSnsProtectionOptions: Type.Optional(Type.Object(Enabled, { additionalProperties: false, description: 'SNS topics.' })),
  awsDynamoDBProtectionOptions: Type.Optional(Type.Object(Enabled, { additionalProperties: false, description: 'DynamoDB tables.' })),
}, { additionalProperties: false, description: 'Stored and returned as given; Lifeboat\'s protections do not depend on them.' });
export type ProtectionStrategyOptions = Static<typeof ProtectionStrategyOptionsSchema>;

export const ProtectionStrategySchema = Type.String({
  minLength: 1, maxLength: 100,
  description: 'Cloud Rewind\'s protection strategy (its values are not published): stored and returned as given; it changes nothing Lifeboat does.',
});

export const VpcIdSchema = Type.String({ pattern: '^vpc-[0-9a-f]{8,17}$', description: 'The AWS VPC of the protected resources.' });
