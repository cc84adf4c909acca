import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecreateRequest } from '../../src/cloud/provider.ts';
import { actionsFor } from '../../src/cloud/iam-actions.ts';
import { emptyDatabaseParameters } from '../../src/cloud/rds-empty.ts';
import { emptyDatabaseCreate } from '../../src/cloud/sim/recreate-checks.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, roleCredentials, type SimFixture } from './sim-fixture.ts';

// Issue 17's AWS facts the strict sim holds too, so the AWS driver's request-shape tests and the sim agree.
const OWNER = '123456789012';
const owner = roleCredentials(OWNER);
const CUSTOMER_KEY = `arn:aws:kms:us-east-1:${OWNER}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const MRK = `arn:aws:kms:us-east-1:${OWNER}:key/mrk-1234abcd12ab34cd56ef1234567890ab`;
const DATABASE = { engine: 'postgres', engineVersion: '15.5', dbInstanceClass: 'db.t3.micro', allocatedStorage: 20, masterUsername: 'ledger_admin', storageEncrypted: true };

let recoveries = 0;
const request = (extra: Partial<RecreateRequest>): RecreateRequest => ({
  region: 'us-west-2', recoveryId: `rec-facts-${++recoveries}`, sourceResourceId: 'ledger-db', type: 'rds:db-instance', name: 'ledger-db',
  configuration: DATABASE, tags: {}, dependencies: [], ...extra,
});

for (const dialect of DIALECTS) {
  describe(`strict sim: issue 17's AWS facts (${dialect})`, () => {
    let fixture: SimFixture;

    beforeAll(async () => {
      fixture = await openSim(dialect);
      await fixture.sim.putAccount({ accountId: OWNER, name: 'facts' });
      await fixture.sim.putRole({ accountId: OWNER, roleName: 'LifeboatAccess' });
      await fixture.sim.putResources([
        { accountId: OWNER, region: 'us-east-1', resourceId: 'db-customer', type: 'rds:db-instance', configuration: { allocatedStorage: 20, storageEncrypted: true, kmsKeyId: CUSTOMER_KEY } },
        { accountId: OWNER, region: 'us-east-1', resourceId: 'db-mrk', type: 'rds:db-instance', configuration: { allocatedStorage: 20, storageEncrypted: true, kmsKeyId: MRK } },
        { accountId: OWNER, region: 'us-east-1', resourceId: 'db-aws', type: 'rds:db-instance', configuration: { allocatedStorage: 20, storageEncrypted: true } },
        { accountId: OWNER, region: 'us-east-1', resourceId: 'vol-customer', type: 'ebs:volume', configuration: { size: 8, volumeType: 'gp3', availabilityZone: 'us-east-1a', encrypted: true, kmsKeyId: CUSTOMER_KEY } },
        { accountId: OWNER, region: 'us-east-1', resourceId: 'vol-mrk', type: 'ebs:volume', configuration: { size: 8, volumeType: 'gp3', availabilityZone: 'us-east-1a', encrypted: true, kmsKeyId: MRK } },
        { accountId: OWNER, region: 'us-east-1', resourceId: 'vol-aws', type: 'ebs:volume', configuration: { size: 8, volumeType: 'gp3', availabilityZone: 'us-east-1a', encrypted: true } },
      ]);
    });
    afterAll(() => fixture.close());

    it('a database recreated empty is CreateDBInstance with ManageMasterUserPassword: RDS keeps the password in Secrets Manager (MasterUserSecret), Lifeboat none', async () => {
      const made = await fixture.sim.recreate(owner, request({}));
      const recovered = await fixture.sim.getResource({ accountId: OWNER, region: 'us-west-2', resourceId: made.resourceId });
      expect(recovered?.configuration).toMatchObject({
        engine: 'postgres', masterUsername: 'ledger_admin', manageMasterUserPassword: true,
        masterUserSecret: { secretArn: expect.stringMatching(new RegExp(`^arn:aws:secretsmanager:us-west-2:${OWNER}:secret:rds!db-[0-9a-f]{32}$`)), secretStatus: 'active' },
      });
      expect(JSON.stringify(recovered?.configuration)).not.toMatch(/[Pp]assword"\s*:\s*"/);
    });

    it('a role granted exactly the template\'s RDS actions recreates such a database and deletes it: no secretsmanager:DeleteSecret, RDS deletes its secret with it', async () => {
      await fixture.sim.putRole({ accountId: OWNER, roleName: 'TemplateOnly', actions: actionsFor(['RDS']) });
      const template = roleCredentials(OWNER, 'TemplateOnly');
      const made = await fixture.sim.recreate(template, request({}));
      expect((await fixture.sim.getResource({ accountId: OWNER, region: 'us-west-2', resourceId: made.resourceId }))?.configuration).toMatchObject({ masterUserSecret: { secretStatus: 'active' } });
      await fixture.sim.deleteResource(template, { region: 'us-west-2', resourceId: made.resourceId, type: 'rds:db-instance' });
      expect(await fixture.sim.getResource({ accountId: OWNER, region: 'us-west-2', resourceId: made.resourceId })).toBeUndefined();
      expect(actionsFor(['RDS'])).not.toContain('secretsmanager:DeleteSecret');
    });

    it('RDS\'s rule, as the sim applies it: a create with neither MasterUserPassword nor ManageMasterUserPassword is refused, so is one with both', () => {
      const place = { accountId: OWNER, region: 'us-west-2', resourceId: 'ledger-db-x' };
      const parameters = emptyDatabaseParameters(DATABASE);
      expect(() => emptyDatabaseCreate(DATABASE, place, { ...parameters, ManageMasterUserPassword: false }))
        .toThrow(expect.objectContaining({ reason: 'fault', cloudCode: 'InvalidParameterValue', message: expect.stringContaining('MasterUserPassword') }));
      expect(() => emptyDatabaseCreate(DATABASE, place, { ...parameters, MasterUserPassword: 'x'.repeat(16) }))
        .toThrow(expect.objectContaining({ cloudCode: 'InvalidParameterCombination' }));
    });

    it('an RDS snapshot copied to another region keeps a key the customer controls: a multi-Region key\'s replica, else alias/lifeboat-recovered there; an AWS-managed key\'s counterpart', async () => {
      const copyOf = async (resourceId: string) => {
        const snapshot = await fixture.sim.snapshot(owner, { region: 'us-east-1', resourceId, type: 'rds:db-instance', protectionId: `p-${resourceId}` });
        const copy = await fixture.sim.copySnapshot(owner, { snapshotId: snapshot.snapshotId, sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId, type: 'rds:db-instance', protectionId: `p-${resourceId}` });
        return (await fixture.sim.describeSnapshot(owner, { region: 'us-west-2', snapshotId: copy.snapshotId, type: 'rds:db-instance' }))!;
      };
      const customer = await copyOf('db-customer');
      expect(customer).toMatchObject({ keyManager: 'customer', kmsKeyId: expect.stringMatching(new RegExp(`^arn:aws:kms:us-west-2:${OWNER}:key/`)) });
      const [key] = await fixture.store.db.selectFrom('sim_keys').select(['key_arn', 'alias']).where('key_arn', '=', customer.kmsKeyId!).execute();
      expect(key?.alias).toBe('alias/lifeboat-recovered');
      expect((await copyOf('db-mrk')).kmsKeyId).toBe(MRK.replace('us-east-1', 'us-west-2'));
      expect(await copyOf('db-aws')).toMatchObject({ keyManager: 'aws', kmsKeyId: expect.stringMatching(/^arn:aws:kms:us-west-2:/) });
    });

    it('an EBS snapshot copied to another region follows the same rule (a single-Region key does not exist there), and a volume restores from the copy', async () => {
      const copyOf = async (resourceId: string) => {
        const snapshot = await fixture.sim.snapshot(owner, { region: 'us-east-1', resourceId, type: 'ebs:volume', protectionId: `p-${resourceId}` });
        const copy = await fixture.sim.copySnapshot(owner, { snapshotId: snapshot.snapshotId, sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId, type: 'ebs:volume', protectionId: `p-${resourceId}` });
        return (await fixture.sim.describeSnapshot(owner, { region: 'us-west-2', snapshotId: copy.snapshotId, type: 'ebs:volume' }))!;
      };
      const customer = await copyOf('vol-customer');
      expect(customer.kmsKeyId).not.toBe(CUSTOMER_KEY);
      expect(customer).toMatchObject({ keyManager: 'customer', kmsKeyId: expect.stringMatching(new RegExp(`^arn:aws:kms:us-west-2:${OWNER}:key/`)) });
      const [key] = await fixture.store.db.selectFrom('sim_keys').select(['alias']).where('key_arn', '=', customer.kmsKeyId!).execute();
      expect(key?.alias).toBe('alias/lifeboat-recovered');
      expect((await copyOf('vol-mrk')).kmsKeyId).toBe(MRK.replace('us-east-1', 'us-west-2'));
      expect(await copyOf('vol-aws')).toMatchObject({ keyManager: 'aws', kmsKeyId: expect.stringMatching(/^arn:aws:kms:us-west-2:.*/) });
      const restored = await fixture.sim.recreate(owner, request({
        sourceResourceId: 'vol-customer', type: 'ebs:volume', name: 'vol-customer', snapshotId: customer.snapshotId, configuration: { size: 8, volumeType: 'gp3', availabilityZone: 'us-west-2a' },
      }));
      expect(restored).toMatchObject({ region: 'us-west-2', type: 'ebs:volume' });
    });
  });
}
