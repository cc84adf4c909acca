// An assembly's webhooks: list, add (the signing secret shown once, then never again), edit, delete after a
// confirmation, and each one's delivery log (every attempt with its status, response code and error).
import { useState, type FormEvent } from 'react';
import { answer, ok } from '../../src/client/client.ts';
import { WEBHOOK_TYPES, type Webhook, type WebhookType } from './assembly-types.ts';
import { Banner, FieldError } from './errors.tsx';
import { useFocusOnMount, useFocusReturn } from './focus.ts';
import { Badge, when } from './format.tsx';
import { projectPath, useSession } from './session.ts';
import { useResource } from './use-resource.ts';

const FIELDS = ['webhookType', 'url', 'retryAttempts', 'timeout', 'failOnError', 'enabled'];
const DELIVERY_TONES = { succeeded: 'good', failed: 'bad', pending: 'busy' } as const;

export function Webhooks({ assemblyId, version }: { assemblyId: number; version: number }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
  const list = useResource(() => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks', { params: { path } })), [session, assemblyId, version]);
  const [editing, setEditing] = useState<Webhook | 'new' | null>(null);
  const [secret, setSecret] = useState<{ type: WebhookType; secret: string } | null>(null);
  const [log, setLog] = useState<WebhookType | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<WebhookType | null>(null);
  const [error, setError] = useState<unknown>(null);
  const focus = useFocusReturn();

  const open = (what: Webhook | 'new') => { if (editing === null) focus.remember(); setSecret(null); setEditing(what); };
  function close(result: { created?: { type: WebhookType; secret: string } } | null) {
    setEditing(null);
    if (result) list.reload();
    // A new webhook's secret takes the form's place (and the focus); otherwise the focus goes back to the opener.
    if (result?.created) setSecret(result.created);
    else focus.restore();
  }

  async function remove(type: WebhookType) {
    setError(null);
    try {
      const current = await answer(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks/{webhookType}', { params: { path: { ...path, webhookType: type } } }));
      const etag = current.response.headers.get('etag') ?? undefined;
      await ok(session.client.DELETE('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks/{webhookType}', {
        params: { path: { ...path, webhookType: type }, header: etag ? { 'if-match': etag } : {} },
      }));
      setConfirmDelete(null);
      if (log === type) setLog(null);
      list.reload();
      focus.restore();
    } catch (e) {
      setError(e);
    }
  }

  const used = new Set(list.data?.map((w) => w.webhookType));
  return (
    <section aria-labelledby="webhooks-heading">
      <div className="section-head">
        <h2 id="webhooks-heading">Webhooks</h2>
        {used.size < WEBHOOK_TYPES.length && <button type="button" className="secondary" aria-expanded={editing === 'new'} onClick={() => open('new')}>New webhook</button>}
      </div>
      <Banner error={error ?? list.error} />
      {editing !== null && <WebhookForm key={editing === 'new' ? 'new' : editing.webhookType} assemblyId={assemblyId} webhook={editing === 'new' ? undefined : editing} free={WEBHOOK_TYPES.filter((t) => !used.has(t))} onClose={close} />}
      {secret && <SecretOnce type={secret.type} secret={secret.secret} onDone={() => { setSecret(null); focus.restore(); }} />}
      {!list.data ? <p className="muted">Loading…</p> : !list.data.length ? <p className="muted">No webhook: nothing is called before or after this assembly's protections, recoveries and resets.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label="Webhooks">
            <thead><tr><th>When</th><th>URL</th><th>Attempts · timeout</th><th>Status</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {list.data.map((w) => (
                <tr key={w.webhookType} data-webhook={w.webhookType}>
                  <td className="nowrap"><strong>{w.webhookType}</strong>{w.failOnError && <div className="muted small">stops the operation when it fails</div>}</td>
                  <td className="mono small">{w.url}</td>
                  <td className="small">{w.retryAttempts} · {w.timeout} s</td>
                  <td><Badge status={w.enabled ? 'enabled' : 'disabled'} /></td>
                  <td>
                    <div className="buttons tight">
                      <button type="button" className="secondary" aria-expanded={log === w.webhookType} onClick={() => setLog(log === w.webhookType ? null : w.webhookType)} aria-label={`Delivery log of ${w.webhookType}`}>Delivery log</button>
                      <button type="button" className="secondary" onClick={() => open(w)} aria-label={`Edit ${w.webhookType}`}>Edit</button>
                      <button type="button" className="secondary" aria-expanded={confirmDelete === w.webhookType} onClick={() => { focus.remember(); setConfirmDelete(w.webhookType); }} aria-label={`Delete ${w.webhookType}`}>Delete</button>
                    </div>
                    {confirmDelete === w.webhookType && (
                      <ConfirmDelete type={w.webhookType} onDelete={() => void remove(w.webhookType)} onKeep={() => { setConfirmDelete(null); focus.restore(); }} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log && used.has(log) && <DeliveryLog assemblyId={assemblyId} type={log} version={version} />}
    </section>
  );
}

function ConfirmDelete({ type, onDelete, onKeep }: { type: WebhookType; onDelete(): void; onKeep(): void }) {
  const button = useFocusOnMount<HTMLButtonElement>();
  return (
    <div className="confirm" role="group" aria-label={`Delete the ${type} webhook`}>
      <p className="small">Delete the {type} webhook and its delivery log?</p>
      <div className="buttons tight">
        <button type="button" className="danger" ref={button} onClick={onDelete}>Delete it</button>
        <button type="button" className="secondary" onClick={onKeep}>Keep it</button>
      </div>
    </div>
  );
}

/** The signing secret, once: the API never shows it again. */
function SecretOnce({ type, secret, onDone }: { type: WebhookType; secret: string; onDone(): void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="card secret-once" role="region" aria-labelledby="secret-heading">
      <h3 id="secret-heading" ref={heading} tabIndex={-1}>Signing secret of the {type} webhook</h3>
      <p>Copy it now: it is shown this once. Each delivery is signed with it (HMAC-SHA256).</p>
      <p><code className="secret" aria-label="Signing secret">{secret}</code></p>
      <div className="buttons">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(secret).catch(() => undefined)}>Copy</button>
        <button type="button" className="secondary" onClick={onDone}>I have stored it</button>
      </div>
    </div>
  );
}

function WebhookForm({ assemblyId, webhook, free, onClose }: {
  assemblyId: number; webhook?: Webhook; free: readonly WebhookType[]; onClose(result: { created?: { type: WebhookType; secret: string } } | null): void;
}) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [type, setType] = useState<WebhookType>(webhook?.webhookType ?? free.find((t) => t === 'post-protection') ?? free[0] ?? 'post-protection');
  const [url, setUrl] = useState(webhook?.url ?? 'https://');
  const [attempts, setAttempts] = useState(String(webhook?.retryAttempts ?? 3));
  const [timeout, setTimeoutSeconds] = useState(String(webhook?.timeout ?? 30));
  const [failOnError, setFailOnError] = useState(webhook?.failOnError ?? false);
  const [enabled, setEnabled] = useState(webhook?.enabled ?? true);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const title = webhook ? `Edit the ${webhook.webhookType} webhook` : 'New webhook';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const settings = {
      url, retryAttempts: Number(attempts), timeout: Number(timeout), enabled,
      ...(type.startsWith('pre-') ? { failOnError } : {}),
    };
    try {
      if (webhook) {
        const current = await answer(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks/{webhookType}', { params: { path: { ...path, webhookType: webhook.webhookType } } }));
        const etag = current.response.headers.get('etag') ?? undefined;
        await ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks/{webhookType}', {
          params: { path: { ...path, webhookType: webhook.webhookType }, header: etag ? { 'if-match': etag } : {} }, body: settings,
        }));
        onClose({});
      } else {
        const created = await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks', { params: { path }, body: { webhookType: type, ...settings } }));
        onClose({ created: { type: created.webhookType, secret: created.secret } });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label={title} data-form="webhook">
      <h3 ref={heading} tabIndex={-1}>{title}</h3>
      <Banner error={error} fields={FIELDS} />
      {!webhook && (
        <>
          <label>When it is called
            <select name="webhookType" value={type} onChange={(e) => setType(e.target.value as WebhookType)}>
              {free.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </label>
          <FieldError error={error} field="webhookType" />
        </>
      )}
      <label>URL<input name="url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} /></label>
      <FieldError error={error} field="url" />
      <label>Attempts per delivery (3–10)<input name="retryAttempts" type="number" value={attempts} onChange={(e) => setAttempts(e.target.value)} /></label>
      <FieldError error={error} field="retryAttempts" />
      <label>Timeout of one attempt (seconds)<input name="timeout" type="number" value={timeout} onChange={(e) => setTimeoutSeconds(e.target.value)} /></label>
      <FieldError error={error} field="timeout" />
      {type.startsWith('pre-') && <label className="inline"><input type="checkbox" checked={failOnError} onChange={(e) => setFailOnError(e.target.checked)} /> A failed delivery stops the operation</label>}
      <label className="inline"><input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> Enabled</label>
      <div className="buttons">
        <button type="submit" disabled={busy || (!webhook && !free.length)}>{busy ? 'Saving…' : webhook ? 'Save the webhook' : 'Add the webhook'}</button>
        <button type="button" className="secondary" onClick={() => onClose(null)}>Cancel</button>
      </div>
    </form>
  );
}

/** Every delivery attempt of one webhook, newest first; refreshed with the page (a protection that just ended). */
function DeliveryLog({ assemblyId, type, version }: { assemblyId: number; type: WebhookType; version: number }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId, webhookType: type };
  const log = useResource(
    () => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks/{webhookType}/deliveries', { params: { path, header: { range: 'items=1-500' } } })),
    [session, assemblyId, type, version],
    (rows) => (rows.some((d) => d.status === 'pending') ? 1000 : undefined),
  );
  const rows = [...(log.data ?? [])].reverse();
  return (
    <div className="delivery-log" aria-live="polite">
      <h3>Deliveries of {type}</h3>
      <Banner error={log.error} />
      {!log.data ? <p className="muted">Loading…</p> : !rows.length ? <p className="muted">No delivery yet: one is made when the assembly's next {type.replace(/-/g, ' ')} event happens.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label={`Deliveries of ${type}`}>
            <thead><tr><th>When</th><th>Event</th><th>Attempt</th><th>Status</th><th>Response</th><th>Error</th></tr></thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id} data-delivery={d.deliveryId} data-status={d.status}>
                  <td className="small">{when(d.createdAt)}</td>
                  <td className="small">{d.event}</td>
                  <td className="small attempt">{d.attempt}</td>
                  <td><Badge status={d.status} tone={DELIVERY_TONES[d.status]} /></td>
                  <td className="small response">{d.responseStatus ?? '—'}{d.durationMs !== null ? <span className="muted"> · {d.durationMs} ms</span> : null}</td>
                  <td className="small error-text">{d.error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
