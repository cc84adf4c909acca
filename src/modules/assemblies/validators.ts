import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { ValidationError } from '../../platform/errors.ts';
import { urlProblem, type Lookup } from '../../platform/net/target-check.ts';
import type { SecretBox } from '../../platform/secrets.ts';

/**
 * A placeholder in a validator's URL: `{resource:<ref>.<attribute>}`. `ref` is a source resource's id (or, failing
 * that, its name) in the assembly; `attribute` one of what the cloud reports of its recovered copy (dnsName, endpoint,
 * privateIp, port) or `resourceId` / `arn`. The recovery substitutes the copy's value, so one validator follows
 * every drill to wherever it landed.
 */
export const URL_PLACEHOLDER = /\{resource:([A-Za-z0-9][A-Za-z0-9._:/-]*)\.([A-Za-z][A-Za-z0-9]*)\}/g;

const ValidatorName = Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Unique in the assembly: 1–64 lower-case letters, digits and hyphens.' });

export const HttpValidator = Type.Object({
  type: Type.Literal('http', { description: 'http: GET the url and compare the answer.' }),
  name: ValidatorName,
  url: Type.String({ minLength: 8, maxLength: 2048, pattern: '^https?://', description: 'http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy\'s attribute (dnsName, endpoint, privateIp, port, resourceId, arn).' }),
  expectedStatus: Type.Integer({ minimum: 100, maximum: 599, description: 'The HTTP status the check passes on (100–599), e.g. 200.' }),
  bodyMatch: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'A regular expression (JavaScript syntax) the response body must match.' })),
  timeoutSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, description: 'Default 10.' })),
}, { additionalProperties: false, description: 'GETs an endpoint of the recovered application and compares its status (and body).' });

const WEBHOOK_URL = 'The receiver: https (plain http and private addresses only with LIFEBOAT_WEBHOOK_ALLOW_PRIVATE), no credentials, '
  + 'a host that resolves only to globally routable addresses (checked again at every call, and the connection goes to the address checked).';
const WEBHOOK_TIMEOUT = Type.Optional(Type.Integer({ minimum: 1, maximum: 300, description: 'The limit of the whole call (DNS, connect, request, answer), seconds; default 30.' }));

/** A webhook validator as a request gives it: the secret is write-only, and may be left out on replace to keep the stored one. */
export const WebhookValidatorInput = Type.Object({
  type: Type.Literal('webhook', { description: 'webhook: POST the mapping to url, which answers passed or not.' }),
  name: ValidatorName,
  url: Type.String({ minLength: 8, maxLength: 2048, description: WEBHOOK_URL }),
  secret: Type.Optional(Type.String({
    minLength: 16, maxLength: 256, writeOnly: true,
    description: 'Signs each call (X-Lifeboat-Signature: v1=HMAC-SHA256(secret, "<timestamp>.<body>")). Write-only: answers say secretSet. '
      + 'Required for a new webhook validator; on PUT …/resources, leaving it out keeps the secret of the webhook validator of the same name.',
  })),
  timeoutSeconds: WEBHOOK_TIMEOUT,
}, {
  additionalProperties: false,
  description: 'POSTs the whole source → recovered mapping, signed like webhook deliveries (X-Lifeboat-Event: recovery-validation); '
    + 'its 2xx JSON answer {"passed": bool, "details": …} passes or fails the check.',
});

/** A webhook validator as answers show it: never the secret. */
export const WebhookValidatorView = Type.Object({
  type: Type.Literal('webhook', { description: 'webhook: POST the mapping to url, which answers passed or not.' }), name: Type.String({ description: 'The validator\'s name.' }),
  url: Type.String({ description: 'The receiver.' }), timeoutSeconds: Type.Optional(Type.Integer({ description: 'The limit of the whole call, seconds (default 30).' })),
  secretSet: Type.Literal(true, { description: 'A signing secret is stored (sealed at rest); it is never shown.' }),
});

const validators = <T extends TSchema>(item: T) => Type.Array(item, {
  maxItems: 20, description: "The assembly's own checks, run by every recovery after the built-in ones; names are unique.",
});
export const Validators = validators(Type.Union([HttpValidator, WebhookValidatorInput], { discriminator: { propertyName: 'type' } }));
export const ValidatorsView = validators(Type.Union([HttpValidator, WebhookValidatorView]));

