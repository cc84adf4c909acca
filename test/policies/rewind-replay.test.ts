// Bodies written from the published Cloud Rewind pages, replayed against Lifeboat: accepted, and answered with every
// field those pages' answers show. Lifeboat's own extra answer fields are listed, so a renamed published field fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewindDetails } from '../../src/modules/policies/rewind-migration.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectNativeError } from '../tenancy/native.ts';
import { insertAssembly } from './fixture.ts';

const PAGES = 'https://api.commvault.com/docs';
/** The answer of https://api.commvault.com/docs/SP32/api/cv/CloudRewindAPIs/find-aws-policy-template. */
const TEMPLATE_FIELDS = ['accountId', 'projectId', 'id', 'name', 'description', 'frequencyType', 'frequencyDetails', 'timeZone', 'retentionCount', 'createdAt', 'replicaRetentionCount', 'updatedAt'];
/** The answer of https://api.commvault.com/docs/SP32/api/cv/CloudRewindAPIs/get-aws-protection-policy, as far as it reads. */
const POLICY_FIELDS = ['accountId', 'projectId', 'id', 'name', 'description', 'frequencyType', 'timeZone', 'frequencyDetails', 'status', 'createdAt', 'retentionCount', 'updatedAt'];
const LIFEBOAT_TEMPLATE_EXTRAS = ['cronExpression'];
const LIFEBOAT_POLICY_EXTRAS = ['cloudAssemblyId', 'policyTemplateId', 'cronExpression', 'replicaRetentionCount', 'statusMessage', 'activation', 'nextRunAt', 'lastRunAt'];

const expectShape = (body: Record<string, unknown>, published: string[], extras: string[]) => {
  expect(Object.keys(body).sort()).toEqual([...published, ...extras].sort());
  // frequencyDetails: daysOfWeek string[], months string[], daysOfMonth int32[], hours int32[], offset int32.
  const details = body.frequencyDetails as Record<string, unknown>;
  for (const key of Object.keys(details)) expect(['daysOfWeek', 'months', 'daysOfMonth', 'hours', 'offset']).toContain(key);
};

