import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { ConditionalReadHeaders, etagOf, NotModified, readPreconditions } from '../../platform/http/etag.ts';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { ListHeaders, projectParams } from '../../platform/http/native-params.ts';
import { contentRange, parseItemRange } from '../../platform/http/range.ts';
import '../../platform/http/route-config.ts';
import { Int64 } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { sendIdempotent, type Idempotency } from '../../platform/idempotency/idempotency.ts';
import '../tenancy/http-auth.ts';
import {
  presentCheck, presentPlanStep, presentPublishedDetails, presentRecoveredResource, presentRecovery, presentResetStatus, presentValidation,
} from './presenter.ts';
import type { RecoveryRow } from './repo.ts';
import { renderReportHtml } from './report-html.ts';
import { DrillReport } from './report-schema.ts';
import {
  PreflightConflict, RECOVERY_EXAMPLE, RecoveryDetails, Recovery, RecoveryListQuery, RecoveryPlan, ResetStatusBody, StartConfigOnlyRecoveryBody, StartRecoveryBody,
} from './schemas.ts';
import type { RecoveriesService } from './service.ts';
import type { ResolvedPlan } from './start-recovery.ts';

// One name per path parameter: cloudAssemblyId under cloud-assemblies/ (as the protection status reference page names it), id for the recovery.
const BASE = '/accounts/:accountId/projects/:projectId/aws/cloud-assemblies/:cloudAssemblyId/recoveries';
const TAGS = ['recoveries'];
const assemblyParams = projectParams({ cloudAssemblyId: Int64('AWS cloud assembly ID.') });
const one = projectParams({ cloudAssemblyId: Int64('AWS cloud assembly ID.'), id: Type.String({ minLength: 1, maxLength: 100, description: 'AWS Recovery ID (rec-…).' }) });
type One = { accountId: number; projectId: string; assemblyId: number; id: string };
const refOf = (p: Omit<One, "assemblyId"> & { cloudAssemblyId: number }) => ({ accountId: p.accountId, projectId: p.projectId, assemblyId: p.cloudAssemblyId, id: p.id });
const IdempotencyKey = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ maxLength: 255, description: 'Any string up to 255 characters: a repeat with the same key and body (for 24 hours) answers the first recovery instead of starting another.' })),
});

function send(reply: FastifyReply, status: number, row: RecoveryRow) {
  return reply.status(status).header('ETag', etagOf(row.version)).send(presentRecovery(row));
}

function presentPlan(resolved: ResolvedPlan) {
  const steps = resolved.plan.steps;
  const count = (action: string) => steps.filter((s) => s.action === action).length;
  const notes = resolved.mode === 'reuse-existing'
    ? ['Reuse is forecast from the latest sync of the target connection; the recovery asks the cloud again when it runs.']
    : [];
  return {
    dryRun: true as const, protectionId: resolved.protection.id, protectionTimestamp: resolved.protection.created_at,
    recoveryScope: resolved.scope, recoveryMode: resolved.mode, isolation: resolved.isolation, targetCloudConnectionId: resolved.targetConnectionId, targetRegion: resolved.targetRegion,
    summary: { total: steps.length, create: count('create'), restore: count('restore'), reuse: count('reuse'), useSource: count('use-source'), blocked: count('blocked') },
    blockers: steps.filter((s) => s.blocker).map((s) => ({ sourceResourceId: s.sourceResourceId, reason: s.blocker! })),
    checks: resolved.checks.map(presentCheck), notes, steps: steps.map(presentPlanStep),
  };
}

/** Whether the Accept header ranks text/html above JSON (a browser's does); no header, or a tie, is JSON. */
function prefersHtml(accept: string | undefined): boolean {
  const quality = (type: string) => Math.max(0, ...(accept ?? '').split(',').map((part) => {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    return range === type ? q : -1;
  }));
  return quality('text/html') > quality('application/json');
}

