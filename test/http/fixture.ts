// What every error answer must look like, per surface, and the store counts that show nothing happened.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';

/** A malformed request of the fuzzer's kind, and what each dialect answers it with. */
export interface MalformedCase {
  readonly name: string;
  readonly request: InjectOptions;
  readonly status: number;
  /** native: errors[0].code; clumio: error_code; network: CC code. */
  readonly code: string | number;
  /** native only: the field fieldErrors must name. */
  readonly field?: string;
}

/** Not the framework's words, and not an echo of a long path or parameter. */
export function expectOwnWords(res: LightMyRequestResponse): void {
  expect(res.body).not.toMatch(/FST_/);
  expect(res.body.length, res.body.slice(0, 300)).toBeLessThan(1024);
  expect(res.body).not.toMatch(/x{200}/);
}

export function expectNative(res: LightMyRequestResponse, status: number, code: string, field?: string): void {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json() as { errors: Array<{ code: string; message: string; type: string }>; fieldErrors: Record<string, string>; message: string; requiredPermissions: string[] };
  expect(Object.keys(body).sort()).toEqual(['errors', 'fieldErrors', 'message', 'requiredPermissions']);
  expect(body.errors[0]!.code).toBe(code);
  if (field) expect(Object.keys(body.fieldErrors)).toContain(field);
  expect(res.headers['x-request-id']).toBeTruthy();
  expectOwnWords(res);
}

export function expectGroups(res: LightMyRequestResponse, status: number, code: number): void {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json() as { errors: Array<{ error_code: number; error_message: string }> };
  expect(Object.keys(body)).toEqual(['errors']);
  for (const e of body.errors) expect(Object.keys(e).sort()).toEqual(['error_code', 'error_message']);
  expect(body.errors[0]!.error_code).toBe(code);
  expectOwnWords(res);
}

export function expectNetwork(res: LightMyRequestResponse, status: number, code: string): string {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  const body = res.json() as { error_code: string; error_msg: string; request_id: string };
  expect(Object.keys(body).sort()).toEqual(['error_code', 'error_msg', 'request_id']);
  expect(body.error_code).toBe(code);
  expect(body.request_id).toBe(res.headers['x-request-id']);
  expectOwnWords(res);
  return body.error_msg;
}

/** Rows of a table (jobs, audit_events, cloud_connections, …). */
export async function count(t: TestApp, table: string, where?: [string, string]): Promise<number> {
  let query = (t.app.store.db as any).selectFrom(table).select((eb: any) => eb.fn.countAll().as('n'));
  if (where) query = query.where(where[0], '=', where[1]);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** What a refused request must leave unchanged: no job, no successful audit event. */
export async function footprint(t: TestApp): Promise<{ jobs: number; successes: number }> {
  return { jobs: await count(t, 'jobs'), successes: await count(t, 'audit_events', ['result', 'success']) };
}

export const LONG = 'x'.repeat(10_000);
export const BIG = JSON.stringify({ padding: 'p'.repeat(2 * 1024 * 1024) });

/** A JSON body whose `marker` string is replaced by two bytes that are not UTF-8. */
export function invalidUtf8(body: Record<string, unknown>): Buffer {
  const text = JSON.stringify(body);
  const at = text.indexOf('@@');
  return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(at + 2))]);
}

export const json = { 'content-type': 'application/json' };
export const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };
