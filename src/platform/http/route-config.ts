/** A permission is `<resource>:<verb>`, e.g. `cloud-connections:update`. */
export type Permission = `${string}:${string}`;

/** How much of the path a route's permission is checked against. */
export type RouteScope = 'instance' | 'account' | 'project';

// What every authenticated route declares in its config; the surface's auth and audit hooks read it.
declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission the route needs; every authenticated route names one. */
    permission?: Permission;
    /** Default `project`: the check covers the path's account and project. */
    scope?: RouteScope;
    /** What the audit trail calls the route's target (`cloud-connection`); the id comes from the path's `id`. */
    auditTarget?: string;
  }
  interface FastifyRequest {
    /** Set by handlers that create something, so the audit event names what was made. */
    auditTargetId?: string;
  }
}
