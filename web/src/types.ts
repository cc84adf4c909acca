// The shapes the console reads and writes, taken from the generated API types (never restated by hand).
import type { operations } from '../../src/client/client.ts';

type Answer<Op extends keyof operations, Status extends keyof operations[Op]['responses']> =
  operations[Op]['responses'][Status] extends { content: { 'application/json': infer T } } ? T : never;
type Body<Op extends keyof operations> =
  operations[Op] extends { requestBody: { content: { 'application/json': infer T } } } ? T : never;

export type Connection = Answer<'listAwsCloudConnections', 200>[number];
export type NewConnection = Body<'createAwsCloudConnection'>;
export type Assembly = Answer<'listCloudAssemblies', 200>[number];
export type AwsAssembly = Answer<'getAwsCloudAssembly', 200>;
export type NewAssembly = Body<'createAwsCloudAssembly'>;
export type Protection = Answer<'listAwsCloudAssemblyProtections', 200>[number];
// The list answers one recovery's details (an object) when asked with ?id=; without it, the array.
export type Recovery = Extract<Answer<'listAwsCloudAssemblyRecoveries', 200>, readonly unknown[]>[number];
export type RecoveryRequest = Body<'startAwsCloudAssemblyRecovery'>;
export type RecoveryPlan = Answer<'startAwsCloudAssemblyRecovery', 200>;
export type ResetStatus = Answer<'getAwsRecoveryResetStatus', 200>;
export type AuditEvent = Answer<'listProjectEvents', 200>[number];
export type Region = NewAssembly['sourceRegion'];
export type Service = NewConnection['services'][number];

export const SERVICES: readonly Service[] = ['EC2', 'EBS', 'RDS', 'DynamoDB', 'S3', 'Lambda', 'VPC', 'ELB', 'Route53', 'SQS', 'SNS', 'EFS'];
export type ProtectionDetails = Answer<'getAwsCloudAssemblyProtection', 200>;
export type ProtectedResource = ProtectionDetails['resources'][number];
export type RecoveryDetails = Answer<'getAwsCloudAssemblyRecovery', 200>;
export type RecoveredResource = RecoveryDetails['resources'][number];
export type DrillReport = Answer<'getAwsCloudAssemblyRecoveryReport', 200>;
export type PolicyTemplate = Answer<'getPolicyTemplate', 200>;
export type TemplateInput = Body<'createPolicyTemplate'>;
export type ServiceAccount = Answer<'listServiceAccounts', 200>[number];
export type NewServiceAccount = Answer<'createServiceAccount', 201>;
export type AccessKey = Answer<'listAccessKeys', 200>[number];
export type NewAccessKey = Answer<'createAccessKey', 201>;
export type NetworkCloudConnection = Answer<'ccShowCloudConnection', 200>['cloud_connection'];
