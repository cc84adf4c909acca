import type { StoredWebhookValidator } from '../assemblies/validators.ts';
import { signedPost } from '../../platform/net/signed-post.ts';
import type { Lookup } from '../../platform/net/target-check.ts';
import type { CheckOutcome } from './validation-checks.ts';

export const WEBHOOK_VALIDATOR_EVENT = 'recovery-validation';
const DEFAULT_TIMEOUT_SECONDS = 30;
/** The most of an answer read: a verdict and its details, not a download. */
export const MAX_ANSWER_BYTES = 64 * 1024;

/** What a webhook validator's call needs besides the validator. */
export interface WebhookCall {
  /** The whole source → recovered mapping (see validatorPayload). */
  readonly payload: object;
  /** The validator's signing secret, opened for this call only. */
  readonly secret: string;
  /** Stable for (recovery, check position): a resumed validation's repeat carries the same, so the receiver can drop it. */
  readonly deliveryId: string;
  readonly now: () => number;
  /** LIFEBOAT_WEBHOOK_ALLOW_PRIVATE. */
  readonly allowPrivate: boolean;
  readonly lookup?: Lookup;
}

/** The delivery id of one webhook validator's call in one recovery. */
export const validatorDeliveryId = (recoveryId: string, position: number) => `${recoveryId}-check-${position}`;

/** The answer's verdict, or why it is none. */
function verdictOf(body: string): { passed: boolean; details?: unknown } | string {
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    return 'its body is not JSON';
  }
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return 'its body is not a JSON object';
  const { passed, details } = answer as { passed?: unknown; details?: unknown };
  if (typeof passed !== 'boolean') return 'its body has no boolean "passed"';
  return { passed, ...(details === undefined ? {} : { details }) };
}

/**
 * A `webhook` validator: POSTs the recovery's mapping, signed, and takes the receiver's verdict. A 2xx JSON answer
 * `{"passed": bool, "details": …}` passes or fails the check, its details kept on it; anything else (another status, a
 * body that is not such JSON or is over 64 KiB, a target refused at call time, no answer within the limit) fails it,
 * saying which. Never throws: a receiver that is down is the check's answer, not a retry of the job.
 */
export async function runWebhookValidator(validator: StoredWebhookValidator, call: WebhookCall): Promise<CheckOutcome> {
  const timeoutSeconds = validator.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const post = `POST ${validator.url}`;
  const answer = await signedPost({
    url: validator.url, event: WEBHOOK_VALIDATOR_EVENT, deliveryId: call.deliveryId, body: JSON.stringify(call.payload), secret: call.secret,
    timestamp: Math.floor(call.now() / 1000), timeoutSeconds, maxBodyBytes: MAX_ANSWER_BYTES + 1, allowPrivate: call.allowPrivate, lookup: call.lookup,
  });
  const failed = (message: string): CheckOutcome => ({ status: 'failed', message, resourceIds: [] });
  if (answer.outcome === 'refused') return failed(`${post} was not sent: the url ${answer.problem}`);
  if (answer.outcome === 'failed') {
    return failed(/^timed out/.test(answer.error) ? `${post} had no answer within ${timeoutSeconds} s` : `${post} had no answer: ${answer.error}`);
  }
  if (answer.status < 200 || answer.status > 299) return failed(`${post} answered ${answer.status}, expected 2xx with {"passed": true|false}`);
  if (Buffer.byteLength(answer.body) > MAX_ANSWER_BYTES) return failed(`${post} answered ${answer.status} with more than 64 KiB: not read`);
  const verdict = verdictOf(answer.body);
  if (typeof verdict === 'string') return failed(`${post} answered ${answer.status}, but ${verdict}: expected {"passed": true|false, "details": …}`);
  return {
    status: verdict.passed ? 'passed' : 'failed',
    message: `${post} answered ${answer.status}: the receiver ${verdict.passed ? 'passed' : 'failed'} the recovery`,
    resourceIds: [],
    ...('details' in verdict ? { details: verdict.details } : {}),
  };
}
