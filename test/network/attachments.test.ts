import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { ccClient, domainOf, expectCcError, loadInstance, makeConnection, makePackage, rows, type Cc } from './fixture.ts';

for (const dialect of DIALECTS) {
  describe(`network: instances, bandwidth packages, inter-region bandwidths and their invariants [${dialect}]`, () => {
    let t: TestApp;
    let cc: Cc;
    const counts = async (id: string) => {
      const c = (await cc.call('GET', `/cloud-connections/${id}`)).json().cloud_connection;
      return [c.network_instance_number, c.bandwidth_package_number, c.inter_region_bandwidth_number];
    };
    const irb = (connectionId: string, packageId: string, bandwidth: number, regions: string[]) =>
      cc.call('POST', '/inter-region-bandwidths', { inter_region_bandwidth: { cloud_connection_id: connectionId, bandwidth_package_id: packageId, bandwidth, inter_region_ids: regions } });
    const bind = (packageId: string, connectionId: string, action = 'associate') =>
      cc.call('POST', `/bandwidth-packages/${packageId}/${action}`, { bandwidth_package: { resource_id: connectionId, resource_type: 'cloud_connection' } });

    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
      cc = ccClient(t, await domainOf(t));
    });
    afterAll(() => t.close());

    it('network instances: load (201), CIDR rules, no overlap in a connection, update of name/description/cidrs only', async () => {
      const conn = await makeConnection(cc, 'ni-conn');
      const other = await makeConnection(cc, 'ni-other');
      const res = await loadInstance(cc, conn, 'cn-north-4', ['10.0.0.0/16', '10.1.0.0/24']);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().network_instance).toMatchObject({ type: 'vpc', region_id: 'cn-north-4', project_id: 'proj-cn-north-4', cloud_connection_id: conn, cidrs: ['10.0.0.0/16', '10.1.0.0/24'], status: 'ACTIVE' });
      const id = res.json().network_instance.id;
      const before = await rows(t, 'cc_network_instances');
      expectCcError(await loadInstance(cc, conn, 'cn-east-3', ['10.0.128.0/20']), 409, 'CC.1200');
      expectCcError(await loadInstance(cc, conn, 'cn-east-3', ['10.9.0.0/16'], `vpc-cn-north-4-10.0.0.0/16`), 409, 'CC.1201');
      for (const bad of [['10.0.0.1/16'], ['10.0.0.0/33'], ['300.0.0.0/8'], ['not-a-cidr'], ['10.2.0.0/16', '10.2.1.0/24'], []]) {
        expect(expectCcError(await loadInstance(cc, conn, 'cn-east-3', bad, 'vpc-x'), 400, 'CC.1002')).toContain('network_instance.cidrs');
      }
      expectCcError(await cc.call('POST', '/network-instances', { network_instance: { type: 'eip', instance_id: 'i', project_id: 'p', region_id: 'r', cloud_connection_id: conn, cidrs: ['10.5.0.0/16'] } }), 400, 'CC.1002');
      expectCcError(await loadInstance(cc, 'no-such-connection', 'cn-east-3', ['10.7.0.0/16']), 404, 'CC.1007');
      expect(await rows(t, 'cc_network_instances')).toBe(before);
      // The same block in another connection is fine.
      expect((await loadInstance(cc, other, 'cn-north-4', ['10.0.0.0/16'])).statusCode).toBe(201);

      const upd = await cc.call('PUT', `/network-instances/${id}`, { network_instance: { name: 'hub-vpc', cidrs: ['10.0.0.0/16', '10.3.0.0/24'] } });
      expect(upd.statusCode, upd.body).toBe(200);
      expect(upd.json().network_instance).toMatchObject({ name: 'hub-vpc', cidrs: ['10.0.0.0/16', '10.3.0.0/24'] });
      expectCcError(await cc.call('PUT', `/network-instances/${id}`, { network_instance: { region_id: 'cn-east-3' } }), 400, 'CC.1002');
      const list = (await cc.call('GET', `/network-instances?cloud_connection_id=${conn}&type=vpc`)).json();
      expect(list.network_instances.map((n: any) => n.id)).toEqual([id]);
      expect(await counts(conn)).toEqual([1, 0, 0]);
    });

    it('bandwidth packages: create, associate / disassociate, one per area pair, a bound one cannot be deleted', async () => {
      const conn = await makeConnection(cc, 'bwp-conn');
      const pkg = await makePackage(cc, 100);
      const pkg2 = await makePackage(cc, 50);
      expectCcError(await cc.call('POST', '/bandwidth-packages', { bandwidth_package: { name: 'x', local_area_id: 'Mars', remote_area_id: 'Africa', charge_mode: 'bandwidth', billing_mode: '3', bandwidth: 10, project_id: 'p' } }), 400, 'CC.1002');
      expectCcError(await cc.call('POST', '/bandwidth-packages', { bandwidth_package: { name: 'x', local_area_id: 'Africa', remote_area_id: 'Africa', charge_mode: 'bandwidth', billing_mode: '3', bandwidth: 0, project_id: 'p' } }), 400, 'CC.1002');
      const bound = await bind(pkg, conn);
      expect(bound.statusCode, bound.body).toBe(200);
      expect(bound.json().bandwidth_package).toMatchObject({ resource_id: conn, resource_type: 'cloud_connection' });
      expectCcError(await bind(pkg2, conn), 409, 'CC.1304');
      expectCcError(await bind(pkg, await makeConnection(cc, 'elsewhere')), 409, 'CC.1301');
      expectCcError(await cc.call('DELETE', `/bandwidth-packages/${pkg}`), 409, 'CC.1300');
      expect(await counts(conn)).toEqual([0, 1, 0]);
      expectCcError(await cc.call('DELETE', `/cloud-connections/${conn}`), 409, 'CC.1100');
      expect((await bind(pkg, conn, 'disassociate')).json().bandwidth_package.resource_id).toBe('');
      expectCcError(await bind(pkg, conn, 'disassociate'), 409, 'CC.1302');
      expect((await cc.call('PUT', `/bandwidth-packages/${pkg}`, { bandwidth_package: { bandwidth: 200, name: 'bigger' } })).json().bandwidth_package).toMatchObject({ bandwidth: 200, name: 'bigger' });
      expectCcError(await cc.call('PUT', `/bandwidth-packages/${pkg}`, { bandwidth_package: { local_area_id: 'Africa' } }), 400, 'CC.1002');
      expect((await cc.call('DELETE', `/bandwidth-packages/${pkg}`)).statusCode).toBe(204);
      expect((await cc.call('DELETE', `/cloud-connections/${conn}`)).statusCode).toBe(204);
    });

    it('inter-region bandwidths: two loaded regions, a bound package, the sum within the package; what holds what', async () => {
      const conn = await makeConnection(cc, 'irb-conn');
      for (const [i, region] of ['r-a', 'r-b', 'r-c'].entries()) expect((await loadInstance(cc, conn, region, [`172.16.${i}.0/24`])).statusCode).toBe(201);
      const pkg = await makePackage(cc, 100);
      expectCcError(await irb(conn, pkg, 10, ['r-a', 'r-b']), 409, 'CC.1402');
      await bind(pkg, conn);
      const made = await irb(conn, pkg, 60, ['r-a', 'r-b']);
      expect(made.statusCode, made.body).toBe(201);
      expect(made.json().inter_region_bandwidth).toMatchObject({
        cloud_connection_id: conn, bandwidth_package_id: pkg, bandwidth: 60,
        inter_regions: [
          { id: expect.any(String), project_id: 'proj-r-a', local_region_id: 'r-a', remote_region_id: 'r-b' },
          { id: expect.any(String), project_id: 'proj-r-b', local_region_id: 'r-b', remote_region_id: 'r-a' },
        ],
      });
      const id = made.json().inter_region_bandwidth.id;
      expectCcError(await irb(conn, pkg, 41, ['r-a', 'r-c']), 409, 'CC.1400');
      expectCcError(await irb(conn, pkg, 10, ['r-b', 'r-a']), 409, 'CC.1403');
      expectCcError(await irb(conn, pkg, 10, ['r-a', 'r-z']), 409, 'CC.1401');
      expectCcError(await irb(conn, pkg, 10, ['r-a', 'r-a']), 400, 'CC.1002');
      expectCcError(await irb(conn, pkg, 10, ['r-a']), 400, 'CC.1002');
      expect((await irb(conn, pkg, 40, ['r-a', 'r-c'])).statusCode).toBe(201);
      expectCcError(await cc.call('PUT', `/inter-region-bandwidths/${id}`, { inter_region_bandwidth: { bandwidth: 61 } }), 409, 'CC.1400');
      expect((await cc.call('PUT', `/inter-region-bandwidths/${id}`, { inter_region_bandwidth: { bandwidth: 30 } })).json().inter_region_bandwidth.bandwidth).toBe(30);
      expectCcError(await cc.call('PUT', `/bandwidth-packages/${pkg}`, { bandwidth_package: { bandwidth: 69 } }), 409, 'CC.1305');
      expectCcError(await bind(pkg, conn, 'disassociate'), 409, 'CC.1303');
      expect(await counts(conn)).toEqual([3, 1, 2]);

      const regionB = (await cc.call('GET', `/network-instances?cloud_connection_id=${conn}&region_id=r-b`)).json().network_instances[0].id;
      expectCcError(await cc.call('DELETE', `/network-instances/${regionB}`), 409, 'CC.1202');
      expect((await cc.call('DELETE', `/inter-region-bandwidths/${id}`)).statusCode).toBe(204);
      expect((await cc.call('DELETE', `/network-instances/${regionB}`)).statusCode).toBe(204);
      expect(await counts(conn)).toEqual([2, 1, 1]);
      expect((await cc.call('GET', `/inter-region-bandwidths?bandwidth_package_id=${pkg}`)).json().inter_region_bandwidths).toHaveLength(1);
    });

    it('keeps the counts right under concurrent loads and unloads', async () => {
      const conn = await makeConnection(cc, 'busy-conn');
      const loads = await Promise.all(Array.from({ length: 12 }, (_, i) => loadInstance(cc, conn, `r-${i % 3}`, [`192.168.${i}.0/24`])));
      expect(loads.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
      // Twelve more racing for overlapping blocks: exactly one of each pair may win.
      const racing = await Promise.all(Array.from({ length: 6 }, (_, i) => [
        loadInstance(cc, conn, 'r-x', [`10.${i}.0.0/16`], `vpc-a${i}`), loadInstance(cc, conn, 'r-y', [`10.${i}.0.0/17`], `vpc-b${i}`),
      ]).flat());
      const won = racing.filter((r) => r.statusCode === 201).length;
      expect(won).toBe(6);
      expect(racing.filter((r) => r.statusCode === 409).every((r) => r.json().error_code === 'CC.1200')).toBe(true);
      expect(await counts(conn)).toEqual([18, 0, 0]);
      const ids = loads.slice(0, 5).map((r) => r.json().network_instance.id);
      const unloads = await Promise.all([...ids, ...ids].map((id) => cc.call('DELETE', `/network-instances/${id}`)));
      expect(unloads.filter((r) => r.statusCode === 204)).toHaveLength(5);
      expect(await counts(conn)).toEqual([13, 0, 0]);
      expect((await cc.call('GET', `/network-instances?cloud_connection_id=${conn}`)).json().page_info.current_count).toBe(13);
    });

    it('never lets concurrent inter-region bandwidths pass the package: two writers, one wins', async () => {
      const conn = await makeConnection(cc, 'race-conn');
      for (const [i, region] of ['q-a', 'q-b', 'q-c', 'q-d'].entries()) await loadInstance(cc, conn, region, [`172.20.${i}.0/24`]);
      for (let round = 0; round < 3; round++) {
        const pkg = await makePackage(cc, 100, { local_area_id: 'Asia-Pacific', remote_area_id: ['Africa', 'Chinese-Mainland', 'Western-Latin-America'][round] });
        expect((await bind(pkg, conn)).statusCode).toBe(200);
        const [a, b] = await Promise.all([irb(conn, pkg, 60, ['q-a', `q-${'bcd'[round]}`]), irb(conn, pkg, 60, [`q-${'bcd'[round]}`, `q-${'dbc'[round]}`])]);
        const statuses = [a.statusCode, b.statusCode].sort();
        expect(statuses, `${a.body} ${b.body}`).toEqual([201, 409]);
        // A package shrink racing a grow: whatever the order, the sum stays within the package.
        const winner = (a.statusCode === 201 ? a : b).json().inter_region_bandwidth.id;
        await Promise.all([
          cc.call('PUT', `/inter-region-bandwidths/${winner}`, { inter_region_bandwidth: { bandwidth: 90 } }),
          cc.call('PUT', `/bandwidth-packages/${pkg}`, { bandwidth_package: { bandwidth: 70 } }),
        ]);
        const total = (await cc.call('GET', `/bandwidth-packages/${pkg}`)).json().bandwidth_package.bandwidth;
        const used = (await cc.call('GET', `/inter-region-bandwidths?bandwidth_package_id=${pkg}`)).json().inter_region_bandwidths.reduce((s: number, x: any) => s + x.bandwidth, 0);
        expect(used).toBeLessThanOrEqual(total);
        await cc.call('DELETE', `/inter-region-bandwidths/${winner}`);
      }
      expect(await counts(conn)).toEqual([4, 3, 0]);
    });
  });
}
