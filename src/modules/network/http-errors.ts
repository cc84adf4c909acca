import { Type } from '@sinclair/typebox';

/** The Cloud Connect error body, on every error status (answered by app/surfaces/network-errors.ts). */
export const CcErrorBody = Type.Object({
  error_code: Type.String({ description: 'CC.xxxx: see the catalogue in the README.' }),
  error_msg: Type.String(),
  request_id: Type.String(),
}, { description: 'Error' });

/** Response schemas for a route's error statuses (400, 401, 403, 404 and 500 always). */
export function ccErrors(...statuses: number[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const status of [400, 401, 403, 404, ...statuses, 500]) out[status] = CcErrorBody;
  return out;
}
