import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY } from '../../src/cloud/sim/index.ts';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';

for (const dialect of DIALECTS) {
  describe(`creating cloud connections [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    const get = (id: number) => t.request({ method: 'GET', url: `${base}/${id}` }).then((r) => r.json());
    const count = async () => Number((await t.request({ method: 'GET', url: base })).headers['content-range']!.split('/')[1]);
    const settled = (id: number) => eventually(async () => {
      const c = await get(id);
      return c.connectivityStatus !== 'pending' && c;
    }, 10_000, 'verification');

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = `${t.P}/aws/cloud-connections`;
    });
    afterAll(() => t.close());

    it('answers 202 with connectivity pending and a generated external id, then verifies and syncs in the background', async () => {
      const res = await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'role-ok' }) });
      expect(res.statusCode).toBe(202);
      const body = res.json();
      expect(body).toMatchObject({ name: 'role-ok', status: 'enabled', connectivityStatus: 'pending', lastSync: null, accessMethod: { type: 'iam-role' } });
      expect(body.externalId).toMatch(/^lifeboat-[0-9a-f]{32}$/);
      expect(res.headers.location).toBe(`${base}/${body.id}`);
      const verified = await settled(body.id);
      expect(verified).toMatchObject({ connectivityStatus: 'success', awsAccountId: '111111111111' });
      const synced = await eventually(async () => (await get(body.id)).lastSync && get(body.id), 10_000, 'first sync');
      expect(synced.syncStatus).toBe('idle');
    });

    it('a role that does not exist verifies as authentication-failed, with the AWS code in the message', async () => {
      const id = (await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'role-missing', accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/NoSuchRole' } }) })).json().id;
      const c = await settled(id);
      expect(c.connectivityStatus).toBe('authentication-failed');
      expect(c.connectivityMessage).toMatch(/AccessDenied/);
      expect(c.status).toBe('enabled');
      expect(c.lastSync).toBeNull();
    });

    it('an external id the role requires but Lifeboat did not send is authentication-failed', async () => {
      await t.app.sim!.putRole({ accountId: '222222222222', roleName: 'Strict', externalId: 'somebody-else' });
      const id = (await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'role-strict', accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::222222222222:role/Strict' } }) })).json().id;
      expect((await settled(id)).connectivityStatus).toBe('authentication-failed');
    });

    it('an unreachable account (999999999999) verifies as failed', async () => {
      const id = (await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'unreachable', accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::999999999999:role/LifeboatAccess' } }) })).json().id;
      const c = await settled(id);
      expect(c.connectivityStatus).toBe('failed');
      expect(c.connectivityMessage).toBeTruthy();
    });

    it('an access key pair is stored sealed and never returned or logged', async () => {
      const secret = DEMO_ACCESS_KEY.secretAccessKey;
      const res = await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'key-ok', accessMethod: { type: 'access-key', accessKeyId: DEMO_ACCESS_KEY.accessKeyId, secretAccessKey: secret } }) });
      expect(res.statusCode).toBe(202);
      expect(res.body).not.toContain(secret);
      expect(res.json().accessMethod).toEqual({ type: 'access-key', accessKeyId: DEMO_ACCESS_KEY.accessKeyId });
      const c = await settled(res.json().id);
      expect(c.connectivityStatus).toBe('success');
      const row = await t.app.store.db.selectFrom('cloud_connections').select('secret_sealed').where('id', '=', c.id).executeTakeFirstOrThrow();
      expect(row.secret_sealed).toMatch(/^v1\./);
      expect(row.secret_sealed).not.toContain(secret);
      expect(t.logs.join('')).not.toContain(secret);
      const list = await t.request({ method: 'GET', url: base });
      expect(list.body).not.toContain(secret);
    });

    it('a wrong secret is authentication-failed and the message does not echo it', async () => {
      const wrong = 'wrong-secret-value-0123456789';
      const id = (await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'key-bad', accessMethod: { type: 'access-key', accessKeyId: DEMO_ACCESS_KEY.accessKeyId, secretAccessKey: wrong } }) })).json().id;
      const c = await settled(id);
      expect(c.connectivityStatus).toBe('authentication-failed');
      expect(JSON.stringify(c)).not.toContain(wrong);
      expect(t.logs.join('')).not.toContain(wrong);
    });

    const bad: Array<[string, Record<string, unknown>, string]> = [
      ['a region that is not an AWS region', { operationalRegions: ['us-east-9'] }, 'operationalRegions.0'],
      ['no regions', { operationalRegions: [] }, 'operationalRegions'],
      ['a region twice', { operationalRegions: ['us-east-1', 'us-east-1'] }, 'operationalRegions'],
      ['an unknown service', { services: ['EC2', 'Glacier'] }, 'services.1'],
      ['no services', { services: [] }, 'services'],
      ['a role ARN that is not one', { accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::123:role/x' } }, 'accessMethod.roleArn'],
      ['an unknown access method', { accessMethod: { type: 'password', password: 'x' } }, 'accessMethod.type'],
      ['an access key without its secret', { accessMethod: { type: 'access-key', accessKeyId: 'AKIAABCDEFGHIJKLMNOP' } }, 'accessMethod.secretAccessKey'],
      ['a bad name', { name: '-bad' }, 'name'],
      ['an unknown field', { region: 'us-east-1' }, 'region'],
      ['a description that is too long', { description: 'x'.repeat(1001) }, 'description'],
      ['a boolean given as a string', { deletionProtection: 'yes' }, 'deletionProtection'],
    ];
    for (const [what, override, field] of bad) {
      it(`refuses ${what}: 400 naming ${field}, nothing created`, async () => {
        const before = await count();
        const res = await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'refused', ...override }) });
        expect(res.statusCode).toBe(400);
        expect(Object.keys(res.json().fieldErrors)).toContain(field);
        expect(await count()).toBe(before);
      });
    }

    it('refuses a name taken in the project with 409, and two creates with one name at once make one connection', async () => {
      expect((await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'role-ok' }) })).statusCode).toBe(409);
      const before = await count();
      const results = await Promise.all([1, 2, 3].map(() => t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'race-create' }) })));
      expect(results.map((r) => r.statusCode).sort()).toEqual([202, 409, 409]);
      expect(await count()).toBe(before + 1);
    });

    it('honours Idempotency-Key: a repeat returns the first answer, another body is 409, nothing is created twice', async () => {
      const headers = { 'idempotency-key': 'create-once-1' };
      const first = await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'idem-one' }), headers });
      const before = await count();
      const again = await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'idem-one' }), headers });
      expect(again.statusCode).toBe(202);
      expect(again.json().id).toBe(first.json().id);
      expect(again.headers['idempotent-replayed']).toBe('true');
      const other = await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'idem-two' }), headers });
      expect(other.statusCode).toBe(409);
      expect(other.json().errors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await count()).toBe(before);
      const racing = await Promise.all([1, 2].map(() => t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'idem-race' }), headers: { 'idempotency-key': 'race-key' } })));
      const ids = new Set(racing.filter((r) => r.statusCode === 202).map((r) => r.json().id));
      expect(ids.size).toBe(1);
      expect(await count()).toBe(before + 1);
    });

    it('a refused create leaves its Idempotency-Key free for the corrected retry', async () => {
      const headers = { 'idempotency-key': 'fix-and-retry' };
      expect((await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'role-ok' }), headers })).statusCode).toBe(409);
      expect((await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'fixed-name' }), headers })).statusCode).toBe(202);
    });

    it('rotating credentials verifies again with the new ones', async () => {
      const id = (await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'rotate-me', accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/Gone' } }) })).json().id;
      expect((await settled(id)).connectivityStatus).toBe('authentication-failed');
      const res = await t.request({ method: 'PUT', url: `${base}/${id}/credentials`, payload: { accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/LifeboatAccess' } } });
      expect(res.statusCode).toBe(200);
      expect(res.json().connectivityStatus).toBe('pending');
      expect((await settled(id)).connectivityStatus).toBe('success');
    });

    it('changes regions and services, validated like create', async () => {
      const id = (await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'regions-change' }) })).json().id;
      const res = await t.request({ method: 'PUT', url: `${base}/${id}/regions-and-services`, payload: { operationalRegions: ['eu-west-1'], services: ['S3'] } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ operationalRegions: ['eu-west-1'], services: ['S3'] });
      const bad = await t.request({ method: 'PUT', url: `${base}/${id}/regions-and-services`, payload: { operationalRegions: ['mars-1'], services: ['S3'] } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fieldErrors['operationalRegions.0']).toBeTruthy();
      expect((await get(id)).operationalRegions).toEqual(['eu-west-1']);
    });
  });
}
