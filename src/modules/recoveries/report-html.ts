import { duration, escapeHtml, OUTCOME_COLOURS } from './report-format.ts';
import type { DrillReportBody } from './report-schema.ts';
import { timelineSvg } from './report-timeline.ts';

// One self-contained, printable page: inline CSS and SVG, no script, no external asset (a report is saved,
// mailed and printed, and a page that fetches something is neither private nor durable). Every string from
// the recovery (names, errors, messages) is user-controlled and goes through escapeHtml.

const CHECK_COLOURS: Readonly<Record<string, string>> = { passed: '#2e7d32', warning: '#ef6c00', failed: '#c62828', skipped: '#757575' };

const CSS = `
/* Outcome colours are the point of the page: keep them on paper, where browsers drop backgrounds by default. */
*{box-sizing:border-box;print-color-adjust:exact;-webkit-print-color-adjust:exact}
body{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:24px auto;max-width:1100px;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px;border-bottom:1px solid #ccc;padding-bottom:2px}
.sub{color:#555;margin:0 0 16px}
dl.facts{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:2px 16px;margin:0}
dl.facts dt{color:#555}dl.facts dd{margin:0;font-weight:600}
table{border-collapse:collapse;width:100%;font-size:12px}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{background:#f3f3f3;white-space:nowrap}
/* The last column holds the long text (messages, errors, ARNs): it wraps anywhere rather than widen the page. */
td:last-child{overflow-wrap:anywhere;min-width:16em}
.badge{display:inline-block;white-space:nowrap;padding:0 6px;border-radius:8px;color:#fff;font-size:11px;font-weight:600}
.note{color:#555;font-style:italic}
.ok{color:#2e7d32}.bad{color:#c62828}
pre.details{margin:4px 0 0;padding:4px;background:#f7f7f7;font-size:11px;white-space:pre-wrap;overflow-wrap:anywhere;max-height:24em;overflow:auto}
svg{width:100%;height:auto;display:block}
section{break-inside:avoid-page}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;

const badge = (status: string, colours: Readonly<Record<string, string>>) =>
  `<span class="badge" style="background:${colours[status] ?? '#757575'}">${escapeHtml(status)}</span>`;

/** A measured figure against its target: the figure, the target and whether it was met. */
function againstTarget(seconds: number | null, targetMinutes: number | null): string {
  const target = targetMinutes === null ? 'no target' : `target ${targetMinutes} min`;
  if (seconds === null || targetMinutes === null) return `${escapeHtml(duration(seconds))} <span class="note">(${target})</span>`;
  const met = seconds <= targetMinutes * 60;
  return `${escapeHtml(duration(seconds))} <span class="${met ? 'ok' : 'bad'}">(${target}: ${met ? 'met' : 'missed'})</span>`;
}

function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, empty: string): string {
  if (rows.length === 0) return `<p class="note">${escapeHtml(empty)}</p>`;
  return `<table><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${
    rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function facts(report: DrillReportBody): string {
  const rows: Array<[string, string]> = [
    ['Assembly', `${escapeHtml(report.cloudAssemblyName)} (${report.cloudAssemblyId})`],
    ['Recovery', escapeHtml(report.recoveryId)],
    ['Status', `${badge(report.recoveryStatus, { completed: '#2e7d32', 'partially-completed': '#ef6c00', failed: '#c62828', aborted: '#c62828' })}${
      report.statusMessage ? ` ${escapeHtml(report.statusMessage)}` : ''}`],
    ['Scope', `${escapeHtml(report.recoveryScope)}, ${escapeHtml(report.isolation)}, into ${escapeHtml(report.targetRegion)} (connection ${report.targetCloudConnectionId})`],
    ['Recovery point', `${escapeHtml(report.recoveryPoint.protectionId)} taken ${escapeHtml(report.recoveryPoint.protectionTimestamp ?? 'at an unknown time (deleted)')}`],
    ['Ran', `${escapeHtml(report.startedAt ?? 'not started')} → ${escapeHtml(report.finishedAt ?? 'not finished')}`],
    ['Measured RTO', againstTarget(report.measured.rtoSeconds, report.targets.rtoTargetMinutes)],
    ['Measured RPO', againstTarget(report.measured.rpoSeconds, report.targets.rpoTargetMinutes)],
    ['Resources', `${report.summary.total}: ${report.summary.recovered} recovered, ${report.summary.mapped} mapped, ${report.summary.failed} failed, ${
      report.summary.skipped} skipped, ${report.summary.blocked} blocked`],
    ['Validation', report.validation ? badge(report.validation.status, CHECK_COLOURS) : '<span class="note">not validated</span>'],
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function resetSection(reset: DrillReportBody['reset']): string {
  const head = `<p>${badge(reset.status, { completed: '#2e7d32', failed: '#c62828', 'not-run': '#757575' })} ${escapeHtml(reset.message)}</p>`
    + `<p>Requested ${escapeHtml(reset.requestedAt ?? '–')} by ${escapeHtml(reset.requestedBy ?? '–')}; finished ${escapeHtml(reset.finishedAt ?? '–')}; `
    + `${reset.deletedCount} resource(s) deleted.</p>`;
  if (reset.leftoversError) return `${head}<p class="bad">${escapeHtml(reset.leftoversError)}</p>`;
  if (!reset.leftovers) return `${head}<p class="note">Leftovers are counted once the reset has ended.</p>`;
  const { count, regions, resources } = reset.leftovers;
  return `${head}<p class="${count ? 'bad' : 'ok'}"><strong>Leftovers: ${count}</strong> (resources tagged with the recovery id in ${escapeHtml(regions.join(', '))})</p>`
    + table(['Resource', 'Type', 'Region', 'ARN'], resources.map((r) => [escapeHtml(r.resourceId), escapeHtml(r.type), escapeHtml(r.region), escapeHtml(r.arn)]),
      'Nothing left behind.');
}

/** The report as one printable HTML page. */
export function renderReportHtml(report: DrillReportBody): string {
  const checks = table(['Check', 'Status', 'Message'], report.checks.map((c) => [escapeHtml(c.name), badge(c.status, CHECK_COLOURS), escapeHtml(c.message)]),
    'No pre-flight checks were recorded.');
  const validation = report.validation
    ? table(['Check', 'Status', 'Message', 'Resources'], report.validation.checks.map((c) => [
      escapeHtml(c.name), badge(c.status, CHECK_COLOURS),
      escapeHtml(c.message ?? '') + (c.details === undefined ? '' : `<pre class="details">${escapeHtml(JSON.stringify(c.details, null, 2))}</pre>`),
      escapeHtml(c.resourceIds.join(', '))]), 'Validation ran no checks.')
    : '<p class="note">The recovery was not validated.</p>';
  const resources = table(['Order', 'Resource', 'Type', 'Action', 'Outcome', 'Recovered as', 'Took', 'Error / note'], report.resources.map((r) => [
    String(r.order), `${escapeHtml(r.name)}<br><span class="note">${escapeHtml(r.sourceResourceId)}</span>`, escapeHtml(r.type), escapeHtml(r.action),
    badge(r.outcome, OUTCOME_COLOURS), escapeHtml(r.recoveredResourceId ?? '–'), escapeHtml(r.durationSeconds === null ? '–' : duration(r.durationSeconds)),
    [r.error ? `<span class="bad">${escapeHtml(r.error)}</span>` : '', r.note ? escapeHtml(r.note) : '',
      ...r.droppedReferences.map((d) => `dropped ${escapeHtml(d.field)} → ${escapeHtml(d.reference)}: ${escapeHtml(d.reason)}`),
      r.transfer ? `transfer: ${escapeHtml(r.transfer.method ?? 'pending')} (${escapeHtml(r.transfer.status)})` : ''].filter(Boolean).join('<br>'),
  ]), 'The plan holds no resource.');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Drill report: ${escapeHtml(report.recoveryName)} (${escapeHtml(report.cloudAssemblyName)})</title><style>${CSS}</style></head>
<body>
<h1>Drill report: ${escapeHtml(report.recoveryName)}</h1>
<p class="sub">Generated ${escapeHtml(report.generatedAt)} by Lifeboat</p>
<section>${facts(report)}</section>
<section><h2>The recovery, level by level</h2>${timelineSvg(report)}</section>
<section><h2>Pre-flight checks${report.forced ? ' (started with force past a failed check)' : ''}</h2>${checks}</section>
<section><h2>Validation</h2>${validation}</section>
<section><h2>Reset and leftovers</h2>${resetSection(report.reset)}</section>
<section><h2>Resources</h2>${resources}</section>
</body></html>
`;
}
