import { answerIn } from '../../platform/http/dialects.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { auditHook } from '../../modules/audit/http-hook.ts';
import type { AuditService } from '../../modules/audit/service.ts';
import { authDomainRoutes } from '../../modules/network/auth-domains-routes.ts';
import { bandwidthPackageRoutes } from '../../modules/network/bandwidth-package-routes.ts';
import { cloudConnectionRoutes } from '../../modules/network/cloud-connection-routes.ts';
import { networkAuthHook, type NetworkAuthDeps } from '../../modules/network/http-auth.ts';
import { interRegionBandwidthRoutes } from '../../modules/network/inter-region-bandwidth-routes.ts';
import { networkInstanceRoutes } from '../../modules/network/network-instance-routes.ts';
import { documentNetworkSecurity } from '../../modules/network/route-helpers.ts';
import type { NetworkService } from '../../modules/network/service.ts';
import { networkErrorHandler } from './network-errors.ts';
import type { TenancyService } from '../../modules/tenancy/service.ts';

export interface NetworkSurfaceDeps extends NetworkAuthDeps {
  readonly tenancy: NetworkAuthDeps['tenancy'] & Pick<TenancyService, 'listAccounts'>;
  readonly network: NetworkService;
  readonly audit: AuditService;
}

/**
 * /v3/{domain_id}/ccaas: the Huawei Cloud Connect v3 dialect. X-Auth-Token or AK/SK (SDK-HMAC-SHA256) auth,
 * `{"error_code": "CC.xxxx", "error_msg", "request_id"}` errors, `request_id` in every body, an audit event
 * for every write.
 */
export function networkSurface(deps: NetworkSurfaceDeps) {
  return async function (app: HttpServer): Promise<void> {
    answerIn(app, networkErrorHandler);
    // Bodies (and the raw text an AK/SK signature covers, request.rawBody) are read by platform/http/bodies.ts.
    app.addHook('preValidation', networkAuthHook(deps));
    app.addHook('onSend', auditHook(deps.audit));
    app.addHook('onRoute', documentNetworkSecurity);
    await app.register(cloudConnectionRoutes(deps.network));
    await app.register(networkInstanceRoutes(deps.network));
    await app.register(bandwidthPackageRoutes(deps.network));
    await app.register(interRegionBandwidthRoutes(deps.network));
    // Keystone's domain discovery, which Huawei's SDK calls when built without withDomainId().
    await app.register(authDomainRoutes(deps.tenancy));
  };
}
