import { CloudCallError } from './provider.ts';

// A database captured as a dependency (configuration only, no snapshot) is recreated empty: CreateDBInstance.
// Lifeboat never holds a database password, so the new instance's master password is made and kept by RDS in
// AWS Secrets Manager (ManageMasterUserPassword): the AWS driver sends exactly these parameters, and the simulated
// AWS builds the same ones and refuses them as RDS does. One function each, so the two cannot drift.

/** The CreateDBInstance parameters of an empty database, before the network (subnet group, security groups). */
export interface EmptyDatabaseParameters {
  readonly Engine?: string;
  readonly EngineVersion?: string;
  readonly DBInstanceClass?: string;
  readonly AllocatedStorage?: number;
  readonly StorageType?: string;
  readonly Iops?: number;
  readonly MasterUsername: string;
  /** Never set by Lifeboat; present in the type so the rule below can be shown refusing a create that has neither. */
  readonly MasterUserPassword?: string;
  readonly ManageMasterUserPassword?: boolean;
  readonly StorageEncrypted?: boolean;
  readonly MultiAZ?: boolean;
  readonly Port?: number;
  readonly PubliclyAccessible?: boolean;
}

/** The master user name when discovery did not capture one: letters only, 1–16, no engine's reserved word. */
export const DEFAULT_MASTER_USERNAME = 'lifeboat';

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** What an empty recreate of the captured database asks RDS for: its engine, class, storage and settings, and a managed password. */
export function emptyDatabaseParameters(configuration: Readonly<Record<string, unknown>>): EmptyDatabaseParameters {
  const c = configuration;
  const storageType = str(c.storageType);
  return {
    Engine: str(c.engine), EngineVersion: str(c.engineVersion), DBInstanceClass: str(c.dbInstanceClass), AllocatedStorage: num(c.allocatedStorage),
    ...(storageType ? { StorageType: storageType } : {}),
    // Iops is a setting for io1/io2 and gp3 only (like EBS); gp2 and magnetic storage refuse it.
    ...(storageType && ['io1', 'io2', 'gp3'].includes(storageType) && num(c.iops) ? { Iops: num(c.iops) } : {}),
    MasterUsername: str(c.masterUsername) ?? DEFAULT_MASTER_USERNAME,
    ManageMasterUserPassword: true,
    ...(c.storageEncrypted === true ? { StorageEncrypted: true } : {}),
    ...(typeof c.multiAZ === 'boolean' ? { MultiAZ: c.multiAZ } : {}),
    ...(num(c.port) ? { Port: num(c.port) } : {}),
    ...(typeof c.publiclyAccessible === 'boolean' ? { PubliclyAccessible: c.publiclyAccessible } : {}),
  };
}

const invalid = (code: string, message: string) => new CloudCallError('fault', code, `${code}: ${message}`);

/**
 * What RDS refuses a CreateDBInstance's master password with, or undefined: it must be given (MasterUserPassword) or
 * managed by RDS in Secrets Manager (ManageMasterUserPassword), never both. The simulated AWS applies this rule.
 */
export function masterPasswordProblem(parameters: Pick<EmptyDatabaseParameters, 'MasterUserPassword' | 'ManageMasterUserPassword'>): CloudCallError | undefined {
  if (parameters.MasterUserPassword && parameters.ManageMasterUserPassword) {
    return invalid('InvalidParameterCombination', 'You can\'t specify MasterUserPassword when ManageMasterUserPassword is turned on.');
  }
  if (!parameters.MasterUserPassword && !parameters.ManageMasterUserPassword) {
    return invalid('InvalidParameterValue', 'The parameter MasterUserPassword must be provided and must not be blank, unless ManageMasterUserPassword is turned on.');
  }
  return undefined;
}

/**
 * What RDS refuses a CreateDBInstance of a non-Aurora engine with, or undefined: Engine, DBInstanceClass and
 * AllocatedStorage are required, and the master password rule. The AWS driver checks it before calling.
 */
export function emptyDatabaseProblem(parameters: EmptyDatabaseParameters): CloudCallError | undefined {
  if (!parameters.Engine) return invalid('InvalidParameterValue', 'The parameter Engine must be provided and must not be blank.');
  if (!parameters.DBInstanceClass) return invalid('InvalidParameterValue', 'The parameter DBInstanceClass must be provided and must not be blank.');
  if (!parameters.AllocatedStorage) return invalid('InvalidParameterValue', 'The parameter AllocatedStorage must be provided and must not be blank.');
  return masterPasswordProblem(parameters);
}
