// Zone placement and its pre-flight check, without a database (issue 17, item 11): each source zone goes to a zone the
// target has, by letter where it can, spread otherwise, and only to zones offering the instance types it holds.
import { describe, expect, it } from 'vitest';
import { zoneCheck } from '../../src/modules/recoveries/checks-cloud.ts';
import { planRecovery, type CapturedResource } from '../../src/modules/recoveries/plan.ts';
import { placeZones, readTargetZones, type TargetZones, type ZoneInput } from '../../src/modules/recoveries/zones.ts';
import { CloudCallError } from '../../src/cloud/provider.ts';

const resource = (resourceId: string, type: string, configuration: Record<string, unknown>): CapturedResource => ({
  resourceId, region: 'us-east-1', type, name: resourceId, configuration, tags: {}, dependencies: [],
});
const estate = [
  resource('subnet-a', 'ec2:subnet', { availabilityZone: 'us-east-1a' }),
  resource('subnet-e', 'ec2:subnet', { availabilityZone: 'us-east-1e' }),
  resource('subnet-f', 'ec2:subnet', { availabilityZone: 'us-east-1f' }),
  resource('i-d', 'ec2:instance', { availabilityZone: 'us-east-1d', instanceType: 'm7i.large' }),
];
const crossRegion: ZoneInput = { resources: estate, scope: 'cross-region', sourceRegion: 'us-east-1', targetRegion: 'eu-west-1' };
const euWest: TargetZones = {
  region: 'eu-west-1', zones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], offerings: { 'eu-west-1a': ['m7i.large'], 'eu-west-1b': ['m7i.large'] },
};
const credentials = { type: 'access-key', accessKeyId: 'AKIA', secretAccessKey: 'x' } as const;
const target = { connectionId: 2, connectionName: 'dr-aws', status: 'enabled', connectivityStatus: 'success', credentials, services: [], regions: ['eu-west-1'], region: 'eu-west-1' };

describe('zone placement', () => {
  it('same letter where the target has it; a letter it lacks spreads over the zones left; a zone not offering a type is passed over', () => {
    expect(placeZones(crossRegion, euWest)).toEqual([
      { source: 'us-east-1a', target: 'eu-west-1a', why: 'the same zone letter' },
      // d is position 3 of the two zones offering m7i.large (a, b) → b (a already holds us-east-1a).
      { source: 'us-east-1d', target: 'eu-west-1b', why: 'eu-west-1 has no zone d (its zones: a, b, c): spread over the zones offering m7i.large' },
      { source: 'us-east-1e', target: 'eu-west-1c', why: 'eu-west-1 has no zone e (its zones: a, b, c): spread over the zones' },
      // Every zone now holds one: the tie goes to f's position (5 mod 3 → c).
      { source: 'us-east-1f', target: 'eu-west-1c', why: 'eu-west-1 has no zone f (its zones: a, b, c): spread over the zones' },
    ]);
    const lacking = placeZones({ ...crossRegion, targetRegion: 'us-west-2', resources: [resource('i-c', 'ec2:instance', { availabilityZone: 'us-east-1c', instanceType: 'm7i.large' })] },
      { region: 'us-west-2', zones: ['us-west-2a', 'us-west-2b', 'us-west-2c'], offerings: { 'us-west-2a': ['m7i.large'] } });
    expect(lacking).toEqual([{ source: 'us-east-1c', target: 'us-west-2a', why: 'us-west-2c does not offer m7i.large: spread over the zones offering m7i.large' }]);
  });

  it('the plan moves each resource to its placed zone and notes why; the same reading always gives the same placement', () => {
    const zones = placeZones(crossRegion, euWest);
    expect(placeZones(crossRegion, euWest)).toEqual(zones);
    const plan = planRecovery({ ...crossRegion, mode: 'rebuild', filter: { type: 'all' }, zones });
    const byId = Object.fromEntries(plan.steps.map((s) => [s.sourceResourceId, s]));
    expect(byId['subnet-a']).toMatchObject({ configuration: { availabilityZone: 'eu-west-1a' }, note: null });
    expect(byId['subnet-e']).toMatchObject({ configuration: { availabilityZone: 'eu-west-1c' }, note: expect.stringContaining('placed in eu-west-1c (from us-east-1e): eu-west-1 has no zone e') });
  });

  it('cross-zone: the next zone of the region that offers the types; a zone asked for that the region lacks fails the check', () => {
    const input: ZoneInput = { resources: [resource('i-d', 'ec2:instance', { availabilityZone: 'us-east-1d', instanceType: 'm7i.large' })], scope: 'cross-zone', sourceRegion: 'us-east-1', targetRegion: 'us-east-1' };
    const zones: TargetZones = { region: 'us-east-1', zones: ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1e', 'us-east-1f'], offerings: { 'us-east-1a': ['m7i.large'], 'us-east-1f': ['m7i.large'] } };
    expect(placeZones(input, zones)).toEqual([{ source: 'us-east-1d', target: 'us-east-1f', why: 'the next zone of us-east-1 offering m7i.large (us-east-1e does not)' }]);
    const asked = placeZones({ ...input, targetZone: 'us-east-1z' }, zones);
    const steps = planRecovery({ ...input, mode: 'rebuild', filter: { type: 'all' }, zones: asked }).steps;
    expect(zoneCheck({ steps, target: { ...target, region: 'us-east-1' }, zones: { target: zones, placements: asked } })).toEqual([{
      name: 'availability-zones', status: 'failed', resourceIds: ['i-d'],
      message: expect.stringContaining('us-east-1z is not a zone of us-east-1 (its zones: us-east-1a, us-east-1b'),
    }]);
  });

  it('zones the cloud would not list: a warning with the cloud\'s message, and zones move by their letter', async () => {
    const refuse = () => Promise.reject(new CloudCallError('authentication', 'UnauthorizedOperation', 'You are not authorized to perform this operation.'));
    const read = await readTargetZones({ availabilityZones: refuse, instanceTypeOfferings: refuse }, credentials, crossRegion);
    expect(read?.error).toBe('UnauthorizedOperation: You are not authorized to perform this operation.');
    const placements = placeZones(crossRegion, read);
    expect(placements[0]).toEqual({ source: 'us-east-1a', target: 'eu-west-1a', why: 'the same zone letter (the zones of eu-west-1 could not be read)' });
    const steps = planRecovery({ ...crossRegion, mode: 'rebuild', filter: { type: 'all' }, zones: placements }).steps;
    expect(zoneCheck({ steps, target, zones: { target: read, placements } })).toEqual([{
      name: 'availability-zones', status: 'warning', resourceIds: expect.arrayContaining(['subnet-a', 'subnet-e']),
      message: expect.stringContaining('The availability zones of eu-west-1 could not be read: UnauthorizedOperation'),
    }]);
    // Same region: nothing moves, nothing is read.
    expect(await readTargetZones({ availabilityZones: refuse, instanceTypeOfferings: refuse }, credentials, { ...crossRegion, scope: 'same-region', targetRegion: 'us-east-1' })).toBeUndefined();
  });
});
