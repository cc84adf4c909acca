import { faultError } from '../errors.ts';
import { instanceTypeOfferings } from '../quotas.ts';
import type { Session } from '../session.ts';
import { commandsOf } from '../clients.ts';

const { DescribeAvailabilityZonesCommand, DescribeSubnetsCommand } = commandsOf('ec2');

/** The available zones (type availability-zone, not Local or Wavelength Zones) of the region, in name order. */
export async function zonesOf(session: Session, region: string): Promise<string[]> {
  const answer = await session.client('ec2', region).send(new DescribeAvailabilityZonesCommand({
    Filters: [{ Name: 'state', Values: ['available'] }, { Name: 'zone-type', Values: ['availability-zone'] }],
  }));
  return (answer?.AvailabilityZones ?? []).map((z) => z.ZoneName).filter((name): name is string => Boolean(name?.startsWith(region))).sort();
}

/** The source zone's letter over the target's zones: the same letter where the target has it, else its position wrapped. */
function byLetter(zones: readonly string[], region: string, zone: string): string {
  const letter = zone.slice(-1);
  if (zones.length === 0 || zones.includes(`${region}${letter}`)) return `${region}${letter}`;
  return zones[(letter.charCodeAt(0) - 'a'.charCodeAt(0)) % zones.length]!;
}

/**
 * The zone in the target region for a source zone. Regions have different zones (us-east-1 has a–f,
 * eu-west-1 a–c), so the target's zones are asked (DescribeAvailabilityZones, available ones of type
 * availability-zone), also for a zone already named in the region (a plan that moved us-east-1e to us-west-2e
 * names a zone that does not exist): the same letter where the target has it, else the letter's position
 * wrapped over the target's zones. The mapping is the same for every resource, so a volume lands in the zone of
 * its instance's subnet, and distinct source zones stay as spread as the target allows.
 *
 * With instance types (an instance launched without a subnet), the zone must also offer each of them
 * (DescribeInstanceTypeOfferings by availability zone: older zones lack newer families): the mapped zone when it
 * does, else the next zone of the region, in name order, that does; none → refused clearly (EC2's `Unsupported`).
 */
export async function zoneIn(session: Session, region: string, zone: unknown, instanceTypes: readonly string[] = []): Promise<string | undefined> {
  const types = [...new Set(instanceTypes)].sort();
  if ((typeof zone !== 'string' || zone === '') && types.length === 0) return undefined;
  const zones = await zonesOf(session, region);
  const mapped = typeof zone === 'string' && zone !== '' ? byLetter(zones, region, zone) : zones[0];
  if (types.length === 0 || mapped === undefined) return mapped;
  const offered = await instanceTypeOfferings(session, region, types);
  const offersAll = (z: string) => types.every((t) => offered[z]?.includes(t));
  if (offersAll(mapped)) return mapped;
  const start = Math.max(0, zones.indexOf(mapped));
  const other = [...zones.slice(start + 1), ...zones.slice(0, start)].find(offersAll);
  if (other) return other;
  throw notOffered(types, region, offered);
}

function notOffered(types: readonly string[], region: string, offered: Record<string, string[]>, zone?: string): Error {
  const where = types.map((t) => `${t}: ${Object.keys(offered).filter((z) => offered[z]!.includes(t)).sort().join(', ') || 'no zone'}`).join('; ');
  return faultError('Unsupported', `${zone ? `zone ${zone}` : `no availability zone of ${region}`} does not offer ${types.join(', ')} (offered in ${where})`);
}

/**
 * An instance launched into a recovered subnet runs in the subnet's zone, which must offer its type (else RunInstances
 * answers Unsupported after the image copy and the wait): checked first, refused clearly with the zones that do offer
 * it, so the recovery can place the subnet there.
 */
export async function assertSubnetOffers(session: Session, region: string, SubnetId: string, instanceType: string): Promise<void> {
  const ec2 = session.client('ec2', region);
  const zone = (await ec2.send(new DescribeSubnetsCommand({ SubnetIds: [SubnetId] })))?.Subnets?.[0]?.AvailabilityZone;
  if (!zone) return;
  const offered = await instanceTypeOfferings(session, region, [instanceType]);
  // An answer without any zone (an offerings call that was not answered) is no evidence: RunInstances decides.
  if (Object.keys(offered).length === 0 || offered[zone]?.includes(instanceType)) return;
  throw notOffered([instanceType], region, offered, `${zone} (of recovered subnet ${SubnetId})`);
}
