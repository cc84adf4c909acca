// Loading and live progress: a resource is loaded, then re-loaded every `pollMs(data)` milliseconds while
// that answers a number (something is running), so progress shows without a push channel.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  reload(): void;
}

export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[], pollMs?: (data: T) => number | undefined): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  const pollRef = useRef(pollMs);
  loadRef.current = load;
  pollRef.current = pollMs;

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      try {
        const data = await loadRef.current();
        if (cancelled) return;
        setState({ data, loading: false });
        const next = pollRef.current?.(data);
        if (next !== undefined) timer = setTimeout(run, next);
      } catch (error) {
        if (cancelled) return;
        setState((previous) => ({ data: previous.data, error, loading: false }));
        // A failed poll (a restart, a blip) is tried again a little later rather than given up.
        if (pollRef.current) timer = setTimeout(run, 5000);
      }
    };
    void run();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
