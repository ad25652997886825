/**
 * SQLite: one file through better-sqlite3, WAL journal, foreign keys on. Full text is the
 * contentless FTS5 table `item_fts(title, body, parts)` over the pre-analysed tokens, ranked with
 * bm25 and the column weights of dialect.ts.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { ParsedQuery } from '../search/query.js';
import { toFts5, toFts5Exclusions } from '../search/query.js';
import type { DialectOps, IndexRow, MatchRow } from './dialect.js';
import { WEIGHTS } from './dialect.js';
import type { Database } from './schema.js';

export interface SqliteConnection {
  db: Kysely<Database>;
  ops: DialectOps;
  raw: BetterSqlite3.Database;
}

export function connectSqlite(file: string): SqliteConnection {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 10000');
  raw.pragma('temp_store = MEMORY');
  raw.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, ops: sqliteOps, raw };
}

const BM25 = sql.raw(`bm25(item_fts, ${WEIGHTS.title}, ${WEIGHTS.body}, ${WEIGHTS.parts})`);

export const sqliteOps: DialectOps = {
  name: 'sqlite',

  async writeIndex(db, rows: readonly IndexRow[]) {
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      await sql`INSERT INTO item_fts (rowid, title, body, parts) VALUES ${sql.join(
        chunk.map((r) => sql`(${r.itemId}, ${r.text.title}, ${r.text.body}, ${r.text.parts})`),
      )}`.execute(db);
    }
  },

  async deleteIndex(db, itemIds) {
    for (let i = 0; i < itemIds.length; i += 500) {
      await sql`DELETE FROM item_fts WHERE rowid IN (${sql.join(itemIds.slice(i, i + 500))})`.execute(db);
    }
  },

  matchTable(q: ParsedQuery, scored: boolean) {
    const expr = toFts5(q);
    if (!expr) return null;
    const score = scored ? sql`-${BM25}` : sql`0`;
    return sql<MatchRow>`(SELECT rowid AS id, ${score} AS score FROM item_fts WHERE item_fts MATCH ${expr})`.as('m');
  },

  excludedTable(q: ParsedQuery) {
    const expr = toFts5Exclusions(q);
    if (!expr) return null;
    return sql<{ id: number }>`(SELECT rowid AS id FROM item_fts WHERE item_fts MATCH ${expr})`.as('x');
  },

  async rawSearch(db, q, limit) {
    const expr = toFts5(q);
    if (!expr) return [];
    const r = await sql<{ id: number }>`SELECT rowid AS id FROM item_fts WHERE item_fts MATCH ${expr} ORDER BY ${BM25} LIMIT ${limit}`.execute(db);
    return r.rows.map((x) => x.id);
  },

  async indexedCount(db) {
    const r = await sql<{ n: number }>`SELECT count(*) AS n FROM item_fts`.execute(db);
    return Number(r.rows[0]?.n ?? 0);
  },

  async optimize(db) {
    await sql`INSERT INTO item_fts (item_fts) VALUES ('optimize')`.execute(db);
    await sql`ANALYZE`.execute(db);
  },
};