export type HttpAssemblyValidator = Static<typeof HttpValidator>;
export type AssemblyValidatorInput = Static<typeof Validators>[number];
/** A webhook validator as stored (cloud_assemblies.validators): its secret sealed with the SecretBox. */
export interface StoredWebhookValidator {
  readonly type: 'webhook';
  readonly name: string;
  readonly url: string;
  readonly timeoutSeconds?: number;
  readonly secretSealed: string;
}
/** A validator as stored and as the recoveries read it. */
export type AssemblyValidator = HttpAssemblyValidator | StoredWebhookValidator;

/** What sealing a secret and checking a receiver's URL need. */
export interface ValidatorDeps {
  readonly secrets: Pick<SecretBox, 'seal'>;
  /** LIFEBOAT_WEBHOOK_ALLOW_PRIVATE. */
  readonly allowPrivate: boolean;
  readonly lookup?: Lookup;
}

/** An http validator's URL: what the schema cannot say (its placeholders, and that it parses once they are filled in). */
function httpUrlProblem(url: string): string | undefined {
  const filled = url.replace(URL_PLACEHOLDER, 'placeholder');
  if (/[{}]/.test(filled)) return 'has a placeholder that is not {resource:<id or name>.<attribute>}';
  if (!URL.canParse(filled)) return 'must be an absolute URL once its placeholders are filled in';
  return undefined;
}

/**
 * Checks what the schema cannot: unique names, a regular expression that compiles, an http URL that parses once filled
 * in, a webhook URL the instance may call, a secret for every new webhook validator (one given without a secret keeps
 * the secret of `previous`'s webhook validator of the same name). Every problem is one field error.
 */
export async function checkValidators(input: readonly AssemblyValidatorInput[], previous: readonly AssemblyValidator[], deps: ValidatorDeps): Promise<void> {
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [index, validator] of input.entries()) {
    const at = `validators.${index}`;
    if (seen.has(validator.name)) fields[`${at}.name`] = 'must be unique among the assembly\'s validators';
    seen.add(validator.name);
    if (validator.type === 'http') {
      if (validator.bodyMatch !== undefined) {
        try {
          new RegExp(validator.bodyMatch);
        } catch {
          fields[`${at}.bodyMatch`] = 'must be a valid regular expression';
        }
      }
      const problem = httpUrlProblem(validator.url);
      if (problem) fields[`${at}.url`] = problem;
      continue;
    }
    const problem = await urlProblem(validator.url, { allowPrivate: deps.allowPrivate, lookup: deps.lookup, requireResolution: false });
    if (problem) fields[`${at}.url`] = problem;
    if (validator.secret === undefined && !keptSecret(previous, validator.name)) fields[`${at}.secret`] = MISSING_SECRET;
  }
  if (Object.keys(fields).length) throw new ValidationError(fields);
}

const MISSING_SECRET = 'is required for a new webhook validator (leaving it out keeps only the secret of a webhook validator of the same name)';

/**
 * The validators as stored: webhook secrets sealed, or kept from `previous` (read in the transaction that writes them)
 * when left out. A kept secret that is gone since checkValidators read `previous` (a concurrent replace) is the same
 * field error.
 */
export function sealValidators(input: readonly AssemblyValidatorInput[], previous: readonly AssemblyValidator[], secrets: Pick<SecretBox, 'seal' | 'open'>): AssemblyValidator[] {
  return input.map((validator, index): AssemblyValidator => {
    if (validator.type === 'http') return validator;
    const { secret, ...rest } = validator;
    if (secret !== undefined) return { ...rest, secretSealed: secrets.seal(secret) };
    const kept = keptSecret(previous, validator.name);
    if (!kept) throw new ValidationError({ [`validators.${index}.secret`]: MISSING_SECRET });
    // Sealed again under this node's key: during a master key rotation the stored value may still be under the old
    // key, and writing it back after the rotation's last pass would leave a secret the old key alone opens.
    return { ...rest, secretSealed: secrets.seal(secrets.open(kept)) };
  });
}

function keptSecret(previous: readonly AssemblyValidator[], name: string): string | undefined {
  const match = previous.find((v) => v.name === name);
  return match?.type === 'webhook' ? match.secretSealed : undefined;
}