export function recoveryRoutes(recoveries: RecoveriesService, idempotency: Idempotency) {
  /** A recovery's details: Lifeboat's fields, the published ones, the checks, the validation and every resource. */
  async function sendDetails(reply: FastifyReply, ref: One) {
    const { recovery, resources, checks, validation } = await recoveries.details(ref);
    return reply.header('ETag', etagOf(recovery.version))
      .send({ ...presentRecovery(recovery), ...presentPublishedDetails(recovery), checks: checks.checks.map(presentCheck), forced: checks.forced,
        validation: presentValidation(recovery, validation), resources: resources.map(presentRecoveredResource) });
  }

  return async function (app: HttpServer): Promise<void> {
    app.post(BASE, {
      config: { permission: 'recoveries:create', auditTarget: 'recovery' },
      schema: {
        operationId: 'startAwsCloudAssemblyRecovery', tags: TAGS,
        summary: 'Start a recovery (202), or with dryRun see its plan and pre-flight checks (200) without changing the cloud; a failed check refuses the start (409) unless force',
        description: 'Rebuilds the assembly\'s resources from a protection (the latest successful one by default) where recoveryScope says: its own region, '
          + 'another region (crossRegionConfiguration), another zone (crossZoneConfiguration) or another account (crossAccountConfiguration), in dependency order. '
          + 'Pre-flight checks run first (connection, services and regions, quotas, instance types, snapshots, names, age of the recovery point): a failed one answers 409 with the checks, '
          + 'unless force. 202 answers the recovery in status pending; follow it with GET …/recoveries/{id}, and delete what it made with POST …/recoveries/{id}/reset. '
          + 'With dryRun true, 200 answers the plan and the checks, and nothing is changed.',
        params: assemblyParams, headers: IdempotencyKey, body: StartRecoveryBody,
        response: { 200: RecoveryPlan, 202: Recovery, ...nativeErrors(403, 404), 409: PreflightConflict },
      },
    }, async (request, reply) => {
      const { accountId, projectId, cloudAssemblyId: assemblyId } = request.params;
      const scope = { accountId, projectId, assemblyId };
      if (request.body.dryRun) return reply.status(200).send(presentPlan(await recoveries.resolve(scope, request.body)));
      const answer = await idempotency.run({
        accountId, operation: 'startAwsCloudAssemblyRecovery', key: request.headers['idempotency-key'], request: { projectId, assemblyId, body: request.body },
      }, async () => {
        const row = await recoveries.start(scope, request.body, request.principal!.actor);
        return { status: 202, body: presentRecovery(row), headers: { ETag: etagOf(row.version), Location: `${request.url.split('?')[0]}/${row.id}` } };
      });
      return sendIdempotent(request, reply, answer);
    });

    app.post(`${BASE}/config-only`, {
      config: { permission: 'recoveries:create', auditTarget: 'recovery' },
      schema: {
        operationId: 'startAwsCloudAssemblyConfigOnlyRecovery', tags: TAGS,
        summary: 'Start a configuration-only recovery (202): the configuration is rebuilt, data resources (volumes, databases, tables, buckets) are left out; dryRun shows its plan (200)',
        description: 'As POST …/recoveries, for the network and compute configuration only: no snapshot is restored, so it needs no data-resource snapshot and no transfer between accounts. '
          + 'Its scopes are same-region, cross-region and cross-account; its mode is rebuild; its isolation is isolated.',
        params: assemblyParams, headers: IdempotencyKey, body: StartConfigOnlyRecoveryBody,
        response: { 200: RecoveryPlan, 202: Recovery, ...nativeErrors(403, 404), 409: PreflightConflict },
      },
    }, async (request, reply) => {
      const { accountId, projectId, cloudAssemblyId: assemblyId } = request.params;
      const scope = { accountId, projectId, assemblyId };
      const options = { configurationOnly: true };
      if (request.body.dryRun) return reply.status(200).send(presentPlan(await recoveries.resolve(scope, request.body, options)));
      const answer = await idempotency.run({
        accountId, operation: 'startAwsCloudAssemblyConfigOnlyRecovery', key: request.headers['idempotency-key'], request: { projectId, assemblyId, body: request.body },
      }, async () => {
        const row = await recoveries.start(scope, request.body, request.principal!.actor, options);
        return { status: 202, body: presentRecovery(row), headers: { ETag: etagOf(row.version), Location: `${request.url.split('?')[0].replace(/\/config-only$/, '')}/${row.id}` } };
      });
      return sendIdempotent(request, reply, answer);
    });

    app.get(BASE, {
      config: { permission: 'recoveries:read' },
      schema: {
        operationId: 'listAwsCloudAssemblyRecoveries', tags: TAGS,
        summary: "The assembly's recoveries, newest first; with ?id= one recovery's details (the published AWS Recovery Details)",
        description: 'A page of the assembly\'s recoveries, newest first (the Range header: items=1-100 by default; Content-Range gives the total), optionally only some statuses. '
          + 'With ?id= it answers that one recovery\'s details instead, as GET …/recoveries/{id} does.',
        params: assemblyParams, querystring: RecoveryListQuery, headers: ListHeaders,
        response: { 200: Type.Union([Type.Array(Recovery), RecoveryDetails], { examples: [[RECOVERY_EXAMPLE]] }), ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => {
      const { accountId: a, projectId: p, cloudAssemblyId: s } = request.params;
      if (request.query.id !== undefined) return sendDetails(reply, { accountId: a, projectId: p, assemblyId: s, id: request.query.id });
      const range = parseItemRange(request.headers.range);
      const { accountId, projectId, cloudAssemblyId: assemblyId } = request.params;
      const { rows, total } = await recoveries.list({ accountId, projectId, assemblyId }, request.query.status, range);
      reply.header('Content-Range', contentRange(range, rows.length, total));
      return rows.map(presentRecovery);
    });

    app.get(`${BASE}/:id`, {
      config: { permission: 'recoveries:read' },
      schema: {
        operationId: 'getAwsCloudAssemblyRecovery', tags: TAGS, summary: 'A recovery with the source → recovered mapping of every resource',
        description: 'The recovery, its pre-flight checks, its validation and every resource of its plan: the source id, what was done, and the recovered id and ARN in the target. '
          + 'Carries the recovery\'s ETag.',
        params: one, response: { 200: RecoveryDetails, ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => sendDetails(reply, refOf(request.params)));

    app.get(`${BASE}/:id/report`, {
      config: { permission: 'recoveries:read' },
      schema: {
        operationId: 'getAwsCloudAssemblyRecoveryReport', tags: TAGS,
        summary: "The drill report: recovery point, targets and measured RTO/RPO, checks, validation, every resource's outcome and timing, the reset and its leftovers",
        description: 'JSON by default; with `Accept: text/html`, the same as one self-contained printable page (inline CSS and SVG, no script, no external asset).',
        params: one,
        response: {
          200: {
            description: 'The report',
            content: { 'application/json': { schema: DrillReport }, 'text/html': { schema: Type.String({ description: 'One self-contained HTML page' }) } },
          },
          ...nativeErrors(403, 404),
        },
      },
    }, async (request, reply) => {
      const report = await recoveries.report(refOf(request.params));
      if (!prefersHtml(request.headers.accept)) return reply.type('application/json').send(report);
      return reply.type('text/html; charset=utf-8').header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'").send(renderReportHtml(report));
    });

    app.post(`${BASE}/:id/cancel`, {
      config: { permission: 'recoveries:cancel', auditTarget: 'recovery' },
      schema: {
        operationId: 'cancelAwsCloudAssemblyRecovery', tags: TAGS, summary: 'Cancel a pending or running recovery (202): it ends aborted',
        description: 'The recovery stops at its next step: between rebuild writes, or, while it validates, at the next check boundary '
          + 'or within a second of the wait for its resources to be ready (the checks not run are recorded skipped). What it made stays until a reset.',
        params: one, response: { 202: Recovery, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => send(reply, 202, await recoveries.cancel(refOf(request.params))));

    app.post(`${BASE}/:id/reset`, {
      config: { permission: 'recoveries:reset', auditTarget: 'recovery' },
      schema: {
        operationId: 'resetAwsCloudAssemblyRecovery', tags: TAGS, summary: 'Tear down what the recovery created (202), in reverse dependency order',
        description: 'Deletes every resource the recovery created (nothing it mapped or reused, nothing of the source), deepest dependency first, then sweeps the target for anything '
          + 'still tagged with the recovery. Answers 202 with the recovery (resetStatus pending); follow it with GET …/reset-status. 409 while the recovery runs, or when a reset already completed.',
        params: one, response: { 202: Recovery, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => send(reply, 202, await recoveries.reset(refOf(request.params), request.principal!.actor)));

    app.get(`${BASE}/:id/reset-status`, {
      config: { permission: 'recoveries:read' },
      schema: {
        operationId: 'getAwsRecoveryResetStatus', tags: TAGS, summary: 'AWS recovery reset status',
        description: 'The status of the recovery\'s reset and its message; 409 before a reset was asked for. '
          + 'Carries the recovery\'s ETag: If-None-Match with it is 304 while the recovery has not changed; an If-Match it no longer has is 412.',
        params: one, headers: ConditionalReadHeaders, response: { 200: ResetStatusBody, 304: NotModified, ...nativeErrors(403, 404, 409, 412) },
      },
    }, async (request, reply) => {
      const row = await recoveries.resetStatus(refOf(request.params));
      reply.header('ETag', etagOf(row.version));
      if (readPreconditions(request.headers, row.version) === 'not-modified') return reply.status(304).send(null);
      return presentResetStatus(row);
    });
  };
}