for (const dialect of DIALECTS) {
  describe(`the published Cloud Rewind policy pages, replayed [${dialect}]`, () => {
    let t: TestApp;
    const policiesOf = (assemblyId: number) => `${t.P}/aws/cloud-assemblies/${assemblyId}/protection-policies`;

    beforeAll(async () => {
      t = await startTestApp(dialect);
    });
    afterAll(() => t.close());

    it(`create AWS policy template (${PAGES}/SP32/api/cv/CloudRewindAPIs/create-aws-policy-template), then a policy that takes everything from it (${PAGES}/latest/api/cv/CloudRewindAPIs/create-aws-protection-policy)`, async () => {
      // The template form sends every detail field; the ones weekly does not use, empty.
      const template = await t.request({
        method: 'POST', url: `${t.P}/policy-templates`, payload: {
          name: 'weekday-nights', description: 'Monday and Thursday nights',
          frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['THURSDAY', 'MONDAY'], months: [], daysOfMonth: [], hours: [2], offset: 30 },
          timeZone: 'America/New_York', retentionCount: 14, replicaRetentionCount: 7,
        },
      });
      expect(template.statusCode, template.body).toBe(201);
      expectShape(template.json(), TEMPLATE_FIELDS, LIFEBOAT_TEMPLATE_EXTRAS);
      expect(template.json()).toMatchObject({
        frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['MONDAY', 'THURSDAY'], hours: [2], offset: 30 }, timeZone: 'America/New_York', retentionCount: 14, replicaRetentionCount: 7,
      });
      const read = await t.request({ method: 'GET', url: `${t.P}/policy-templates/${template.json().id}` });
      expect(read.json()).toEqual(template.json());

      // "No other details are required for the Policy Create request except policy activation."
      const assemblyId = await insertAssembly(t);
      const policy = await t.request({ method: 'POST', url: policiesOf(assemblyId), payload: { policyTemplateId: template.json().id, activation: { type: 'now' } } });
      expect(policy.statusCode, policy.body).toBe(201);
      expectShape(policy.json(), POLICY_FIELDS, LIFEBOAT_POLICY_EXTRAS);
      const { frequencyType, frequencyDetails, timeZone, retentionCount, replicaRetentionCount } = template.json();
      expect(policy.json()).toMatchObject({
        name: 'weekday-nights', description: '', policyTemplateId: template.json().id, status: 'enabled',
        frequencyType, frequencyDetails, timeZone, retentionCount, replicaRetentionCount,
      });
      // Mondays and Thursdays at 02:30 in New York.
      const local = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .format(new Date(policy.json().nextRunAt));
      expect(['Mon 02:30', 'Thu 02:30']).toContain(local);
      // A second policy from the same template needs its own name.
      const second = await insertAssembly(t);
      const taken = expectNativeError(await t.request({ method: 'POST', url: policiesOf(second), payload: { policyTemplateId: template.json().id } }), 409);
      expect(taken.fieldErrors).toEqual({ name: 'is taken' });
      // With a template, a schedule field would be ignored: it is refused, naming it.
      expectFieldError(await t.request({ method: 'POST', url: policiesOf(second), payload: { policyTemplateId: template.json().id, name: 'with-zone', timeZone: 'UTC' } }), 'timeZone');
    });

    it(`create and update AWS protection policy with its own schedule (${PAGES}/latest/api/cv/CloudRewindAPIs/create-aws-protection-policy, ${PAGES}/SP32/api/cv/CloudRewindAPIs/update-aws-protection-policy)`, async () => {
      const assemblyId = await insertAssembly(t);
      const created = await t.request({
        method: 'POST', url: policiesOf(assemblyId), payload: {
          name: 'shop-six-hourly', description: 'every six hours',
          frequencyType: 'six-hours', frequencyDetails: { daysOfWeek: [], months: [], daysOfMonth: [], hours: [], offset: 15 },
          timeZone: 'Europe/Berlin', retentionCount: 4, replicaRetentionCount: 2,
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      expectShape(created.json(), POLICY_FIELDS, LIFEBOAT_POLICY_EXTRAS);
      expect(created.json()).toMatchObject({
        policyTemplateId: null, frequencyType: 'six-hours', frequencyDetails: { offset: 15 }, cronExpression: null, timeZone: 'Europe/Berlin', retentionCount: 4, replicaRetentionCount: 2,
      });
      expect(new Date(created.json().nextRunAt).getUTCMinutes()).toBe(15);

      const updated = await t.request({
        method: 'PUT', url: `${policiesOf(assemblyId)}/${created.json().id}`, payload: {
          name: 'shop-yearly', description: 'once a year',
          frequencyType: 'yearly', frequencyDetails: { daysOfWeek: [], months: ['MARCH', 'SEPTEMBER'], daysOfMonth: [10], hours: [1], offset: 0 },
          timeZone: 'UTC', retentionCount: 3, replicaRetentionCount: 1,
        },
      });
      expect(updated.statusCode, updated.body).toBe(200);
      expectShape(updated.json(), POLICY_FIELDS, LIFEBOAT_POLICY_EXTRAS);
      expect(updated.json()).toMatchObject({
        name: 'shop-yearly', frequencyType: 'yearly', frequencyDetails: { offset: 0, hours: [1], daysOfMonth: [10], months: ['MARCH', 'SEPTEMBER'] }, retentionCount: 3,
      });
      expect(['03-10T01:00', '09-10T01:00']).toContain(updated.json().nextRunAt.slice(5, 16));

      const custom = await t.request({
        method: 'PUT', url: `${policiesOf(assemblyId)}/${created.json().id}`, payload: { name: 'shop-custom', frequencyType: 'custom', cronExpression: '0 3 * * 1-5', timeZone: 'UTC' },
      });
      expect(custom.statusCode, custom.body).toBe(200);
      expect(custom.json()).toMatchObject({ frequencyType: 'custom', frequencyDetails: {}, cronExpression: '0 3 * * 1-5' });

      const list = await t.request({ method: 'GET', url: policiesOf(assemblyId) });
      expect(list.statusCode).toBe(200);
      expect(list.json()).toEqual([custom.json()]);
      for (const item of list.json()) expectShape(item, POLICY_FIELDS, LIFEBOAT_POLICY_EXTRAS);
    });

    it('every published frequencyType is accepted, and only those', async () => {
      const published = ['fifteen-minutes', 'thirty-minutes', 'hourly', 'two-hours', 'three-hours', 'four-hours', 'six-hours', 'eight-hours', 'twelve-hours', 'daily', 'weekly', 'monthly', 'yearly', 'custom'];
      const openapi = (await t.request({ method: 'GET', url: '/openapi.json' })).json();
      const schema = openapi.components?.schemas ?? {};
      const body = openapi.paths['/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies'].post.requestBody.content['application/json'].schema;
      const resolved = body.$ref ? schema[body.$ref.split('/').pop()] : body;
      expect(resolved.properties.frequencyType.enum).toEqual(published);
      expect(resolved.properties.frequencyDetails.properties.daysOfWeek.items.enum).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);
    });
  });
}

describe('0025-policies-rewind', () => {
  it('rewrites the stored frequency details of 0008 in the published spellings', () => {
    expect(rewindDetails({ offsetMinutes: 30, hours: [2], daysOfWeek: ['mon', 'sun'] })).toEqual({ offset: 30, hours: [2], daysOfWeek: ['MONDAY', 'SUNDAY'] });
    expect(rewindDetails({ offsetMinutes: 0, hours: [0], daysOfMonth: [1, 29], months: [2, 12] })).toEqual({ offset: 0, hours: [0], daysOfMonth: [1, 29], months: ['FEBRUARY', 'DECEMBER'] });
    expect(rewindDetails({})).toEqual({});
  });
});
