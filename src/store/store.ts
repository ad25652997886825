/**
 * Opening a store: SQLite by default (`./data/referat.db`), PostgreSQL when `DATABASE_URL` (or the
 * url argument) is a `postgres://` / `postgresql://` URL. Migrations run on open; when the search
 * analysis changed since the index was built (ANALYSIS_VERSION), the index is rebuilt.
 */
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator, sql } from 'kysely';
import { ANALYSIS_VERSION } from '../search/analyze.js';
import type { DialectOps } from './dialect.js';
import { CodeMigrations, type DialectName } from './migrations.js';
import { connectPostgres } from './postgres.js';
import type { Database } from './schema.js';
import { connectSqlite } from './sqlite.js';

export const DEFAULT_SQLITE_PATH = './data/referat.db';

export interface Store {
  readonly db: Kysely<Database>;
  readonly ops: DialectOps;
  readonly dialect: DialectName;
  /** Where the data is, for messages (a file path, or the PostgreSQL URL without password). */
  readonly location: string;
  close(): Promise<void>;
}

export class StoreError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The location to use: the explicit argument, else `DATABASE_URL`, else the default SQLite file. */
export function storeUrl(explicit?: string | null): string {
  return explicit || process.env.DATABASE_URL || DEFAULT_SQLITE_PATH;
}

function hidePassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

export async function openStore(url?: string | null, options: { migrate?: boolean } = {}): Promise<Store> {
  const target = storeUrl(url);
  let store: Store;
  if (isPostgresUrl(target)) {
    const c = connectPostgres(target);
    store = { db: c.db, ops: c.ops, dialect: 'postgres', location: hidePassword(target), close: () => c.db.destroy() };
  } else {
    const file = target.replace(/^sqlite:(\/\/)?/i, '').replace(/^file:/i, '');
    const path = file === ':memory:' ? file : resolve(file);
    let c;
    try {
      c = connectSqlite(path);
    } catch (e) {
      throw new StoreError('E_STORE_OPEN', `cannot open the SQLite database ${path}: ${(e as Error).message}`, { cause: e });
    }
    store = { db: c.db, ops: c.ops, dialect: 'sqlite', location: path, close: () => c.db.destroy() };
  }
  if (options.migrate !== false) {
    try {
      await migrate(store);
    } catch (e) {
      await store.close().catch(() => undefined);
      if (e instanceof StoreError) throw e;
      throw new StoreError('E_STORE_OPEN', `cannot prepare the database at ${store.location}: ${(e as Error).message.split('\n')[0]}`, { cause: e });
    }
  }
  return store;
}

/** Applies pending migrations; fails with the migration's error. */
export async function migrate(store: Store): Promise<void> {
  const migrator = new Migrator({ db: store.db, provider: new CodeMigrations(store.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new StoreError('E_MIGRATION', `migration ${failed ?? '?'} failed: ${(error as Error).message ?? String(error)}`, { cause: error });
  }
  const meta = await store.db.selectFrom('store_meta').select('value').where('key', '=', 'analysis_version').executeTakeFirst();
  if (!meta) {
    await store.db.insertInto('store_meta').values({ key: 'analysis_version', value: String(ANALYSIS_VERSION) }).execute();
  } else if (meta.value !== String(ANALYSIS_VERSION)) {
    const { reindex } = await import('./reindex.js');
    await reindex(store);
  }
}

/** Row counts of every data table (for tests and `import` summaries). */
export async function rowCounts(store: Store): Promise<Record<string, number>> {
  const { DATA_TABLES } = await import('./schema.js');
  const out: Record<string, number> = {};
  for (const t of DATA_TABLES) {
    const r = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(t)}`.execute(store.db);
    out[t] = Number(r.rows[0]?.n ?? 0);
  }
  out.search_index = await store.ops.indexedCount(store.db);
  return out;
}
