// Service accounts of the account: their roles and projects; create one (its token is shown once), give it an
// access key for the network surface's signed requests (its secret shown once), revoke either. A secret lives
// only in this page's state: a reload, or "Done", and it is gone; the server keeps only its hash or sealed copy.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner, FieldError } from './errors.tsx';
import { when } from './format.tsx';
import { useSession } from './session.ts';
import type { AccessKey, ServiceAccount } from './types.ts';
import { useResource } from './use-resource.ts';

const ROLES = ['viewer', 'operator', 'admin'] as const;
type Role = (typeof ROLES)[number];
const ROLE_TEXT: Record<Role, string> = { viewer: 'viewer: reads only', operator: 'operator: runs the estate', admin: 'admin: everything, tokens too' };

interface Secret {
  readonly title: string;
  readonly rows: readonly { label: string; value: string; secret: boolean }[];
}

/** A credential shown once: copy it now, it will not be shown again. Takes the focus when it appears. */
function ShownOnce({ secret, onDone }: { secret: Secret; onDone(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [secret]);
  const [copied, setCopied] = useState('');
  async function copy(label: string, value: string) {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(`${label} copied.`);
    } catch {
      setCopied(`Could not copy: select the ${label.toLowerCase()} and copy it yourself.`);
    }
  }
  return (
    <div className="card once" role="region" aria-labelledby="once-title">
      <h2 id="once-title" ref={heading} tabIndex={-1}>{secret.title}</h2>
      <p className="warning-text"><strong>You will not see this again.</strong> Copy it now and keep it somewhere safe; Lifeboat keeps only what it needs to check it.</p>
      {secret.rows.map((row) => (
        <div key={row.label} className="once-row">
          <label>{row.label}<input readOnly value={row.value} className={`mono${row.secret ? ' secret-value' : ''}`} data-secret={row.secret ? 'yes' : 'no'} onFocus={(e) => e.currentTarget.select()} /></label>
          <button type="button" className="secondary" onClick={() => void copy(row.label, row.value)}>Copy {row.label.toLowerCase()}</button>
        </div>
      ))}
      <p className="small" role="status" aria-live="polite">{copied}</p>
      <button type="button" onClick={onDone}>Done: I have copied it</button>
    </div>
  );
}

function NewServiceAccountForm({ onCreated, onCancel }: { onCreated(created: { name: string; token: string }): void; onCancel(): void }) {
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [everyProject, setEveryProject] = useState(true);
  const [projects, setProjects] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await ok(session.client.POST('/api/v1/accounts/{accountId}/service-accounts', {
        params: { path: { accountId: session.accountId } },
        body: { name, role, ...(everyProject ? {} : { projects }) },
      }));
      onCreated({ name: created.name, token: created.token });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label="New service account">
      <h2 ref={heading} tabIndex={-1}>New service account</h2>
      <Banner error={error} fields={['name', 'role', 'projects']} />
      <label>Name<input name="name" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <p className="hint">3–50 characters: a letter, then letters, digits and hyphens.</p>
      <FieldError error={error} field="name" />
      <label>Role
        <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => <option key={r} value={r}>{ROLE_TEXT[r]}</option>)}
        </select>
      </label>
      <FieldError error={error} field="role" />
      <fieldset>
        <legend>Projects</legend>
        <label className="inline"><input type="checkbox" name="everyProject" checked={everyProject} onChange={(e) => setEveryProject(e.target.checked)} /> Every project of the account</label>
        {!everyProject && (
          <div className="checks">
            {session.projects.map((p) => (
              <label key={p.id} className="inline"><input type="checkbox" checked={projects.includes(p.id)} onChange={() => setProjects((l) => (l.includes(p.id) ? l.filter((x) => x !== p.id) : [...l, p.id]))} /> {p.name}</label>
            ))}
          </div>
        )}
        <FieldError error={error} field="projects" />
      </fieldset>
      <div className="buttons">
        <button type="submit" disabled={busy}>{busy ? 'Creating…' : 'Create and show its token'}</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

