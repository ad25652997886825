/**
 * SQLite: one file through better-sqlite3, WAL journal, foreign keys on. Full text is the
 * contentless FTS5 table `item_fts(title, body, parts)` over the pre-analysed tokens, ranked with
 * bm25 and the column weights of dialect.ts.
 *
 * Kysely prepares every statement it runs; here the database it is given keeps the prepared
 * statements (by SQL text, the most recent few hundred), so a query of the same shape is compiled
 * by SQLite once per connection. Bulk rows and the index are written with prepared statements run
 * once per row, inside the transaction the caller holds (better-sqlite3 has one connection, and a
 * Kysely transaction holds it).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Insertable } from 'kysely';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { ParsedQuery } from '../search/query.js';
import { toFts5, toFts5Exclusions } from '../search/query.js';
import type { BulkTable, DialectOps, IndexRow } from './dialect.js';
import { binaryChunks, bulkInsert, parseIdList, WEIGHTS } from './dialect.js';
import type { Database } from './schema.js';

export interface SqliteConnection {
  db: Kysely<Database>;
  ops: DialectOps;
  raw: BetterSqlite3.Database;
}

/** The most recently used prepared statements, by SQL text. */
class StatementCache {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(
    readonly raw: BetterSqlite3.Database,
    private readonly max = 400,
  ) {}

  prepare(text: string): BetterSqlite3.Statement {
    let stmt = this.statements.get(text);
    if (stmt) {
      this.statements.delete(text);
    } else {
      stmt = this.raw.prepare(text);
      if (this.statements.size >= this.max) this.statements.delete(this.statements.keys().next().value!);
    }
    this.statements.set(text, stmt);
    return stmt;
  }

  close(): void {
    this.statements.clear();
    this.raw.close();
  }
}

export function connectSqlite(file: string): SqliteConnection {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new BetterSqlite3(file);
  // 8 KiB pages for a new file (an existing one keeps its own): a document's content JSON and an
  // item's sections span fewer overflow pages, and FTS segments fewer pages; imports measured ~8 %
  // faster than with 4 KiB (bench:store), searches no slower.
  raw.pragma('page_size = 8192');
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 10000');
  raw.pragma('temp_store = MEMORY');
  raw.pragma('cache_size = -65536');
  raw.pragma('mmap_size = 268435456');
  // Checkpoint every 64 MB of WAL rather than 4 MB: pages that each import batch changes again
  // (index interior pages, FTS segments) are copied into the database file fewer times.
  raw.pragma('wal_autocheckpoint = 16384');
  const statements = new StatementCache(raw);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }) });
  return { db, ops: sqliteOps(statements), raw };
}

/** Rows per multi-row INSERT of insertRows (one statement shape, few calls). */
const ROWS_PER_INSERT = 32;

const BM25 = sql.raw(`bm25(item_fts, ${WEIGHTS.title}, ${WEIGHTS.body}, ${WEIGHTS.parts})`);

function sqliteOps(statements: StatementCache): DialectOps {
  const raw = statements.raw;
  /** Runs `write` in the caller's transaction, or in one of its own when there is none. */
  const inTransaction = (write: () => void): void => {
    if (raw.inTransaction) write();
    else raw.transaction(write)();
  };
  const ids = async (db: Kysely<Database>, expr: string | null): Promise<Int32Array | null> => {
    if (!expr) return null;
    const r = await sql<{ ids: string | null }>`SELECT group_concat(rowid) AS ids FROM item_fts WHERE item_fts MATCH ${expr}`.execute(db);
    return parseIdList(r.rows[0]?.ids);
  };

  return {
    name: 'sqlite',

    async insertRows<T extends BulkTable>(_db: Kysely<Database>, table: T, rows: readonly Insertable<Database[T]>[]) {
      const insert = bulkInsert(table, rows);
      if (!insert) return;
      const { columns } = insert;
      const head = `${insert.head} VALUES `;
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      // Whole chunks of ROWS_PER_INSERT rows through one statement, the rest one by one.
      const many = statements.prepare(head + Array.from({ length: ROWS_PER_INSERT }, () => tuple).join(', '));
      const one = statements.prepare(head + tuple);
      const values: unknown[] = [];
      inTransaction(() => {
        let i = 0;
        for (; i + ROWS_PER_INSERT <= rows.length; i += ROWS_PER_INSERT) {
          values.length = 0;
          for (let r = i; r < i + ROWS_PER_INSERT; r++) {
            const row = rows[r] as Record<string, unknown>;
            for (const c of columns) values.push(row[c] ?? null);
          }
          many.run(values);
        }
        for (; i < rows.length; i++) {
          const row = rows[i] as Record<string, unknown>;
          one.run(columns.map((c) => row[c] ?? null));
        }
      });
    },

    async insertItems(_db, rows) {
      const insert = bulkInsert('agenda_item', rows);
      if (!insert) return [];
      const { columns } = insert;
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      const ids = new Array<number>(rows.length);
      const at = new Map(rows.map((r, i) => [r.seq, i]));
      const values: unknown[] = [];
      inTransaction(() => {
        // Multi-row statements of a few fixed sizes (binaryChunks), each prepared once.
        for (const chunk of binaryChunks(rows, ROWS_PER_INSERT)) {
          const stmt = statements.prepare(`${insert.head} VALUES ${Array.from({ length: chunk.length }, () => tuple).join(', ')} RETURNING id, seq`);
          values.length = 0;
          for (const row of chunk) for (const c of columns) values.push((row as Record<string, unknown>)[c] ?? null);
          // RETURNING rows come in no promised order: matched by seq (one meeting's items).
          for (const r of stmt.all(values) as { id: number; seq: number }[]) ids[at.get(r.seq)!] = r.id;
        }
      });
      return ids;
    },

    async writeIndex(_db, rows: readonly IndexRow[]) {
      if (!rows.length) return;
      const stmt = statements.prepare('INSERT INTO item_fts (rowid, title, body, parts) VALUES (?, ?, ?, ?)');
      inTransaction(() => {
        for (const r of rows) stmt.run(r.itemId, r.text.title, r.text.body, r.text.parts);
      });
    },

    async clearIndex(db) {
      await sql`INSERT INTO item_fts (item_fts) VALUES ('delete-all')`.execute(db);
    },

    async deleteIndex(_db, itemIds) {
      if (!itemIds.length) return;
      const stmt = statements.prepare('DELETE FROM item_fts WHERE rowid = ?');
      inTransaction(() => {
        for (const id of itemIds) stmt.run(id);
      });
    },

    matchIds: (db, q: ParsedQuery) => ids(db, toFts5(q, 'match')),

    excludedIds: (db, q: ParsedQuery) => ids(db, toFts5Exclusions(q)),

    async ranked(db, q, limit) {
      const expr = toFts5(q);
      if (!expr) return { ids: new Int32Array(0), scores: new Float64Array(0) };
      const r = await sql<{ id: number; score: number }>`SELECT rowid AS id, -${BM25} AS score FROM item_fts WHERE item_fts MATCH ${expr} ORDER BY ${BM25} LIMIT ${limit}`.execute(db);
      return { ids: Int32Array.from(r.rows, (x) => x.id), scores: Float64Array.from(r.rows, (x) => x.score) };
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
}
