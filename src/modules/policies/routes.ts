import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { etagOf, expectedVersion } from '../../platform/http/etag.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { ListHeaders, projectParams } from '../../platform/http/native-params.ts';
import { contentRange, parseItemRange } from '../../platform/http/range.ts';
import { Int64 } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { sendIdempotent, type Idempotency } from '../../platform/idempotency/idempotency.ts';
import '../../platform/http/route-config.ts';
import { IfMatchHeaders as IfMatch } from '../../platform/http/versioned-updates.ts';
import { presentPolicy, presentTemplate } from './presenter.ts';
import type { PolicyView, TemplateRow } from './repo.ts';
import {
  CreatePolicyBody, PolicyListQuery, PolicyStatusBody, PolicyTemplate, ProtectionPolicy, TemplateBody, TemplateListQuery, UpdatePolicyBody,
} from './schemas.ts';
import type { PoliciesService } from './service.ts';

const TEMPLATES = '/accounts/:accountId/projects/:projectId/policy-templates';
const POLICIES = '/accounts/:accountId/projects/:projectId/aws/cloud-assemblies/:cloudAssemblyId/protection-policies';
const TEMPLATE_TAGS = ['policy templates'];
const POLICY_TAGS = ['protection policies'];
const oneTemplate = projectParams({ id: Int64('Policy template ID.') });
const assembly = projectParams({ cloudAssemblyId: Int64('Cloud assembly ID.') });
const onePolicy = projectParams({ cloudAssemblyId: Int64('Cloud assembly ID.'), id: Int64('Protection policy ID.') });
const IdempotencyKey = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ maxLength: 255, description: 'Any string up to 255 characters: a repeat with the same key and body (for 24 hours) answers the first one instead of creating another.' })),
});
const Deleted = Type.Null({ description: 'Deleted' });
const SORT_COLUMNS = { name: 'name', 'created-at': 'created_at' } as const;

function sendTemplate(reply: FastifyReply, status: number, row: TemplateRow) {
  return reply.status(status).header('ETag', etagOf(row.version)).send(presentTemplate(row));
}

function sendPolicy(reply: FastifyReply, status: number, view: PolicyView) {
  return reply.status(status).header('ETag', etagOf(view.version)).send(presentPolicy(view));
}

type PolicyParams = { accountId: number; projectId: string; cloudAssemblyId: number; id: number };
const policyRef = (p: PolicyParams) => ({ accountId: p.accountId, projectId: p.projectId, assemblyId: p.cloudAssemblyId, id: p.id });

