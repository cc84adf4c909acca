// A 400 from a body the CLI built names the API's fields (recoveryName, operationalRegions.1); the person
// typed options (--name, --regions). This maps one to the other, so the error names what they can change.
import { BODY_OPTIONS, GLOBAL_OPTIONS, optionsOf, WAIT_OPTIONS, type Command, type OptionValues } from './command.ts';
import { list } from './input.ts';

/** API fields whose option has another name (the others are the field in kebab case: deletionProtection → --deletion-protection). */
const RENAMED: Readonly<Record<string, string>> = {
  recoveryName: 'name',
  operationalRegions: 'regions',
  protectionId: 'protection',
  resetAfterMinutes: 'reset-after',
  recoveryScope: 'scope',
  recoveryMode: 'mode',
  'accessMethod.roleArn': 'role-arn',
  'accessMethod.accessKeyId': 'access-key-id',
  'accessMethod.secretAccessKey': 'secret-access-key',
  'crossRegionConfiguration.recoveryRegion': 'region',
  'crossZoneConfiguration.availabilityZone': 'zone',
  'crossAccountConfiguration.cloudConnectionId': 'target-connection',
  'crossAccountConfiguration.recoveryRegion': 'region',
  'resourceFilterStrategy.resourceIds': 'resources',
  'resourceFilterStrategy.tags': 'tag',
  cloudConnectionId: 'connection',
  replicaRegions: 'replica-regions',
  sourceRegion: 'source-region',
  tags: 'tag',
  url: 'target-url',
  frequencyType: 'frequency',
  cronExpression: 'cron',
  'frequencyDetails.daysOfWeek': 'days',
  'frequencyDetails.hours': 'hours',
  'frequencyDetails.daysOfMonth': 'days-of-month',
  'frequencyDetails.months': 'months',
  'frequencyDetails.offset': 'offset',
  retentionCount: 'retention',
  replicaRetentionCount: 'replica-retention',
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export interface OptionProblem {
  readonly option: string;
  /** The value the person gave, when the field is one item of a list option. */
  readonly value?: string;
  readonly problem: string;
}

/**
 * The option a field error is about, when the CLI built that part of the body: the option exists on the
 * command and was given, or the body came from options alone (no --body/--file). Undefined otherwise.
 */
export function optionOfField(command: Command, values: OptionValues, field: string, problem: string): OptionProblem | undefined {
  const options = optionsOf(command);
  const segments = field.split('.');
  const named = segments.filter((s) => !/^\d+$/.test(s));
  const index = segments.find((s) => /^\d+$/.test(s));
  const reserved = (name: string) => name in GLOBAL_OPTIONS || name in WAIT_OPTIONS || name in BODY_OPTIONS;
  for (let n = named.length; n > 0; n--) {
    const path = named.slice(0, n).join('.');
    const option = RENAMED[path] ?? (n === 1 ? kebab(path) : undefined);
    if (!option || !(option in options) || reserved(option)) continue;
    const builtByCli = values.body === undefined && values.file === undefined;
    if (!builtByCli && values[option] === undefined) return undefined;
    const value = index !== undefined && values[option] !== undefined && options[option]!.type === 'string' ? list(values[option])?.[Number(index)] : undefined;
    return { option: `--${option}`, value, problem };
  }
  return undefined;
}

/** "--name is required", "--services FOO: must be one of EC2, …". */
export function describeOptionProblem(p: OptionProblem): string {
  if (p.problem === 'is required') return `${p.option} is required`;
  return `${p.option}${p.value !== undefined ? ` ${p.value}` : ''}: ${p.problem}`;
}
