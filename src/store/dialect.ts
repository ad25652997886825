/**
 * What differs between the two databases, behind one interface: connecting, and the full-text
 * index (SQLite FTS5 table `item_fts`; PostgreSQL tsvector table `item_search`). Everything else
 * is the same typed Kysely code for both.
 */
import type { AliasedRawBuilder, Kysely } from 'kysely';
import type { IndexText } from '../search/analyze.js';
import type { ParsedQuery } from '../search/query.js';
import type { DialectName } from './migrations.js';
import type { Database } from './schema.js';

export interface IndexRow {
  itemId: number;
  text: IndexText;
}

export interface MatchRow {
  id: number;
  score: number;
}

export interface DialectOps {
  readonly name: DialectName;
  /** Adds the analysed text of items to the full-text index. */
  writeIndex(db: Kysely<Database>, rows: readonly IndexRow[]): Promise<void>;
  /** Removes items from the full-text index (before their rows are deleted). */
  deleteIndex(db: Kysely<Database>, itemIds: readonly number[]): Promise<void>;
  /**
   * A derived table `m(id, score)` of the items matching the query's positive part, score higher
   * = better (0 when `scored` is false, which is cheaper). Null when the query has nothing positive.
   */
  matchTable(q: ParsedQuery, scored: boolean): AliasedRawBuilder<MatchRow, 'm'> | null;
  /** A derived table `x(id)` of the items matching any exclusion; null when there are none. */
  excludedTable(q: ParsedQuery): AliasedRawBuilder<{ id: number }, 'x'> | null;
  /** The engine's own ranked full-text query alone (the benchmark's floor): top `limit` ids. */
  rawSearch(db: Kysely<Database>, q: ParsedQuery, limit: number): Promise<number[]>;
  /** Number of items in the full-text index. */
  indexedCount(db: Kysely<Database>): Promise<number>;
  /** Engine-specific tidying after a large import (FTS5 optimize, ANALYZE). */
  optimize(db: Kysely<Database>): Promise<void>;
}

/** Relevance weights of the three analysed columns: title (with case number), body, compound parts. */
export const WEIGHTS = { title: 10, body: 1, parts: 0.2 } as const;
