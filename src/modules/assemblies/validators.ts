import { Type, type Static } from '@sinclair/typebox';
import { ValidationError } from '../../platform/errors.ts';

/**
 * A placeholder in a validator's URL: `{resource:<ref>.<attribute>}`. `ref` is a source resource's id (or, failing
 * that, its name) in the assembly; `attribute` one of what the cloud reports of its recovered copy (dnsName, endpoint,
 * privateIp, port) or `resourceId` / `arn`. The recovery substitutes the copy's value, so one validator follows
 * every drill to wherever it landed.
 */
export const URL_PLACEHOLDER = /\{resource:([A-Za-z0-9][A-Za-z0-9._:/-]*)\.([A-Za-z][A-Za-z0-9]*)\}/g;

export const HttpValidator = Type.Object({
  type: Type.Literal('http'),
  name: Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9][a-z0-9-]*$' }),
  url: Type.String({ minLength: 8, maxLength: 2048, pattern: '^https?://', description: 'http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy\'s attribute (dnsName, endpoint, privateIp, port, resourceId, arn).' }),
  expectedStatus: Type.Integer({ minimum: 100, maximum: 599 }),
  bodyMatch: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'A regular expression (JavaScript syntax) the response body must match.' })),
  timeoutSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, description: 'Default 10.' })),
}, { additionalProperties: false, description: 'GETs an endpoint of the recovered application and compares its status (and body).' });

export const Validators = Type.Array(HttpValidator, {
  maxItems: 20, description: "The assembly's own checks, run by every recovery after the built-in ones; names are unique.",
});
export type AssemblyValidator = Static<typeof HttpValidator>;

/** What the schema cannot say: unique names, a regular expression that compiles, a URL that parses once filled in. */
export function checkValidators(validators: readonly AssemblyValidator[]): void {
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  validators.forEach((validator, index) => {
    if (seen.has(validator.name)) fields[`validators.${index}.name`] = 'must be unique among the assembly\'s validators';
    seen.add(validator.name);
    if (validator.bodyMatch !== undefined) {
      try {
        new RegExp(validator.bodyMatch);
      } catch {
        fields[`validators.${index}.bodyMatch`] = 'must be a valid regular expression';
      }
    }
    const filled = validator.url.replace(URL_PLACEHOLDER, 'placeholder');
    if (/[{}]/.test(filled)) fields[`validators.${index}.url`] = 'has a placeholder that is not {resource:<id or name>.<attribute>}';
    else if (!URL.canParse(filled)) fields[`validators.${index}.url`] = 'must be an absolute URL once its placeholders are filled in';
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
}
