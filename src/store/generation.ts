/**
 * The data generation (store_meta `data_generation`): every commit that changes what is stored
 * gives it a new value, in the writing transaction, so readers that keep data in memory (the
 * search's item columns, the portal's catalog and page cache) know when to reload — also when
 * another process did the import. One mechanism for both dialects.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';
import { DATA_GENERATION } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Marks the data as changed (call in the writing transaction). */
export async function bumpGeneration(db: Db): Promise<void> {
  await db.updateTable('store_meta').set({ value: `${Date.now().toString(36)}-${randomUUID()}` }).where('key', '=', DATA_GENERATION).execute();
}

/** The current generation. */
export async function dataGeneration(db: Db): Promise<string> {
  const row = await db.selectFrom('store_meta').select('value').where('key', '=', DATA_GENERATION).executeTakeFirst();
  return row?.value ?? '';
}
