// Route schemas compile on a route's first use (src/platform/http/lazy-schemas.ts), not at start-up: every
// route still validates and serialises as before, every schema still compiles (checked here, since a
// start-up no longer does), and a schema shared by many routes compiles once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifySchemaCompiler } from 'fastify';
import { compilePendingSchemas, flattenNullables, lazySchemas } from '../../src/platform/http/lazy-schemas.ts';
import { Connection } from '../../src/modules/connections/schemas.ts';
import { connectionBody, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectNative } from './fixture.ts';

describe.each(DIALECTS)('lazily compiled route schemas (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect, {}, { worker: false });
  });
  afterAll(async () => t?.close());

  it("a route's first request validates (400 naming the field, nothing written) and answers through its response schema", async () => {
    const create = `${t.P}/aws/cloud-connections`;
    const bad = await t.request({ method: 'POST', url: create, payload: { ...connectionBody(), name: 12 } });
    expectNative(bad, 400, 'VALIDATION_FAILED', 'name');
    const none = await t.request({ url: create });
    expect(none.statusCode).toBe(200);
    expect(none.json().items ?? none.json()).toHaveLength(0);

    const made = await t.request({ method: 'POST', url: create, payload: connectionBody() });
    expect(made.statusCode, made.body).toBe(202);
    const shown = await t.request({ url: `${create}/${made.json().id}` });
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ id: made.json().id, name: made.json().name, accessMethod: { type: 'iam-role' } });
    // A path parameter is coerced to the schema's type on the first use of its route, and refused when it cannot be.
    const badId = await t.request({ url: `${create}/abc` });
    expect(badId.statusCode).toBe(400);
  });

  it('every other route schema compiles (Ajv and fast-json-stringify accept each one)', () => {
    const compiled = compilePendingSchemas(t.app.http);
    // Hundreds of routes, each with path, query, body and response schemas; the ones used above are compiled already.
    expect(compiled).toBeGreaterThan(200);
    expect(compilePendingSchemas(t.app.http)).toBe(0);
  });
});

describe('lazySchemas', () => {
  it('compiles a schema on its first call only, once for every route sharing it, and hands Fastify its errors', () => {
    let compiles = 0;
    const compile: FastifySchemaCompiler<any> = ({ schema }) => {
      compiles++;
      const validate = (data: unknown) => {
        const ok = typeof data === 'number' && data <= (schema as { maximum: number }).maximum;
        (validate as any).errors = ok ? null : [{ instancePath: '', message: 'too big' }];
        return ok;
      };
      return validate as any;
    };
    const schemas = lazySchemas(compile);
    const shared = { type: 'number', maximum: 5 };
    const a = schemas.validatorCompiler({ schema: shared, httpPart: 'querystring', method: 'GET', url: '/a' }) as any;
    const b = schemas.validatorCompiler({ schema: shared, httpPart: 'querystring', method: 'GET', url: '/b' }) as any;
    expect(compiles).toBe(0);
    expect(a(3)).toBe(true);
    expect(a.errors).toBeNull();
    expect(b(9)).toBe(false);
    expect(b.errors).toEqual([{ instancePath: '', message: 'too big' }]);
    expect(compiles).toBe(1);
    // The same schema object as a body compiles with the body's compiler settings: a compile of its own.
    const body = schemas.validatorCompiler({ schema: shared, httpPart: 'body', method: 'POST', url: '/a' }) as any;
    expect(body(1)).toBe(true);
    expect(compiles).toBe(2);
    expect(schemas.compilePending()).toBe(0);
  });
});

describe('response serialisers', () => {
  const noSchemas = lazySchemas(() => () => true);
  const serializerOf = (schema: unknown) => noSchemas.buildSerializer({}, {})({ schema, method: 'GET', url: '/c', httpStatus: '200' } as any) as (data: unknown) => string;
  const connection = (changes: Record<string, unknown> = {}) => ({
    accountId: 1, projectId: 'default', id: 7, name: 'prod', description: '', status: 'enabled', statusMessage: null,
    connectivityStatus: 'success', connectivityMessage: null, operationalRegions: ['us-east-1'], services: ['EC2'],
    accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/lifeboat' }, externalId: 'x', awsAccountId: '111111111111',
    deletionProtection: false, syncStatus: 'idle', syncMessage: null, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(),
    lastSync: null, lastVerifiedAt: new Date().toISOString(), deletedAt: null, ...changes,
  });

  it('write nullable fields (timestamps, messages) exactly as the schema says: the value, or null', () => {
    const serialize = serializerOf(Connection);
    for (const value of [connection(), connection({ lastSync: new Date(0).toISOString(), statusMessage: 'He said "stop"\n', awsAccountId: null })]) {
      expect(JSON.parse(serialize(value))).toEqual(value);
    }
  });

  it('flatten a nullable scalar to a type list for fast-json-stringify, leaving the route schema and other unions as they are', () => {
    const schema = { type: 'object', properties: {
      at: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
      either: { anyOf: [{ type: 'string' }, { type: 'object', properties: {} }] },
    } };
    const before = JSON.stringify(schema);
    expect(flattenNullables(schema).properties).toEqual({
      at: { type: ['string', 'null'], format: 'date-time' },
      either: { anyOf: [{ type: 'string' }, { type: 'object', properties: {} }] },
    });
    expect(JSON.stringify(schema)).toBe(before);
  });

  it('a nullable enum inside a union still takes null (the union picks its branch by validating the value)', () => {
    // A recovery's details are one branch of the list route's union, and their resetStatus is a nullable enum.
    const Details = { type: 'object', properties: { status: { anyOf: [{ type: 'string', enum: ['running', 'completed'] }, { type: 'null' }] } }, required: ['status'] };
    const serialize = serializerOf({ anyOf: [{ type: 'array', items: Details }, Details] } as never);
    for (const value of [{ status: null }, { status: 'completed' }, [{ status: null }]]) expect(JSON.parse(serialize(value))).toEqual(value);
    expect(flattenNullables(Details.properties.status)).toEqual({ type: ['string', 'null'], enum: ['running', 'completed', null] });
  });
});