/** P/policy-templates and P/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies. */
export function policyRoutes(policies: PoliciesService, idempotency: Idempotency) {
  return async function (app: HttpServer): Promise<void> {
    app.post(TEMPLATES, {
      config: { permission: 'policy-templates:create', auditTarget: 'policy-template' },
      schema: {
        operationId: 'createPolicyTemplate', tags: TEMPLATE_TAGS, summary: 'Create a policy template: a schedule and retention policies can share',
        description: 'A named schedule (frequencyType with frequencyDetails, or a cron expression for custom, read in timeZone) and retention (retentionCount, replicaRetentionCount) '
          + 'that protection policies of the project can point to by policyTemplateId. 409 NAME_TAKEN when the name is used in the project.',
        params: projectParams(), body: TemplateBody, headers: IdempotencyKey,
        response: { 201: PolicyTemplate, ...nativeErrors(400, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const { accountId, projectId } = request.params;
      const answer = await idempotency.run({
        accountId, operation: 'createPolicyTemplate', key: request.headers['idempotency-key'], request: { projectId, body: request.body },
      }, async () => {
        const row = await policies.createTemplate({ accountId, projectId }, request.body);
        return {
          status: 201, body: presentTemplate(row),
          headers: { ETag: etagOf(row.version), Location: `/api/v1/accounts/${accountId}/projects/${projectId}/policy-templates/${row.id}` },
        };
      });
      return sendIdempotent(request, reply, answer);
    });

    app.get(TEMPLATES, {
      config: { permission: 'policy-templates:read' },
      schema: {
        operationId: 'listPolicyTemplates', tags: TEMPLATE_TAGS, summary: 'List policy templates (Range: items=1-100)',
        description: 'The project\'s policy templates, paged by the Range header (items=1-100 by default, at most 1000; Content-Range gives the total), filtered by name and frequency type, sorted by sort_by and sort_order.',
        params: projectParams(), querystring: TemplateListQuery, headers: ListHeaders,
        response: { 200: Type.Array(PolicyTemplate), ...nativeErrors(400, 403, 404) },
      },
    }, async (request, reply) => {
      const range = parseItemRange(request.headers.range);
      const q = request.query;
      const { rows, total } = await policies.listTemplates({
        accountId: request.params.accountId, projectId: request.params.projectId, name: q.name, frequencyTypes: q.frequency_type,
        condition: q.filter_condition ?? 'and', sortBy: SORT_COLUMNS[q.sort_by ?? 'created-at'], sortOrder: q.sort_order ?? 'asc',
      }, range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(presentTemplate);
    });

    app.get(`${TEMPLATES}/:id`, {
      config: { permission: 'policy-templates:read' },
      schema: {
        operationId: 'getPolicyTemplate', tags: TEMPLATE_TAGS, summary: 'Read a policy template',
        description: 'One policy template, with its ETag (If-Match on a write).',
        params: oneTemplate, response: { 200: PolicyTemplate, ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => sendTemplate(reply, 200, await policies.getTemplate(request.params)));

    app.put(`${TEMPLATES}/:id`, {
      config: { permission: 'policy-templates:update', auditTarget: 'policy-template' },
      schema: {
        operationId: 'updatePolicyTemplate', tags: TEMPLATE_TAGS,
        summary: 'Replace a policy template; the policies that use it follow the new schedule from their next slot',
        description: 'Replaces the name, description, schedule and retention (an absent optional field takes its default). Every protection policy that uses the template follows the new schedule and retention. '
          + 'If-Match with its ETag makes the write conditional (412 when it moved on).',
        params: oneTemplate, headers: IfMatch, body: TemplateBody,
        response: { 200: PolicyTemplate, ...nativeErrors(400, 403, 404, 409, 412) },
      },
    }, async (request, reply) =>
      sendTemplate(reply, 200, await policies.updateTemplate(request.params, request.body, expectedVersion(request.headers['if-match']))));

    app.delete(`${TEMPLATES}/:id`, {
      config: { permission: 'policy-templates:delete', auditTarget: 'policy-template' },
      schema: {
        operationId: 'deletePolicyTemplate', tags: TEMPLATE_TAGS, summary: 'Delete a policy template (409 while a protection policy uses it)',
        description: 'Deletes the template. 409 while a protection policy points to it: give those policies their own schedule or another template first.',
        params: oneTemplate, headers: IfMatch, response: { 204: Deleted, ...nativeErrors(403, 404, 409, 412) },
      },
    }, async (request, reply) => {
      await policies.deleteTemplate(request.params, expectedVersion(request.headers['if-match']));
      return reply.status(204).send(null);
    });

    app.post(POLICIES, {
      config: { permission: 'protection-policies:create', auditTarget: 'protection-policy' },
      schema: {
        operationId: 'createProtectionPolicy', tags: POLICY_TAGS,
        summary: 'Bind a schedule (a template, or an inline one) to a cloud assembly; one enabled policy per assembly',
        description: 'Protects the assembly on a schedule: a policy template (policyTemplateId) or the schedule fields given here. Each slot takes a protection (a snapshot of every resource the assembly selects); '
          + 'the oldest beyond retentionCount are deleted. activation says when it starts (now by default). 409 when the assembly already has an enabled policy, or the name is taken.',
        params: assembly, body: CreatePolicyBody, headers: IdempotencyKey,
        response: { 201: ProtectionPolicy, ...nativeErrors(400, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const { accountId, projectId, cloudAssemblyId } = request.params;
      const answer = await idempotency.run({
        accountId, operation: 'createProtectionPolicy', key: request.headers['idempotency-key'], request: { projectId, cloudAssemblyId, body: request.body },
      }, async () => {
        const view = await policies.createPolicy({ accountId, projectId, assemblyId: cloudAssemblyId }, request.body);
        return {
          status: 201, body: presentPolicy(view),
          headers: {
            ETag: etagOf(view.version),
            Location: `/api/v1/accounts/${accountId}/projects/${projectId}/aws/cloud-assemblies/${cloudAssemblyId}/protection-policies/${view.id}`,
          },
        };
      });
      return sendIdempotent(request, reply, answer);
    });

    app.get(POLICIES, {
      config: { permission: 'protection-policies:read' },
      schema: {
        operationId: 'listProtectionPolicies', tags: POLICY_TAGS, summary: "List a cloud assembly's protection policies (Range: items=1-100)",
        description: 'The assembly\'s protection policies, paged by the Range header (items=1-100 by default, at most 1000; Content-Range gives the total), filtered by name and status, sorted by sort_by and sort_order.',
        params: assembly, querystring: PolicyListQuery, headers: ListHeaders,
        response: { 200: Type.Array(ProtectionPolicy), ...nativeErrors(400, 403, 404) },
      },
    }, async (request, reply) => {
      const range = parseItemRange(request.headers.range);
      const q = request.query;
      const { rows, total } = await policies.listPolicies({
        accountId: request.params.accountId, projectId: request.params.projectId, assemblyId: request.params.cloudAssemblyId,
        name: q.name, statuses: q.status, condition: q.filter_condition ?? 'and',
        sortBy: SORT_COLUMNS[q.sort_by ?? 'created-at'], sortOrder: q.sort_order ?? 'asc',
      }, range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(presentPolicy);
    });

    app.get(`${POLICIES}/:id`, {
      config: { permission: 'protection-policies:read' },
      schema: {
        operationId: 'getProtectionPolicy', tags: POLICY_TAGS, summary: 'Read a protection policy, with its schedule, nextRunAt and lastRunAt',
        description: 'One protection policy with the schedule in effect (its template\'s or its own), its next and last slots, and its ETag (If-Match on a write).',
        params: onePolicy, response: { 200: ProtectionPolicy, ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => sendPolicy(reply, 200, await policies.getPolicy(policyRef(request.params))));

    app.put(`${POLICIES}/:id`, {
      config: { permission: 'protection-policies:update', auditTarget: 'protection-policy' },
      schema: {
        operationId: 'updateProtectionPolicy', tags: POLICY_TAGS,
        summary: 'Replace name, description and schedule (and the activation, when given); a new schedule applies from now on',
        description: 'Replaces the schedule: a template (policyTemplateId) or the schedule fields given; an absent description or activation is kept. nextRunAt is computed again from now. '
          + 'If-Match with its ETag makes the write conditional (412 when it moved on).',
        params: onePolicy, headers: IfMatch, body: UpdatePolicyBody,
        response: { 200: ProtectionPolicy, ...nativeErrors(400, 403, 404, 409, 412) },
      },
    }, async (request, reply) =>
      sendPolicy(reply, 200, await policies.updatePolicy(policyRef(request.params), request.body, expectedVersion(request.headers['if-match']))));

    app.put(`${POLICIES}/:id/status`, {
      config: { permission: 'protection-policies:update', auditTarget: 'protection-policy' },
      schema: {
        operationId: 'updateProtectionPolicyStatus', tags: POLICY_TAGS,
        summary: 'Pause (paused) or resume (enabled) a protection policy; a resumed policy does not make up the slots it slept through',
        description: 'paused stops the schedule (nextRunAt null); enabled resumes it from the next slot, or clears an error. 409 when enabling while another policy of the assembly is enabled.',
        params: onePolicy, headers: IfMatch, body: PolicyStatusBody,
        response: { 200: ProtectionPolicy, ...nativeErrors(400, 403, 404, 409, 412) },
      },
    }, async (request, reply) =>
      sendPolicy(reply, 200, await policies.setPolicyStatus(policyRef(request.params), request.body.status, expectedVersion(request.headers['if-match']))));

    app.delete(`${POLICIES}/:id`, {
      config: { permission: 'protection-policies:delete', auditTarget: 'protection-policy' },
      schema: {
        operationId: 'deleteProtectionPolicy', tags: POLICY_TAGS, summary: 'Delete a protection policy; the protections it took stay',
        description: 'Removes the policy and its schedule at once. The protections it took stay, and stay recoverable, until deleted by hand.',
        params: onePolicy, headers: IfMatch, response: { 204: Deleted, ...nativeErrors(403, 404, 412) },
      },
    }, async (request, reply) => {
      await policies.deletePolicy(policyRef(request.params), expectedVersion(request.headers['if-match']));
      return reply.status(204).send(null);
    });
  };
}
