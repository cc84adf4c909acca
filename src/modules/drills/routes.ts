import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { etagOf, expectedVersion } from '../../platform/http/etag.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { ListHeaders, projectParams } from '../../platform/http/native-params.ts';
import { contentRange, parseItemRange } from '../../platform/http/range.ts';
import { Int64 } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import '../../platform/http/route-config.ts';
import { IfMatchHeaders as IfMatch } from '../../platform/http/versioned-updates.ts';
import { presentDrillPolicy, presentDrillRun } from './presenter.ts';
import type { DrillPolicyRow } from './repo.ts';
import { CreateDrillPolicyBody, DrillPolicy, DrillPolicyStatusBody, DrillRun, UpdateDrillPolicyBody } from './schemas.ts';
import type { DrillsService } from './service.ts';

const POLICIES = '/accounts/:accountId/projects/:projectId/aws/cloud-assemblies/:cloudAssemblyId/drill-policies';
const TAGS = ['drill policies'];
const RECOVERY_CHECKED = 'The recovery body is checked against the assembly as a start would check it (whatever protection it will recover from): '
  + 'a body a run would be refused is 400, its fieldErrors named under recovery. (recovery.crossRegionConfiguration.recoveryRegion), and nothing is written.';
const assembly = projectParams({ cloudAssemblyId: Int64('Cloud assembly ID.') });
const onePolicy = projectParams({ cloudAssemblyId: Int64('Cloud assembly ID.'), id: Int64('Drill policy ID.') });
type PolicyParams = { accountId: number; projectId: string; cloudAssemblyId: number; id: number };
const policyRef = (p: PolicyParams) => ({ accountId: p.accountId, projectId: p.projectId, assemblyId: p.cloudAssemblyId, id: p.id });
const scopeOf = (p: Omit<PolicyParams, 'id'>) => ({ accountId: p.accountId, projectId: p.projectId, assemblyId: p.cloudAssemblyId });

function sendPolicy(reply: FastifyReply, status: number, row: DrillPolicyRow) {
  return reply.status(status).header('ETag', etagOf(row.version)).send(presentDrillPolicy(row));
}

