import {
  ChangeResourceRecordSetsCommand, ChangeTagsForResourceCommand, CreateHostedZoneCommand, ListHostedZonesByNameCommand, ListHostedZonesCommand,
  ListResourceRecordSetsCommand, ListTagsForResourcesCommand, Route53Client,
} from '@aws-sdk/client-route-53';
import { describe, expect, it } from 'vitest';
import { KEYS, useMockedCloud } from './mocked-fixture.ts';

// As this file always ran: on the driver's own waits and polls, not the quick ones of SETTINGS.
const { route53, cloud } = useMockedCloud({ route53: Route53Client }, { settings: { waitTimeoutMs: undefined, pollMs: undefined } });

describe('Route 53 routing policies survive the round trip', () => {
  it('geolocation, multivalue, health-check and CIDR routing fields are captured and sent back (a record with a SetIdentifier and no policy fails the whole batch)', async () => {
    const sets = [
      { Name: 'www.shop.example.', Type: 'A' as const, SetIdentifier: 'eu', GeoLocation: { ContinentCode: 'EU' }, TTL: 60, ResourceRecords: [{ Value: '10.0.0.1' }], HealthCheckId: 'hc-1' },
      { Name: 'api.shop.example.', Type: 'A' as const, SetIdentifier: 'm1', MultiValueAnswer: true, TTL: 60, ResourceRecords: [{ Value: '10.0.0.2' }] },
      { Name: 'cdn.shop.example.', Type: 'A' as const, SetIdentifier: 'c1', CidrRoutingConfig: { CollectionId: 'col-1', LocationName: 'office' }, TTL: 60, ResourceRecords: [{ Value: '10.0.0.3' }] },
    ];
    route53.on(ListHostedZonesCommand).resolves({ HostedZones: [{ Id: '/hostedzone/ZSRC', Name: 'shop.example.', CallerReference: 'x', Config: { PrivateZone: false } }], IsTruncated: false, MaxItems: 100, Marker: '' });
    route53.on(ListTagsForResourcesCommand).resolves({ ResourceTagSets: [] });
    route53.on(ListResourceRecordSetsCommand).resolves({ ResourceRecordSets: sets, IsTruncated: false, MaxItems: 300 });
    const [zone] = (await cloud.discover(KEYS, { region: 'us-east-1', service: 'Route53' })).resources;

    route53.on(ListHostedZonesByNameCommand).resolves({ HostedZones: [], IsTruncated: false, MaxItems: 100 });
    route53.on(CreateHostedZoneCommand).resolves({ HostedZone: { Id: '/hostedzone/ZNEW', Name: 'shop.example.', CallerReference: 'r' } });
    route53.on(ChangeTagsForResourceCommand).resolves({});
    route53.on(ChangeResourceRecordSetsCommand).resolves({});
    await cloud.recreate(KEYS, { region: 'us-west-2', recoveryId: 'rec-1', sourceResourceId: 'ZSRC', type: 'route53:hosted-zone', name: 'shop.example.', tags: {}, dependencies: [], configuration: zone!.configuration });
    const sent = route53.commandCalls(ChangeResourceRecordSetsCommand)[0]!.args[0].input.ChangeBatch!.Changes!.map((c) => c.ResourceRecordSet);
    expect(sent).toEqual(sets);
  });
});
