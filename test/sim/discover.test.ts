import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudCallError, type CloudCredentials, type DiscoveredResource } from '../../src/cloud/provider.ts';
import { SIM_DISCOVERY_PAGE_SIZE, type SimResourceInput } from '../../src/cloud/sim/index.ts';
import { ValidationError } from '../../src/platform/errors.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, roleCredentials, type SimFixture } from './sim-fixture.ts';

const ACCOUNT = '123456789012';

function instance(n: number, overrides: Partial<SimResourceInput> = {}): SimResourceInput {
  return {
    accountId: ACCOUNT,
    region: 'us-east-1',
    resourceId: `i-${n.toString(16).padStart(17, '0')}`,
    type: 'ec2:instance',
    name: `node-${n}`,
    configuration: { instanceType: 't3.micro' },
    tags: { Name: `node-${n}` },
    ...overrides,
  };
}

async function discoverAll(fixture: SimFixture, credentials: CloudCredentials, region: string, service: 'EC2' | 'VPC') {
  const pages: DiscoveredResource[][] = [];
  let nextToken: string | undefined;
  do {
    const page = await fixture.sim.discover(credentials, { region, service, nextToken });
    pages.push([...page.resources]);
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return pages;
}

for (const dialect of DIALECTS) {
  describe(`sim discover (${dialect})`, () => {
    let fixture: SimFixture;
    const credentials = roleCredentials(ACCOUNT);

    beforeAll(async () => {
      fixture = await openSim(dialect);
      await fixture.sim.putAccount({ accountId: ACCOUNT, name: 'paging' });
      await fixture.sim.putRole({ accountId: ACCOUNT, roleName: 'LifeboatAccess' });
    });
    afterAll(() => fixture.close());

    it('pages through 120 resources, each exactly once and in resource id order', async () => {
      // Inserted out of order, with neighbours in another region and another service to filter out.
      const numbers = Array.from({ length: 120 }, (_, i) => (i * 37) % 120);
      await fixture.sim.putResources([
        ...numbers.map((n) => instance(n)),
        instance(500, { region: 'us-west-2' }),
        { accountId: ACCOUNT, region: 'us-east-1', resourceId: 'vpc-00000000000000001', type: 'ec2:vpc', configuration: { cidrBlock: '10.0.0.0/16' } },
      ]);
      const pages = await discoverAll(fixture, credentials, 'us-east-1', 'EC2');
      expect(pages.map((page) => page.length)).toEqual([SIM_DISCOVERY_PAGE_SIZE, SIM_DISCOVERY_PAGE_SIZE, 20]);
      const ids = pages.flat().map((resource) => resource.resourceId);
      const expected = Array.from({ length: 120 }, (_, n) => instance(n).resourceId);
      expect(ids).toEqual(expected);
      expect(pages.flat().every((resource) => resource.type === 'ec2:instance' && resource.service === 'EC2' && resource.region === 'us-east-1')).toBe(true);
    });

    it('returns what was put: ARN, configuration, tags and dependencies', async () => {
      const [page] = await discoverAll(fixture, credentials, 'us-east-1', 'VPC');
      expect(page).toEqual([
        {
          resourceId: 'vpc-00000000000000001',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/vpc-00000000000000001`,
          type: 'ec2:vpc',
          service: 'VPC',
          region: 'us-east-1',
          name: 'vpc-00000000000000001',
          configuration: { cidrBlock: '10.0.0.0/16' },
          tags: {},
          dependencies: [],
        },
      ]);
    });

    it('replaces a resource put twice', async () => {
      await fixture.sim.putResource(instance(7, { configuration: { instanceType: 'm6i.xlarge' }, dependencies: ['subnet-1'] }));
      const resource = await fixture.sim.getResource({ accountId: ACCOUNT, region: 'us-east-1', resourceId: instance(7).resourceId });
      expect(resource).toMatchObject({ configuration: { instanceType: 'm6i.xlarge' }, dependencies: ['subnet-1'] });
      const pages = await discoverAll(fixture, credentials, 'us-east-1', 'EC2');
      expect(pages.flat()).toHaveLength(120);
    });

    it('keeps the last of duplicates in one bulk put', async () => {
      await fixture.sim.putResources([instance(8, { name: 'first' }), instance(8, { name: 'second' })]);
      const resource = await fixture.sim.getResource({ accountId: ACCOUNT, region: 'us-east-1', resourceId: instance(8).resourceId });
      expect(resource?.name).toBe('second');
    });

    it('refuses resources of an unknown account or type, and writes none of the batch', async () => {
      await expect(fixture.sim.putResources([instance(900), instance(901, { accountId: '000000000001' })])).rejects.toBeInstanceOf(ValidationError);
      await expect(fixture.sim.putResource(instance(902, { type: 'ec2:spaceship' }))).rejects.toBeInstanceOf(ValidationError);
      expect(await fixture.sim.getResource({ accountId: ACCOUNT, region: 'us-east-1', resourceId: instance(900).resourceId })).toBeUndefined();
    });

    it('returns an empty page for a region or service with nothing in it', async () => {
      expect(await fixture.sim.discover(credentials, { region: 'eu-west-1', service: 'EC2' })).toEqual({ resources: [] });
      expect(await fixture.sim.discover(credentials, { region: 'us-east-1', service: 'S3' })).toEqual({ resources: [] });
    });

    it('throws CloudCallError: authentication for bad credentials, unavailable for an unreachable account', async () => {
      const denied = await fixture.sim.discover(roleCredentials(ACCOUNT, 'Other'), { region: 'us-east-1', service: 'EC2' }).catch((e: unknown) => e);
      expect(denied).toBeInstanceOf(CloudCallError);
      expect(denied).toMatchObject({ reason: 'authentication', cloudCode: 'AccessDenied' });
      const unreachable = await fixture.sim.discover(roleCredentials('999999999999'), { region: 'us-east-1', service: 'EC2' }).catch((e: unknown) => e);
      expect(unreachable).toMatchObject({ reason: 'unavailable', cloudCode: 'EndpointConnectionError' });
    });

    it('refuses a pagination token it did not issue', async () => {
      const result = await fixture.sim.discover(credentials, { region: 'us-east-1', service: 'EC2', nextToken: 'garbage' }).catch((e: unknown) => e);
      expect(result).toMatchObject({ name: 'CloudCallError', cloudCode: 'InvalidNextToken' });
    });
  });
}
