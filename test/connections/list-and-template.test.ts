import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';

for (const dialect of DIALECTS) {
  describe(`listing connections and the role template [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    const names = (res: { json(): Array<{ name: string }> }) => res.json().map((c) => c.name);

    beforeAll(async () => {
      t = await startTestApp(dialect);
      base = `${t.P}/aws/cloud-connections`;
      for (const name of ['charlie', 'alpha', 'Bravo', 'delta-east', 'echo']) {
        await t.request({ method: 'POST', url: base, payload: connectionBody({ name }) });
      }
      await t.request({ method: 'POST', url: base, payload: connectionBody({ name: 'broken', accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/Nope' } }) });
      await eventually(async () => (await t.request({ method: 'GET', url: `${base}?connectivity_status=pending` })).json().length === 0, 10_000, 'verifications');
      const echo = (await t.request({ method: 'GET', url: `${base}?name=echo` })).json()[0];
      await t.request({ method: 'PUT', url: `${base}/${echo.id}/status`, payload: { status: 'disabled' } });
    });
    afterAll(() => t.close());

    it('defaults to items 1-100 with a Content-Range total, in creation order', async () => {
      const res = await t.request({ method: 'GET', url: base });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-range']).toBe('items 1-6/6');
      expect(names(res)).toEqual(['charlie', 'alpha', 'Bravo', 'delta-east', 'echo', 'broken']);
    });

    it('pages with Range: items=a-b', async () => {
      const res = await t.request({ method: 'GET', url: base, headers: { range: 'items=2-3' } });
      expect(names(res)).toEqual(['alpha', 'Bravo']);
      expect(res.headers['content-range']).toBe('items 2-3/6');
      for (const bad of ['items=0-3', 'items=4-2', 'items=1-1001', 'pages=1-2']) {
        const refused = await t.request({ method: 'GET', url: base, headers: { range: bad } });
        expect(refused.statusCode).toBe(400);
        expect(refused.json().fieldErrors.Range).toBeTruthy();
      }
    });

    it('sorts by name either way', async () => {
      const asc = names(await t.request({ method: 'GET', url: `${base}?sort_by=name&sort_order=asc` }));
      expect(asc).toEqual([...asc].sort());
      const desc = names(await t.request({ method: 'GET', url: `${base}?sort_by=name&sort_order=desc` }));
      expect(desc).toEqual([...asc].reverse());
      const bad = await t.request({ method: 'GET', url: `${base}?sort_by=colour` });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fieldErrors.sort_by).toBeTruthy();
    });

    it('filters by name (any case, part of it), status and connectivity, joined by and / or', async () => {
      expect(names(await t.request({ method: 'GET', url: `${base}?name=BRAV` }))).toEqual(['Bravo']);
      expect(names(await t.request({ method: 'GET', url: `${base}?name=%25` }))).toEqual([]); // a literal %, not a wildcard
      expect(names(await t.request({ method: 'GET', url: `${base}?status=disabled` }))).toEqual(['echo']);
      expect(names(await t.request({ method: 'GET', url: `${base}?connectivity_status=authentication-failed` }))).toEqual(['broken']);
      expect(names(await t.request({ method: 'GET', url: `${base}?status=disabled&connectivity_status=authentication-failed` }))).toEqual([]);
      const either = names(await t.request({ method: 'GET', url: `${base}?status=disabled&connectivity_status=authentication-failed&filter_condition=or` }));
      expect(either.sort()).toEqual(['broken', 'echo']);
      expect(names(await t.request({ method: 'GET', url: `${base}?status=enabled&status=disabled&name=e` })).sort()).toEqual(['broken', 'charlie', 'delta-east', 'echo']);
      const bad = await t.request({ method: 'GET', url: `${base}?status=asleep` });
      expect(bad.statusCode).toBe(400);
      expect(Object.keys(bad.json().fieldErrors)[0]).toMatch(/^status/);
      expect((await t.request({ method: 'GET', url: `${base}?colour=red` })).statusCode).toBe(400);
    });

    it("serves a CloudFormation template for the role, with the connection's external id and only its services' actions", async () => {
      const alpha = (await t.request({ method: 'GET', url: `${base}?name=alpha` })).json()[0];
      const res = await t.request({ method: 'GET', url: `${base}/${alpha.id}/cloudformation-template` });
      expect(res.statusCode).toBe(200);
      const template = res.json();
      expect(template.AWSTemplateFormatVersion).toBe('2010-09-09');
      expect(template.Parameters.ExternalId.Default).toBe(alpha.externalId);
      const role = template.Resources.LifeboatAccessRole;
      expect(role.Type).toBe('AWS::IAM::Role');
      const trust = role.Properties.AssumeRolePolicyDocument.Statement[0];
      expect(trust).toMatchObject({ Effect: 'Allow', Action: 'sts:AssumeRole' });
      expect(trust.Condition.StringEquals['sts:ExternalId']).toEqual({ Ref: 'ExternalId' });
      const statements = role.Properties.Policies[0].PolicyDocument.Statement;
      const actions: string[] = statements.flatMap((s: { Action: string[] }) => s.Action);
      expect(actions).toContain('ec2:CreateSnapshot'); // EBS is one of its services
      expect(actions).toContain('rds:CreateDBSnapshot');
      expect(actions.some((a) => a.startsWith('lambda:'))).toBe(false); // Lambda is not
      const regional = statements.find((s: { Sid: string }) => s.Sid === 'RegionalServices');
      expect(regional.Condition.StringEquals['aws:RequestedRegion']).toEqual(['us-east-1', 'us-west-2']);
      // Every Ref and GetAtt names a parameter or resource of the template.
      const defined = new Set([...Object.keys(template.Parameters), ...Object.keys(template.Resources)]);
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (node && typeof node === 'object') {
          for (const [key, value] of Object.entries(node)) {
            if (key === 'Ref') expect(defined.has(value as string)).toBe(true);
            if (key === 'Fn::GetAtt') expect(defined.has((value as string[])[0]!)).toBe(true);
            walk(value);
          }
        }
      };
      walk(template);
    });
  });
}
