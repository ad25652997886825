/**
 * Kysely queries built and compiled once per dialect, then run with new values: the import runs
 * the same dozen statements for every document, and building and compiling them cost more than
 * SQLite takes to run them. The query is still written with the typed builder; its parameters
 * are placeholders (`p.sha256`) that are swapped for the values of each run.
 *
 *     const byHash = prepared((db, p: { sha256: string }) => db.selectFrom('document').select('id').where('sha256', '=', p.sha256));
 *     const rows = await byHash.execute(trx, store.dialect, { sha256 });
 *
 * Only for queries whose shape does not depend on the values (no `in` lists, no optional parts).
 */
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { DialectName } from './migrations.js';
import type { Database } from './schema.js';

/** A placeholder for the parameter named `key` (of row `row` for preparedRows), where a value goes in the built query. */
class Placeholder {
  constructor(
    readonly key: string,
    readonly row = 0,
  ) {}
}

type Slot<P> = { key: keyof P } | { value: unknown };

export interface Prepared<P, R> {
  execute(db: Kysely<Database>, dialect: DialectName, params: P): Promise<R[]>;
  executeTakeFirst(db: Kysely<Database>, dialect: DialectName, params: P): Promise<R | undefined>;
}

export function prepared<P extends object, R>(build: (db: Kysely<Database>, p: P) => Compilable<R>): Prepared<P, R> {
  const compiled = new Map<DialectName, { query: CompiledQuery<R>; slots: Slot<P>[] }>();
  const placeholders = new Proxy({}, { get: (_t, key) => new Placeholder(String(key)) }) as P;
  const execute = async (db: Kysely<Database>, dialect: DialectName, params: P): Promise<R[]> => {
    let c = compiled.get(dialect);
    if (!c) {
      const query = build(db, placeholders).compile();
      const slots = query.parameters.map((v): Slot<P> => (v instanceof Placeholder ? { key: v.key as keyof P } : { value: v }));
      compiled.set(dialect, (c = { query, slots }));
    }
    const parameters = c.slots.map((s) => ('key' in s ? (params[s.key] ?? null) : s.value));
    const result = await db.executeQuery<R>({ ...c.query, parameters });
    return result.rows;
  };
  return {
    execute,
    async executeTakeFirst(db, dialect, params) {
      return (await execute(db, dialect, params))[0];
    },
  };
}

/**
 * A multi-row statement (INSERT … VALUES (…), (…) …) built and compiled once per number of rows and
 * set of columns, then run with the values of each call: pass rows in binaryChunks (dialect.ts) so
 * that a handful of shapes serve every count. The rows of one call must have the same columns.
 */
export function preparedRows<Row extends object, R>(build: (db: Kysely<Database>, rows: Row[]) => Compilable<R>): {
  execute(db: Kysely<Database>, dialect: DialectName, rows: readonly Row[]): Promise<R[]>;
} {
  const compiled = new Map<string, { query: CompiledQuery<R>; slots: ({ row: number; key: string } | { value: unknown })[] }>();
  return {
    async execute(db, dialect, rows) {
      if (!rows.length) return [];
      const columns = Object.keys(rows[0]!);
      const shape = `${dialect} ${rows.length} ${columns.join(',')}`;
      let c = compiled.get(shape);
      if (!c) {
        const placeholders = rows.map((_, row) => Object.fromEntries(columns.map((key) => [key, new Placeholder(key, row)])) as Row);
        const query = build(db, placeholders).compile();
        const slots = query.parameters.map((v) => (v instanceof Placeholder ? { row: v.row, key: v.key } : { value: v }));
        compiled.set(shape, (c = { query, slots }));
      }
      const parameters = c.slots.map((s) => ('key' in s ? ((rows[s.row] as Record<string, unknown>)[s.key] ?? null) : s.value));
      return (await db.executeQuery<R>({ ...c.query, parameters })).rows;
    },
  };
}
