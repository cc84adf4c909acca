// The assembly itself: its name, description, RTO and RPO targets, and its protection strategy options, each edited
// with the ETag the editor opened on. Someone else's change meanwhile is a 412: said plainly, with the current
// version one click away (the form is filled again from it).
import { useState } from 'react';
import { answer, ok } from '../../src/client/client.ts';
import { Banner, FieldError } from './errors.tsx';
import { useFocusReturn } from './focus.ts';
import { FormPanel, ifMatch, useSubmit } from './form-panel.tsx';
import { Badge } from './format.tsx';
import { projectPath, useSession } from './session.ts';
import type { AwsAssembly, Connection } from './types.ts';

type Options = AwsAssembly['protectionStrategyOptions'];
type Panel = 'general' | 'strategy';
const GENERAL_FIELDS = ['name', 'description', 'rtoTargetMinutes', 'rpoTargetMinutes'];
const TOGGLES = [
  ['awsLambdaProtectionOptions', 'Lambda'], ['awsRoute53ProtectionOptions', 'Route 53'], ['awsSqsProtectionOptions', 'SQS'],
  ['awsSnsProtectionOptions', 'SNS'], ['awsDynamoDBProtectionOptions', 'DynamoDB'],
] as const;
type Toggle = (typeof TOGGLES)[number][0];

const minutes = (value: number | null) => (value === null ? 'none' : `${value} min`);
/** A target field: empty clears the target (null); anything else is sent for the server to judge. */
const targetOf = (text: string) => (text.trim() === '' ? null : Number(text));

/** The options as a sentence: "Route 53 (demo-aws), SQS". */
function describeOptions(options: Options, connections: readonly Connection[]): string {
  const on = TOGGLES.filter(([key]) => options[key]?.isEnabled).map(([key, label]) => {
    if (key !== 'awsRoute53ProtectionOptions') return label;
    const id = options.awsRoute53ProtectionOptions?.route53HostedZoneCloudConnectionId;
    return id ? `${label} (${connections.find((c) => c.id === id)?.name ?? `connection ${id}`})` : label;
  });
  return on.length ? on.join(', ') : 'none enabled';
}

export function GeneralInformation({ assembly, etag, connections, onSaved }: { assembly: AwsAssembly; etag: string | null; connections: readonly Connection[]; onSaved(): void }) {
  const session = useSession();
  const [editing, setEditing] = useState<{ panel: Panel; assembly: AwsAssembly; etag: string | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const focus = useFocusReturn();
  const deleting = assembly.status.startsWith('delete') || assembly.status === 'deleted';
  const open = (panel: Panel) => { if (!editing) focus.remember(); setEditing({ panel, assembly, etag }); };
  const close = (saved: boolean) => { setEditing(null); focus.restore(); if (saved) onSaved(); };

  /** The current version and its ETag, into the open editor (which is filled again from it). */
  async function reload() {
    setError(null);
    try {
      const current = await answer(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}', {
        params: { path: { ...projectPath(session), cloudAssemblyId: assembly.id } },
      }));
      setEditing((e) => e && { ...e, assembly: current.data, etag: current.response.headers.get('etag') });
      onSaved();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="general-heading">
      <div className="section-head">
        <h2 id="general-heading">General information</h2>
        {!deleting && (
          <div className="buttons tight">
            <button type="button" className="secondary" aria-expanded={editing?.panel === 'general'} onClick={() => open('general')}>Edit general information</button>
            <button type="button" className="secondary" aria-expanded={editing?.panel === 'strategy'} onClick={() => open('strategy')}>Edit protection strategy</button>
          </div>
        )}
      </div>
      <dl className="facts general-facts">
        <div><dt>Description</dt><dd className="description">{assembly.description || '—'}</dd></div>
        <div><dt>RTO target</dt><dd className="rto-target">{minutes(assembly.rtoTargetMinutes)}</dd></div>
        <div><dt>RPO target</dt><dd className="rpo-target">{minutes(assembly.rpoTargetMinutes)} <Badge status={assembly.rpoStatus} /></dd></div>
        <div><dt>Protection strategy</dt><dd className="strategy">{describeOptions(assembly.protectionStrategyOptions, connections)}</dd></div>
      </dl>
      <Banner error={error} />
      {editing?.panel === 'general' && <GeneralForm key={editing.etag} assembly={editing.assembly} etag={editing.etag} onReload={reload} onClose={close} />}
      {editing?.panel === 'strategy' && <StrategyForm key={editing.etag} assembly={editing.assembly} etag={editing.etag} connections={connections} onReload={reload} onClose={close} />}
    </section>
  );
}

interface FormProps { assembly: AwsAssembly; etag: string | null; onReload(): void; onClose(saved: boolean): void }

