/**
 * PostgreSQL through pg's Pool. Full text is the table `item_search(item_id, tsv)` with a GIN
 * index. The tsvector is written literally from the same pre-analysed tokens as SQLite's FTS5
 * (no PostgreSQL parser or dictionary touches them, so both dialects index identical terms):
 * title tokens get weight A, body tokens B, compound parts D; ranking is ts_rank with those weights.
 */
import type { Insertable } from 'kysely';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { IndexText } from '../search/analyze.js';
import { GAP_TOKEN } from '../search/analyze.js';
import type { ParsedQuery } from '../search/query.js';
import { lexeme, toTsquery, toTsqueryExclusions } from '../search/query.js';
import type { BulkTable, DialectOps, IndexRow } from './dialect.js';
import { bulkInsert, parseIdList, WEIGHTS } from './dialect.js';
import type { Database } from './schema.js';

export interface PostgresConnection {
  db: Kysely<Database>;
  ops: DialectOps;
  pool: pg.Pool;
}

export function connectPostgres(url: string): PostgresConnection {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, ops: postgresOps(), pool };
}

/** Rows per bulk statement (each column goes as one array parameter). */
const BULK_CHUNK = 5000;

/** PostgreSQL keeps positions up to 16383 and at most 256 positions per lexeme. */
const MAX_POS = 16383;
const MAX_POSITIONS = 255;
/** tsvector values are limited to 1 MB. */
const MAX_TSV_CHARS = 900_000;

/** The tsvector literal of an item's analysed text: "'borg':3B,9B 'godkend':1A …". */
export function tsvectorLiteral(text: IndexText): string {
  const lex = new Map<string, string[]>();
  let pos = 0;
  const add = (tokens: string, weight: string): void => {
    if (!tokens) return;
    for (const t of tokens.split(' ')) {
      if (pos < MAX_POS) pos++;
      if (!t || t === GAP_TOKEN) continue;
      let list = lex.get(t);
      if (!list) lex.set(t, (list = []));
      if (list.length < MAX_POSITIONS) {
        const p = `${pos}${weight}`;
        if (list[list.length - 1] !== p) list.push(p);
      }
    }
  };
  add(text.title, 'A');
  if (pos < MAX_POS) pos++;
  add(text.body, 'B');
  if (pos < MAX_POS) pos++;
  const withoutParts = new Map(lex);
  add(text.parts, 'D');
  let out = serialize(lex);
  if (out.length > MAX_TSV_CHARS) out = serialize(withoutParts);
  if (out.length > MAX_TSV_CHARS) out = out.slice(0, out.lastIndexOf(' ', MAX_TSV_CHARS));
  return out;
}

function serialize(lex: Map<string, string[]>): string {
  const parts: string[] = [];
  for (const [t, ps] of lex) parts.push(`${lexeme(t)}:${ps.join(',')}`);
  return parts.join(' ');
}

const WEIGHT_ARRAY = `{${WEIGHTS.parts / WEIGHTS.title},0.0,${WEIGHTS.body / WEIGHTS.title},1.0}`;
/** ts_rank over the positive terms only: a negated operand makes ts_rank score 0. */
const rank = (positive: string) => sql`ts_rank(${sql.raw(`'${WEIGHT_ARRAY}'`)}, s.tsv, CAST(${positive} AS tsquery), 1)`;

/**
 * Runs a full-text query with sequential scans disabled. The tsvectors live in TOAST, so the
 * table looks small to the planner, which then prefers reading (and decompressing) every
 * tsvector to the GIN index, even for a word in a handful of items.
 */
function viaIndex<T>(db: Kysely<Database>, run: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return run(db);
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(trx);
    return run(trx);
  });
}

/** PostgreSQL's array type for a column's data type (information_schema.columns.data_type). */
const ARRAY_TYPE: Record<string, string> = { integer: 'int4[]', bigint: 'int8[]', text: 'text[]', tsvector: 'tsvector[]' };

