import { Ajv, type ErrorObject } from 'ajv';
import formatsPlugin from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

/**
 * Two validators: bodies are checked strictly (no type coercion, unknown fields rejected, every error
 * reported), while path, query and headers are strings on the wire and are coerced to the schema's types.
 */
function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    removeAdditional: false,
    useDefaults: true,
    coerceTypes: coerce ? 'array' : false,
    strict: false,
    // A union tagged by a property (accessMethod.type, resourceFilterStrategy.filterType) is checked against
    // the one branch its tag names, so the errors are that branch's alone.
    discriminator: true,
    verbose: true,
  });
  // ajv-formats is CommonJS: its function is the module itself under ESM interop.
  const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin) as unknown as (a: Ajv) => void;
  addFormats(ajv);
  return ajv;
}

const bodyAjv = makeAjv(false);
const wireAjv = makeAjv(true);

export const validatorCompiler: FastifySchemaCompiler<any> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? bodyAjv : wireAjv).compile(withDiscriminators(schema)) as any;

/**
 * TypeBox writes a tagged union as `anyOf` with a `discriminator`; Ajv applies the discriminator only to
 * `oneOf`. A copy is made with those unions as `oneOf` (the route's own schema, used for the OpenAPI
 * document, is left as it is). Ajv's discriminator checks objects only and lets any other value through, so
 * the copy also says `type: object`: `123`, `"x"`, `null` or `[]` are a 400 naming the field, not a stored
 * value that breaks every later read.
 */
function withDiscriminators(schema: unknown): any {
  if (Array.isArray(schema)) return schema.map(withDiscriminators);
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = withDiscriminators(value);
  if (copy.discriminator && Array.isArray(copy.anyOf)) {
    copy.oneOf = copy.anyOf;
    delete copy.anyOf;
    copy.type = 'object';
  }
  return copy;
}

const FIELD_ECHO_LIMIT = 100;
const FIELDS_LISTED = 20;

/** Turns Ajv's errors into one message per field, keyed by the field's dotted path. */
export function fieldErrorsOf(errors: readonly ErrorObject[], part: string | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    let field = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    let message: string;
    switch (error.keyword) {
      case 'required':
        field = join(field, error.params.missingProperty);
        message = 'is required';
        break;
      case 'additionalProperties':
        field = join(field, error.params.additionalProperty);
        message = 'is not a known field';
        break;
      case 'minLength':
        message = `must be at least ${error.params.limit} characters`;
        break;
      case 'maxLength':
        message = `must be at most ${error.params.limit} characters`;
        break;
      case 'pattern':
        message = `must match ${error.params.pattern}`;
        break;
      case 'enum':
        message = `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
        break;
      case 'minItems':
        message = `must have at least ${error.params.limit} item(s)`;
        break;
      case 'maxItems':
        message = `must have at most ${error.params.limit} items`;
        break;
      case 'uniqueItems':
        message = 'must not repeat a value';
        break;
      case 'anyOf':
      case 'oneOf':
        message = 'does not match any allowed form';
        break;
      case 'discriminator': {
        field = join(field, error.params.tag);
        const branches = ((error.parentSchema as { oneOf?: Array<{ properties?: Record<string, { const?: unknown }> }> })?.oneOf ?? []);
        const values = branches.map((b) => b.properties?.[error.params.tag]?.const).filter((v) => v !== undefined);
        message = error.params.error === 'tag' && error.params.tagValue === undefined
          ? 'is required'
          : values.length ? `must be one of ${values.join(', ')}` : 'is not an allowed value';
        break;
      }
      default:
        message = error.message ?? 'is invalid';
    }
    if (!field) field = part === 'body' ? 'body' : (part ?? 'request');
    // A field name is the caller's text (an unknown key): a long one is cut, and a flood of them is not all listed.
    if (field.length > FIELD_ECHO_LIMIT) field = `${field.slice(0, FIELD_ECHO_LIMIT)}…`;
    if (!(field in fields) && Object.keys(fields).length >= FIELDS_LISTED) continue;
    // The first, most specific error for a field wins; a union's summary never hides a precise one.
    if (!(field in fields) || fields[field] === 'does not match any allowed form') fields[field] = message;
  }
  return fields;
}

function join(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}
