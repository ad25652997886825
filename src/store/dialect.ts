/**
 * What differs between the two databases, behind one interface: connecting, bulk writes and the
 * full-text index (SQLite FTS5 table `item_fts`; PostgreSQL tsvector table `item_search`).
 * Everything else is the same typed Kysely code for both.
 */
import type { Insertable, Kysely } from 'kysely';
import type { IndexText } from '../search/analyze.js';
import type { ParsedQuery } from '../search/query.js';
import type { DialectName } from './migrations.js';
import type { Database } from './schema.js';

export interface IndexRow {
  itemId: number;
  text: IndexText;
}

/** Matches in the engine's relevance order, best first; score higher = better. */
export interface RankedMatches {
  ids: Int32Array;
  scores: Float64Array;
}

/** Tables written in bulk (rows that nothing in the same import reads back). */
export type BulkTable = 'vote' | 'vote_party' | 'item_attendance' | 'item_guest' | 'route_step' | 'attachment' | 'item_person' | 'item_party' | 'meeting_attendance' | 'membership';

export interface DialectOps {
  readonly name: DialectName;
  /**
   * Inserts many rows of one table (all rows with the same columns, those of the first row).
   * SQLite: one prepared statement run per row; PostgreSQL: one statement per chunk of columns
   * passed as arrays (unnest), so neither builds a statement per row nor one the size of the data.
   */
  insertRows<T extends BulkTable>(db: Kysely<Database>, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void>;
  /** Inserts agenda items (all rows with the same columns) and returns their ids, in the order of the rows. */
  insertItems(db: Kysely<Database>, rows: readonly Insertable<Database['agenda_item']>[]): Promise<number[]>;
  /** Adds the analysed text of items to the full-text index. */
  writeIndex(db: Kysely<Database>, rows: readonly IndexRow[]): Promise<void>;
  /** Empties the full-text index (before a rebuild). */
  clearIndex(db: Kysely<Database>): Promise<void>;
  /** Removes items from the full-text index (before their rows are deleted). */
  deleteIndex(db: Kysely<Database>, itemIds: readonly number[]): Promise<void>;
  /**
   * The ids of the items matching the query's positive part and none of its exclusions, in no
   * particular order; null when the query has nothing positive.
   */
  matchIds(db: Kysely<Database>, q: ParsedQuery): Promise<Int32Array | null>;
  /** The ids of the items matching any exclusion; null when there are none. */
  excludedIds(db: Kysely<Database>, q: ParsedQuery): Promise<Int32Array | null>;
  /** The best `limit` matches of the query (as matchIds) by relevance, best first. */
  ranked(db: Kysely<Database>, q: ParsedQuery, limit: number): Promise<RankedMatches>;
  /** The engine's own ranked full-text query alone (the benchmark's floor): top `limit` ids. */
  rawSearch(db: Kysely<Database>, q: ParsedQuery, limit: number): Promise<number[]>;
  /** Number of items in the full-text index. */
  indexedCount(db: Kysely<Database>): Promise<number>;
  /** Engine-specific tidying after a large import (FTS5 optimize, ANALYZE). */
  optimize(db: Kysely<Database>): Promise<void>;
}

/** Relevance weights of the three analysed columns: title (with case number), body, compound parts. */
export const WEIGHTS = { title: 10, body: 1, parts: 0.2 } as const;

/** A table or column name quoted for SQL (both engines). */
export const quoteName = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The columns of bulk rows (those of the first row) and the start of their INSERT, or null for no rows. */
export function bulkInsert(table: string, rows: readonly object[]): { columns: string[]; head: string } | null {
  if (!rows.length) return null;
  const columns = Object.keys(rows[0]!);
  return { columns, head: `INSERT INTO ${quoteName(table)} (${columns.map(quoteName).join(', ')})` };
}

/** Parses "12,7,9" (a database's list of ids) into integers, without a string per id. */
export function parseIdList(text: string | null | undefined): Int32Array {
  if (!text) return new Int32Array(0);
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 44) n++;
  const out = new Int32Array(n);
  let k = 0;
  let v = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) {
      out[k++] = v;
      v = 0;
    } else v = v * 10 + (c - 48);
  }
  out[k] = v;
  return out;
}

/**
 * Rows in chunks of power-of-two sizes up to `max` (45 rows: 32, 8, 4, 1): statements with a
 * varying number of rows then come in a handful of shapes, each prepared once.
 */
export function binaryChunks<T>(rows: readonly T[], max: number): T[][] {
  const out: T[][] = [];
  let i = 0;
  for (let size = max; size >= 1; size >>= 1) {
    while (rows.length - i >= size) {
      out.push(rows.slice(i, i + size));
      i += size;
      if (size < max) break;
    }
  }
  return out;
}
