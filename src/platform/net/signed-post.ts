import { createHmac } from 'node:crypto';
import { requestPinned } from './pinned-request.ts';
import { checkTarget, type Lookup } from './target-check.ts';

/** `v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`: what a receiver recomputes to trust a delivery. */
export function signatureOf(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface SignedPost {
  readonly url: string;
  /** X-Lifeboat-Event. */
  readonly event: string;
  /** X-Lifeboat-Delivery: the same for every attempt of one delivery, so a receiver can drop repeats. */
  readonly deliveryId: string;
  readonly body: string;
  /** The signing secret, in the clear for the time of the call only. */
  readonly secret: string;
  /** Epoch seconds: X-Lifeboat-Timestamp, and part of what is signed. */
  readonly timestamp: number;
  /** The limit of the whole call: the target's check (DNS) and the request, up to the last byte read. */
  readonly timeoutSeconds: number;
  /** Read at most this many bytes of the answer (0: the status only). */
  readonly maxBodyBytes: number;
  /** LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: plain http and any address. */
  readonly allowPrivate: boolean;
  readonly lookup?: Lookup;
}

/** answered: any status; refused: the URL failed its check at call time (nothing was sent); failed: no answer. */
export type SignedPostResult =
  | { readonly outcome: 'answered'; readonly status: number; readonly body: string }
  | { readonly outcome: 'refused'; readonly problem: string }
  | { readonly outcome: 'failed'; readonly error: string };

const MAX_ERROR = 500;

class CallTimedOut extends Error {
  override readonly name = 'TimeoutError';
}

function describeError(error: unknown, timeoutSeconds: number): string {
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) return `timed out after ${timeoutSeconds} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, MAX_ERROR);
}

/** The promise, or a TimeoutError once the signal aborts (a DNS lookup cannot be cancelled, only stopped waiting for). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new CallTimedOut());
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * A signed POST, as webhook deliveries and webhook validators make it: the target is resolved and checked again now
 * (DNS can change since the URL was accepted), and the connection goes to the address that was checked (requestPinned).
 * Headers: X-Lifeboat-Event, -Delivery, -Timestamp and -Signature (signatureOf). Never throws; the secret is in no
 * answer or error.
 */
export async function signedPost(request: SignedPost): Promise<SignedPostResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutSeconds * 1000);
  try {
    const target = await untilAborted(checkTarget(request.url, { allowPrivate: request.allowPrivate, lookup: request.lookup, requireResolution: true }), controller.signal);
    if (!target.ok) return { outcome: 'refused', problem: target.problem };
    const answer = await requestPinned({
      url: target.url,
      address: target.addresses[0]!,
      method: 'POST',
      body: request.body,
      signal: controller.signal,
      maxBodyBytes: request.maxBodyBytes,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Lifeboat-Webhooks/1',
        'X-Lifeboat-Event': request.event,
        'X-Lifeboat-Delivery': request.deliveryId,
        'X-Lifeboat-Timestamp': String(request.timestamp),
        'X-Lifeboat-Signature': signatureOf(request.secret, request.timestamp, request.body),
      },
    });
    // An abort while the body streams in ends the read early rather than failing it: a cut answer is no answer.
    if (controller.signal.aborted) return { outcome: 'failed', error: `timed out after ${request.timeoutSeconds} s` };
    return { outcome: 'answered', status: answer.status, body: answer.body };
  } catch (error) {
    return { outcome: 'failed', error: describeError(error, request.timeoutSeconds) };
  } finally {
    clearTimeout(timer);
  }
}
