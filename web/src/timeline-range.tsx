// The timeline's range: kept in the URL query, and the custom range's form.
import { useEffect, useRef, useState } from 'react';
import { replaceSearch, useSearch } from './router.ts';
import { queryOf, rangeFromQuery, MIN_SPAN, MAX_SPAN, type RangeChoice } from './timeline-axis.ts';

/** The range in the URL query; choosing one replaces the query (the path and its history entry stay). */
export function useRange(): [RangeChoice, (r: RangeChoice) => void] {
  const search = useSearch();
  return [rangeFromQuery(search), (range) => replaceSearch(queryOf(range, window.location.search))];
}

const toLocalInput = (t: number) => {
  const d = new Date(t - new Date(t).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};

export function CustomRange({ from, to, onApply, onClose }: { from: number; to: number; onApply(r: RangeChoice): void; onClose(): void }) {
  const [start, setStart] = useState(toLocalInput(from));
  const [end, setEnd] = useState(toLocalInput(to));
  const [problem, setProblem] = useState<{ field: 'from' | 'to'; text: string } | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  function apply() {
    const a = new Date(start).getTime();
    const b = new Date(end).getTime();
    if (!Number.isFinite(a)) return setProblem({ field: 'from', text: 'From: a date and time is needed.' });
    if (!Number.isFinite(b)) return setProblem({ field: 'to', text: 'To: a date and time is needed.' });
    if (b - a < MIN_SPAN) return setProblem({ field: 'to', text: 'To must be at least 10 minutes after From.' });
    if (b - a > MAX_SPAN) return setProblem({ field: 'to', text: 'The range can span at most 400 days.' });
    setProblem(null);
    onApply({ kind: 'custom', from: a, to: b });
  }
  return (
    <form className="timeline-custom" aria-label="Custom range" onSubmit={(e) => { e.preventDefault(); apply(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <label className="inline">From <input ref={first} type="datetime-local" name="from" value={start} onChange={(e) => setStart(e.target.value)} aria-invalid={problem?.field === 'from' || undefined} /></label>
      <label className="inline">To <input type="datetime-local" name="to" value={end} onChange={(e) => setEnd(e.target.value)} aria-invalid={problem?.field === 'to' || undefined} /></label>
      <button type="submit">Show</button>
      <button type="button" className="secondary" onClick={onClose}>Cancel</button>
      {problem && <p className="field-error" role="alert" data-field={problem.field}>{problem.text}</p>}
    </form>
  );
}
