// The API reference (/openapi.json, rendered at /docs) explains what it lists: every operation is in a section (a tag)
// and has a description, every parameter and every property (of request bodies and of responses, errors included)
// says what it means, every request body and every successful response with a body carries an example, and every
// example is valid against its schema. No internal wording.
//
// The rule holds for every operation, a route added later included: one that breaks it fails here with a message
// naming the operation and what to add. UNDOCUMENTED lists the sections still being written (none, once done); this
// test fails if one of them becomes complete without being taken off, so the list stays true.
import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { examplesOf, gapsOf, METHODS, type Operation } from './openapi-gaps.ts';

/** The sections (tags) still to describe in full. */
const UNDOCUMENTED: string[] = [];

const HOW = 'Describe it in the route\'s schema: tags and description on the operation, description on each parameter and '
  + 'property (what it means, its unit, its default, its limits), examples on each request body and response schema.';

describe('the API reference (/openapi.json)', () => {
  let t: TestApp;
  let document: { paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    t = await startTestApp('sqlite', {}, { worker: false });
    const answer = await t.request({ url: '/openapi.json' });
    expect(answer.statusCode).toBe(200);
    document = answer.json();
  });
  afterAll(async () => t?.close());

  const operations = () => Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ method, path, operation: item[method]! })));
  const gapsByTag = () => {
    const byTag = new Map<string, string[]>();
    for (const { method, path, operation } of operations()) {
      const tag = operation.tags?.[0] ?? '(untagged)';
      byTag.set(tag, [...(byTag.get(tag) ?? []), ...gapsOf(method, path, operation)]);
    }
    return byTag;
  };

  it('describes every operation and field of every section, with examples (a new route too)', () => {
    const gaps = [...gapsByTag()].filter(([tag]) => !UNDOCUMENTED.includes(tag)).flatMap(([, g]) => g);
    expect(gaps, HOW).toEqual([]);
  });

  it('lists the sections not yet described in full, and only those', () => {
    const incomplete = [...gapsByTag()].filter(([, gaps]) => gaps.length > 0).map(([tag]) => tag);
    // A section finished since: take it off UNDOCUMENTED.
    expect(UNDOCUMENTED.filter((tag) => !incomplete.includes(tag)), 'described in full: take these off UNDOCUMENTED').toEqual([]);
  });

  it('gives examples that are valid against their schemas', () => {
    const ajv = new Ajv({ strict: false, allErrors: true, discriminator: true });
    const addFormats = ((formatsPlugin as unknown as { default?: unknown }).default ?? formatsPlugin) as unknown as (a: Ajv) => void;
    addFormats(ajv);
    const examples = operations().flatMap(({ method, path, operation }) => examplesOf(method, path, operation));
    expect(examples.length).toBeGreaterThan(30);
    const invalid = examples.flatMap(({ where, schema, value }) => {
      const validate = ajv.compile(withoutDiscriminators(schema) as object);
      return validate(value) ? [] : [`${where}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(invalid).toEqual([]);
  });

  it('names each path parameter one way: the same segment is followed by the same parameter on every path', () => {
    const namesBySegment = new Map<string, Set<string>>();
    for (const path of Object.keys(document.paths)) {
      for (const [, segment, name] of path.matchAll(/([a-z0-9-]+)\/\{([A-Za-z_]+)\}/g)) {
        namesBySegment.set(segment!, (namesBySegment.get(segment!) ?? new Set()).add(name!));
      }
    }
    const twoNames = [...namesBySegment].filter(([, names]) => names.size > 1).map(([segment, names]) => `${segment}/{${[...names].join('|')}}`);
    expect(twoNames).toEqual([]);
    expect(namesBySegment.get('cloud-assemblies')).toEqual(new Set(['cloudAssemblyId']));
  });

  it('says no "seed" anywhere a user reads', () => {
    const text = JSON.stringify(document);
    expect(text.match(/.{0,80}\b[Ss]eeds? ?\d{3}\b.{0,20}/g) ?? []).toEqual([]);
  });

  it('finds a missing tag, description and example, and internal wording (the check checks)', () => {
    const gaps = gapsOf('post', '/x', {
      operationId: 'x', summary: 'Update (seed 001)',
      requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'string' } } } } } },
      responses: { 200: { content: { 'application/json': { schema: { type: 'object', properties: { b: { type: 'integer', description: 'B.' } } } } } } },
    });
    expect(gaps).toEqual([
      'POST /x (x): no tag (add tags: [\'<section>\'] to the route\'s schema, a section /docs lists)',
      'POST /x (x): no description',
      'POST /x (x): internal wording in "Update (seed 001)"',
      'POST /x (x): request body (application/json) has no example',
      'POST /x (x): body.a has no description',
      'POST /x (x): response 200 has no example',
    ]);
  });

  it('finds every example, at any depth (the check checks)', () => {
    const found = examplesOf('post', '/x', {
      operationId: 'x',
      requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'string', examples: ['one'] } }, examples: [{ a: 'one' }] } } } },
      responses: { 200: { content: { 'application/json': { schema: { type: 'array', items: { type: 'integer', examples: [1] } } } } } },
    });
    expect(found.map((e) => [e.where, e.value])).toEqual([
      ['POST /x (x): request body (application/json) example 0', { a: 'one' }],
      ['POST /x (x): request body (application/json).a example 0', 'one'],
      ['POST /x (x): response 200 (application/json)[] example 0', 1],
    ]);
  });
});

/** TypeBox writes a tagged union as anyOf with a discriminator, which Ajv accepts only on oneOf; anyOf checks it as well. */
function withoutDiscriminators(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutDiscriminators);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'discriminator').map(([key, value]) => [key, withoutDiscriminators(value)]));
}
