import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { narrow } from '../../src/platform/db/database.ts';
import { stackCheck } from '../../src/modules/connection-groups/stack-check.ts';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { runCli, tempConfigDir } from '../cli/run-cli.ts';
import { cg, GROUPS } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`lifeboat sim deploy-stack --lost-callback [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect);
      await t.app.http.listen({ host: '127.0.0.1', port: 0 });
    });
    afterAll(() => t.close());

    it('runs the stack without its callbacks; the stack-status check then onboards the account', async () => {
      const group = (await cg(t, { method: 'POST', url: GROUPS, payload: { account_native_id: '700000000101', asset_types: ['S3'], aws_regions: ['us-east-1'] } })).json();
      const url = `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
      const run = await runCli(['sim', 'deploy-stack', group.deployment_template_url, '--lost-callback', '--url', url, '--token', ADMIN_TOKEN], { LIFEBOAT_CONFIG_DIR: tempConfigDir() });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('700000000101 us-east-1: Create → CREATE_COMPLETE; callback lost');
      expect((await cg(t, { url: `${GROUPS}/${group.id}` })).json()).toMatchObject({ status: 'connecting' });

      const check = stackCheck({ store: narrow(t.app.store), cloud: t.app.sim!, postProcess: (r) => t.app.connectionGroups.postProcess(r), now: () => Date.now() + 600_000 });
      await check.checkStacks({ info: () => undefined, warn: () => undefined } as never);
      expect((await cg(t, { url: `${GROUPS}/${group.id}` })).json()).toMatchObject({ status: 'fully_connected', ongoing_stack_operation: 'no_active_operation' });
    });
  });
}
