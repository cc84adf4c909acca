import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../platform/http/schema.ts';
import { POST_PROCESS_ANSWER_EXAMPLE, POST_PROCESS_EXAMPLES } from './examples.ts';
import { AccountId, Region } from './schemas.ts';

/** The stack's callback (the custom resource's event, forwarded), or Clumio's Terraform provider's. */
export const PostProcessBody = Type.Object({
  request_type: StringEnum(['Create', 'Update', 'Delete'] as const, {
    description: "What CloudFormation did to the stack. The master stack's Delete (master account and region) deletes the group, keeping the cloud "
      + 'connections it made and their protections; another Delete drops that account and region. Create and Update record it as connected (or failed).',
  }),
  token: Type.String({ minLength: 1, maxLength: 100, description: "The connection group id (the template's Token parameter)." }),
  role_external_id: Type.String({
    minLength: 1, maxLength: 200,
    description: "The group's external_id (the template's ExternalId parameter). With token it authenticates the report: a wrong pair is a 401 that does not say "
      + 'which part was wrong, and repeated wrong pairs are refused with 429 for a while.',
  }),
  account_native_id: AccountId('The account the stack runs in.'),
  aws_region: Region('The region the stack runs in.'),
  role_arn: Type.Optional(Type.String({
    pattern: '^arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]{1,64}$',
    description: 'The role the stack created for Lifeboat, in account_native_id: the cloud connection made for the account assumes it. Required unless request_type is Delete or status is FAILED.',
  })),
  template_version: Type.Optional(Type.String({ pattern: '^[1-9]\\d{0,8}$', description: "The template version the stack runs. Clumio's Terraform provider sends none: its report is taken for the pending version, else the installed one. A version that is neither is refused (409)." })),
  status: Type.Optional(StringEnum(['SUCCESS', 'FAILED'] as const, { description: 'FAILED when the stack could not set the account and region up. Default SUCCESS.' })),
  status_reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Why the stack failed (with status FAILED). Default: "The stack reported a failure".' })),
  account_alias: Type.Optional(Type.String({ maxLength: 100, description: "The account's alias in AWS: the group's account_name, when account_native_id is the group's onboarded account." })),
  stack_arn: Type.Optional(Type.String({ maxLength: 400, description: "The stack's ARN: the group's stack_arn, when the report is the master stack's." })),
  stack_name: Type.Optional(Type.String({ maxLength: 200, description: "The stack's name: the group's stack_name, when the report is the master stack's." })),
  configuration: Type.Optional(Type.String({ maxLength: 65536, description: "Clumio's template configuration (JSON text); recorded nowhere, Lifeboat's template says what is installed." })),
  properties: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Extra resource ids or ARNs; accepted, not used.' })),
  clumio_event_pub_id: Type.Optional(Type.String({ maxLength: 400, description: "Clumio's event SNS topic (Terraform provider); accepted, not used." })),
  intermediate_role_arn: Type.Optional(Type.String({ maxLength: 400, description: 'A role to assume before the connection role (Terraform provider); accepted, not used.' })),
}, {
  additionalProperties: false, examples: POST_PROCESS_EXAMPLES,
  description: "The stack's forwarded event, or Clumio's own post-process body (clumio_post_process_aws_connection). Null means not given.",
});

export const PostProcessAnswer = Type.Object({
  connection_group_id: Type.String({ description: 'The group reported on (the token).' }),
  request_type: Type.String({ description: 'The request_type reported.' }),
  template_version: Type.String({ description: 'The template version the report was taken for.' }),
  status: Type.String({ description: "The group's status after the report (see the connection group's status); deleted after the master stack's Delete." }),
}, { examples: [POST_PROCESS_ANSWER_EXAMPLE] });
