import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECOVERY_ID_TAG, type RecreateRequest } from '../../src/cloud/provider.ts';
import { awsManagedPrefixListId } from '../../src/cloud/sim/prefix-lists.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, roleCredentials, type SimFixture } from './sim-fixture.ts';

// Security group rules naming managed prefix lists (issue 17, item 14), as the strict sim holds them beside the AWS
// driver's prefix-list.ts: ids are regional, so a recovery in another region maps each list or refuses the group.
const OWNER = '123456789012';
const owner = roleCredentials(OWNER);
const S3_EAST = awsManagedPrefixListId('us-east-1', 'com.amazonaws.us-east-1.s3');
const OFFICE = 'pl-0office00000000000';

let recoveries = 0;
const group = (configuration: Record<string, unknown>, recoveryId = `rec-pl-${++recoveries}`): RecreateRequest => ({
  region: 'us-west-2', recoveryId, sourceResourceId: 'sg-0web', type: 'ec2:security-group', name: 'web', tags: {}, dependencies: ['vpc-west'],
  configuration: { groupName: 'web', vpcId: 'vpc-west', ...configuration },
});
const captured = {
  [S3_EAST]: { region: 'us-east-1', name: 'com.amazonaws.us-east-1.s3', ownerId: 'AWS' },
  [OFFICE]: { region: 'us-east-1', name: 'office', ownerId: OWNER, addressFamily: 'IPv4', maxEntries: 5, entries: [{ cidr: '203.0.113.0/24', description: 'HQ' }] },
};

for (const dialect of DIALECTS) {
  describe(`strict sim: security group rules naming prefix lists (${dialect})`, () => {
    let fixture: SimFixture;

    beforeAll(async () => {
      fixture = await openSim(dialect);
      await fixture.sim.putAccount({ accountId: OWNER, name: 'lists' });
      await fixture.sim.putRole({ accountId: OWNER, roleName: 'LifeboatAccess' });
      await fixture.sim.putResource({ accountId: OWNER, region: 'us-west-2', resourceId: 'vpc-west', type: 'ec2:vpc', configuration: { cidrBlock: '10.0.0.0/16' } });
    });
    afterAll(() => fixture.close());

    const configurationOf = async (resourceId: string) => (await fixture.sim.getResource({ accountId: OWNER, region: 'us-west-2', resourceId }))!.configuration;

    it('in another region: an AWS-managed list maps to its namesake there, a customer list is copied with its entries (tagged with the recovery, removed by its reset)', async () => {
      const made = await fixture.sim.recreate(owner, group({
        ingress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, prefixListId: OFFICE }],
        egress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, prefixListId: S3_EAST }],
        prefixLists: captured,
      }, 'rec-pl-copy'));
      const configuration = await configurationOf(made.resourceId);
      const west = awsManagedPrefixListId('us-west-2', 'com.amazonaws.us-west-2.s3');
      expect(west).not.toBe(S3_EAST);
      expect(configuration.egress).toEqual([{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, prefixListId: west }]);
      const copyId = (configuration.ingress as Array<{ prefixListId: string }>)[0]!.prefixListId;
      expect(copyId).toMatch(/^pl-[0-9a-f]{17}$/);
      expect(copyId).not.toBe(OFFICE);
      expect(await configurationOf(copyId)).toMatchObject({ name: 'office', entries: [{ cidr: '203.0.113.0/24', description: 'HQ' }], maxEntries: 5 });

      const tagged = await fixture.sim.listRecoveryResources(owner, { region: 'us-west-2', recoveryId: 'rec-pl-copy' });
      expect(tagged.map((r) => r.type).sort()).toEqual(['ec2:prefix-list', 'ec2:security-group']);
      await fixture.sim.deleteResource(owner, { region: 'us-west-2', resourceId: made.resourceId, type: 'ec2:security-group' });
      await fixture.sim.deleteResource(owner, { region: 'us-west-2', resourceId: copyId, type: 'ec2:prefix-list' });
      expect(await fixture.sim.listRecoveryResources(owner, { region: 'us-west-2', recoveryId: 'rec-pl-copy' })).toEqual([]);
    });

    it('a customer list of the same name the account has in the target is used, not copied', async () => {
      await fixture.sim.putResource({ accountId: OWNER, region: 'us-west-2', resourceId: 'pl-0officewest0000000', type: 'ec2:prefix-list', name: 'office', configuration: { name: 'office' } });
      const made = await fixture.sim.recreate(owner, group({ ingress: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, prefixListId: OFFICE }], prefixLists: captured }));
      expect(await configurationOf(made.resourceId)).toMatchObject({ ingress: [{ prefixListId: 'pl-0officewest0000000' }] });
      const tagged = await fixture.sim.listRecoveryResources(owner, { region: 'us-west-2', recoveryId: `rec-pl-${recoveries}` });
      expect(tagged.map((r) => r.type)).toEqual(['ec2:security-group']);
    });

    it('what cannot be mapped refuses the group clearly (InvalidPrefixListID.NotFound), naming the list; nothing is made', async () => {
      const unknownService = group({ ingress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, prefixListId: 'pl-0fancy' }], prefixLists: { 'pl-0fancy': { region: 'us-east-1', name: 'com.amazonaws.us-east-1.fancy', ownerId: 'AWS' } } });
      await expect(fixture.sim.recreate(owner, unknownService)).rejects.toMatchObject({
        cloudCode: 'InvalidPrefixListID.NotFound', message: expect.stringContaining('AWS-managed prefix list com.amazonaws.us-east-1.fancy (pl-0fancy), which has no counterpart com.amazonaws.us-west-2.fancy in us-west-2'),
      });
      const uncaptured = group({ ingress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, prefixListId: 'pl-0gone' }] });
      await expect(fixture.sim.recreate(owner, uncaptured)).rejects.toMatchObject({ cloudCode: 'InvalidPrefixListID.NotFound', message: expect.stringContaining('pl-0gone') });
      const rows = await fixture.store.db.selectFrom('sim_resources').select('tags').where('type', '=', 'ec2:security-group').execute();
      expect(rows.filter((r) => [unknownService.recoveryId, uncaptured.recoveryId].includes(JSON.parse(r.tags)[RECOVERY_ID_TAG]))).toEqual([]);
    });
  });
}
