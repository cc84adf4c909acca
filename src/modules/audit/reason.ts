// Why a write was refused or failed, read from the error body the server answered: the native body
// ({errors: [{code, message}], message}), the connection-group dialect ({errors: [{error_code, error_message}]})
// or the network dialect ({error_code, error_msg}). The messages are the ones the client was shown, which never
// hold a secret; they are cut to a length an audit row keeps.
export interface Refusal {
  readonly code: string | null;
  readonly message: string | null;
}

const MAX_MESSAGE = 500;
const MAX_CODE = 100;
const NONE: Refusal = { code: null, message: null };

const text = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value ? (value.length > max ? `${value.slice(0, max - 1)}…` : value) : null;

/** The refusal an error answer carries; nothing for a success or a body that is not a known error body. */
export function refusalOf(statusCode: number, payload: unknown): Refusal {
  if (statusCode < 400) return NONE;
  const raw = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
  if (!raw || raw.length > 100_000) return NONE;
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return NONE;
    body = parsed as Record<string, unknown>;
  } catch {
    return NONE;
  }
  const first = Array.isArray(body.errors) && body.errors[0] && typeof body.errors[0] === 'object' ? body.errors[0] as Record<string, unknown> : undefined;
  if (first && ('code' in first || 'message' in first)) {
    return { code: text(first.code, MAX_CODE), message: text(first.message ?? body.message, MAX_MESSAGE) };
  }
  if (first) return { code: text(first.error_code, MAX_CODE), message: text(first.error_message, MAX_MESSAGE) };
  if ('error_code' in body || 'error_msg' in body) return { code: text(body.error_code, MAX_CODE), message: text(body.error_msg, MAX_MESSAGE) };
  return NONE;
}
