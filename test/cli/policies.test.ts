import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { insertAssembly } from '../policies/fixture.ts';
import { json, loggedInCli, type LoggedInCli } from './run-cli.ts';

describe('the lifeboat CLI: templates and policies send the published flat bodies', () => {
  let t: TestApp;
  let session: LoggedInCli;
  const cli = (...args: string[]) => session.cli(...args);

  beforeAll(async () => {
    session = await loggedInCli(() => startTestApp('sqlite'));
    t = session.t;
  });
  afterAll(() => session.close());

  it('templates create, policies create --template (the name comes from it) and with options of its own, policies list', async () => {
    const template = await cli('templates', 'create', '--name', 'nightly', '--frequency', 'daily', '--time-zone', 'Europe/Paris', '--retention', '5',
      '--body', '{"frequencyDetails": {"hours": [2], "offset": 15, "daysOfWeek": []}}', '-o', 'json');
    expect(template.code, template.stderr).toBe(0);
    expect(json(template)).toMatchObject({ frequencyType: 'daily', frequencyDetails: { offset: 15, hours: [2] }, timeZone: 'Europe/Paris', retentionCount: 5 });

    const first = String(await insertAssembly(t));
    const fromTemplate = await cli('policies', 'create', first, '--template', String(json(template).id), '-o', 'json');
    expect(fromTemplate.code, fromTemplate.stderr).toBe(0);
    expect(json(fromTemplate)).toMatchObject({ name: 'nightly', policyTemplateId: json(template).id, frequencyType: 'daily', timeZone: 'Europe/Paris' });

    const second = String(await insertAssembly(t));
    const own = await cli('policies', 'create', second, '--name', 'three-hourly', '--frequency', 'three-hours', '--retention', '8', '-o', 'json');
    expect(own.code, own.stderr).toBe(0);
    expect(json(own)).toMatchObject({ policyTemplateId: null, frequencyType: 'three-hours', frequencyDetails: { offset: 0 }, retentionCount: 8 });

    const listed = await cli('policies', 'list', second);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/three-hourly\s+enabled\s+-?\s*three-hours/);

    const refused = await cli('policies', 'create', second, '--name', 'old-spelling', '--frequency', 'every-2-hours');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^lifeboat: --frequency: must be one of /m);
  });

  it('the schedule details as options: --days, --hours, --days-of-month, --months, --offset (names in any case)', async () => {
    const weekly = await cli('templates', 'create', '--name', 'weekly-two', '--frequency', 'weekly', '--days', 'monday,Thursday', '--hours', '3',
      '--hours', '15', '--offset', '10', '--retention', '4', '-o', 'json');
    expect(weekly.code, weekly.stderr).toBe(0);
    expect(json(weekly).frequencyDetails).toMatchObject({ daysOfWeek: ['MONDAY', 'THURSDAY'], hours: [3, 15], offset: 10 });

    const yearly = await cli('policies', 'create', String(await insertAssembly(t)), '--name', 'twice-a-year', '--frequency', 'yearly',
      '--months', 'january,july', '--days-of-month', '1', '--hours', '4', '--retention', '2', '-o', 'json');
    expect(yearly.code, yearly.stderr).toBe(0);
    expect(json(yearly).frequencyDetails).toMatchObject({ months: ['JANUARY', 'JULY'], daysOfMonth: [1], hours: [4] });

    const bad = await cli('templates', 'create', '--name', 'bad-hours', '--frequency', 'daily', '--hours', 'two', '--retention', '2');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--hours must be an integer, not "two"/);
    const badDay = await cli('templates', 'create', '--name', 'bad-day', '--frequency', 'weekly', '--days', 'someday', '--retention', '2');
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toMatch(/^lifeboat: --days someday: must be one of /m);
  });
});
