// The shell of every inline edit form: its heading takes the focus when it opens, the server's error shows in a
// banner (less what the fields show beside themselves), a 412 says plainly that someone else changed the thing
// and offers to load the current version, and Save / Cancel close it.
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { useFocusOnMount } from './focus.ts';
import { useResource } from './use-resource.ts';

/** If-Match, when there is an ETag to send. */
export const ifMatch = (etag: string | null | undefined) => (etag ? { 'if-match': etag } : {});

export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 412;

/** A save's busy flag and error: run(call) clears the error, awaits, keeps what failed. */
export function useSubmit() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function run(call: () => Promise<unknown>, onDone?: () => void): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await call();
      onDone?.();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run, setError };
}

/** "Someone else changed it": nothing was saved; the reload (when offered) refills the form from the current version. */
export function ConflictBanner({ what, onReload }: { what: string; onReload?(): void }) {
  return (
    <div className="banner conflict" role="alert">
      This {what} changed since you opened the editor (someone else saved, or a run changed it): nothing was saved.{' '}
      {onReload ? <>Load the current version, then make your change again. <button type="button" className="secondary" onClick={onReload}>Load the current version</button></>
        : 'Close the editor and open it again to edit the current version.'}
    </div>
  );
}

export function FormPanel({ title, heading = 'h3', error, fields, busy, ready = true, submitText, danger, conflictWhat, onReload, onSubmit, onClose, data, children }: {
  title: string; heading?: 'h2' | 'h3'; error: unknown; fields: readonly string[]; busy: boolean; ready?: boolean; submitText: string; danger?: boolean;
  /** What a 412 is about ("assembly", "drill policy"); with onReload, the banner offers the current version. */
  conflictWhat?: string; onReload?(): void;
  onSubmit(): void; onClose(): void; data?: string; children: ReactNode;
}) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  const Heading = heading;
  const conflict = !!conflictWhat && isConflict(error);
  const submit = (event: FormEvent) => { event.preventDefault(); onSubmit(); };
  return (
    <form className="card form" onSubmit={submit} aria-label={title} data-form={data}>
      <Heading ref={ref} tabIndex={-1}>{title}</Heading>
      {conflict ? <ConflictBanner what={conflictWhat} onReload={onReload} /> : <Banner error={error} fields={fields} />}
      {children}
      <div className="buttons">
        <button type="submit" className={danger ? 'danger' : undefined} disabled={busy || !ready || conflict}>{busy ? 'Saving…' : submitText}</button>
        <button type="button" className="secondary" onClick={onClose}>{conflict ? 'Close' : 'Cancel'}</button>
      </div>
    </form>
  );
}

/**
 * What an edit is based on: the thing as the server has it when the editor opens, with its ETag (sent back as
 * If-Match, so someone else's change meanwhile is a 412, not overwritten). `load` null: a new one, nothing to read.
 */
export function useVersioned<T>(load: (() => Promise<{ data: T; response: Response }>) | null) {
  return useResource(async () => {
    if (!load) return null;
    const { data, response } = await load();
    return { data, etag: response.headers.get('etag') };
  }, []);
}
