import type { ReportResourceBody } from './report-schema.ts';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values alike. */
export const escapeHtml = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export const OUTCOME_COLOURS: Readonly<Record<ReportResourceBody['outcome'], string>> = {
  recovered: '#2e7d32', mapped: '#1565c0', failed: '#c62828', skipped: '#9e9e9e', blocked: '#ef6c00', pending: '#f9a825',
};

/** Seconds as a person reads them: 0.25 s, 4.5 s, 42 s, 3 min 5 s, 2 h 10 min (under 10 s, tenths or hundredths count). */
export function duration(seconds: number | null): string {
  if (seconds === null) return 'unknown';
  if (seconds > 0 && seconds < 1) return `${Number(seconds.toFixed(2))} s`;
  if (seconds > 0 && seconds < 10) return `${Number(seconds.toFixed(1))} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
