/**
 * PostgreSQL through pg's Pool. Full text is the table `item_search(item_id, tsv)` with a GIN
 * index. The tsvector is written literally from the same pre-analysed tokens as SQLite's FTS5
 * (no PostgreSQL parser or dictionary touches them, so both dialects index identical terms):
 * title tokens get weight A, body tokens B, compound parts D; ranking is ts_rank with those weights.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { IndexText } from '../search/analyze.js';
import { GAP_TOKEN } from '../search/analyze.js';
import type { ParsedQuery } from '../search/query.js';
import { lexeme, toTsquery, toTsqueryExclusions } from '../search/query.js';
import type { DialectOps, IndexRow, MatchRow } from './dialect.js';
import { WEIGHTS } from './dialect.js';
import type { Database } from './schema.js';

export interface PostgresConnection {
  db: Kysely<Database>;
  ops: DialectOps;
  pool: pg.Pool;
}

export function connectPostgres(url: string): PostgresConnection {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, ops: postgresOps, pool };
}

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

export const postgresOps: DialectOps = {
  name: 'postgres',

  async writeIndex(db, rows: readonly IndexRow[]) {
    for (let i = 0; i < rows.length; i += 100) {
      const chunk = rows.slice(i, i + 100);
      await sql`INSERT INTO item_search (item_id, tsv) VALUES ${sql.join(
        chunk.map((r) => sql`(${r.itemId}, ${tsvectorLiteral(r.text)}::tsvector)`),
      )}`.execute(db);
    }
  },

  async deleteIndex() {
    // item_search rows go with their agenda_item (ON DELETE CASCADE).
  },

  matchTable(q: ParsedQuery, scored: boolean) {
    const query = toTsquery(q);
    if (!query) return null;
    // The tsquery is a constant in WHERE (not a joined value), so the planner uses the GIN index.
    if (!scored) return sql<MatchRow>`(SELECT s.item_id AS id, 0 AS score FROM item_search s WHERE s.tsv @@ CAST(${query} AS tsquery))`.as('m');
    const positive = toTsquery(q, false)!;
    return sql<MatchRow>`(SELECT s.item_id AS id, ${rank(positive)} AS score FROM item_search s WHERE s.tsv @@ CAST(${query} AS tsquery))`.as('m');
  },

  excludedTable(q: ParsedQuery) {
    const query = toTsqueryExclusions(q);
    if (!query) return null;
    return sql<{ id: number }>`(SELECT s.item_id AS id FROM item_search s WHERE s.tsv @@ CAST(${query} AS tsquery))`.as('x');
  },

  async rawSearch(db, q, limit) {
    const query = toTsquery(q);
    if (!query) return [];
    const positive = toTsquery(q, false)!;
    const r = await sql<{ id: number }>`SELECT s.item_id AS id FROM item_search s WHERE s.tsv @@ CAST(${query} AS tsquery) ORDER BY ${rank(positive)} DESC LIMIT ${limit}`.execute(db);
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
