import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { MEDIA, OU } from '../connection-groups/fixture.ts';

/** What a client generated from /openapi.json would be told about /connections/aws (the database plays no part). */
describe('OpenAPI of the connection-group surface matches what the server does', () => {
  let t: TestApp;
  let doc: any;
  beforeAll(async () => {
    t = await startTestApp('sqlite', {}, { worker: false });
    doc = (await t.app.http.inject({ method: 'GET', url: '/openapi.json' })).json();
  });
  afterAll(() => t.close());
  const groups = () => doc.paths['/connections/aws/connection-groups'];
  const group = () => doc.paths['/connections/aws/connection-groups/{connection_group_id}'];

  it('asset_types is required, the deprecated alias the only stand-in', () => {
    for (const op of [groups().post, group().put]) {
      const schema = op.requestBody.content['application/json'].schema;
      expect(schema.anyOf).toEqual([{ required: ['asset_types'] }, { required: ['asset_types_enabled'] }]);
    }
  });

  it('a 200 is documented under the vendor media type the server sends; errors as application/json', () => {
    for (const op of [groups().get, groups().post, group().get, group().put]) {
      expect(Object.keys(op.responses['200'].content)).toEqual([MEDIA]);
      expect(Object.keys(op.responses['400'].content)).toEqual(['application/json']);
    }
  });

  it('the organizational-unit header is documented; bodies are JSON under any of the media types clients send, else 415', () => {
    for (const op of [groups().get, groups().post, group().get, group().put]) {
      expect(op.parameters.find((p: any) => p.in === 'header' && p.name === OU)).toMatchObject({ required: false });
    }
    const postProcess = doc.paths['/connections/aws/post-process'].post;
    for (const [op, vendor] of [[groups().post, MEDIA], [group().put, MEDIA], [postProcess, 'application/api.clumio.post-process-aws-connection=v1+json']]) {
      expect(Object.keys(op.requestBody.content).sort()).toEqual(['application/json', vendor, 'text/plain'].sort());
      expect(op.responses['415']).toBeDefined();
    }
  });

  it('the signed template URL is documented without security', () => {
    expect(doc.paths['/connections/aws/templates/{connection_group_id}'].get.security).toEqual([]);
  });
});
