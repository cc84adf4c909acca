import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { cg, createBody, expectGroupError, GROUPS } from '../connection-groups/fixture.ts';

const HOUR = 3600_000;

/**
 * CloudFormation fetches a quick-create stack's TemplateURL itself, with a plain GET: no bearer token, no
 * Clumio headers. The deployment_template_url a group answers with must work like that, and only for a while.
 */
for (const dialect of DIALECTS) {
  describe(`deployment_template_url is fetchable without a token, signed and expiring [${dialect}]`, () => {
    let t: TestApp;
    // The clock starts a minute into the current hour (never a fixed date), so URLs minted in it are stable.
    let now = Math.floor(Date.now() / HOUR) * HOUR + 60_000;
    beforeAll(async () => { t = await startTestApp(dialect, {}, { worker: false, now: () => now }); });
    afterAll(() => t.close());
    const fetchAsCloudFormation = (url: string) => {
      const u = new URL(url);
      return t.app.http.inject({ method: 'GET', url: u.pathname + u.search, headers: { 'user-agent': 'AWS CloudFormation' } });
    };

    it('a GET of the URL, without credentials, returns the template; two reads within the hour give the same URL', async () => {
      const g = (await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '830000000001' }) })).json();
      expect(g.deployment_template_url).toMatch(/[?&]signature=[A-Za-z0-9_-]{43}(&|$)/);
      const res = await fetchAsCloudFormation(g.deployment_template_url);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toMatchObject({ AWSTemplateFormatVersion: '2010-09-09', Metadata: { Lifeboat: { connection_group_id: g.id, template_version: '1' } } });
      now += 30 * 60_000;
      expect((await cg(t, { url: `${GROUPS}/${g.id}` })).json().deployment_template_url).toBe(g.deployment_template_url);
    });

    it('a tampered signature, version or group is refused (403); the URL stops working after a day', async () => {
      const g = (await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '830000000002' }) })).json();
      const url = new URL(g.deployment_template_url);
      const sig = url.searchParams.get('signature')!;
      const tampered = new URL(url);
      tampered.searchParams.set('signature', `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`);
      expectGroupError(await fetchAsCloudFormation(tampered.href), 403);
      const otherVersion = new URL(url);
      otherVersion.searchParams.set('v', '2');
      expectGroupError(await fetchAsCloudFormation(otherVersion.href), 403);
      const other = (await cg(t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: '830000000003' }) })).json();
      expectGroupError(await fetchAsCloudFormation(url.href.replace(g.id, other.id)), 403);
      const unsigned = new URL(url);
      unsigned.searchParams.delete('signature');
      expectGroupError(await fetchAsCloudFormation(unsigned.href), 403);

      now += 25 * HOUR;
      expectGroupError(await fetchAsCloudFormation(url.href), 403, 'expired');
      // A fresh read hands out a fresh URL (the pending version has been discarded by now: the URL says so, 404).
      const fresh = (await cg(t, { url: `${GROUPS}/${g.id}` })).json().deployment_template_url;
      expect(fresh).not.toBe(url.href);
      expectGroupError(await fetchAsCloudFormation(fresh), 404, 'Template version 1');
    });
  });
}
