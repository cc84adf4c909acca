import { describe, expect, it } from 'vitest';
import { retryWhileAnotherSchemaDrops } from '../../src/platform/db/migrate.ts';

// Kysely's migrator asks PostgreSQL for the tables of every schema (pg_get_serial_sequence on each column): a schema
// another process drops at that moment (another Lifeboat's, a test's) fails the call with 3F000 "schema … does not
// exist", though nothing is wrong with ours. Seen in CI as a start-up that failed once in hundreds.
const dropped = () => Object.assign(new Error('schema "t_lifeboat_test_x" does not exist'), { code: '3F000' });

describe('migrations: a schema dropped elsewhere during the migrator\'s look-up', () => {
  it('is asked again, and the migration goes on', async () => {
    let calls = 0;
    const result = await retryWhileAnotherSchemaDrops(async () => {
      calls++;
      if (calls < 3) throw dropped();
      return 'migrated';
    });
    expect(result).toBe('migrated');
    expect(calls).toBe(3);
  });

  it('gives up after a few tries with the database\'s own error (our schema may really be gone)', async () => {
    let calls = 0;
    await expect(retryWhileAnotherSchemaDrops(async () => {
      calls++;
      throw dropped();
    })).rejects.toThrow(/does not exist/);
    expect(calls).toBe(5);
  });

  it('does not retry any other error', async () => {
    let calls = 0;
    await expect(retryWhileAnotherSchemaDrops(async () => {
      calls++;
      throw Object.assign(new Error('relation "x" already exists'), { code: '42P07' });
    })).rejects.toThrow(/already exists/);
    expect(calls).toBe(1);
  });
});
