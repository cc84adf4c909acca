import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../helpers/app.ts';

export const GROUPS = '/connections/aws/connection-groups';
export const MEDIA = 'application/api.clumio.aws-connection-groups=v1+json';
export const OU = 'x-clumio-organizationalunit-context';

export interface GroupRequest {
  method?: 'GET' | 'POST' | 'PUT';
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  token?: string | null;
}

/** A call on the connection-group surface, with its media type. */
export function cg(t: TestApp, { method = 'GET', url, payload, headers = {}, token }: GroupRequest): Promise<LightMyRequestResponse> {
  return t.request({
    method, url, token,
    headers: { accept: MEDIA, ...(payload !== undefined ? { 'content-type': MEDIA } : {}), ...headers },
    ...(payload !== undefined ? { payload: JSON.stringify(payload) } : {}),
  });
}

export function createBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { account_native_id: '333333333333', asset_types: ['EC2/EBS', 'S3'], aws_regions: ['us-east-1', 'us-west-2'], description: 'prod', ...overrides };
}

/** Asserts seed 001's error body and returns its messages. */
export function expectGroupError(res: LightMyRequestResponse, status: number, ...mentions: string[]): string[] {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json() as { errors: Array<{ error_code: number; error_message: string }> };
  expect(Object.keys(body)).toEqual(['errors']);
  expect(body.errors.length).toBeGreaterThan(0);
  for (const e of body.errors) {
    expect(Object.keys(e).sort()).toEqual(['error_code', 'error_message']);
    expect(Number.isInteger(e.error_code) && e.error_code >= 0).toBe(true);
  }
  const messages = body.errors.map((e) => e.error_message);
  for (const m of mentions) expect(messages.join(' | ')).toContain(m);
  expect(res.body).not.toMatch(/\bat .*\.ts:\d+/);
  return messages;
}

/** A post-process body for a group as its stack would send it. */
export function report(group: { id: string; external_id: string }, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    request_type: 'Create', token: group.id, role_external_id: group.external_id, account_native_id: '333333333333', aws_region: 'us-east-1',
    role_arn: `arn:aws:iam::${(overrides.account_native_id as string | undefined) ?? '333333333333'}:role/LifeboatConnectionGroup-${group.id.slice(0, 8)}`,
    template_version: '1', ...overrides,
  };
}

export function postProcess(t: TestApp, body: Record<string, unknown>): Promise<LightMyRequestResponse> {
  return t.request({ method: 'POST', url: '/connections/aws/post-process', token: null, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
}

/** Deploys (or deletes) a template through the simulated CloudFormation endpoint. */
export async function deployStack(t: TestApp, templateUrl: string, options: Record<string, unknown> = {}) {
  const res = await t.request({ method: 'POST', url: '/api/v1/sim/stacks', payload: { templateUrl, ...options } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { stackName: string; templateVersion: string; instances: Array<{ accountId: string; region: string; requestType: string; status: string; roleArns: string[]; postProcess: Array<{ statusCode: number; body: any }> }> };
}
