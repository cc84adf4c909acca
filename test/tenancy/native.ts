import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/** The native error body of api.md, as a client would read it. */
export interface NativeError {
  errors: Array<{ code: string; message: string; type: string }>;
  fieldErrors: Record<string, string>;
  message: string;
  requiredPermissions: string[];
}

/**
 * Asserts that a response is the native error body with the status (and, when given, the error type),
 * and returns the body: exactly the four fields, one error entry, a message, no stack trace.
 */
export function expectNativeError(res: LightMyRequestResponse, status: number, type?: string): NativeError {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json() as NativeError;
  expect(Object.keys(body).sort()).toEqual(['errors', 'fieldErrors', 'message', 'requiredPermissions']);
  expect(body.errors).toHaveLength(1);
  expect(typeof body.errors[0].code).toBe('string');
  expect(typeof body.errors[0].message).toBe('string');
  if (type) expect(body.errors[0].type).toBe(type);
  expect(typeof body.message).toBe('string');
  expect(body.message.length).toBeGreaterThan(0);
  expect(Array.isArray(body.requiredPermissions)).toBe(true);
  expect(typeof body.fieldErrors).toBe('object');
  expect(res.body).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  return body;
}

/** A 403 that names exactly the permission the token lacks. */
export function expectForbidden(res: LightMyRequestResponse, permission: string): NativeError {
  const body = expectNativeError(res, 403, 'forbidden');
  expect(body.requiredPermissions).toEqual([permission]);
  return body;
}

/** A 400 whose fieldErrors names the field. */
export function expectFieldError(res: LightMyRequestResponse, field: string): NativeError {
  const body = expectNativeError(res, 400, 'validation');
  expect(body.fieldErrors[field], JSON.stringify(body.fieldErrors)).toBeTruthy();
  return body;
}
