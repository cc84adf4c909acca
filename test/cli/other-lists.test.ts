// Issue 21: the connection-group and /v3 network lists finish the job as the native ones do: a partial page says so
// on stderr ("showing 1–2, more follow (--all for every one)") and --all fetches every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { cg, createBody, GROUPS, OU } from '../connection-groups/fixture.ts';
import { json, loggedInCli, type LoggedInCli } from './run-cli.ts';

const DIALECT = DIALECTS.at(-1)!;

describe(`the CLI's connection-group and network lists page as the native ones [${DIALECT}]`, () => {
  let session: LoggedInCli;
  const cli = (...args: string[]) => session.cli(...args);

  beforeAll(async () => {
    session = await loggedInCli(() => startTestApp(DIALECT));
    for (const account of ['333333333333', '444444444444', '555555555555']) {
      const res = await cg(session.t, { method: 'POST', url: GROUPS, payload: createBody({ account_native_id: account }), headers: { [OU]: 'default' } });
      expect(res.statusCode, res.body).toBe(200);
    }
    for (const name of ['backbone-1', 'backbone-2', 'backbone-3']) {
      const created = await cli('network', 'cloud-connections', 'create', '--name', name, '-o', 'json');
      expect(created.code, created.stderr).toBe(0);
    }
  });
  afterAll(() => session.close());

  it('connection-groups list: a partial page says so on stderr, the whole list says nothing', async () => {
    const two = await cli('connection-groups', 'list', '--limit', '2', '-o', 'json');
    expect(two.code, two.stderr).toBe(0);
    expect(json(two)._embedded.items).toHaveLength(2);
    expect(two.stderr).toContain('showing 1–2, more follow (--all for every one)');
    const second = await cli('connection-groups', 'list', '--limit', '2', '--start', '2', '-o', 'json');
    expect(json(second)._embedded.items).toHaveLength(1);
    expect(second.stderr).toBe('');
    const whole = await cli('connection-groups', 'list', '-o', 'json');
    expect(json(whole)._embedded.items).toHaveLength(3);
    expect(whole.stderr).toBe('');
  });

  it('connection-groups list --all fetches every page, and refuses --limit or --start beside it', async () => {
    const all = await cli('connection-groups', 'list', '--all', '-o', 'json');
    expect(all.code, all.stderr).toBe(0);
    const page = json(all);
    expect(page._embedded.items.map((g: any) => g.intended_account_native_ids[0]).sort()).toEqual(['333333333333', '444444444444', '555555555555']);
    expect(page.current_count).toBe(3);
    expect(page._links._next).toBeNull();
    expect(all.stderr).toBe('');
    // The table names each group's account (the one asked for, until its stack reports) and asset types.
    const table = await cli('connection-groups', 'list', '--all');
    expect(table.stdout).toMatch(/^\S+\s+555555555555\s+\S+\s+EC2\/EBS,S3\s/m);
    for (const extra of [['--limit', '2'], ['--start', '2']]) {
      const both = await cli('connection-groups', 'list', '--all', ...extra);
      expect(both.code).toBe(2);
      expect(both.stderr).toContain(`give --all or ${extra[0]}, not both`);
    }
  });

  it('network cloud-connections list: a partial page says so and names the next marker; --all fetches every page', async () => {
    const two = await cli('network', 'cloud-connections', 'list', '--limit', '2', '-o', 'json');
    expect(two.code, two.stderr).toBe(0);
    const first = json(two);
    expect(first.cloud_connections).toHaveLength(2);
    expect(two.stderr).toContain(`showing 1–2, more follow (--all for every one, or --marker ${first.page_info.next_marker})`);
    const rest = await cli('network', 'cloud-connections', 'list', '--limit', '2', '--marker', first.page_info.next_marker, '-o', 'json');
    expect(json(rest).cloud_connections).toHaveLength(1);
    expect(rest.stderr).toBe('');

    const all = await cli('network', 'cloud-connections', 'list', '--all', '-o', 'json');
    expect(all.code, all.stderr).toBe(0);
    const every = json(all);
    expect(every.cloud_connections.map((c: any) => c.name).sort()).toEqual(['backbone-1', 'backbone-2', 'backbone-3']);
    expect(every.page_info).toEqual({ current_count: 3 });
    expect(all.stderr).toBe('');
    const both = await cli('network', 'cloud-connections', 'list', '--all', '--limit', '2');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give --all or --limit, not both');
  });

  it('network --all keeps the filters on every page', async () => {
    const one = await cli('network', 'cloud-connections', 'list', '--all', '--name', 'backbone-2', '-o', 'json');
    expect(json(one).cloud_connections.map((c: any) => c.name)).toEqual(['backbone-2']);
  });
});
