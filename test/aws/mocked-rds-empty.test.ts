import {
  CreateDBInstanceCommand, CreateDBSubnetGroupCommand, DeleteDBInstanceCommand, DeleteDBSubnetGroupCommand, DescribeDBInstancesCommand, RDSClient, RestoreDBInstanceFromDBSnapshotCommand,
} from '@aws-sdk/client-rds';
import { beforeEach, describe, expect, it } from 'vitest';
import { actionsFor } from '../../src/cloud/iam-actions.ts';
import { emptyDatabaseParameters, emptyDatabaseProblem, masterPasswordProblem } from '../../src/cloud/rds-empty.ts';
import { awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { rds, recreate, cloud } = useMockedCloud({ rds: RDSClient });

beforeEach(() => {
  rds.on(CreateDBSubnetGroupCommand).resolves({});
  rds.on(CreateDBInstanceCommand).resolves({});
  rds.on(DescribeDBInstancesCommand).rejectsOnce(awsError('DBInstanceNotFound')).resolves({ DBInstances: [{ DBInstanceStatus: 'available' }] });
});

// A dependency database: captured as configuration only (no snapshot), so a recovery recreates it empty.
const captured = {
  engine: 'postgres', engineVersion: '15.5', dbInstanceClass: 'db.m6g.large', allocatedStorage: 100, storageType: 'gp3', iops: 3000, masterUsername: 'shop_admin',
  storageEncrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/k', multiAZ: false, port: 5432, publiclyAccessible: false, availabilityZone: 'us-east-1a',
};

describe('a database recreated empty: CreateDBInstance with ManageMasterUserPassword (Lifeboat holds no database password)', () => {
  it('CreateDBInstance gets the captured engine, class and storage, ManageMasterUserPassword and no MasterUserPassword, in the recovered subnet group and security groups', async () => {
    const made = await recreate({ type: 'rds:db-instance', sourceResourceId: 'ledger-db', dependencies: ['subnet-a', 'subnet-b', 'sg-n'], configuration: captured });
    const sent = input(rds.commandCalls(CreateDBInstanceCommand));
    expect(sent).toMatchObject({
      DBInstanceIdentifier: made.resourceId, Engine: 'postgres', EngineVersion: '15.5', DBInstanceClass: 'db.m6g.large', AllocatedStorage: 100, StorageType: 'gp3', Iops: 3000,
      MasterUsername: 'shop_admin', ManageMasterUserPassword: true, StorageEncrypted: true, Port: 5432, PubliclyAccessible: false,
      DBSubnetGroupName: made.resourceId, VpcSecurityGroupIds: ['sg-n'],
    });
    expect(sent).not.toHaveProperty('MasterUserPassword');
    // KMS keys are regional: in another region RDS's default key encrypts it, the source's key is not named.
    expect(sent).not.toHaveProperty('KmsKeyId');
    expect(sent.Tags).toEqual(expect.arrayContaining([{ Key: 'lifeboat:recovery-id', Value: 'rec-1' }, { Key: 'lifeboat:source-id', Value: 'ledger-db' }]));
    expect(input(rds.commandCalls(CreateDBSubnetGroupCommand))).toMatchObject({ DBSubnetGroupName: made.resourceId, SubnetIds: ['subnet-a', 'subnet-b'] });
    expect(rds.commandCalls(RestoreDBInstanceFromDBSnapshotCommand)).toHaveLength(0);
  });

  it('in the source\'s own region the source\'s KMS key is kept; gp2 storage sends no Iops', async () => {
    await recreate({ type: 'rds:db-instance', sourceResourceId: 'ledger-db', region: 'us-east-1', dependencies: ['subnet-a'], configuration: { ...captured, storageType: 'gp2' } });
    const sent = input(rds.commandCalls(CreateDBInstanceCommand));
    expect(sent).toMatchObject({ KmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/k', StorageType: 'gp2' });
    expect(sent).not.toHaveProperty('Iops');
  });

  it('a master user name discovery did not capture gets Lifeboat\'s default; a retry that meets DBInstanceAlreadyExists waits for the first one', async () => {
    rds.on(CreateDBInstanceCommand).rejects(awsError('DBInstanceAlreadyExists'));
    await recreate({ type: 'rds:db-instance', sourceResourceId: 'ledger-db', dependencies: ['subnet-a'], configuration: { ...captured, masterUsername: undefined } });
    expect(input(rds.commandCalls(CreateDBInstanceCommand)).MasterUsername).toBe('lifeboat');
  });

  it('a captured configuration without engine, class or storage is refused clearly before any call (RDS requires them)', async () => {
    rds.on(DescribeDBInstancesCommand).rejects(awsError('DBInstanceNotFound'));
    await expect(recreate({ type: 'rds:db-instance', sourceResourceId: 'ledger-db', dependencies: ['subnet-a'], configuration: { ...captured, engine: undefined } }))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue', message: expect.stringMatching(/ledger-db cannot be recreated empty: The parameter Engine/) });
    await expect(recreate({ type: 'rds:db-instance', sourceResourceId: 'ledger-db', dependencies: ['subnet-a'], configuration: { ...captured, allocatedStorage: undefined } }))
      .rejects.toMatchObject({ cloudCode: 'InvalidParameterValue', message: expect.stringContaining('AllocatedStorage') });
    expect(rds.commandCalls(CreateDBInstanceCommand)).toHaveLength(0);
    expect(rds.commandCalls(CreateDBSubnetGroupCommand)).toHaveLength(0);
  });

  it('the rule RDS applies, shared with the simulated AWS: a password or ManageMasterUserPassword, never both, never neither', () => {
    expect(masterPasswordProblem({})).toMatchObject({ cloudCode: 'InvalidParameterValue', message: expect.stringContaining('MasterUserPassword') });
    expect(masterPasswordProblem({ MasterUserPassword: 'x'.repeat(12), ManageMasterUserPassword: true })).toMatchObject({ cloudCode: 'InvalidParameterCombination' });
    expect(masterPasswordProblem({ ManageMasterUserPassword: true })).toBeUndefined();
    expect(emptyDatabaseProblem(emptyDatabaseParameters(captured))).toBeUndefined();
  });

  it('the role template lets RDS make the managed secret (Secrets Manager CreateSecret and TagResource)', () => {
    expect(actionsFor(['RDS'])).toEqual(expect.arrayContaining(['rds:CreateDBInstance', 'secretsmanager:CreateSecret', 'secretsmanager:TagResource']));
  });

  // RDS User Guide, "Password management with Amazon RDS and AWS Secrets Manager": deleting a DB instance whose master
  // password RDS manages deletes the secret and its metadata too. RDS deletes it itself, so the reset needs no
  // secretsmanager:DeleteSecret (nor does the template grant it: a role that could delete secrets is more than a reset needs).
  it('the reset of such a database is DeleteDBInstance alone: RDS deletes its managed secret, so the template grants no secretsmanager:DeleteSecret', async () => {
    rds.reset();
    rds.on(DeleteDBInstanceCommand).resolves({});
    rds.on(DeleteDBSubnetGroupCommand).resolves({});
    rds.on(DescribeDBInstancesCommand).rejects(awsError('DBInstanceNotFound'));
    await cloud.deleteResource(KEYS, { region: 'us-west-2', resourceId: 'shop-db-1a2b3c4d', type: 'rds:db-instance' });
    expect(input(rds.commandCalls(DeleteDBInstanceCommand))).toEqual({ DBInstanceIdentifier: 'shop-db-1a2b3c4d', SkipFinalSnapshot: true, DeleteAutomatedBackups: true });
    expect(actionsFor(['RDS']).filter((a) => a.startsWith('secretsmanager:'))).toEqual(['secretsmanager:CreateSecret', 'secretsmanager:TagResource']);
  });
});
