// The shapes of the assembly page's sections (policies, drill policies, webhooks, the filter preview), taken from
// the generated API types, as types.ts does for the rest.
import type { operations } from '../../src/client/client.ts';

type Answer<Op extends keyof operations, Status extends keyof operations[Op]['responses']> =
  operations[Op]['responses'][Status] extends { content: { 'application/json': infer T } } ? T : never;
type Body<Op extends keyof operations> =
  operations[Op] extends { requestBody: { content: { 'application/json': infer T } } } ? T : never;

export type Policy = Answer<'listProtectionPolicies', 200>[number];
export type NewPolicy = Body<'createProtectionPolicy'>;
export type DrillPolicy = Answer<'listDrillPolicies', 200>[number];
export type NewDrillPolicy = Body<'createDrillPolicy'>;
export type Webhook = Answer<'listAwsCloudAssemblyWebhooks', 200>[number];
export type NewWebhook = Body<'createAwsCloudAssemblyWebhook'>;
export type WebhookType = NewWebhook['webhookType'];
export type Delivery = Answer<'listAwsCloudAssemblyWebhookDeliveries', 200>[number];
export type FilterPreview = Answer<'previewAwsCloudAssemblyFilter', 200>;
export type FrequencyType = NonNullable<NewPolicy['frequencyType']>;

export const FREQUENCY_TYPES: readonly FrequencyType[] = [
  'fifteen-minutes', 'thirty-minutes', 'hourly', 'two-hours', 'three-hours', 'four-hours', 'six-hours', 'eight-hours',
  'twelve-hours', 'daily', 'weekly', 'monthly', 'yearly', 'custom',
];
export const WEBHOOK_TYPES: readonly WebhookType[] = [
  'pre-protection', 'post-protection', 'pre-recovery', 'post-recovery', 'pre-reset', 'post-reset', 'drill-completed', 'drill-failed',
  'rpo-breached', 'rpo-restored',
] as WebhookType[];
