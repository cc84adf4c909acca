// An assembly's timeline: a time axis with its protections (circles, coloured by status) and, below, its
// recoveries (diamonds, joined to the protection they restore) and resets (squares). Drawn at the width
// it is given, so it stays legible on a phone.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { shortWhen, toneOf, when } from './format.tsx';
import { navigate, protectionHref, recoveryHref } from './router.ts';
import type { Protection, Recovery } from './types.ts';

const HEIGHT = 120;
const PAD = 14;
const LANE_PROTECTIONS = 26;
const LANE_RECOVERIES = 64;
const AXIS = 92;

function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(200, Math.floor(entry!.contentRect.width))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** A mark that opens what it stands for: focusable, a real link, a client-side navigation on a plain click. */
function Mark({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  return (
    <a href={href} aria-label={label} className="mark-link" onClick={(e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate(href);
    }}>{children}</a>
  );
}

export function Timeline({ assemblyId, protections, recoveries, now }: { assemblyId: number; protections: readonly Protection[]; recoveries: readonly Recovery[]; now: number }) {
  const [ref, width] = useWidth();
  const times = [
    ...protections.map((p) => p.timestamp),
    ...recoveries.map((r) => Date.parse(r.createdAt)),
    ...recoveries.flatMap((r) => (r.resetRequestedAt ? [Date.parse(r.resetRequestedAt)] : [])),
  ];
  const end = Math.max(now, ...times);
  const start = times.length ? Math.min(...times) : end - 3_600_000;
  const span = Math.max(end - start, 60_000);
  const from = start - span * 0.05;
  const to = end + span * 0.05;
  const x = (t: number) => PAD + ((t - from) / (to - from)) * (width - 2 * PAD);
  const ticks = Math.max(2, Math.min(6, Math.floor(width / 150)));
  const at = (id: string) => protections.find((p) => p.id === id)?.timestamp;

  return (
    <div ref={ref} className="timeline">
      <svg width={width} height={HEIGHT} role="group" aria-label="Timeline of protections, recoveries and resets">
        <line className="axis" x1={PAD} x2={width - PAD} y1={AXIS} y2={AXIS} />
        {Array.from({ length: ticks }, (_, i) => from + ((to - from) * (i + 0.5)) / ticks).map((t) => (
          <g key={t}>
            <line className="tick" x1={x(t)} x2={x(t)} y1={AXIS - 4} y2={AXIS + 4} />
            <text className="tick-label" x={x(t)} y={AXIS + 18} textAnchor="middle">{shortWhen(t, to - from)}</text>
          </g>
        ))}
        <text className="lane-label" x={PAD} y={LANE_PROTECTIONS - 12}>protections</text>
        <text className="lane-label" x={PAD} y={LANE_RECOVERIES - 12}>recoveries · resets</text>
        {recoveries.map((r) => {
          const source = at(r.protectionId);
          const rx = x(Date.parse(r.createdAt));
          return source === undefined ? null : <line key={`link-${r.id}`} className="link" x1={x(source)} y1={LANE_PROTECTIONS} x2={rx} y2={LANE_RECOVERIES} />;
        })}
        {protections.map((p) => (
          <Mark key={p.id} href={protectionHref(assemblyId, p.id)} label={`protection ${p.status}, ${when(p.timestamp)}`}><circle className={`mark tone-${toneOf(p.status)}`} data-kind="protection" data-status={p.status} cx={x(p.timestamp)} cy={LANE_PROTECTIONS} r={6}>
            <title>{`protection ${p.status} · ${when(p.timestamp)}${p.trigger === 'scheduled' ? ' (scheduled)' : ''}`}</title>
          </circle></Mark>
        ))}
        {recoveries.map((r) => {
          const rx = x(Date.parse(r.createdAt));
          return (
            <Mark key={r.id} href={recoveryHref(assemblyId, r.id)} label={`recovery ${r.recoveryName} ${r.recoveryStatus}${r.resetStatus ? `, reset ${r.resetStatus}` : ''}, ${when(r.createdAt)}`}>
              <rect className={`mark tone-${toneOf(r.recoveryStatus)}`} data-kind="recovery" data-status={r.recoveryStatus}
                x={rx - 6} y={LANE_RECOVERIES - 6} width={12} height={12} transform={`rotate(45 ${rx} ${LANE_RECOVERIES})`}>
                <title>{`recovery ${r.recoveryName} ${r.recoveryStatus} · ${when(r.createdAt)}`}</title>
              </rect>
              {r.resetRequestedAt && r.resetStatus && (
                <rect className={`mark tone-${toneOf(r.resetStatus)}`} data-kind="reset" data-status={r.resetStatus}
                  x={x(Date.parse(r.resetRequestedAt)) + 8} y={LANE_RECOVERIES - 5} width={10} height={10}>
                  <title>{`reset of ${r.recoveryName} ${r.resetStatus} · ${when(r.resetRequestedAt)}`}</title>
                </rect>
              )}
            </Mark>
          );
        })}
      </svg>
      <ul className="legend">
        <li><span className="dot tone-good" /> success / completed</li>
        <li><span className="dot tone-warn" /> partial</li>
        <li><span className="dot tone-bad" /> failed</li>
        <li><span className="dot tone-busy" /> running</li>
        <li><span className="dot tone-idle" /> skipped / elapsed</li>
        <li>● protection ◆ recovery ■ reset</li>
      </ul>
    </div>
  );
}
