// The assembly's timeline in a headless Chromium, against a real server: fifteen protections taken seconds apart
// (two partial and one failed, from faults injected in the simulated cloud), a recovery and its reset, and a daily
// protection policy whose next run is two hours ahead. What an operator sees: the range picker changes the axis
// and the URL (which deep-links), the axis stays put across a poll, the now line, the next run, the fifteen close
// together as one counted cluster that opens into a list, Tab and Enter reaching and opening a mark, the reset
// joined to its recovery; at 1280 and 375 px, with axe-core. Screenshots go to test-artifacts/screenshots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { startProtection, waitForProtection } from '../protections/fixture.ts';
import { protectedShop, recover, recoveriesUrl, waitForRecovery, waitForReset } from '../recoveries/fixture.ts';
import { ensureConsoleBuilt } from './console-build.ts';
import { accessible, consoleBrowser, fitsTheWidth, hasChromium, listen, shot, shotOf, signedIn } from './harness.ts';


let t: TestApp;
let baseUrl: string;
let shop: { connectionId: number; assemblyId: number; protectionId: string };
let recoveryId: string;
let nextRunAt: number;
const statuses: string[] = [];

beforeAll(async () => {
  ensureConsoleBuilt();
  t = await startTestApp('sqlite');
  baseUrl = await listen(t);
  shop = await protectedShop(t);
  statuses.push('success');
  // Fourteen more, seconds apart: the 4th and 9th partial (the database's snapshot refused), the 12th failed (every one).
  for (let i = 2; i <= 15; i++) {
    if (i === 4 || i === 9) await t.app.sim!.addFault({ operation: 'snapshot', match: { resourceId: 'shop-db' }, errorCode: 'InvalidDBInstanceState' });
    if (i === 12) await t.app.sim!.addFault({ operation: 'snapshot', errorCode: 'InternalError' });
    const id = await startProtection(t, shop.assemblyId);
    statuses.push((await waitForProtection(t, shop.assemblyId, id)).status);
    await t.app.sim!.clearFaults();
  }
  expect(statuses.filter((s) => s === 'partially-protected')).toHaveLength(2);
  expect(statuses.filter((s) => s === 'failed')).toHaveLength(1);
  recoveryId = await recover(t, shop.assemblyId, { recoveryName: 'timeline-drill', protectionId: shop.protectionId });
  await waitForRecovery(t, shop.assemblyId, recoveryId);
  expect((await t.request({ method: 'POST', url: `${recoveriesUrl(t, shop.assemblyId)}/${recoveryId}/reset` })).statusCode).toBe(202);
  await waitForReset(t, shop.assemblyId, recoveryId);
  // A daily policy two hours ahead (UTC): its next run falls inside the 24 h range, and nothing fires during the test.
  const hour = (new Date().getUTCHours() + 2) % 24;
  const policy = await t.request({
    method: 'POST', url: `${t.P}/aws/cloud-assemblies/${shop.assemblyId}/protection-policies`,
    payload: { name: 'nightly', frequencyType: 'daily', frequencyDetails: { offset: 0, hours: [hour] }, timeZone: 'UTC', retentionCount: 50 },
  });
  expect(policy.statusCode, policy.body).toBe(201);
  nextRunAt = Date.parse(policy.json().nextRunAt);
  expect(nextRunAt).toBeGreaterThan(Date.now());
}, 180_000);
afterAll(() => t?.close());

