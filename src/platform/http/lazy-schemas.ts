// Route schemas compile on a route's first use, not at start-up. Compiling every route's validators (Ajv)
// and response serializers (fast-json-stringify) when Fastify got ready was ≈65 % of a start-up's CPU
// (CPU profile of `lifeboat serve`, 2026-12-03: validators 43 %, serializers 22 %; issue 19 measured
// ≈610 ms), and most processes answer a handful of routes (a worker none, a test app a few). A schema
// object still compiles once per compiler: the compiled function is kept and shared by every route that
// uses the same object.
//
// The alternative, a standalone (ahead-of-time) compile cached on disk, would still load the generated
// code of every route at start and must be invalidated with the sources; lazily, the first request of a
// route pays its compile (a few ms) and no later one does. compilePendingSchemas lets a test compile every
// schema left, so a schema Ajv or fast-json-stringify refuses still fails a test rather than a first request.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifySchemaCompiler, FastifySchemaValidationError, FastifySerializerCompiler } from 'fastify';

type Validate = ((data: unknown) => any) & { errors?: FastifySchemaValidationError[] | null };
type Serialize = (data: unknown) => string;
type BuildSerializer = (externalSchemas: unknown, options: unknown) => FastifySerializerCompiler<any>;

export interface LazySchemas {
  /** For setValidatorCompiler: `compile`'s functions, compiled on their first call. */
  readonly validatorCompiler: FastifySchemaCompiler<any>;
  /** For the `schemaController.compilersFactory.buildSerializer` option: Fastify's own serializers, compiled on first use. */
  readonly buildSerializer: BuildSerializer;
  /** Compiles every schema not compiled yet (throwing the first error) and returns how many there were. */
  compilePending(): number;
}

function once<F>(compile: () => F, cache: WeakMap<object, F>, schema: unknown, pending: Set<() => F>): () => F {
  const key = typeof schema === 'object' && schema !== null ? schema : undefined;
  let compiled = key && cache.get(key);
  const ensure = (): F => {
    if (compiled) return compiled;
    compiled = (key && cache.get(key)) || compile();
    if (key) cache.set(key, compiled);
    pending.delete(ensure);
    return compiled;
  };
  if (!compiled) pending.add(ensure);
  return ensure;
}

/** Lazy compilers for one Fastify instance. */
export function lazySchemas(compileValidator: FastifySchemaCompiler<any>): LazySchemas {
  const pending = new Set<() => unknown>();
  // Body schemas compile with another Ajv than path, query and headers (validation.ts): one cache per part.
  const validators = new Map<string, WeakMap<object, Validate>>();

  const validatorCompiler: FastifySchemaCompiler<any> = (route) => {
    const part = route.httpPart ?? '';
    if (!validators.has(part)) validators.set(part, new WeakMap());
    const ensure = once(() => compileValidator(route) as Validate, validators.get(part)!, route.schema, pending as Set<() => Validate>);
    // Fastify reads `errors` from the function it was given after a `false` answer.
    const lazy: Validate = (data) => {
      const validate = ensure();
      const result = validate(data);
      lazy.errors = validate.errors;
      return result;
    };
    return lazy;
  };

  // Fastify's own serializer builder (fast-json-stringify through @fastify/fast-json-stringify-compiler, the
  // one it uses when none is given; package.json asks for the major Fastify depends on): the output is what
  // Fastify would write. Imported, not required from Fastify's folder, so the compiled server bundles it.
  const defaultBuilder = (SerializerSelector as unknown as () => BuildSerializer)();
  const buildSerializer: BuildSerializer = (externalSchemas, options) => {
    const compile = defaultBuilder(externalSchemas, options);
    // One cache per build: a build is made for a given set of shared schemas ($ref targets).
    const serializers = new WeakMap<object, Serialize>();
    return (route) => {
      const ensure = once(() => compile({ ...route, schema: flattenNullables(route.schema) }) as Serialize, serializers, route.schema, pending as Set<() => Serialize>);
      return (data: unknown) => ensure()(data);
    };
  };

  return {
    validatorCompiler,
    buildSerializer,
    compilePending() {
      const all = [...pending];
      for (const ensure of all) ensure();
      return all.length;
    },
  };
}

/** The keywords a nullable scalar branch may carry to be flattened (none changes how a valid value is written). */
const SCALAR_KEYWORDS = new Set(['type', 'format', 'description', 'title', 'enum', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'minLength', 'maxLength', 'pattern', 'examples', 'default']);
const SCALAR_TYPES = new Set(['string', 'integer', 'number', 'boolean']);

/**
 * A copy of a response schema for fast-json-stringify in which each nullable scalar (`anyOf: [scalar, null]`,
 * what Nullable() makes) is `type: [scalar, 'null']`. fast-json-stringify picks an anyOf branch by running
 * Ajv on the value, formats included: seven of them in a cloud connection, so every `GET` re-checked its
 * timestamps against the date-time pattern it was made by (iso()). A type list is chosen by `typeof`, and a
 * valid value is written byte for byte the same (checked for every shape flattened here). The route's own
 * schema (validation, OpenAPI) is untouched.
 *
 * Measured: serialising one cloud connection 6.75 → 2.92 µs (100,000 calls, loaded machine, 2026-12-04);
 * with the hooks and logger of the same day, GET one connection 91.9–118.0 → 76.8–79.1 µs of server CPU (README).
 */
export function flattenNullables<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(flattenNullables) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const node = schema as Record<string, unknown>;
  const branches = node.anyOf;
  if (Array.isArray(branches) && branches.length === 2) {
    const nullAt = branches.findIndex((branch) => isPlainNull(branch));
    const other = branches[1 - nullAt] as Record<string, unknown> | undefined;
    if (nullAt >= 0 && other && typeof other.type === 'string' && SCALAR_TYPES.has(other.type) && Object.keys(other).every((key) => SCALAR_KEYWORDS.has(key))) {
      const { anyOf: _anyOf, ...siblings } = node;
      // An enum must list null too: inside a union, fast-json-stringify picks the branch by validating the value.
      const allowed = Array.isArray(other.enum) ? { enum: [...other.enum, null] } : {};
      return { ...siblings, ...other, ...allowed, type: [other.type, 'null'] } as T;
    }
  }
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = flattenNullables(value);
  return copy as T;
}

function isPlainNull(branch: unknown): boolean {
  return typeof branch === 'object' && branch !== null && (branch as { type?: unknown }).type === 'null' &&
    Object.keys(branch).every((key) => key === 'type' || key === 'description' || key === 'title');
}

const byServer = new WeakMap<object, LazySchemas>();

/** Remembers a server's lazy compilers, for compilePendingSchemas. */
export function rememberLazySchemas(server: object, schemas: LazySchemas): void {
  byServer.set(server, schemas);
}

/**
 * Compiles every schema of the server's routes that no request has used yet, and throws the first error: for
 * tests that check that every route's schemas compile (a start-up no longer does). Returns how many there were.
 */
export function compilePendingSchemas(server: object): number {
  const schemas = byServer.get(server);
  if (!schemas) throw new Error('this server was not made by createHttpServer');
  return schemas.compilePending();
}