function AccessKeys({ account, onSecret }: { account: ServiceAccount; onSecret(secret: Secret): void }) {
  const session = useSession();
  const path = { accountId: session.accountId, id: account.id };
  const keys = useResource(() => ok(session.client.GET('/api/v1/accounts/{accountId}/service-accounts/{id}/access-keys', { params: { path } })), [session, account.id]);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [revoking, setRevoking] = useState<AccessKey | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const key = await ok(session.client.POST('/api/v1/accounts/{accountId}/service-accounts/{id}/access-keys', { params: { path }, body: description ? { description } : {} }));
      setDescription('');
      keys.reload();
      onSecret({
        title: `Access key of ${account.name}`,
        rows: [{ label: 'Access key id', value: key.accessKeyId, secret: false }, { label: 'Secret access key', value: key.secretAccessKey, secret: true }],
      });
    } catch (e) {
      setError(e);
    }
  }

  async function revoke(key: AccessKey) {
    setError(null);
    try {
      await ok(session.client.DELETE('/api/v1/accounts/{accountId}/service-accounts/{id}/access-keys/{accessKeyId}', { params: { path: { ...path, accessKeyId: key.accessKeyId } } }));
      setRevoking(null);
      keys.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="access-keys">
      <h3>Access keys of {account.name}</h3>
      <p className="hint">For the network surface's signed requests (SDK-HMAC-SHA256).</p>
      <Banner error={error ?? keys.error} fields={['description']} />
      {!keys.data ? <p className="muted">Loading…</p> : !keys.data.length ? <p className="muted small">No access keys.</p> : (
        <ul className="plain">
          {keys.data.map((k) => (
            <li key={k.accessKeyId} data-access-key={k.accessKeyId}>
              <span className="mono">{k.accessKeyId}</span> {k.description && <span className="muted small">{k.description}</span>}{' '}
              <span className="muted small">created {when(k.createdAt)} · last used {when(k.lastUsedAt)}</span>{' '}
              {revoking?.accessKeyId === k.accessKeyId ? (
                <span className="confirm" role="alertdialog" aria-label={`Revoke ${k.accessKeyId}`}>
                  <button type="button" className="danger" autoFocus onClick={() => void revoke(k)}>Revoke it</button>
                  <button type="button" className="secondary" onClick={() => setRevoking(null)}>Keep it</button>
                </span>
              ) : <button type="button" className="link" aria-label={`Revoke access key ${k.accessKeyId}`} onClick={() => setRevoking(k)}>Revoke</button>}
            </li>
          ))}
        </ul>
      )}
      <form className="filters" onSubmit={create} aria-label={`New access key for ${account.name}`}>
        <label className="inline">Description<input name="accessKeyDescription" value={description} onChange={(e) => setDescription(e.target.value)} size={18} /></label>
        <button type="submit" className="secondary">Create an access key</button>
      </form>
      <FieldError error={error} field="description" />
    </div>
  );
}

export function ServiceAccountsPage() {
  const session = useSession();
  const accounts = useResource(() => ok(session.client.GET('/api/v1/accounts/{accountId}/service-accounts', { params: { path: { accountId: session.accountId } } })), [session]);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<Secret | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [revoking, setRevoking] = useState<ServiceAccount | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const newButton = useRef<HTMLButtonElement>(null);
  const projectName = (id: string) => session.projects.find((p) => p.id === id)?.name ?? id;
  const focusNew = () => requestAnimationFrame(() => newButton.current?.focus());

  async function revoke(account: ServiceAccount) {
    setError(null);
    try {
      await ok(session.client.DELETE('/api/v1/accounts/{accountId}/service-accounts/{id}', { params: { path: { accountId: session.accountId, id: account.id } } }));
      setRevoking(null);
      setNotice(`Revoked ${account.name}: its token and access keys no longer work.`);
      accounts.reload();
      focusNew();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section>
      <div className="section-head">
        <h1>Service accounts</h1>
        {!creating && <button type="button" ref={newButton} onClick={() => { setCreating(true); setSecret(null); }}>New service account</button>}
      </div>
      <p className="muted">Each holds one API token with a role, in every project of the account or in the ones named.</p>
      <p className="small" role="status" aria-live="polite">{notice}</p>
      {secret && <ShownOnce secret={secret} onDone={() => { setSecret(null); focusNew(); }} />}
      {creating && (
        <NewServiceAccountForm
          onCancel={() => { setCreating(false); focusNew(); }}
          onCreated={(created) => {
            setCreating(false);
            accounts.reload();
            setSecret({ title: `Token of ${created.name}`, rows: [{ label: 'Token', value: created.token, secret: true }] });
          }}
        />
      )}
      <Banner error={error ?? accounts.error} />
      {!accounts.data ? <p className="muted">Loading…</p> : !accounts.data.length ? <p className="muted">No service accounts yet: only the instance admin's token is in use.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label="Service accounts">
            <thead><tr><th>Name</th><th>Role</th><th>Projects</th><th>Token</th><th>Last used</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {accounts.data.map((a) => (
                <tr key={a.id} data-service-account={a.name}>
                  <td><strong>{a.name}</strong>{a.instanceAdmin && <div className="muted small">instance admin</div>}<div className="muted small">created {when(a.createdAt)}</div></td>
                  <td className="role">{a.role}</td>
                  <td className="small projects">{a.projects ? a.projects.map(projectName).join(', ') : 'every project'}</td>
                  <td className="mono">{a.tokenHint}…</td>
                  <td className="small">{when(a.lastUsedAt)}</td>
                  <td>
                    <button type="button" className="link" aria-expanded={open === a.id} aria-label={`Access keys of ${a.name}`} onClick={() => setOpen(open === a.id ? null : a.id)}>Access keys</button>{' · '}
                    {revoking?.id === a.id ? (
                      <span className="confirm" role="alertdialog" aria-label={`Revoke ${a.name}`}>
                        <span className="small">Its token stops working.</span>
                        <button type="button" className="danger" autoFocus onClick={() => void revoke(a)}>Revoke it</button>
                        <button type="button" className="secondary" onClick={() => setRevoking(null)}>Keep it</button>
                      </span>
                    ) : <button type="button" className="link" aria-label={`Revoke ${a.name}`} onClick={() => { setError(null); setRevoking(a); }}>Revoke</button>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open !== null && accounts.data?.find((a) => a.id === open) && (
        <div className="card"><AccessKeys account={accounts.data.find((a) => a.id === open)!} onSecret={setSecret} /></div>
      )}
    </section>
  );
}
