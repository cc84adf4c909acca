import type { Change, ResourceRecordSet, VPCRegion } from '@aws-sdk/client-route-53';
import type { RecreatedResource, RecreateRequest } from '../../provider.ts';
import { chunks } from '../concurrency.ts';
import type { ZoneRecord } from '../discover/route53.ts';
import { awsCode, faultError, isNotFound } from '../errors.ts';
import type { RecoveryKind } from './kind.ts';
import { dependencyOf, recoveryDigest, recoveryTags, str, tagList } from './shared.ts';
import { arnPrefix } from '../partition.ts';
import { commandsOf, type Route53Client } from '../clients.ts';

const { ChangeResourceRecordSetsCommand, ChangeTagsForResourceCommand, CreateHostedZoneCommand, DeleteHostedZoneCommand, GetHostedZoneCommand, ListHostedZonesByNameCommand, ListResourceRecordSetsCommand } = commandsOf('route53');

const TYPE = 'route53:hosted-zone';
const bare = (id: string) => id.replace(/^\/hostedzone\//, '');
const done = (request: RecreateRequest, id: string): RecreatedResource => ({ resourceId: id, arn: `${arnPrefix(request.region)}:route53:::hostedzone/${id}`, region: request.region, type: TYPE });

/** Zones may share a name; the caller reference (derived from the idempotency key) tells the recovery's apart. */
async function findZone(route53: Route53Client, name: string, reference: string): Promise<string | undefined> {
  const answer = await route53.send(new ListHostedZonesByNameCommand({ DNSName: name, MaxItems: 100 }));
  const zone = (answer.HostedZones ?? []).find((z) => z.Name === name && z.CallerReference === reference);
  return zone?.Id && bare(zone.Id);
}

/**
 * The captured records as UPSERTs (so a retry repeats them harmlessly). An alias to a record of the
 * same zone names the new zone; an alias to anything else (a load balancer, a distribution of the
 * source) cannot be known to exist in the target and is left out.
 */
function changesOf(request: RecreateRequest, zoneId: string): Change[] {
  const records = (Array.isArray(request.configuration.records) ? request.configuration.records : []) as ZoneRecord[];
  return records.flatMap((r): Change[] => {
    if (r.alias && r.alias.hostedZoneId !== request.sourceResourceId) return [];
    const set: ResourceRecordSet = {
      Name: r.name, Type: r.type as ResourceRecordSet['Type'], SetIdentifier: r.setIdentifier, Weight: r.weight, Region: r.region as ResourceRecordSet['Region'],
      Failover: r.failover as ResourceRecordSet['Failover'], GeoLocation: r.geoLocation, GeoProximityLocation: r.geoProximityLocation,
      MultiValueAnswer: r.multiValueAnswer, HealthCheckId: r.healthCheckId, CidrRoutingConfig: r.cidrRoutingConfig,
      ...(r.alias
        ? { AliasTarget: { DNSName: r.alias.dnsName, HostedZoneId: zoneId, EvaluateTargetHealth: r.alias.evaluateTargetHealth ?? false } }
        : { TTL: r.ttl, ResourceRecords: (r.values ?? []).map((Value) => ({ Value })) }),
    };
    return [{ Action: 'UPSERT', ResourceRecordSet: JSON.parse(JSON.stringify(set)) as ResourceRecordSet }];
  });
}

/** Tags (10 a call) and records (500 a batch), applied after a create and again on a retry that finds the zone. */
async function fill(route53: Route53Client, request: RecreateRequest, zoneId: string): Promise<void> {
  for (const AddTags of chunks(tagList(recoveryTags(request)), 10)) {
    await route53.send(new ChangeTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: zoneId, AddTags }));
  }
  for (const Changes of chunks(changesOf(request, zoneId), 500)) {
    await route53.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Comment: `Lifeboat recovery ${request.recoveryId}`, Changes } }));
  }
}

/** A hosted zone of the same name with the captured record sets; a private one in the recovered VPC. */
export const hostedZone: RecoveryKind = {
  async find(session, request, accountId) {
    const route53 = session.client('route53', request.region);
    const id = await findZone(route53, str(request.configuration.name) ?? request.name, recoveryDigest(accountId, request, 32));
    if (id === undefined) return undefined;
    await fill(route53, request, id);
    return done(request, id);
  },
  async create(session, request, accountId) {
    const route53 = session.client('route53', request.region);
    const c = request.configuration;
    const Name = str(c.name) ?? request.name;
    const [VPCId] = dependencyOf(request, 'vpc');
    if (c.privateZone === true && !VPCId) throw faultError('InvalidParameterValue', `private zone ${request.sourceResourceId} needs its recovered VPC among the dependencies`);
    const CallerReference = recoveryDigest(accountId, request, 32);
    let id: string | undefined;
    try {
      const answer = await route53.send(new CreateHostedZoneCommand({
        Name, CallerReference, HostedZoneConfig: { Comment: str(c.comment), PrivateZone: c.privateZone === true },
        ...(c.privateZone === true ? { VPC: { VPCId, VPCRegion: request.region as VPCRegion } } : {}),
      }));
      id = bare(answer.HostedZone!.Id!);
    } catch (error) {
      if (awsCode(error) !== 'HostedZoneAlreadyExists') throw error;
      id = await findZone(route53, Name, CallerReference);
      if (id === undefined) throw error;
    }
    await fill(route53, request, id);
    return done(request, id);
  },
  exists: (session, region, id) => session.client('route53', region).send(new GetHostedZoneCommand({ Id: id }))
    .then(() => true, (error: unknown) => { if (isNotFound(error)) return false; throw error; }),
  /** A zone is deleted once only its SOA and apex NS remain: the other record sets go first. */
  async remove(session, region, id) {
    const route53 = session.client('route53', region);
    try {
      const zone = await route53.send(new GetHostedZoneCommand({ Id: id }));
      const sets: ResourceRecordSet[] = [];
      let start: { StartRecordName?: string; StartRecordType?: ResourceRecordSet['Type']; StartRecordIdentifier?: string } = {};
      for (;;) {
        const page = await route53.send(new ListResourceRecordSetsCommand({ HostedZoneId: id, MaxItems: 300, ...start }));
        sets.push(...(page.ResourceRecordSets ?? []).filter((s) => s.Type !== 'SOA' && !(s.Type === 'NS' && s.Name === zone.HostedZone?.Name)));
        if (!page.IsTruncated) break;
        start = { StartRecordName: page.NextRecordName, StartRecordType: page.NextRecordType, StartRecordIdentifier: page.NextRecordIdentifier };
      }
      for (const group of chunks(sets, 500)) {
        await route53.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: id, ChangeBatch: { Changes: group.map((ResourceRecordSet) => ({ Action: 'DELETE', ResourceRecordSet })) } }));
      }
      await route53.send(new DeleteHostedZoneCommand({ Id: id }));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  },
};
