import { DescribeAvailabilityZonesCommand } from '@aws-sdk/client-ec2';
import type { Session } from '../session.ts';

/**
 * The zone in the target region for a source zone. Regions have different zones (us-east-1 has a–f,
 * eu-west-1 a–c), so the target's zones are asked (DescribeAvailabilityZones, available ones of type
 * availability-zone): the same letter where the target has it, else the letter's position wrapped over
 * the target's zones. The mapping is the same for every resource, so a volume lands in the zone of its
 * instance's subnet, and distinct source zones stay as spread as the target allows.
 */
export async function zoneIn(session: Session, region: string, zone: unknown): Promise<string | undefined> {
  if (typeof zone !== 'string' || zone === '') return undefined;
  if (zone.startsWith(region)) return zone;
  const letter = zone.slice(-1);
  const answer = await session.client('ec2', region).send(new DescribeAvailabilityZonesCommand({
    Filters: [{ Name: 'state', Values: ['available'] }, { Name: 'zone-type', Values: ['availability-zone'] }],
  }));
  const zones = (answer?.AvailabilityZones ?? []).map((z) => z.ZoneName).filter((name): name is string => Boolean(name?.startsWith(region))).sort();
  if (zones.length === 0 || zones.includes(`${region}${letter}`)) return `${region}${letter}`;
  return zones[(letter.charCodeAt(0) - 'a'.charCodeAt(0)) % zones.length];
}