function postgresOps(): DialectOps {
  /** Column → array type, per table, read once from the catalog. */
  const columnTypes = new Map<string, Promise<Map<string, string>>>();
  const typesOf = (db: Kysely<Database>, table: string): Promise<Map<string, string>> => {
    let types = columnTypes.get(table);
    if (!types) {
      types = sql<{ column_name: string; data_type: string }>`SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}`
        .execute(db)
        .then((r) => new Map(r.rows.map((c) => [c.column_name, ARRAY_TYPE[c.data_type] ?? 'text[]'])));
      types.catch(() => columnTypes.delete(table));
      columnTypes.set(table, types);
    }
    return types;
  };
  const ids = async (db: Kysely<Database>, query: string | null): Promise<Int32Array | null> => {
    if (!query) return null;
    const r = await viaIndex(db, (trx) => sql<{ ids: string | null }>`SELECT string_agg(s.item_id::text, ',') AS ids FROM item_search s WHERE s.tsv @@ CAST(${query} AS tsquery)`.execute(trx));
    return parseIdList(r.rows[0]?.ids);
  };

  return {
    name: 'postgres',

    async insertRows<T extends BulkTable>(db: Kysely<Database>, table: T, rows: readonly Insertable<Database[T]>[]) {
      const insert = bulkInsert(table, rows);
      if (!insert) return;
      const { columns } = insert;
      const types = await typesOf(db, table);
      const head = sql.raw(`${insert.head} SELECT * FROM unnest(`);
      for (let i = 0; i < rows.length; i += BULK_CHUNK) {
        const chunk = rows.slice(i, i + BULK_CHUNK) as readonly Record<string, unknown>[];
        const arrays = columns.map((c) => sql`CAST(${chunk.map((r) => r[c] ?? null)} AS ${sql.raw(types.get(c) ?? 'text[]')})`);
        await sql`${head}${sql.join(arrays)})`.execute(db);
      }
    },

    async insertItems(db, rows) {
      const ids = new Array<number>(rows.length);
      const at = new Map(rows.map((r, i) => [r.seq, i]));
      for (let i = 0; i < rows.length; i += 100) {
        const out = await db.insertInto('agenda_item').values(rows.slice(i, i + 100)).returning(['id', 'seq']).execute();
        for (const r of out) ids[at.get(r.seq)!] = r.id;
      }
      return ids;
    },

    async writeIndex(db, rows: readonly IndexRow[]) {
      for (let i = 0; i < rows.length; i += BULK_CHUNK) {
        const chunk = rows.slice(i, i + BULK_CHUNK);
        await sql`INSERT INTO item_search (item_id, tsv) SELECT i, CAST(t AS tsvector) FROM unnest(CAST(${chunk.map((r) => r.itemId)} AS int4[]), CAST(${chunk.map((r) => tsvectorLiteral(r.text))} AS text[])) AS u(i, t)`.execute(db);
      }
    },

    async clearIndex(db) {
      await db.deleteFrom('item_search').execute();
    },

    async deleteIndex() {
      // item_search rows go with their agenda_item (ON DELETE CASCADE).
    },

    matchIds: (db, q: ParsedQuery) => ids(db, toTsquery(q, true, 'match')),

    excludedIds: (db, q: ParsedQuery) => ids(db, toTsqueryExclusions(q)),

    async ranked(db, q, limit) {
      const query = toTsquery(q, true, 'match');
      if (!query) return { ids: new Int32Array(0), scores: new Float64Array(0) };
      const positive = toTsquery(q, false)!;
      const r = await viaIndex(db, (trx) =>
        sql<{ id: number; score: number }>`SELECT s.item_id AS id, ${rank(positive)} AS score FROM item_search s WHERE s.tsv @@ CAST(${query} AS tsquery) ORDER BY score DESC LIMIT ${limit}`.execute(trx),
      );
      return { ids: Int32Array.from(r.rows, (x) => x.id), scores: Float64Array.from(r.rows, (x) => Number(x.score)) };
    },

    async rawSearch(db, q, limit) {
      const query = toTsquery(q, true, 'match');
      if (!query) return [];
      const positive = toTsquery(q, false)!;
      const r = await viaIndex(db, (trx) =>
        sql<{ id: number }>`SELECT s.item_id AS id FROM item_search s WHERE s.tsv @@ CAST(${query} AS tsquery) ORDER BY ${rank(positive)} DESC LIMIT ${limit}`.execute(trx),
      );
      return r.rows.map((x) => x.id);
    },

    async indexedCount(db) {
      const r = await sql<{ n: string }>`SELECT count(*) AS n FROM item_search`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },

    async optimize(db) {
      await sql`ANALYZE`.execute(db);
    },
  };
}
