// The assembly's protections a page at a time (newest first; Content-Range gives the total), refreshed with the
// page while anything runs.
import { useState } from 'react';
import { answer, itemRange } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { ProtectionList } from './protections.tsx';
import { projectPath, useSession } from './session.ts';
import { useResource } from './use-resource.ts';

export const PROTECTIONS_PAGE = 10;

export function PagedProtections({ assemblyId, version }: { assemblyId: number; version: number }) {
  const session = useSession();
  const [page, setPage] = useState(0);
  const list = useResource(async () => {
    const first = page * PROTECTIONS_PAGE + 1;
    const { data, response } = await answer(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections', {
      params: { path: { ...projectPath(session), cloudAssemblyId: assemblyId }, header: { range: `items=${first}-${first + PROTECTIONS_PAGE - 1}` } },
    }));
    return { rows: data, total: itemRange(response.headers.get('content-range'))?.total ?? data.length, page };
  }, [session, assemblyId, page, version]);

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PROTECTIONS_PAGE)) : 1;
  return (
    <>
      <Banner error={list.error} />
      {!data ? <p className="muted">Loading…</p> : <ProtectionList assemblyId={assemblyId} protections={data.rows} />}
      {data && data.total > PROTECTIONS_PAGE && (
        <nav className="buttons pager" aria-label="Protections pages">
          <button type="button" className="secondary" disabled={page === 0} onClick={() => setPage((p) => Math.max(0, p - 1))}>Newer</button>
          <span className="small page-of" aria-live="polite">page {data.page + 1} of {pages} · {data.total} protections</span>
          <button type="button" className="secondary" disabled={page + 1 >= pages} onClick={() => setPage((p) => p + 1)}>Older</button>
        </nav>
      )}
    </>
  );
}
