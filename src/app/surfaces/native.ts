import type { SimCloud } from '../../cloud/sim/index.ts';
import type { AuthLimiter } from '../../platform/http/auth-limit.ts';
import { answerIn } from '../../platform/http/dialects.ts';
import { nativeErrorHandler } from '../../platform/http/native-errors.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { Idempotency } from '../../platform/idempotency/idempotency.ts';
import { assemblyRoutes } from '../../modules/assemblies/routes.ts';
import type { AssembliesService } from '../../modules/assemblies/service.ts';
import { auditHook } from '../../modules/audit/http-hook.ts';
import { auditRoutes } from '../../modules/audit/routes.ts';
import type { AuditService } from '../../modules/audit/service.ts';
import { connectionRoutes } from '../../modules/connections/routes.ts';
import type { ConnectionsService } from '../../modules/connections/service.ts';
import { drillRoutes, type DrillsService } from '../../modules/drills/index.ts';
import { policyRoutes, type PoliciesService } from '../../modules/policies/index.ts';
import { protectionRoutes } from '../../modules/protections/routes.ts';
import type { ProtectionsService } from '../../modules/protections/service.ts';
import { recoveryRoutes } from '../../modules/recoveries/routes.ts';
import type { RecoveriesService } from '../../modules/recoveries/service.ts';
import { sessionAccountRoutes } from '../../modules/sessions/account-routes.ts';
import type { SessionsService } from '../../modules/sessions/service.ts';
import { simAdminRoutes } from './sim-admin/routes.ts';
import { accessKeyRoutes } from '../../modules/tenancy/access-key-routes.ts';
import type { AccessKeysService } from '../../modules/tenancy/access-keys.ts';
import { nativeAuthHooks, type SessionAuth } from '../../modules/tenancy/http-auth.ts';
import { tenancyRoutes } from '../../modules/tenancy/routes.ts';
import { webhookRoutes } from '../../modules/webhooks/routes.ts';
import type { WebhooksService } from '../../modules/webhooks/service.ts';
import type { TenancyService } from '../../modules/tenancy/service.ts';

export interface NativeSurfaceDeps {
  readonly tenancy: TenancyService;
  readonly accessKeys: AccessKeysService;
  readonly audit: AuditService;
  readonly idempotency: Idempotency;
  readonly connections: ConnectionsService;
  readonly assemblies: AssembliesService;
  readonly protections: ProtectionsService;
  readonly recoveries: RecoveriesService;
  readonly policies: PoliciesService;
  readonly drills: DrillsService;
  readonly webhooks: WebhooksService;
  readonly sim: SimCloud | undefined;
  readonly authLimit: AuthLimiter;
  /** Signed-in people: their sessions authenticate like tokens, and admins list and revoke them. */
  readonly sessions: { readonly service: SessionsService; readonly auth: SessionAuth; readonly idleMs: number };
}

/** /api/v1: bearer auth, the native error body (platform/http/native-errors.ts; bodies: platform/http/bodies.ts), an audit event for every write, and every native route. */
export function nativeSurface(deps: NativeSurfaceDeps) {
  return async function (app: HttpServer): Promise<void> {
    answerIn(app, nativeErrorHandler);
    const auth = nativeAuthHooks(deps.tenancy, deps.authLimit, deps.sessions.auth);
    app.addHook('onRequest', auth.onRequest);
    app.addHook('preValidation', auth.preValidation);
    app.addHook('onSend', auditHook(deps.audit));
    await app.register(tenancyRoutes(deps.tenancy));
    await app.register(accessKeyRoutes(deps.accessKeys));
    await app.register(auditRoutes(deps.audit));
    await app.register(sessionAccountRoutes(deps.sessions.service, deps.sessions.idleMs));
    await app.register(connectionRoutes(deps.connections, deps.idempotency));
    await app.register(assemblyRoutes(deps.assemblies));
    await app.register(policyRoutes(deps.policies, deps.idempotency));
    await app.register(protectionRoutes(deps.protections, deps.idempotency));
    await app.register(recoveryRoutes(deps.recoveries, deps.idempotency));
    await app.register(drillRoutes(deps.drills));
    await app.register(webhookRoutes(deps.webhooks));
    if (deps.sim) await app.register(simAdminRoutes(deps.sim));
  };
}
