import { Type } from '@sinclair/typebox';

/** The Cloud Connect error body, on every error status (answered by app/surfaces/network-errors.ts). */
export const CcErrorBody = Type.Object({
  error_code: Type.String({ description: 'Stable error code, CC.xxxx: CC.1002 a field is missing or invalid, CC.1003–CC.1005 authentication, CC.1006 permission, CC.1007 not found, CC.1009 If-Match, CC.11xx–CC.14xx a refusal particular to the resource (the README lists every code).' }),
  error_msg: Type.String({ description: 'What went wrong, in English, naming the field or the resource involved; never a secret. A 500 says only the request id.' }),
  request_id: Type.String({ description: 'ID of the request, also in the X-Request-Id header: quote it when reporting a problem.' }),
}, { description: 'Error' });

/** Response schemas for a route's error statuses (400, 401, 403, 404 and 500 always). */
export function ccErrors(...statuses: number[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const status of [400, 401, 403, 404, ...statuses, 500]) out[status] = CcErrorBody;
  return out;
}
