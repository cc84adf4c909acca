import { describe, expect, it } from 'vitest';
import type { RecoveryResourceRow, RecoveryRow } from './repo.ts';
import { measuredOf, targetsOf, timingOf, validationOf } from './report-fields.ts';
import { duration, escapeHtml } from './report-format.ts';
import { renderReportHtml } from './report-html.ts';
import type { DrillReportBody, ReportResourceBody } from './report-schema.ts';
import { MAX_BARS } from './report-timeline.ts';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

function resource(i: number, overrides: Partial<ReportResourceBody> = {}): ReportResourceBody {
  return {
    sourceResourceId: `r-${i}`, sourceRegion: 'us-east-1', type: 'ec2:subnet', name: `subnet-${i}`, order: i % 3, action: 'create', status: 'recovered',
    recoveredResourceId: `subnet-new-${i}`, recoveredArn: null, snapshotId: null, error: null, note: null, droppedReferences: [],
    outcome: 'recovered', startedAt: null, finishedAt: null, readyAt: null, durationSeconds: null, ...overrides,
  };
}

function report(overrides: Partial<DrillReportBody> = {}): DrillReportBody {
  return {
    recoveryId: 'rec-1', recoveryName: 'drill', cloudAssemblyId: 1, cloudAssemblyName: 'shop', recoveryStatus: 'completed', statusMessage: null,
    recoveryScope: 'same-region', isolation: 'isolated', targetCloudConnectionId: 1, targetRegion: 'us-east-1',
    generatedAt: at(600), startedAt: at(0), finishedAt: at(60), recoveryPoint: { protectionId: 'prot-1', protectionTimestamp: at(-3600) },
    targets: { rtoTargetMinutes: null, rpoTargetMinutes: null }, measured: { rtoSeconds: null, rpoSeconds: 3600 }, forced: false, checks: [], validation: null,
    timing: 'order-only', summary: { total: 0, recovered: 0, mapped: 0, failed: 0, skipped: 0, blocked: 0 }, resources: [],
    reset: { status: 'not-run', message: 'The reset has not run.', requestedAt: null, requestedBy: null, finishedAt: null, deletedCount: 0, leftovers: null, leftoversError: null },
    ...overrides,
  };
}

describe('drill report page', () => {
  it('escapes text and attributes alike', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml(null)).toBe('');
  });

  it('says durations as a person reads them', () => {
    expect([duration(null), duration(42.4), duration(185), duration(7800)]).toEqual(['unknown', '42 s', '3 min 5 s', '2 h 10 min']);
    expect([duration(0), duration(0.123), duration(4.56), duration(9.99)]).toEqual(['0 s', '0.12 s', '4.6 s', '10 s']);
  });

  it('measured RTO and RPO against their targets: met, missed, or no target', () => {
    const page = renderReportHtml(report({ targets: { rtoTargetMinutes: 1, rpoTargetMinutes: 30 }, measured: { rtoSeconds: 45, rpoSeconds: 3600 } }));
    expect(page).toContain('45 s <span class="ok">(target 1 min: met)</span>');
    expect(page).toContain('1 h 0 min <span class="bad">(target 30 min: missed)</span>');
    expect(renderReportHtml(report())).toContain('unknown <span class="note">(no target)</span>');
  });

  it('a validation, when there is one, is a table of its checks; its strings are escaped', () => {
    const page = renderReportHtml(report({ validation: { status: 'failed', checks: [{ name: 'http:<alb>', status: 'failed', message: 'got 503 <html>', resourceIds: ['shop-alb'] }] } }));
    expect(page).toContain('<td>http:&lt;alb&gt;</td>');
    expect(page).toContain('got 503 &lt;html&gt;');
    expect(page).not.toContain('The recovery was not validated');
  });

  it('more resources than the picture holds: the first MAX_BARS are drawn, and the page says so; the table lists all', () => {
    const many = Array.from({ length: MAX_BARS + 5 }, (_, i) => resource(i));
    const page = renderReportHtml(report({ resources: many }));
    expect(page.match(/<rect [^>]*rx="2"/g)).toHaveLength(MAX_BARS);
    expect(page).toContain(`The first ${MAX_BARS} of ${MAX_BARS + 5} resources are drawn`);
    expect(page.match(/<tr><td>\d+<\/td>/g)).toHaveLength(MAX_BARS + 5);
  });

  it('measured timing: bars placed by their start and sized by their duration on a 0–60 s axis', () => {
    const page = renderReportHtml(report({
      timing: 'measured',
      resources: [resource(0, { order: 0, startedAt: at(0), finishedAt: at(30) }), resource(1, { order: 1, startedAt: at(30), finishedAt: at(60) })],
    }));
    const bars = [...page.matchAll(/<rect x="([\d.]+)" y="\d+" width="([\d.]+)" height="10" rx="2"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(bars).toEqual([[260, 342], [602, 342]]);
    expect(page).toContain('>+1 min 0 s</text>');
  });
});

describe('the validation, measured RTO/RPO, timing and targets the report takes from the rows', () => {
  const recovery = { created_at: T0, started_at: T0, validation_status: null, validated_at: null, rpo_seconds: null } as unknown as RecoveryRow;
  const check = { name: 'resources-ready', status: 'passed', message: null, resourceIds: ['a'], startedAt: T0, finishedAt: T0 + 1000 };

  it('not validated yet: null validation and RTO; no timing, no targets', () => {
    expect(validationOf(recovery, [])).toBeNull();
    expect(validationOf({ ...recovery, validation_status: 'running' } as RecoveryRow, [check as never])).toBeNull();
    expect(measuredOf(recovery)).toEqual({ rtoSeconds: null, rpoSeconds: null });
    expect(timingOf({ started_at: null, finished_at: null, ready_at: null } as RecoveryResourceRow)).toEqual({ startedAt: null, finishedAt: null, durationSeconds: null });
    expect(targetsOf({} as never)).toEqual({ rtoTargetMinutes: null, rpoTargetMinutes: null });
  });

  it('validated: RTO from the request to the validation, RPO as recorded, a resource ends when it was seen ready', () => {
    const validated = { ...recovery, validation_status: 'passed', validated_at: T0 + 75_000, rpo_seconds: 120 } as RecoveryRow;
    expect(measuredOf(validated)).toEqual({ rtoSeconds: 75, rpoSeconds: 120 });
    expect(validationOf(validated, [check as never])).toEqual({ status: 'passed', checks: [{ name: 'resources-ready', status: 'passed', message: null, resourceIds: ['a'] }] });
    expect(measuredOf({ ...validated, validation_status: 'failed' } as RecoveryRow).rtoSeconds).toBeNull();
    expect(timingOf({ started_at: T0, finished_at: T0 + 2500, ready_at: T0 + 4000 } as RecoveryResourceRow)).toEqual({ startedAt: T0, finishedAt: T0 + 4000, durationSeconds: 4 });
    expect(targetsOf({ rto_target_minutes: 15, rpo_target_minutes: 60 } as never)).toEqual({ rtoTargetMinutes: 15, rpoTargetMinutes: 60 });
  });
});
