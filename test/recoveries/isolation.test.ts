import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectNativeError } from '../tenancy/native.ts';
import { DEMO_ACCOUNT, ESTATE, idOf } from '../assemblies/fixture.ts';
import { type Json } from '../protections/fixture.ts';
import { protectedShop, recover, recoveryDetails, startRecovery, waitForRecovery } from './fixture.ts';

const SOURCE_REGION = 'us-east-1';
const INVOICER_SG = idOf(SOURCE_REGION, 'billing-invoicer-sg');
const DB_SG = idOf(SOURCE_REGION, 'shop-db-sg');

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Isolated and as-captured drills of the demo shop: what a recovered resource may still name of production, read from the simulated cloud. */
for (const dialect of DIALECTS) {
  describe(`recoveries: isolated drills [${dialect}]`, () => {
    let t: TestApp;
    let shop: { connectionId: number; assemblyId: number; protectionId: string };
    /** What production is: every id and ARN of the demo account in the source region, its instance profiles and key pairs. */
    const production = new Set<string>();

    beforeAll(async () => {
      t = await startTestApp(dialect);
      shop = await protectedShop(t);
      for (const seeded of ESTATE.filter((r) => r.region === SOURCE_REGION)) {
        const resource = (await t.app.sim!.getResource({ accountId: DEMO_ACCOUNT, region: SOURCE_REGION, resourceId: seeded.resourceId }))!;
        production.add(resource.resourceId).add(resource.arn);
        for (const key of ['iamInstanceProfile', 'keyName']) {
          if (typeof resource.configuration[key] === 'string') production.add(resource.configuration[key] as string);
        }
      }
    });
    afterAll(() => t.close());

    /** A recovery run to its end, which must complete with every resource recovered (or mapped, as-captured). */
    async function drill(payload: Json): Promise<Json> {
      const id = await recover(t, shop.assemblyId, payload);
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done.recoveryStatus, JSON.stringify(done.resources.filter((r: Json) => r.error))).toBe('completed');
      expect(done).toMatchObject({ failedCount: 0, skippedCount: 0 });
      return done;
    }
    const resourceOf = (done: Json, sourceId: string) => done.resources.find((r: Json) => r.sourceResourceId === sourceId);
    const recoveredConfiguration = async (done: Json, sourceId: string) => {
      const recovered = resourceOf(done, sourceId);
      return (await t.app.sim!.getResource({ accountId: DEMO_ACCOUNT, region: done.targetRegion, resourceId: recovered.recoveredResourceId }))!.configuration;
    };

    it('the body takes isolation: isolated by default, shown on the recovery; anything else is a 400 naming the field', async () => {
      const plan = (await startRecovery(t, shop.assemblyId, { recoveryName: 'iso-plan', dryRun: true })).json();
      expect(plan.isolation).toBe('isolated');
      const refused = expectNativeError(await startRecovery(t, shop.assemblyId, { recoveryName: 'iso-bad', isolation: 'none' }), 400);
      expect(Object.keys(refused.fieldErrors)).toEqual(['isolation']);
    });

    it('isolated same-region drill: completes, and no recovered configuration names a production id, ARN, instance profile or key pair', async () => {
      const payload = { recoveryName: 'iso-same' };
      const plan = (await startRecovery(t, shop.assemblyId, { ...payload, dryRun: true })).json();
      const done = await drill(payload);
      expect(done.isolation).toBe('isolated');
      // The billing group is rebuilt with the drill (captured as a dependency), so the database group names the copy.
      expect(resourceOf(done, INVOICER_SG)).toMatchObject({ action: 'create', status: 'recovered' });
      const dbSg = await recoveredConfiguration(done, DB_SG);
      expect(dbSg.ingress).toContainEqual(expect.objectContaining({ sourceSecurityGroupId: resourceOf(done, INVOICER_SG).recoveredResourceId }));

      const named: string[] = [];
      for (const resource of done.resources) {
        expect(resource.status, resource.sourceResourceId).toBe('recovered');
        const configuration = await recoveredConfiguration(done, resource.sourceResourceId);
        for (const value of strings(configuration)) {
          if (production.has(value) || /^(pcx|tgw)-/.test(value)) named.push(`${resource.sourceResourceId}: ${value}`);
        }
      }
      expect(named).toEqual([]);

      // What was dropped is on each resource, and the dry run said the same.
      const web1 = idOf(SOURCE_REGION, 'shop-web-1');
      expect(resourceOf(done, web1).droppedReferences.map((d: Json) => d.field)).toEqual(['iamInstanceProfile', 'keyName']);
      expect(resourceOf(done, web1).droppedReferences[1]).toMatchObject({ reference: 'shop-prod', reason: expect.stringMatching(/key pair/) });
      expect(resourceOf(done, idOf(SOURCE_REGION, 'shop-web-1-root')).droppedReferences).toEqual([
        { field: 'attachment.instanceId', reference: web1, reason: `${web1} is recovered after this resource, so this cannot name its copy` },
      ]);
      for (const step of plan.steps) expect(resourceOf(done, step.sourceResourceId).droppedReferences, step.sourceResourceId).toEqual(step.droppedReferences);
    });

    it("as-captured same-region drill: the billing group is production's own, and the database group still allows it", async () => {
      const done = await drill({ recoveryName: 'as-captured-same', isolation: 'as-captured' });
      expect(done.isolation).toBe('as-captured');
      expect(resourceOf(done, INVOICER_SG)).toMatchObject({ action: 'use-source', status: 'mapped', recoveredResourceId: INVOICER_SG });
      expect(resourceOf(done, INVOICER_SG).note).toMatch(/source's own is used/);
      const dbSg = await recoveredConfiguration(done, DB_SG);
      expect(dbSg.ingress).toContainEqual(expect.objectContaining({ sourceSecurityGroupId: INVOICER_SG }));
      expect(resourceOf(done, DB_SG).droppedReferences).toEqual([]);
      const web1 = await recoveredConfiguration(done, idOf(SOURCE_REGION, 'shop-web-1'));
      expect(web1).toMatchObject({ keyName: 'shop-prod', iamInstanceProfile: expect.stringContaining(':instance-profile/shop-instance') });
    });

    it('as-captured cross-region drill: completes, and the database group allows the recovered copy of the billing group', async () => {
      const done = await drill({
        recoveryName: 'as-captured-west', isolation: 'as-captured', recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' },
      });
      const copy = resourceOf(done, INVOICER_SG);
      expect(copy).toMatchObject({ action: 'create', status: 'recovered' });
      expect(copy.recoveredResourceId).not.toBe(INVOICER_SG);
      const dbSg = await recoveredConfiguration(done, DB_SG);
      expect(dbSg.ingress).toContainEqual(expect.objectContaining({ sourceSecurityGroupId: copy.recoveredResourceId }));
      expect(strings(dbSg)).not.toContain(INVOICER_SG);
    });

    it('an ARN reference follows the copy: the recovered topic subscribes the recovered queue, not production\'s', async () => {
      const done = await drill({ recoveryName: 'iso-arns' });
      const queue = resourceOf(done, 'shop-orders');
      const topic = await recoveredConfiguration(done, 'shop-order-events');
      expect(topic.subscriptions).toEqual([expect.objectContaining({ protocol: 'sqs', endpoint: queue.recoveredArn })]);
      expect(production.has(queue.recoveredArn)).toBe(false);
      expect(production.has(`arn:aws:sqs:${SOURCE_REGION}:${DEMO_ACCOUNT}:shop-orders`)).toBe(true);
    });
  });
}
