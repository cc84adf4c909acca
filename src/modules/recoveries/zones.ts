/**
 * Where a recovery puts what lived in an availability zone. Regions have different zones (us-east-1 has a–f, us-west-2
 * a–d, eu-west-1 a–c) and so may accounts, so the target's zones are read through the cloud port
 * (availabilityZones: DescribeAvailabilityZones, available zones of type availability-zone) with the instance type
 * offerings of the types each source zone holds. Each source zone maps to ONE target zone, so a volume stays in the zone
 * of its instance and subnet. The placement is pure once the target has been read: the start's plan, its checks and the
 * run's plan agree.
 */
import { cloudMessage } from './cloud-message.ts';
import type { CloudCredentials, CloudProvider } from '../../cloud/provider.ts';
import type { CapturedResource, CapturedSkeleton, RecoveryScope } from './plan.ts';

/** What the zones read of a resource: its type, and its configuration's zone and instance type. */
type Placed = Pick<CapturedSkeleton, 'type' | 'configuration'>;

/** One source zone and the target zone chosen for it, with why, in words a person reads in the plan's checks. */
export interface ZonePlacement {
  readonly source: string;
  readonly target: string;
  readonly why: string;
}

/** What the target region offers, as read for a plan; `error` when it could not be read (then zones move by letter). */
export interface TargetZones {
  readonly region: string;
  readonly zones: readonly string[];
  /** Instance type offerings by zone, for the types the moved zones hold (a zone offering none may be absent). */
  readonly offerings: Readonly<Record<string, readonly string[]>>;
  readonly error?: string;
}

export interface ZoneInput<R extends Placed = CapturedResource> {
  /** Full resources or skeletons: only each one's type and its configuration's zone and instance type are read. */
  readonly resources: readonly R[];
  readonly scope: RecoveryScope;
  readonly sourceRegion: string;
  readonly targetRegion: string;
  /** cross-zone: the zone asked for. */
  readonly targetZone?: string;
}

/** Why a zone kept its letter: what a plan step does not repeat in its note. */
export const SAME_LETTER = 'the same zone letter';

const zoneOf = (resource: Placed) => (typeof resource.configuration.availabilityZone === 'string' ? resource.configuration.availabilityZone : undefined);

/** The source's zones a recovery places (those of the source region), each with the instance types it holds. */
function sourceZones(input: ZoneInput<Placed>): Map<string, Set<string>> {
  const zones = new Map<string, Set<string>>();
  for (const resource of input.resources) {
    const zone = zoneOf(resource);
    if (!zone?.startsWith(input.sourceRegion)) continue;
    const types = zones.get(zone) ?? new Set<string>();
    if (resource.type === 'ec2:instance' && typeof resource.configuration.instanceType === 'string') types.add(resource.configuration.instanceType);
    zones.set(zone, types);
  }
  return zones;
}

/** A same-region recovery keeps every zone as it is: nothing to read. (Cross-account in the same region reads: accounts differ.) */
const keepsZones = (input: ZoneInput<Placed>) => input.scope === 'same-region';

/**
 * Reads the target's zones and the offerings of the instance types the source zones hold. Never throws: a cloud error
 * is kept as `error` (the checks show it as a warning, and the zones move by their letter as the driver then maps them).
 * Undefined when nothing is placed (a same-region recovery, or no resource names a zone of the source region).
 */
export async function readTargetZones(
  cloud: Pick<CloudProvider, 'availabilityZones' | 'instanceTypeOfferings'>,
  credentials: CloudCredentials,
  input: ZoneInput<Placed>,
): Promise<TargetZones | undefined> {
  if (keepsZones(input)) return undefined;
  const zones = sourceZones(input);
  if (zones.size === 0) return undefined;
  const types = [...new Set([...zones.values()].flatMap((set) => [...set]))].sort();
  try {
    const names = [...(await cloud.availabilityZones(credentials, { region: input.targetRegion }))].sort();
    const offerings = types.length ? await cloud.instanceTypeOfferings(credentials, { region: input.targetRegion, instanceTypes: types }) : {};
    return { region: input.targetRegion, zones: names, offerings };
  } catch (error) {
    return { region: input.targetRegion, zones: [], offerings: {}, error: cloudMessage(error) };
  }
}

const letterOf = (zone: string, region: string) => zone.slice(region.length) || 'a';
const letters = (zones: readonly string[], region: string) => zones.map((z) => letterOf(z, region)).join(', ');

