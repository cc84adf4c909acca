import { CloudCallError } from '../provider.ts';
import { AWS_REGIONS } from '../regions.ts';
import { invalidParameter } from './snapshot-kinds.ts';

/**
 * The sim's instance type offerings: a fixed table, the same on every run, shaped like AWS's where
 * older zones lack newer families. us-east-1 has six zones (a-f) and us-east-1e offers no 6th-generation
 * or later family and no Graviton (`g`) family; us-west-2d offers no 7th-generation or later family;
 * every other zone offers every well-formed type.
 */
const ZONE_LETTERS: Readonly<Record<string, string>> = { 'us-east-1': 'abcdef', 'us-west-2': 'abcd', 'us-west-1': 'ac' };

// family letters, generation digit, attribute letters, size: m6i.large, t4g.micro, c7gn.16xlarge, u-6tb1.metal is not covered.
const INSTANCE_TYPE = /^([a-z]+)(\d+)([a-z-]*)\.([a-z0-9]+)$/;

/** The availability zones of a region, in name order. */
export function zonesOf(region: string): string[] {
  if (!(AWS_REGIONS as readonly string[]).includes(region)) throw invalidParameter(`unknown region ${JSON.stringify(region)}`);
  return [...(ZONE_LETTERS[region] ?? 'abc')].map((letter) => `${region}${letter}`);
}

/** True when the zone offers the instance type (a malformed type is offered nowhere). */
export function isOffered(instanceType: string, zone: string): boolean {
  const parsed = INSTANCE_TYPE.exec(instanceType);
  if (!parsed) return false;
  const generation = Number(parsed[2]);
  const graviton = parsed[3]!.includes('g');
  if (zone === 'us-east-1e') return generation < 6 && !graviton;
  if (zone === 'us-west-2d') return generation < 7;
  return true;
}

/** DescribeInstanceTypeOfferings by availability zone: for each zone of the region, the asked types it offers. */
export function offeringsIn(region: string, instanceTypes: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(zonesOf(region).map((zone) => [zone, instanceTypes.filter((type) => isOffered(type, zone))]));
}

/**
 * RunInstances' answer for a type the zone does not offer (code Unsupported), naming the zones that do,
 * in the words EC2 uses: "Your requested instance type (…) is not supported in your requested
 * Availability Zone (…). Please retry your request by not specifying an Availability Zone or choosing …".
 */
export function unsupportedInZone(instanceType: string, zone: string, region: string): CloudCallError {
  const others = zonesOf(region).filter((candidate) => isOffered(instanceType, candidate));
  return new CloudCallError(
    'fault',
    'Unsupported',
    `Unsupported: Your requested instance type (${instanceType}) is not supported in your requested Availability Zone (${zone}). ` +
      `Please retry your request by not specifying an Availability Zone or choosing ${others.join(', ')}.`,
  );
}