function GeneralForm({ assembly, etag, onReload, onClose }: FormProps) {
  const session = useSession();
  const submit = useSubmit();
  const [name, setName] = useState(assembly.name);
  const [description, setDescription] = useState(assembly.description);
  const [rto, setRto] = useState(assembly.rtoTargetMinutes === null ? '' : String(assembly.rtoTargetMinutes));
  const [rpo, setRpo] = useState(assembly.rpoTargetMinutes === null ? '' : String(assembly.rpoTargetMinutes));
  const save = () => submit.run(() => ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/general-information', {
    params: { path: { ...projectPath(session), cloudAssemblyId: assembly.id }, header: ifMatch(etag) },
    body: { name, description, rtoTargetMinutes: targetOf(rto), rpoTargetMinutes: targetOf(rpo) },
  })), () => onClose(true));
  const { error } = submit;
  return (
    <FormPanel title={`Edit ${assembly.name}`} data="assembly-general" error={error} fields={GENERAL_FIELDS} busy={submit.busy} submitText="Save"
      conflictWhat="assembly" onReload={onReload} onSubmit={save} onClose={() => onClose(false)}>
      <label>Name<input name="name" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <FieldError error={error} field="name" />
      <label>Description<input name="description" value={description} onChange={(e) => setDescription(e.target.value)} /></label>
      <FieldError error={error} field="description" />
      <label>RTO target (minutes; empty: none)<input name="rtoTargetMinutes" type="number" value={rto} onChange={(e) => setRto(e.target.value)} /></label>
      <FieldError error={error} field="rtoTargetMinutes" />
      <label>RPO target (minutes; empty: none)<input name="rpoTargetMinutes" type="number" value={rpo} onChange={(e) => setRpo(e.target.value)} /></label>
      <p className="hint">The RPO status measures the last successful protection's age against it (else against the policy's interval).</p>
      <FieldError error={error} field="rpoTargetMinutes" />
    </FormPanel>
  );
}

function StrategyForm({ assembly, etag, connections, onReload, onClose }: FormProps & { connections: readonly Connection[] }) {
  const session = useSession();
  const submit = useSubmit();
  const current = assembly.protectionStrategyOptions;
  const [enabled, setEnabled] = useState<Record<Toggle, boolean>>(() => Object.fromEntries(TOGGLES.map(([key]) => [key, !!current[key]?.isEnabled])) as Record<Toggle, boolean>);
  const [bucket, setBucket] = useState(current.awsLambdaProtectionOptions?.sourceBucketName ?? '');
  const [zoneConnection, setZoneConnection] = useState(String(current.awsRoute53ProtectionOptions?.route53HostedZoneCloudConnectionId ?? assembly.cloudConnectionId));
  const body: Options = {
    // The replica buckets are kept as they are: the console does not edit them.
    awsLambdaProtectionOptions: { ...current.awsLambdaProtectionOptions, isEnabled: enabled.awsLambdaProtectionOptions, ...(bucket.trim() ? { sourceBucketName: bucket.trim() } : {}) },
    awsRoute53ProtectionOptions: { isEnabled: enabled.awsRoute53ProtectionOptions, route53HostedZoneCloudConnectionId: Number(zoneConnection) },
    awsSqsProtectionOptions: { isEnabled: enabled.awsSqsProtectionOptions },
    awsSnsProtectionOptions: { isEnabled: enabled.awsSnsProtectionOptions },
    awsDynamoDBProtectionOptions: { isEnabled: enabled.awsDynamoDBProtectionOptions },
  };
  if (!bucket.trim()) delete body.awsLambdaProtectionOptions!.sourceBucketName;
  const save = () => submit.run(() => ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-strategy', {
    params: { path: { ...projectPath(session), cloudAssemblyId: assembly.id }, header: ifMatch(etag) }, body,
  })), () => onClose(true));
  const { error } = submit;
  return (
    <FormPanel title={`Protection strategy of ${assembly.name}`} data="assembly-strategy" error={error} fields={TOGGLES.map(([key]) => key)} busy={submit.busy} submitText="Save"
      conflictWhat="assembly" onReload={onReload} onSubmit={save} onClose={() => onClose(false)}>
      <p className="hint">Cloud Rewind's options, stored and returned as given: Lifeboat's protections capture what the filter selects either way.</p>
      <fieldset>
        <legend>Protect</legend>
        <div className="checks">
          {TOGGLES.map(([key, label]) => (
            <label key={key} className="inline"><input type="checkbox" name={key} checked={enabled[key]} onChange={() => setEnabled((e) => ({ ...e, [key]: !e[key] }))} /> {label}</label>
          ))}
        </div>
      </fieldset>
      <label>Lambda backup bucket (source region)<input name="sourceBucketName" value={bucket} onChange={(e) => setBucket(e.target.value)} /></label>
      <FieldError error={error} field="awsLambdaProtectionOptions" />
      <label>Route 53 hosted zones of
        <select name="route53HostedZoneCloudConnectionId" value={zoneConnection} onChange={(e) => setZoneConnection(e.target.value)}>
          {(connections.length ? connections : [{ id: assembly.cloudConnectionId, name: assembly.cloudConnectionName ?? `connection ${assembly.cloudConnectionId}` }])
            .map((c) => <option key={c.id} value={String(c.id)}>{c.name}</option>)}
        </select>
      </label>
      <FieldError error={error} field="awsRoute53ProtectionOptions" />
    </FormPanel>
  );
}
