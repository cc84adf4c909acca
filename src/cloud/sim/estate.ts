import { actionsFor } from '../iam-actions.ts';
import { AWS_SERVICES } from '../provider.ts';
import type { SimAccessKeyInput, SimAccountInput, SimRoleInput } from './accounts.ts';
import { RegionBuilder } from './estate-builder.ts';
import { buildUsEast1 } from './estate-us-east-1.ts';
import { buildUsWest2 } from './estate-us-west-2.ts';
import { SIM_QUOTA_NAMES, type SimQuotaInput, type SimQuotaName } from './quotas.ts';
import type { SimResourceInput } from './resources.ts';

/**
 * The demo estate `seedDemoEstate()` puts in the simulated cloud. Everything in it is derived from
 * names, so two seeds (or two machines) produce the same ids, ARNs and configuration.
 *
 * - 111111111111 `demo-production`: two applications tagged `app=shop` and `app=billing` (plus
 *   `env=prod`, `Name=…`) across us-east-1 (shop, billing's invoicer) and us-west-2 (billing's back
 *   office, shop's replica bucket); billing depends on shop's queue, database and security group.
 * - 222222222222 `demo-recovery`: empty, the place recoveries rebuild into (the demo's `demo-aws-dr` connection).
 * - Role `LifeboatAccess` in both, with no external id requirement:
 *   arn:aws:iam::111111111111:role/LifeboatAccess, arn:aws:iam::222222222222:role/LifeboatAccess. Each has the
 *   permissions Lifeboat's role template grants for every service (actionsFor), limited to the demo regions.
 * - Both accounts carry raised quotas, as a production account would (DEMO_QUOTAS): several drills fit.
 * - Access key for 111111111111: AKIASIMDEMO000000001 / sim-demo-secret-key-111111111111. It is a
 *   published demo credential of a cloud that does not exist, hence written here.
 * - 999999999999 is never seeded: every call for it fails as unreachable (see credentials.ts).
 */
export const DEMO_PRODUCTION_ACCOUNT_ID = '111111111111';
export const DEMO_RECOVERY_ACCOUNT_ID = '222222222222';
export const DEMO_ROLE_NAME = 'LifeboatAccess';
export const DEMO_REGIONS = ['us-east-1', 'us-west-2'] as const;
const DEMO_ACCOUNT_IDS = [DEMO_PRODUCTION_ACCOUNT_ID, DEMO_RECOVERY_ACCOUNT_ID];
export const DEMO_ACCESS_KEY: SimAccessKeyInput = {
  accessKeyId: 'AKIASIMDEMO000000001',
  secretAccessKey: 'sim-demo-secret-key-111111111111',
  accountId: DEMO_PRODUCTION_ACCOUNT_ID,
};

/** The demo accounts' quotas in every region: AWS's defaults (5 VPCs, 5 Elastic IPs, 5 vCPUs) would not hold a second copy of the estate. */
export const DEMO_QUOTAS: Readonly<Record<SimQuotaName, number>> = { vpcs: 20, 'elastic-ips': 20, 'on-demand-vcpus': 256, 'rds-instances': 40 };

export interface SimEstate {
  readonly accounts: readonly SimAccountInput[];
  readonly roles: readonly SimRoleInput[];
  readonly accessKeys: readonly SimAccessKeyInput[];
  readonly resources: readonly SimResourceInput[];
  readonly quotas: readonly SimQuotaInput[];
}

/** The demo estate, built fresh (and identically) on every call. */
export function demoEstate(): SimEstate {
  const east = new RegionBuilder(DEMO_PRODUCTION_ACCOUNT_ID, 'us-east-1', 0);
  buildUsEast1(east);
  // Offset the clock so us-west-2 looks created after us-east-1, not interleaved with it.
  const west = new RegionBuilder(DEMO_PRODUCTION_ACCOUNT_ID, 'us-west-2', 100);
  buildUsWest2(west);
  return {
    accounts: [
      { accountId: DEMO_PRODUCTION_ACCOUNT_ID, name: 'demo-production', reachable: true },
      { accountId: DEMO_RECOVERY_ACCOUNT_ID, name: 'demo-recovery', reachable: true },
    ],
    roles: DEMO_ACCOUNT_IDS.map((accountId) => ({ accountId, roleName: DEMO_ROLE_NAME, externalId: null, actions: actionsFor(AWS_SERVICES), regions: DEMO_REGIONS })),
    accessKeys: [DEMO_ACCESS_KEY],
    resources: [...east.resources, ...west.resources],
    quotas: DEMO_ACCOUNT_IDS.flatMap((accountId) => SIM_QUOTA_NAMES.map((quota) => ({ accountId, region: '*', quota, limit: DEMO_QUOTAS[quota] }))),
  };
}
