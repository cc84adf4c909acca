import type { HostedZone, ResourceRecordSet } from '@aws-sdk/client-route-53';
import { chunks, mapLimited } from '../concurrency.ts';
import { discovered, tagRecord, type Lister } from './shape.ts';
import { arnPrefix } from '../partition.ts';
import { commandsOf, type Route53Client } from '../clients.ts';

const { GetHostedZoneCommand, ListHostedZonesCommand, ListResourceRecordSetsCommand, ListTagsForResourcesCommand } = commandsOf('route53');

/** Records kept per zone: a recovery rebuilds the zone with them; a larger zone is marked truncated. */
export const MAX_ZONE_RECORDS = 1000;

/** A record set as configuration. The zone's own SOA and apex NS are left out: a new zone gets its own. */
export interface ZoneRecord {
  name: string; type: string; ttl?: number; values?: string[]; setIdentifier?: string; weight?: number; region?: string;
  failover?: string; alias?: { dnsName?: string; hostedZoneId?: string; evaluateTargetHealth?: boolean };
  /**
   * The other routing policies, as Route 53 reports them: a record with a SetIdentifier must carry its
   * policy, or ChangeResourceRecordSets refuses the whole batch. Health checks and CIDR collections are
   * the account's own (global): they resolve in a recovery into the same account only.
   */
  geoLocation?: ResourceRecordSet['GeoLocation']; geoProximityLocation?: ResourceRecordSet['GeoProximityLocation']; multiValueAnswer?: boolean;
  healthCheckId?: string; cidrRoutingConfig?: ResourceRecordSet['CidrRoutingConfig'];
}

function toRecord(set: ResourceRecordSet): ZoneRecord {
  return JSON.parse(JSON.stringify({
    name: set.Name, type: set.Type, ttl: set.TTL, values: set.ResourceRecords?.map((r) => r.Value), setIdentifier: set.SetIdentifier,
    weight: set.Weight, region: set.Region, failover: set.Failover, geoLocation: set.GeoLocation, geoProximityLocation: set.GeoProximityLocation,
    multiValueAnswer: set.MultiValueAnswer, healthCheckId: set.HealthCheckId, cidrRoutingConfig: set.CidrRoutingConfig,
    alias: set.AliasTarget && { dnsName: set.AliasTarget.DNSName, hostedZoneId: set.AliasTarget.HostedZoneId, evaluateTargetHealth: set.AliasTarget.EvaluateTargetHealth },
  })) as ZoneRecord;
}

/** The zone's record sets page by page (300 a call), up to MAX_ZONE_RECORDS. */
export async function zoneRecords(route53: Route53Client, zoneId: string, zoneName: string): Promise<{ records: ZoneRecord[]; truncated: boolean }> {
  const records: ZoneRecord[] = [];
  let start: { StartRecordName?: string; StartRecordType?: ResourceRecordSet['Type']; StartRecordIdentifier?: string } = {};
  for (;;) {
    const page = await route53.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, MaxItems: 300, ...start }));
    for (const set of page.ResourceRecordSets ?? []) {
      if (set.Type === 'SOA' || (set.Type === 'NS' && set.Name === zoneName)) continue;
      if (records.length === MAX_ZONE_RECORDS) return { records, truncated: true };
      records.push(toRecord(set));
    }
    if (!page.IsTruncated) return { records, truncated: false };
    start = { StartRecordName: page.NextRecordName, StartRecordType: page.NextRecordType, StartRecordIdentifier: page.NextRecordIdentifier };
  }
}

/** A private zone answers in its VPCs: they are its dependencies (the recovery makes the zone in the recovered one). */
async function zoneVpcs(route53: Route53Client, zone: HostedZone, id: string): Promise<string[]> {
  if (!zone.Config?.PrivateZone) return [];
  const answer = await route53.send(new GetHostedZoneCommand({ Id: id }));
  return (answer.VPCs ?? []).map((v) => v.VPCId).filter((v): v is string => Boolean(v));
}

/** Route 53 is global: its zones are reported in every region asked, so any region's assembly can select them. */
const hostedZones: Lister = async (session, region, token) => {
  const route53 = session.client('route53', region);
  const page = await route53.send(new ListHostedZonesCommand({ MaxItems: 100, Marker: token }));
  const zones = page.HostedZones ?? [];
  const ids = zones.map((zone) => zone.Id!.replace(/^\/hostedzone\//, ''));
  const tags = new Map<string, Record<string, string>>();
  for (const group of chunks(ids, 10)) {
    const answer = await route53.send(new ListTagsForResourcesCommand({ ResourceType: 'hostedzone', ResourceIds: group }));
    for (const set of answer.ResourceTagSets ?? []) tags.set(set.ResourceId!, tagRecord(set.Tags));
  }
  const details = await mapLimited(zones, session.settings.lookupConcurrency, async (zone) => {
    const id = zone.Id!.replace(/^\/hostedzone\//, '');
    const [{ records, truncated }, vpcIds] = await Promise.all([zoneRecords(route53, id, zone.Name!), zoneVpcs(route53, zone, id)]);
    return { records, truncated, vpcIds };
  });
  return {
    next: page.IsTruncated ? page.NextMarker : undefined,
    resources: zones.map((zone, index) => discovered({
      resourceId: ids[index]!, arn: `${arnPrefix(region)}:route53:::hostedzone/${ids[index]}`, type: 'route53:hosted-zone', service: 'Route53', region,
      name: zone.Name,
      configuration: {
        name: zone.Name, privateZone: zone.Config?.PrivateZone, comment: zone.Config?.Comment, recordSetCount: zone.ResourceRecordSetCount,
        vpcIds: details[index]!.vpcIds.length ? details[index]!.vpcIds : undefined, records: details[index]!.records,
        recordsTruncated: details[index]!.truncated || undefined,
      },
      tags: tags.get(ids[index]!) ?? {}, dependencies: details[index]!.vpcIds,
    })),
  };
};

export const ROUTE53_LISTERS: readonly Lister[] = [hostedZones];
