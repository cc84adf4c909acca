import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';

/** The /v3 base of the test app's default account. */
export async function domainOf(t: TestApp, accountId = t.accountId): Promise<string> {
  return (await t.app.tenancy.getAccount(accountId)).domain_id;
}

export interface Cc {
  readonly base: string;
  call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: unknown, token?: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

/** Calls /v3/{domain_id}/ccaas/… with X-Auth-Token (the instance admin's unless another token is given). */
export function ccClient(t: TestApp, domainId: string): Cc {
  const base = `/v3/${domainId}/ccaas`;
  return {
    base,
    call: (method, path, payload, token = ADMIN_TOKEN, headers = {}) => t.app.http.inject({
      method, url: `${base}${path}`, headers: { 'x-auth-token': token, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    }),
  };
}

/**
 * Asserts the Cloud Connect error body: exactly error_code (CC.xxxx), error_msg and request_id, the request
 * id the X-Request-Id header carries, and no stack trace. Returns the message.
 */
export function expectCcError(res: LightMyRequestResponse, status: number, code?: string): string {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json() as { error_code: string; error_msg: string; request_id: string };
  expect(Object.keys(body).sort()).toEqual(['error_code', 'error_msg', 'request_id']);
  expect(body.error_code).toMatch(/^CC\.\d{4}$/);
  if (code) expect(body.error_code).toBe(code);
  expect(body.request_id).toBe(res.headers['x-request-id']);
  expect(res.body).not.toMatch(/\bat .*\.ts:\d+/);
  return body.error_msg;
}

/** Rows in a network table: "nothing written" is checked in the store. */
export async function rows(t: TestApp, table: string): Promise<number> {
  const row = await (t.app.store.db as any).selectFrom(table).select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export const CC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Creates a service account in the default account and returns its token. */
export async function serviceToken(t: TestApp, name: string, role: 'admin' | 'operator' | 'viewer', projects?: string[]): Promise<{ id: number; token: string }> {
  const res = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name, role, ...(projects ? { projects } : {}) } });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id, token: res.json().token };
}

export async function makeConnection(cc: Cc, name = 'cc-main', extra: Record<string, unknown> = {}, token?: string): Promise<string> {
  const res = await cc.call('POST', '/cloud-connections', { cloud_connection: { name, ...extra } }, token);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().cloud_connection.id;
}

export async function loadInstance(cc: Cc, connectionId: string, region: string, cidrs: string[], instanceId = `vpc-${region}-${cidrs[0]}`) {
  return cc.call('POST', '/network-instances', {
    network_instance: { type: 'vpc', instance_id: instanceId, project_id: `proj-${region}`, region_id: region, cloud_connection_id: connectionId, cidrs },
  });
}

export async function makePackage(cc: Cc, bandwidth: number, extra: Record<string, unknown> = {}) {
  const res = await cc.call('POST', '/bandwidth-packages', {
    bandwidth_package: {
      name: 'bwp', local_area_id: 'Chinese-Mainland', remote_area_id: 'Chinese-Mainland', charge_mode: 'bandwidth', billing_mode: '3',
      bandwidth, project_id: 'proj-main', ...extra,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().bandwidth_package.id as string;
}
