import { createHmac, timingSafeEqual } from 'node:crypto';
import { LifeboatError } from '../../platform/errors.ts';
import type { ConnectionGroupRow } from './repo.ts';

/** Where CloudFormation fetches a group's template from, without credentials (see template-routes.ts). */
export const TEMPLATES_PATH = '/connections/aws/templates';

/** How long a template URL works: the day a pending version waits for its stack (seed 001's 24 hours). */
const URL_TTL_MS = 24 * 3600 * 1000;
/** Expiry is rounded up to the hour, so every read within an hour hands out the same URL. */
const ROUNDING_MS = 3600 * 1000;

type Signer = Pick<ConnectionGroupRow, 'id' | 'template_url_secret'>;

function signature(group: Signer, version: number, expires: number): string {
  return createHmac('sha256', group.template_url_secret).update(`${group.id}\n${version}\n${expires}`).digest('base64url');
}

/**
 * The public, signed URL of one template version: unguessable (HMAC-SHA256 under the group's own secret, which
 * never leaves the database) and expiring (`expires`, epoch seconds, at least 24 hours after the read).
 */
export function signedTemplateUrl(baseUrl: string, group: Signer, version: number, now: number): string {
  const expires = Math.ceil((now + URL_TTL_MS) / ROUNDING_MS) * ROUNDING_MS / 1000;
  const query = new URLSearchParams({ v: String(version), expires: String(expires), signature: signature(group, version, expires) });
  return `${baseUrl}${TEMPLATES_PATH}/${group.id}?${query.toString()}`;
}

/** A template URL that was not signed here, or has expired: no permission would help, so not ForbiddenError. */
export class TemplateUrlRefused extends LifeboatError {
  readonly kind = 'forbidden';
  readonly code = 'TEMPLATE_URL_REFUSED';
}

/** Throws 403 unless the URL was signed for this group and version and has not expired; says which only for expiry. */
export function checkTemplateUrl(group: Signer | undefined, version: number, expires: number, given: string, now: number): void {
  const expected = Buffer.from(group && group.template_url_secret !== '' ? signature(group, version, expires) : 'no-such-group');
  const actual = Buffer.from(given);
  if (!group || actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new TemplateUrlRefused('The template URL is not one this server signed; ask the connection group for its deployment_template_url');
  }
  if (expires * 1000 <= now) throw new TemplateUrlRefused('The template URL has expired; read the connection group again for a fresh deployment_template_url');
}
