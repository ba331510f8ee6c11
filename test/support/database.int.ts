import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from './database';
import { pendingSchemaChanges } from '@tryout/server-database';

describe('createTestDatabase', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('clones a migrated database that matches the entities', async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM migrations');
    await client.end();
    expect(Number(rows[0].count)).toBeGreaterThan(0);
    expect(await pendingSchemaChanges(db.url)).toEqual([]);
  });

  it('gives every call its own database', async () => {
    const other = await createTestDatabase();
    expect(other.url).not.toBe(db.url);
    await other.drop();
  });
});
