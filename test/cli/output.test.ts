// The table format: what a person at a narrow terminal sees of ids and other columns.
import { describe, expect, it } from 'vitest';
import { col, render, renderTable } from '../../src/cli/output.ts';

const MAPPING = [col('order'), col('action'), col('status'), col('type'), col('source', 'sourceResourceId'), col('recovered', 'recoveredResourceId'), col('error')];

describe('renderTable', () => {
  it('never cuts an identifier on a 100-column terminal: the other columns are narrowed instead', () => {
    const rows = [
      { order: 1, action: 'create', status: 'completed', type: 'ec2:security-group', sourceResourceId: 'sg-3c85f70013326a1b2', recoveredResourceId: 'sg-9f0e1d2c3b4a59687', error: 'a long explanation of what went wrong with this resource, which goes on' },
      { order: 2, action: 'restore', status: 'completed', type: 'rds:db-instance', sourceResourceId: 'arn:aws:rds:us-east-1:111111111111:db:shop-orders', recoveredResourceId: 'arn:aws:rds:us-west-2:111111111111:db:shop-orders-recovered', error: null },
    ];
    const text = renderTable(rows, MAPPING, 100);
    expect(text).toContain('sg-3c85f70013326a1b2');
    expect(text).toContain('sg-9f0e1d2c3b4a59687');
    expect(text).toContain('arn:aws:rds:us-east-1:111111111111:db:shop-orders');
    expect(text).toContain('arn:aws:rds:us-west-2:111111111111:db:shop-orders-recovered');
    // The error column gave way.
    expect(text).not.toContain('which goes on');
    expect(text).toMatch(/a lo[^\n]*…/);
  });

  it('fits the table to the width when the other columns can give way', () => {
    const rows = [{ id: 'vol-1fb216a5ed849b904', tags: { Name: 'shop-web-1-root', app: 'shop', env: 'prod', owner: 'team-with-a-long-name' } }];
    const text = renderTable(rows, [col('resourceId', 'id'), col('tags')], 60);
    expect(text).toContain('vol-1fb216a5ed849b904');
    for (const line of text.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('keeps an ARN whole in the fields of one object', () => {
    const arn = 'arn:aws:iam::111111111111:role/LifeboatAccessWithAVeryLongRoleNameIndeed';
    const text = render({ id: 1, roleArn: arn, description: 'x'.repeat(200) }, 'table', undefined, 60);
    expect(text).toContain(arn);
    expect(text).not.toContain('x'.repeat(200));
  });
});
