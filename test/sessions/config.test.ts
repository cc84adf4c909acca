// Single sign-on's configuration: all or nothing, and a bad value stops start-up naming the variable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';

const BASE = { LIFEBOAT_OIDC_ISSUER: 'https://id.example.com', LIFEBOAT_OIDC_CLIENT_ID: 'lifeboat', LIFEBOAT_OIDC_ROLE_MAP: '{"ops":{"account":"default","role":"operator"}}' };

function refused(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('the configuration was accepted');
}

describe('single sign-on configuration', () => {
  it('is off without an issuer, with the session defaults of 60 minutes idle and 12 hours in all', () => {
    const config = loadConfig({});
    expect(config.sso).toBeUndefined();
    expect(config.sessions).toEqual({ idleMs: 60 * 60_000, maxMs: 12 * 3_600_000 });
  });

  it('reads the issuer, client, secret, claim and role map; no secret means a public client', () => {
    const config = loadConfig({ ...BASE, LIFEBOAT_OIDC_ROLES_CLAIM: 'roles', LIFEBOAT_SESSION_IDLE_MINUTES: '15', LIFEBOAT_SESSION_MAX_HOURS: '8' });
    expect(config.sso).toMatchObject({ issuer: 'https://id.example.com', clientId: 'lifeboat', clientSecret: undefined, rolesClaim: 'roles' });
    expect([...config.sso!.roleMap]).toEqual([['ops', { account: 'default', role: 'operator', projects: null }]]);
    expect(config.sessions).toEqual({ idleMs: 15 * 60_000, maxMs: 8 * 3_600_000 });
    expect(loadConfig(BASE).sso!.rolesClaim).toBe('groups');
  });

  it('reads the role map from a file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-roles-')), 'roles.json');
    fs.writeFileSync(file, '{"web":{"account":"default","role":"viewer","projects":["web"]}}');
    const { LIFEBOAT_OIDC_ROLE_MAP: _inline, ...rest } = BASE;
    expect(loadConfig({ ...rest, LIFEBOAT_OIDC_ROLE_MAP_FILE: file }).sso!.roleMap.get('web')).toEqual({ account: 'default', role: 'viewer', projects: ['web'] });
    expect(refused({ ...rest, LIFEBOAT_OIDC_ROLE_MAP_FILE: `${file}.missing` }).variable).toBe('LIFEBOAT_OIDC_ROLE_MAP_FILE');
  });

  it.each([
    [{ LIFEBOAT_OIDC_CLIENT_ID: 'x' }, 'LIFEBOAT_OIDC_ISSUER'],
    [{ ...BASE, LIFEBOAT_OIDC_ISSUER: 'http://id.example.com' }, 'LIFEBOAT_OIDC_ISSUER'],
    [{ ...BASE, LIFEBOAT_OIDC_ISSUER: 'not a url' }, 'LIFEBOAT_OIDC_ISSUER'],
    [{ ...BASE, LIFEBOAT_OIDC_CLIENT_ID: '' }, 'LIFEBOAT_OIDC_CLIENT_ID'],
    [{ ...BASE, LIFEBOAT_OIDC_ROLE_MAP: '' }, 'LIFEBOAT_OIDC_ROLE_MAP'],
    [{ ...BASE, LIFEBOAT_OIDC_ROLE_MAP: 'not json' }, 'LIFEBOAT_OIDC_ROLE_MAP'],
    [{ ...BASE, LIFEBOAT_OIDC_ROLE_MAP: '{}' }, 'LIFEBOAT_OIDC_ROLE_MAP'],
    [{ ...BASE, LIFEBOAT_OIDC_ROLE_MAP: '{"ops":{"account":"default","role":"root"}}' }, 'LIFEBOAT_OIDC_ROLE_MAP'],
    [{ ...BASE, LIFEBOAT_OIDC_ROLE_MAP: '{"ops":{"role":"admin"}}' }, 'LIFEBOAT_OIDC_ROLE_MAP'],
    [{ ...BASE, LIFEBOAT_OIDC_ROLE_MAP: '{"ops":{"account":"default","role":"admin","projects":["Bad Id"]}}' }, 'LIFEBOAT_OIDC_ROLE_MAP'],
    [{ ...BASE, LIFEBOAT_OIDC_ROLE_MAP: '{"ops":{"account":"default","role":"admin","extra":1}}' }, 'LIFEBOAT_OIDC_ROLE_MAP'],
    [{ ...BASE, LIFEBOAT_OIDC_ROLE_MAP_FILE: '/tmp/x.json' }, 'LIFEBOAT_OIDC_ROLE_MAP_FILE'],
    [{ ...BASE, LIFEBOAT_OIDC_ROLES_CLAIM: 'has space' }, 'LIFEBOAT_OIDC_ROLES_CLAIM'],
    [{ LIFEBOAT_SESSION_IDLE_MINUTES: '0' }, 'LIFEBOAT_SESSION_IDLE_MINUTES'],
    [{ LIFEBOAT_SESSION_MAX_HOURS: 'ten' }, 'LIFEBOAT_SESSION_MAX_HOURS'],
    [{ LIFEBOAT_PUBLIC_URL: 'ftp://x' }, 'LIFEBOAT_PUBLIC_URL'],
  ])('refuses %j naming %s', (env, variable) => {
    const error = refused(env as Record<string, string>);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(`${variable}: `)).toBe(true);
  });
});