/**
 * Maps each source zone to a target zone. Without the target's zones (not read, or unreadable): by letter, the old rule
 * (cross-zone: the zone asked for, else the next letter of a–c). With them: a cross-zone recovery takes the zone asked
 * for, else the next zone of the region (in name order) that offers the zone's instance types; another region or account
 * takes the same letter when the target has that zone and it offers the types, else a deterministic spread: of the
 * zones offering the types (all of them when none does: the offerings check then fails, naming it), the one fewest
 * source zones went to so far, starting from the letter's position, so distinct source zones stay apart.
 */
export function placeZones(input: ZoneInput<Placed>, target: TargetZones | undefined): ZonePlacement[] {
  const zones = sourceZones(input);
  const sources = [...zones.keys()].sort();
  const region = input.targetRegion;
  if (input.scope === 'same-region' || sources.length === 0) return [];
  if (!target || target.error || target.zones.length === 0) {
    return sources.map((source) => {
      const letter = letterOf(source, input.sourceRegion);
      if (input.scope === 'cross-zone') {
        const next = input.targetZone ?? `${region}${String.fromCharCode(((letter.charCodeAt(0) - 97 + 1) % 3) + 97)}`;
        return { source, target: next, why: input.targetZone ? 'the zone asked for' : `the next zone letter (the zones of ${region} could not be read)` };
      }
      return { source, target: `${region}${letter}`, why: `the same zone letter (the zones of ${region} could not be read)` };
    });
  }
  const all = target.zones;
  const offers = (zone: string, types: ReadonlySet<string>) => [...types].every((t) => target.offerings[zone]?.includes(t));
  const lacking = (zone: string, types: ReadonlySet<string>) => [...types].filter((t) => !target.offerings[zone]?.includes(t)).join(', ');
  const placements = new Map<string, ZonePlacement>();
  const used = new Map<string, number>();
  const take = (placement: ZonePlacement) => {
    placements.set(placement.source, placement);
    used.set(placement.target, (used.get(placement.target) ?? 0) + 1);
  };

  if (input.scope === 'cross-zone') {
    for (const source of sources) {
      const types = zones.get(source)!;
      if (input.targetZone) {
        take({ source, target: input.targetZone, why: all.includes(input.targetZone) ? 'the zone asked for' : `the zone asked for, which is not a zone of ${region} (${letters(all, region)})` });
        continue;
      }
      const start = all.indexOf(source);
      const others = [...all.slice(start + 1), ...all.slice(0, Math.max(0, start))].filter((z) => z !== source);
      const next = others.find((z) => offers(z, types)) ?? others[0] ?? source;
      const skipped = others.slice(0, others.indexOf(next)).filter((z) => !offers(z, types));
      take({ source, target: next, why: `the next zone of ${region}${skipped.length ? ` offering ${[...types].join(', ')} (${skipped.join(', ')} does not)` : ''}` });
    }
    return sources.map((s) => placements.get(s)!);
  }

  // Same letter first, where the target has the zone and it offers the types; the rest spread over what is left.
  const rest: string[] = [];
  for (const source of sources) {
    const same = `${region}${letterOf(source, input.sourceRegion)}`;
    if (all.includes(same) && offers(same, zones.get(source)!)) take({ source, target: same, why: SAME_LETTER });
    else rest.push(source);
  }
  for (const source of rest) {
    const types = zones.get(source)!;
    const letter = letterOf(source, input.sourceRegion);
    const same = `${region}${letter}`;
    const offering = all.filter((z) => offers(z, types));
    const candidates = offering.length ? offering : all;
    const from = (letter.charCodeAt(0) - 97) % candidates.length;
    const ring = [...candidates.slice(from), ...candidates.slice(0, from)];
    const chosen = ring.reduce((best, z) => ((used.get(z) ?? 0) < (used.get(best) ?? 0) ? z : best), ring[0]!);
    const because = all.includes(same) ? `${same} does not offer ${lacking(same, types)}` : `${region} has no zone ${letter} (its zones: ${letters(all, region)})`;
    const none = offering.length === 0 && types.size ? `; no zone of ${region} offers ${[...types].join(', ')}` : '';
    take({ source, target: chosen, why: `${because}: spread over the zones${types.size ? ` offering ${[...types].join(', ')}` : ''}${none}` });
  }
  return sources.map((s) => placements.get(s)!);
}