describe.skipIf(!hasChromium)('the timeline in a browser', () => {
  let browser: Browser;

  beforeAll(async () => { browser = await consoleBrowser(); }, 30_000);
  afterAll(() => browser?.close());

  async function open(width: number, at: string): Promise<Page> {
    const page = await signedIn(browser, baseUrl, width, at, undefined, { fakeClock: true });
    await page.locator('.timeline svg .tick-group').first().waitFor();
    return page;
  }
  const assemblyPath = () => `/assemblies/${shop.assemblyId}`;
  /** The axis as drawn: its bounds and every tick's time and label. */
  const axisOf = (p: Page) => p.locator('.timeline').evaluate((el) => ({
    from: el.getAttribute('data-from'), to: el.getAttribute('data-to'),
    ticks: [...el.querySelectorAll('.tick-group')].map((g) => `${g.getAttribute('data-tick')} ${g.querySelector('.tick-label')!.textContent}`),
  }));
  const query = (p: Page) => new URL(p.url()).search;

  it('the range picker changes the axis and the URL, which deep-links; zoom and a bad custom range', async () => {
    const page = await open(1280, assemblyPath());
    try {
      const day = await axisOf(page);
      expect(Number(day.to) - Number(day.from)).toBe(24 * 3_600_000 + 2.4 * 3_600_000);
      expect(await page.locator('button[data-range="24h"]').getAttribute('aria-pressed')).toBe('true');
      // Hours on the 24 h axis, round ones: every tick on a whole hour; a midnight says its day instead.
      expect(day.ticks.every((tick) => /:00(\s?[AP]M)?$/.test(tick) || /^\d+ [A-Z][a-z]{2} \d+$/.test(tick))).toBe(true);
      expect(day.ticks.filter((tick) => /^\d+ [A-Z][a-z]{2} \d+$/.test(tick)).length).toBeGreaterThanOrEqual(1);
      await page.getByRole('button', { name: '7 days' }).click();
      await page.waitForFunction(() => window.location.search === '?range=7d');
      const week = await axisOf(page);
      expect(week.ticks).not.toEqual(day.ticks);
      expect(Number(week.to) - Number(week.from)).toBe(7 * 24 * 3_600_000 + 16.8 * 3_600_000);
      // Round ticks on the 7-day axis: midnights and noons, each day named under its midnight.
      const hours = await page.locator('.tick-group').evaluateAll((gs) => gs.map((g) => {
        const d = new Date(Number(g.getAttribute('data-tick')));
        return { h: d.getHours() + d.getMinutes() / 60, day: g.querySelector('.tick-day')?.textContent ?? null, name: new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(d) };
      }));
      expect(hours.every(({ h }) => h === 0 || h === 12)).toBe(true);
      expect(hours.filter(({ h }) => h === 0).length).toBeGreaterThanOrEqual(7);
      expect(hours.filter(({ h, day, name }) => h === 0 && day === name).length).toBe(hours.filter(({ h }) => h === 0).length);
      // A week puts the fifteen protections of the last minutes in one ring at now, and the next run a few pixels
      // right of it: the next run is drawn clear of the ring, not under it.
      const ring = (await page.locator('[data-cluster][data-count="15"] circle.cluster-ring').first().boundingBox())!;
      const mark = (await page.locator('[data-kind=next-run]').boundingBox())!;
      expect(mark.x >= ring.x + ring.width || mark.x + mark.width <= ring.x, `next run ${JSON.stringify(mark)} clear of the ring ${JSON.stringify(ring)}`).toBe(true);
      await shotOf(page.locator('.timeline'), 'timeline-7d-chart-1280');
      await page.getByRole('button', { name: '30 days' }).click();
      await page.waitForFunction(() => window.location.search === '?range=30d');
      // A deep link opens on its range.
      await page.goto(`${baseUrl}${assemblyPath()}?range=7d`);
      await page.locator('.timeline svg .tick-group').first().waitFor();
      expect(await page.locator('button[data-range="7d"]').getAttribute('aria-pressed')).toBe('true');
      expect(await axisOf(page)).toEqual(week);

      // Zoom in (the button): half the span, about now, as a custom range in the URL.
      await page.getByRole('button', { name: '24 h' }).click();
      await page.waitForFunction(() => window.location.search === '');
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForFunction(() => window.location.search.includes('from='));
      const zoomed = await axisOf(page);
      expect(Number(zoomed.to) - Number(zoomed.from)).toBeCloseTo(24 * 3_600_000 * 1.1 / 2, -5);
      expect(await page.locator('button[data-range="custom"]').getAttribute('aria-pressed')).toBe('true');
      const q = new URLSearchParams(query(page));
      expect(Date.parse(q.get('to')!) - Date.parse(q.get('from')!)).toBe(Number(zoomed.to) - Number(zoomed.from));

      // Ctrl + wheel over the chart (a trackpad's pinch) zooms in further, about the pointer.
      const box = (await page.locator('.timeline svg').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -120);
      await page.keyboard.up('Control');
      await page.waitForFunction((span) => {
        const el = document.querySelector('.timeline')!;
        return Number(el.getAttribute('data-to')) - Number(el.getAttribute('data-from')) < span;
      }, Number(zoomed.to) - Number(zoomed.from));
      const pinched = await axisOf(page);
      expect(Number(pinched.to) - Number(pinched.from)).toBeCloseTo((Number(zoomed.to) - Number(zoomed.from)) / 2, -5);
      expect(new URLSearchParams(query(page)).get('from')).toBe(new Date(Number(pinched.from)).toISOString().replace(':00.000Z', 'Z'));

      // Custom from–to: a bad one is refused next to its field, the URL unchanged; a good one is the axis and the URL.
      const before = query(page);
      await page.getByRole('button', { name: 'Custom…' }).click();
      const form = page.getByRole('form', { name: 'Custom range' });
      await form.locator('input[name=from]').fill('2026-11-02T10:00');
      await form.locator('input[name=to]').fill('2026-11-02T09:00');
      await form.getByRole('button', { name: 'Show' }).click();
      expect(await form.locator('.field-error[data-field=to]').innerText()).toMatch(/after From/);
      expect(query(page)).toBe(before);
      await form.locator('input[name=to]').fill('2026-11-03T10:00');
      await form.getByRole('button', { name: 'Show' }).click();
      await page.waitForFunction(() => window.location.search.includes('from='));
      const custom = await axisOf(page);
      expect(Number(custom.from)).toBe(new Date('2026-11-02T10:00').getTime());
      expect(Number(custom.to)).toBe(new Date('2026-11-03T10:00').getTime());
      expect(new URLSearchParams(query(page)).get('from')).toBe(new Date('2026-11-02T10:00').toISOString().replace(':00.000Z', 'Z'));
      // Nothing of this assembly happened then: no marks, the count says where they are; no now line.
      expect(await page.locator('.timeline .mark').count()).toBe(0);
      expect(await page.locator('.timeline-caption').innerText()).toMatch(/16 later/);
      expect(await page.locator('.timeline .now').count()).toBe(0);
      await accessible(page);
    } finally {
      await page.close();
    }
  }, 120_000);

  for (const width of [1280, 375]) {
    it(`at ${width} px: a stable axis across a poll, the now line, the next run, fifteen in one cluster, the reset joined to its recovery`, async () => {
      const page = await open(width, assemblyPath());
      try {
        await page.locator('.timeline .now').waitFor();
        // The axis does not move when the page polls (the now line does).
        const axis = await axisOf(page);
        const nowBefore = await page.locator('.timeline .now').getAttribute('data-now');
        // The page's next refresh (every 15 s when nothing runs), brought forward on the page's clock rather than waited out.
        const polled = page.waitForResponse((r) => r.request().method() === 'GET' && /\/protections$/.test(new URL(r.url()).pathname), { timeout: 20_000 });
        await page.clock.fastForward(16_000);
        await polled;
        await page.waitForFunction((n) => document.querySelector('.timeline .now')?.getAttribute('data-now') !== n, nowBefore);
        expect(await axisOf(page)).toEqual(axis);

        // The next scheduled run: a mark at the policy's nextRunAt, right of now, named.
        const next = page.locator('[data-kind=next-run]');
        expect(Number(await next.getAttribute('data-at'))).toBe(nextRunAt);
        expect(await next.getAttribute('aria-label')).toMatch(/^Next scheduled protection, policy nightly, /);
        const nowX = (await page.locator('.timeline .now-line').boundingBox())!.x;
        expect((await next.boundingBox())!.x).toBeGreaterThan(nowX);
        expect(await page.locator('.next-runs [data-next-run=nightly]').count()).toBe(1);

        // Fifteen protections seconds apart: one counted cluster, its name says the outcomes.
        const cluster = page.locator('[data-cluster][data-count="15"]');
        expect(await cluster.getAttribute('aria-label')).toMatch(/^15 protections, .*12 success.*2 partially-protected|^15 protections, .*2 partially-protected.*12 success/);
        expect(await cluster.getAttribute('aria-label')).toMatch(/1 failed/);
        // Its ring shows the outcomes in proportion: an arc for the failed one, the two partial, the twelve successes.
        const arcs = await cluster.locator('circle.cluster-ring').evaluateAll((cs) => cs.map((c) => `${c.getAttribute('class')} ${c.getAttribute('data-count')}`));
        expect(arcs).toEqual(['cluster-ring tone-bad 1', 'cluster-ring tone-warn 2', 'cluster-ring tone-good 12']);

        // The reset is drawn joined to its recovery: the bar runs from the diamond's centre to the reset's square.
        const diamond = (await page.locator(`rect[data-kind=recovery][data-recovery="${recoveryId}"]`).boundingBox())!;
        const reset = (await page.locator(`rect[data-kind=reset][data-recovery="${recoveryId}"]`).boundingBox())!;
        const join = (await page.locator(`line.reset-join[data-recovery="${recoveryId}"]`).boundingBox())!;
        expect(Math.abs(join.x - (diamond.x + diamond.width / 2))).toBeLessThan(3);
        expect(Math.abs(join.x + join.width - reset.x)).toBeLessThan(3);
        expect(Math.abs(join.y + join.height / 2 - (reset.y + reset.height / 2))).toBeLessThan(3);
        expect(await page.locator(`rect[data-kind=reset][data-recovery="${recoveryId}"]`).getAttribute('data-status')).toBe('completed');
        // And the recovery is joined to the protection it restored (here, inside the cluster).
        expect(await page.locator(`line.link[data-recovery="${recoveryId}"]`).count()).toBe(1);

        await fitsTheWidth(page);
        await accessible(page);
        await shot(page, `timeline-${width}`);

        if (width < 600) {
          // On the phone, two fingers spread apart on the chart zoom in (the range in the URL), and the axis follows.
          // The chart is scrolled into view first, as a thumb would: touches land only inside the viewport.
          await page.locator('.timeline svg').scrollIntoViewIfNeeded();
          const chart = (await page.locator('.timeline svg').boundingBox())!;
          const cdp = await page.context().newCDPSession(page);
          const y = chart.y + chart.height / 2;
          const mid = chart.x + chart.width / 2;
          const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', apart: number) => cdp.send('Input.dispatchTouchEvent', {
            type, touchPoints: type === 'touchEnd' ? [] : [{ x: mid - apart, y, id: 1 }, { x: mid + apart, y, id: 2 }],
          });
          await touch('touchStart', 20);
          await touch('touchMove', 40);
          await touch('touchMove', 80);
          await touch('touchEnd', 80);
          await page.waitForFunction(() => window.location.search.includes('from='));
          const spread = await axisOf(page);
          expect(Number(spread.to) - Number(spread.from)).toBeLessThan((Number(axis.to) - Number(axis.from)) / 2);
          await page.goto(`${baseUrl}${assemblyPath()}`);
          await page.locator('.timeline .now').waitFor();
        }
        await shotOf(page.locator('.timeline'), `timeline-chart-${width}`);

        // Tab reaches the cluster; Enter opens the list of the fifteen, each named, the focus in it.
        await page.getByRole('button', { name: 'Later' }).focus();
        let reached = false;
        for (let i = 0; i < 10 && !reached; i++) {
          await page.keyboard.press('Tab');
          reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-cluster') ?? false);
        }
        expect(reached).toBe(true);
        await page.keyboard.press('Enter');
        const list = page.locator('#timeline-cluster li');
        await list.first().waitFor();
        expect(await list.count()).toBe(15);
        expect(await page.locator('#timeline-cluster li[data-status=failed]').count()).toBe(1);
        expect(await page.evaluate(() => document.activeElement?.classList.contains('cluster-link'))).toBe(true);
        await fitsTheWidth(page);
        await accessible(page);
        await shot(page, `timeline-cluster-${width}`);
        await shotOf(page.locator('.timeline'), `timeline-cluster-chart-${width}`);
        // Escape closes it and gives the focus back to the cluster.
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => document.activeElement?.hasAttribute('data-cluster'));
        expect(await list.count()).toBe(0);
        // Enter again, then Enter on the first: that protection's page.
        await page.keyboard.press('Enter');
        await list.first().waitFor();
        const href = await page.evaluate(() => document.activeElement!.getAttribute('href'));
        expect(href).toMatch(new RegExp(`^/assemblies/${shop.assemblyId}/protections/`));
        await page.keyboard.press('Enter');
        await page.getByRole('table', { name: 'Protected resources' }).waitFor();
        expect(new URL(page.url()).pathname).toBe(href);
        await page.goBack();
        await page.locator('.timeline .now').waitFor();

        // Tab reaches the recovery's mark (a link named what, when and outcome); Enter opens the recovery.
        const mark = page.locator(`a.mark-link[data-key="r:${recoveryId}"]`);
        expect(await mark.getAttribute('aria-label')).toMatch(/^Recovery timeline-drill completed, .*; reset completed, /);
        await page.locator('[data-cluster]').first().focus();
        reached = false;
        for (let i = 0; i < 10 && !reached; i++) {
          await page.keyboard.press('Tab');
          reached = await page.evaluate((id) => document.activeElement?.getAttribute('data-key') === `r:${id}`, recoveryId);
        }
        expect(reached).toBe(true);
        expect(await page.locator('.timeline-focus').innerText()).toMatch(/^Recovery timeline-drill completed/);
        await page.keyboard.press('Enter');
        await page.getByRole('table', { name: 'Recovered resources' }).waitFor();
        expect(new URL(page.url()).pathname).toBe(`/assemblies/${shop.assemblyId}/recoveries/${encodeURIComponent(recoveryId)}`);
      } finally {
        await page.close();
      }
    }, 120_000);
  }
});
