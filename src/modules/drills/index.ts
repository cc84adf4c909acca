// The drills module's public API: what the composition root uses.
export type { DrillTables } from './tables.ts';
export { drillPoliciesMigration } from './migration.ts';
export { createDrillsService, removeAssemblyDrillPolicies, type DrillsService } from './service.ts';
export type { DrillsDeps, DrillRecoveriesPort, DrillRecoveryView } from './context.ts';
export { drillRoutes } from './routes.ts';
export { DRILLS_TICK_KIND } from './scheduler.ts';
