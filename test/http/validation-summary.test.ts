// The one-line summary of a 400: each field beside its own problem (issue 21: "services.0" was once shown
// with the list of regions, the first field's problem).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';

for (const dialect of DIALECTS) {
  describe(`a validation summary [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
    });
    afterAll(() => t.close());

    it('pairs every field with its own problem', async () => {
      const res = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody({ operationalRegions: ['us-east-1', 'mars-1'], services: ['FOO'] }) });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.fieldErrors).toMatchObject({ 'operationalRegions.1': expect.stringContaining('us-east-1'), 'services.0': expect.stringContaining('EC2') });
      // The services' problem is the services' list, never the regions'.
      expect(body.message).toMatch(/services\.0: must be one of EC2, /);
      expect(body.message).not.toMatch(/services\.0[^;]*us-east-1/);
      expect(body.message).toMatch(/operationalRegions\.1: must be one of [^;]*us-east-1/);
    });
  });
}
