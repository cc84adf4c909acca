// The drill report's HTML in a headless Chromium, opened from a file as a user who saved it would: it renders
// (a bar per resource, coloured by outcome), runs no script from a resource's name, and asks nothing of the
// network. Screenshots (screen and print) go to test-artifacts/screenshots/. One database: the page is built
// from the JSON report, whose behaviour on both databases is covered by test/recoveries/report.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/modules/recoveries/report-html.ts';
import type { DrillReportBody } from '../../src/modules/recoveries/report-schema.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { ESTATE, idOf } from '../assemblies/fixture.ts';
import { protectedShop, recover, recoveriesUrl, waitForRecovery, waitForReset } from '../recoveries/fixture.ts';
import { SCREENSHOTS } from './console-build.ts';
import { consoleBrowser, hasChromium } from './harness.ts';

const SCRIPT_NAME = '<script>alert("drill")</script><img src=x onerror=alert(1)>';

let t: TestApp;
let browser: Browser;
let dir: string;
let report: DrillReportBody;
let page: string;

beforeAll(async () => {
  t = await startTestApp('sqlite');
  const web2 = ESTATE.find((r) => r.resourceId === idOf('us-east-1', 'shop-web-2'))!;
  await t.app.sim!.putResource({ ...web2, name: SCRIPT_NAME });
  const shop = await protectedShop(t);
  // One subnet refused: the picture shows recovered, failed and skipped bars.
  await t.app.sim!.addFault({ operation: 'recreate', match: { resourceId: idOf('us-east-1', 'shop-private-1b') }, errorCode: 'InternalError' });
  const id = await recover(t, shop.assemblyId, { recoveryName: 'browser-drill' });
  await waitForRecovery(t, shop.assemblyId, id);
  await t.app.sim!.clearFaults();
  expect((await t.request({ method: 'POST', url: `${recoveriesUrl(t, shop.assemblyId)}/${id}/reset` })).statusCode).toBe(202);
  await waitForReset(t, shop.assemblyId, id);
  const url = `${recoveriesUrl(t, shop.assemblyId)}/${id}/report`;
  report = (await t.request({ method: 'GET', url })).json();
  page = (await t.request({ method: 'GET', url, headers: { accept: 'text/html' } })).body;
  if (hasChromium) browser = await consoleBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-report-'));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens the page from a file; every request Chromium made, every dialog and console error. */
async function open(html: string, name: string, media: 'screen' | 'print' = 'screen') {
  const file = path.join(dir, `${name}.html`);
  fs.writeFileSync(file, html);
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const tab = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  tab.on('request', (r) => requests.push(r.url()));
  tab.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.emulateMedia({ media });
  await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await tab.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  return { tab, context, requests, dialogs, errors, href: pathToFileURL(file).href };
}

describe.skipIf(!hasChromium)('the drill report in a browser', () => {
  it('renders from a file: a bar per resource coloured by outcome, the failure named, no script run, no request but the file', async () => {
    const opened = await open(page, 'drill-report');
    try {
      expect(opened.requests).toEqual([opened.href]);
      expect(opened.dialogs).toEqual([]);
      expect(opened.errors).toEqual([]);
      expect(await opened.tab.title()).toBe('Drill report: browser-drill (shop)');
      expect(await opened.tab.locator('svg rect[rx="2"]').count()).toBe(report.resources.length);
      expect(await opened.tab.locator('svg rect[fill="#c62828"]').count()).toBe(1);
      expect(await opened.tab.locator('svg rect[fill="#9e9e9e"]').count()).toBe(report.summary.skipped);
      expect(report.summary.skipped).toBeGreaterThan(0);
      // The hostile name is shown as text, not run or parsed as markup.
      expect(await opened.tab.locator('img').count()).toBe(0);
      expect(await opened.tab.locator('body').innerText()).toContain('<script>alert("drill")</script>');
      expect(await opened.tab.locator('td .bad').first().innerText()).toMatch(/^InternalError: /);
      expect(await opened.tab.locator('strong', { hasText: 'Leftovers: 0' }).count()).toBe(1);
      const box = await opened.tab.locator('svg').boundingBox();
      expect(box!.width).toBeGreaterThan(900);
    } finally {
      await opened.context.close();
    }
  });

  it('prints: the print stylesheet applies and the page still draws every bar', async () => {
    const opened = await open(page, 'drill-report-print', 'print');
    try {
      expect(opened.requests).toEqual([opened.href]);
      expect(await opened.tab.locator('svg rect[rx="2"]').count()).toBe(report.resources.length);
      const pdf = await opened.tab.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      fs.writeFileSync(path.join(SCREENSHOTS, 'drill-report.pdf'), pdf);
    } finally {
      await opened.context.close();
    }
  });

  it('with per-resource timing (issue 16 records it): bars on a time axis', async () => {
    // Each level starts when the one before it ended; the resources of a level take 2 to 6 seconds.
    const t0 = Date.parse(report.startedAt!);
    const levelEnds = new Map<number, number>();
    const timed = { ...report, timing: 'measured' as const, resources: report.resources.map((r, i) => {
      if (r.outcome !== 'recovered') return r;
      const start = (levelEnds.get(r.order - 1) ?? t0) + 200;
      const end = start + 2000 + (i % 5) * 1000;
      levelEnds.set(r.order, Math.max(levelEnds.get(r.order) ?? 0, end));
      return { ...r, startedAt: new Date(start).toISOString(), finishedAt: new Date(end).toISOString(), durationSeconds: (end - start) / 1000 };
    }) };
    const opened = await open(renderReportHtml(timed), 'drill-report-timed');
    try {
      expect(opened.requests).toEqual([opened.href]);
      expect(await opened.tab.locator('svg text', { hasText: /^\+\d+(\.\d+)? s$/ }).count()).toBe(5);
      expect(await opened.tab.locator('body').innerText()).toContain('each bar runs from a resource\'s start to its end');
    } finally {
      await opened.context.close();
    }
  });
});