/** P/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies: scheduled drills, their runs, and a run now. */
export function drillRoutes(drills: DrillsService) {
  return async function (app: HttpServer): Promise<void> {
    app.post(POLICIES, {
      config: { permission: 'drill-policies:create', auditTarget: 'drill-policy' },
      schema: {
        operationId: 'createDrillPolicy', tags: TAGS,
        summary: 'Schedule drills of a cloud assembly: a recovery from its latest successful protection, reset after resetAfterMinutes',
        description: 'Runs a drill of the assembly on a schedule: each run starts a recovery (as recovery says; rebuild in isolation by default) from the latest successful protection, '
          + 'validates it, resets it resetAfterMinutes after it started, and reports the measured RTO and RPO. 409 NAME_TAKEN when the name is used. ' + RECOVERY_CHECKED,
        params: assembly, body: CreateDrillPolicyBody, response: { 201: DrillPolicy, ...nativeErrors(400, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const row = await drills.createDrillPolicy(scopeOf(request.params), request.body);
      const { accountId, projectId, cloudAssemblyId } = request.params;
      reply.header('Location', `/api/v1/accounts/${accountId}/projects/${projectId}/aws/cloud-assemblies/${cloudAssemblyId}/drill-policies/${row.id}`);
      return sendPolicy(reply, 201, row);
    });

    app.get(POLICIES, {
      config: { permission: 'drill-policies:read' },
      schema: {
        operationId: 'listDrillPolicies', tags: TAGS, summary: "List a cloud assembly's drill policies (Range: items=1-100)",
        description: 'The assembly\'s drill policies, paged by the Range header (items=1-100 by default, at most 1000; Content-Range gives the total).',
        params: assembly, headers: ListHeaders, response: { 200: Type.Array(DrillPolicy), ...nativeErrors(400, 403, 404) },
      },
    }, async (request, reply) => {
      const range = parseItemRange(request.headers.range);
      const { rows, total } = await drills.listDrillPolicies(scopeOf(request.params), range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(presentDrillPolicy);
    });

    app.get(`${POLICIES}/:id`, {
      config: { permission: 'drill-policies:read' },
      schema: {
        operationId: 'getDrillPolicy', tags: TAGS, summary: 'Read a drill policy, with nextRunAt and lastRunAt',
        description: 'One drill policy, its schedule, the recovery each run starts, and its ETag (If-Match on a write).',
        params: onePolicy, response: { 200: DrillPolicy, ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => sendPolicy(reply, 200, await drills.getDrillPolicy(policyRef(request.params))));

    app.put(`${POLICIES}/:id`, {
      config: { permission: 'drill-policies:update', auditTarget: 'drill-policy' },
      schema: {
        operationId: 'updateDrillPolicy', tags: TAGS, summary: 'Replace a drill policy (all but its status); a new schedule applies from now on',
        description: 'Replaces name, description, schedule, recovery and resetAfterMinutes (an absent description or recovery is empty, as on create); nextRunAt is computed again from now. '
          + 'If-Match with its ETag makes the write conditional (412 when it moved on). ' + RECOVERY_CHECKED,
        params: onePolicy, headers: IfMatch, body: UpdateDrillPolicyBody, response: { 200: DrillPolicy, ...nativeErrors(400, 403, 404, 409, 412) },
      },
    }, async (request, reply) =>
      sendPolicy(reply, 200, await drills.updateDrillPolicy(policyRef(request.params), request.body, expectedVersion(request.headers['if-match']))));

    app.put(`${POLICIES}/:id/status`, {
      config: { permission: 'drill-policies:update', auditTarget: 'drill-policy' },
      schema: {
        operationId: 'updateDrillPolicyStatus', tags: TAGS, summary: 'Pause (paused) or resume (enabled) a drill policy',
        description: 'paused stops the schedule (nextRunAt null, a run under way goes on); enabled resumes it from the next slot, without making up the ones slept through.',
        params: onePolicy, headers: IfMatch, body: DrillPolicyStatusBody, response: { 200: DrillPolicy, ...nativeErrors(400, 403, 404, 409, 412) },
      },
    }, async (request, reply) =>
      sendPolicy(reply, 200, await drills.setDrillPolicyStatus(policyRef(request.params), request.body.status, expectedVersion(request.headers['if-match']))));

    app.delete(`${POLICIES}/:id`, {
      config: { permission: 'drill-policies:delete', auditTarget: 'drill-policy' },
      schema: {
        operationId: 'deleteDrillPolicy', tags: TAGS, summary: 'Delete a drill policy and its runs (a recovery under way still resets itself)',
        description: 'Deletes the policy and the record of its runs. A recovery a run started stays, and is still reset when its resetAfterMinutes is up.',
        params: onePolicy, headers: IfMatch, response: { 204: Type.Null({ description: 'Deleted' }), ...nativeErrors(403, 404, 409, 412) },
      },
    }, async (request, reply) => {
      await drills.deleteDrillPolicy(policyRef(request.params), expectedVersion(request.headers['if-match']));
      return reply.status(204).send(null);
    });

    app.post(`${POLICIES}/:id/run`, {
      config: { permission: 'drill-policies:recover', auditTarget: 'drill-policy' },
      schema: {
        operationId: 'runDrillPolicy', tags: TAGS,
        summary: 'Run the drill now (202 with the run): recovery, its validation, its reset after resetAfterMinutes, then the drill webhook',
        description: 'Starts a run at once, outside the schedule (trigger manual), paused policy included. Follow it with GET …/runs: status goes pending, recovering, resetting, then completed or failed; '
          + 'a run with no successful protection to recover is skipped.',
        params: onePolicy, response: { 202: DrillRun, ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => reply.status(202).send(presentDrillRun(await drills.runDrillPolicy(policyRef(request.params)))));

    app.get(`${POLICIES}/:id/runs`, {
      config: { permission: 'drill-policies:read' },
      schema: {
        operationId: 'listDrillRuns', tags: TAGS, summary: "A drill policy's runs, newest first (Range: items=1-100)",
        description: 'Runs of the policy, newest first, paged by the Range header (items=1-100 by default, at most 1000; Content-Range gives the total), each with its recovery, outcome, RTO, RPO and report link.',
        params: onePolicy, headers: ListHeaders, response: { 200: Type.Array(DrillRun), ...nativeErrors(400, 403, 404) },
      },
    }, async (request, reply) => {
      const range = parseItemRange(request.headers.range);
      const { rows, total } = await drills.listDrillRuns(policyRef(request.params), range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(presentDrillRun);
    });
  };
}
