/**
 * Store and search benchmark (`npm run bench:store`, compiled to dist/bench/store.js).
 *
 * For each size (10 000 and 100 000 agenda items) and each dialect (SQLite file, PostgreSQL server
 * started in a temporary folder) a fresh database is filled from the sample generator
 * (src/sample/generate.ts, streamed: nothing is kept in memory) and then searched.
 *
 * Import: each generated document's model (what a perfect parser makes of its text) is stored with
 * ImportSession.importDocument as `referat import` does (batches of 100 documents, each in its own
 * savepoint), including hashing, person resolution, cases, memberships and full-text indexing.
 * Documents are generated in chunks of 200 and only the import of a chunk is timed (the generator
 * is not). MB/s counts the UTF-8 bytes of the documents' text (MB = 10^6 bytes) per second of wall
 * time; `cpuMbPerSec` per second of this process's CPU time over the same spans (all its threads),
 * which other busy processes on the machine do not inflate as much. On SQLite the same chunks are
 * also stored by the engine alone (ImportFloor: the items' texts into one FTS5 table), timed right
 * after each chunk's import, and the import is reported as a ratio to that floor, which tells a
 * change in our code from a change in the machine. At 10 000 items the whole path
 * from text (parse + store) is timed as well, on SQLite, for reference: it is bound by the parser
 * (bench:parse).
 *
 * Search: a fixed set of queries (words, compounds, phrases, exclusions, OR, filters), after a
 * warm-up pass, REPS rounds; each round runs every query:
 *   cold      search() with facets after forgetMatches(): the engine finds and ranks the matches
 *             again (the item columns stay loaded: they are loaded once per import, see
 *             `columnsMs`, the first search after an import);
 *   warm      search() with facets right after: broad queries (≥ 2 000 matches) reuse the matches
 *             kept for the data generation, as a portal's repeated and refined searches do;
 *   no facets search() without facets, warm;
 *   floor     the engine's raw ranked full-text query (top 20 ids, no filters, no joins).
 * Latencies p50/p95/p99, and each as a ratio to the floor's p50/p95 in the same run.
 *
 * Results: stdout and bench/results/store.json. Environment: BENCH_SIZES (default "10000,100000"),
 * BENCH_REPS (default 5), BENCH_DIALECTS (default "sqlite,postgres").
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBytes } from '../src/parse/document.js';
import { generateCorpus, type SampleDocument } from '../src/sample/generate.js';
import type BetterSqlite3 from 'better-sqlite3';
import type { AgendaItem } from '../src/model/index.js';
import { ItemColumns } from '../src/search/item-columns.js';
import { itemTexts, type SearchableItem } from '../src/search/item-text.js';
import { forgetMatches, rawFullText, search, type SearchFilters } from '../src/search/search.js';
import { ImportSession, sha256 } from '../src/store/import.js';
import { IMPORT_BATCH } from '../src/store/importer.js';
import { connectSqlite, type SqliteConnection } from '../src/store/sqlite.js';
import { openStore, rowCounts, type Store } from '../src/store/store.js';
import { startPostgres, type TestPostgres } from '../test/support/postgres.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 5) || 5);
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',').map((s) => s.trim());

const QUERIES: [string, SearchFilters][] = [
  ['stofbehandling', {}],
  ['beskæftigelse', {}],
  ['godkendte', {}],
  ['borgerne', {}],
  ['indsats', {}],
  ['kvalitetsstandard', {}],
  ['lokalplan', {}],
  ['cykelsti', {}],
  ['klimaplan', {}],
  ['plejeboliger', {}],
  ['affaldsordning', {}],
  ['vintervedligeholdelse', {}],
  ['"stemmer for model 1"', {}],
  ['"lokalplan nr"', {}],
  ['budget -regnskab', {}],
  ['hjemløse OR hjemløshed', {}],
  ['sundhedspolitik', { from: '2019-01-01', to: '2020-12-31' }],
  ['kvalitetsrapport', { municipality: 'Vejle' }],
  ['beskæftigelse', { outcome: 'godkendt' }],
  ['trafiksikkerhed', { committee: 'Teknik- og Miljøudvalget' }],
  ['skole', { party: 'A' }],
  ['', { municipality: 'Horsens', from: '2020' }],
  ['rygestop', {}],
  ['handicappolitikken', {}],
];

interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  samples: number;
}

function percentiles(ms: number[]): Latency {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
  const round = (x: number): number => Math.round(x * 100) / 100;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), mean: round(s.reduce((a, b) => a + b, 0) / s.length), samples: s.length };
}

interface ImportResult {
  documents: number;
  items: number;
  mb: number;
  seconds: number;
  mbPerSec: number;
  itemsPerSec: number;
  cpuSeconds: number;
  cpuMbPerSec: number;
  optimizeSeconds: number;
  /** SQLite: the engine alone storing and indexing the same text (ImportFloor), and import ÷ that. */
  floorMbPerSec: number | null;
  ratioToFloor: number | null;
}

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

/**
 * The engine alone, for SQLite: each item's title and plain text (the texts the index is made from,
 * search/item-text.ts) go into one FTS5 table that stores and indexes them with SQLite's own
 * tokenizer, in transactions of as many documents as an import batch, on a connection set up as
 * the store's. No model, no analysis, no other tables: the least a searchable store of the same
 * text costs on this machine, timed on the same chunks as the import, so that the import's MB/s
 * can be read as a ratio that a busy or slow machine does not move much.
 */
class ImportFloor {
  private readonly conn: SqliteConnection;
  private readonly insert: BetterSqlite3.Statement;
  private rowid = 0;
  ms = 0;

  constructor(file: string) {
    this.conn = connectSqlite(file);
    this.conn.raw.exec(`CREATE VIRTUAL TABLE item_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0')`);
    this.insert = this.conn.raw.prepare('INSERT INTO item_text (rowid, title, body) VALUES (?, ?, ?)');
  }

  /** Times storing the documents' items, one transaction per `batch` documents. */
  add(docs: readonly SampleDocument[], batch: number): void {
    const rows = docs.map((d) => d.truth.items.map((it) => [it.title, itemTexts(searchable(it)).join('\n')] as const));
    const { raw } = this.conn;
    const t0 = performance.now();
    for (let i = 0; i < rows.length; i += batch) {
      raw.transaction(() => {
        for (const doc of rows.slice(i, i + batch)) for (const [title, body] of doc) this.insert.run(++this.rowid, title, body);
      })();
    }
    this.ms += performance.now() - t0;
  }

  async close(): Promise<void> {
    await this.conn.db.destroy();
  }
}

function searchable(it: AgendaItem): SearchableItem {
  return { title: it.title, caseNumber: it.caseNumber, closed: it.closed, sections: it.sections, decisionText: it.decision?.text ?? null, recommendationText: it.recommendation?.text ?? null };
}

async function importCorpus(store: Store, size: number, floorFile: string | null): Promise<ImportResult> {
  const session = new ImportSession(store, IMPORT_BATCH);
  const floor = floorFile ? new ImportFloor(floorFile) : null;
  let documents = 0;
  let items = 0;
  let bytes = 0;
  let ms = 0;
  let cpu = 0;
  const municipalities = size >= 50_000 ? 10 : 4;
  const generated = generateCorpus({ seed: 11, totalItems: size, municipalities })[Symbol.iterator]();
  for (;;) {
    const chunk: { doc: SampleDocument; text: Buffer }[] = [];
    while (chunk.length < 200) {
      const r = generated.next();
      if (r.done) break;
      chunk.push({ doc: r.value, text: Buffer.from(r.value.text, 'utf8') });
    }
    if (!chunk.length) break;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const { doc, text } of chunk) {
      await session.importDocument(doc.truth, { fileName: doc.fileName, path: null, sha256: sha256(text), size: text.byteLength });
    }
    ms += performance.now() - t0;
    cpu += cpuSeconds(c0);
    floor?.add(chunk.map((c) => c.doc), IMPORT_BATCH.batchDocuments ?? 100);
    for (const { doc, text } of chunk) {
      documents++;
      items += doc.truth.items.length;
      bytes += text.byteLength;
    }
    if (process.stderr.isTTY) process.stderr.write(`\r  ${store.dialect}: ${items} items …`);
  }
  const c0 = process.cpuUsage();
  const tf = performance.now();
  await session.flush();
  ms += performance.now() - tf;
  cpu += cpuSeconds(c0);
  if (process.stderr.isTTY) process.stderr.write('\r\u001b[2K');
  const t1 = performance.now();
  await store.ops.optimize(store.db);
  const optimizeSeconds = (performance.now() - t1) / 1000;
  const seconds = ms / 1000;
  const mb = bytes / 1e6;
  await floor?.close();
  const floorMbPerSec = floor ? mb / (floor.ms / 1000) : null;
  return {
    documents, items, mb, seconds, mbPerSec: mb / seconds, itemsPerSec: items / seconds, cpuSeconds: cpu, cpuMbPerSec: mb / cpu, optimizeSeconds,
    floorMbPerSec, ratioToFloor: floorMbPerSec ? mb / seconds / floorMbPerSec : null,
  };
}

/** Text → parse → store, for the SQLite reference figure (parser-bound). */
async function importEndToEnd(store: Store, size: number): Promise<Pick<ImportResult, 'documents' | 'items' | 'mb' | 'seconds' | 'mbPerSec' | 'itemsPerSec'>> {
  const session = new ImportSession(store, IMPORT_BATCH);
  let documents = 0;
  let items = 0;
  let bytes = 0;
  let ms = 0;
  for (const doc of generateCorpus({ seed: 11, totalItems: size, municipalities: 4 })) {
    const text = Buffer.from(doc.text, 'utf8');
    const t0 = performance.now();
    const parsed = await parseBytes(text, path.basename(doc.fileName));
    const out = await session.importDocument(parsed, { fileName: doc.fileName, path: null, sha256: sha256(text), size: text.byteLength });
    ms += performance.now() - t0;
    documents++;
    items += out.status === 'new' || out.status === 'updated' ? parsed.items.length : 0;
    bytes += text.byteLength;
  }
  const t0 = performance.now();
  await session.flush();
  ms += performance.now() - t0;
  const seconds = ms / 1000;
  return { documents, items, mb: bytes / 1e6, seconds, mbPerSec: bytes / 1e6 / seconds, itemsPerSec: items / seconds };
}

interface SearchBench {
  /** The first search after the import: loading the item columns (item-columns.ts). */
  columnsMs: number;
  cold: Latency;
  warm: Latency;
  withoutFacets: Latency;
  rawFullText: Latency;
  /** Each latency's p50 and p95 divided by the floor's (rawFullText) p50 and p95. */
  ratioToFloor: Record<'cold' | 'warm' | 'withoutFacets', { p50: number; p95: number }>;
  perQuery: { query: string; filters: SearchFilters; total: number; cold: number; warm: number; floor: number | null }[];
}

const timed = async (f: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

async function benchSearch(store: Store): Promise<SearchBench> {
  const columnsMs = await timed(() => ItemColumns.of(store));
  const cold: number[] = [];
  const warm: number[] = [];
  const lean: number[] = [];
  const raw: number[] = [];
  const perQuery: SearchBench['perQuery'] = [];
  for (const [q, f] of QUERIES) {
    await search(store, q, f);
    await search(store, q, f, { facets: false });
    await rawFullText(store, q);
  }
  const mine = QUERIES.map(() => ({ cold: [] as number[], warm: [] as number[], floor: [] as number[], total: 0 }));
  for (let r = 0; r < REPS; r++) {
    for (let i = 0; i < QUERIES.length; i++) {
      const [q, f] = QUERIES[i]!;
      const m = mine[i]!;
      await forgetMatches(store);
      let t = performance.now();
      await search(store, q, f);
      m.cold.push(performance.now() - t);
      t = performance.now();
      m.total = (await search(store, q, f)).total;
      m.warm.push(performance.now() - t);
      lean.push(await timed(() => search(store, q, f, { facets: false })));
      if (q) m.floor.push(await timed(() => rawFullText(store, q)));
    }
  }
  const round = (x: number): number => Math.round(x * 100) / 100;
  QUERIES.forEach(([query, filters], i) => {
    const m = mine[i]!;
    cold.push(...m.cold);
    warm.push(...m.warm);
    raw.push(...m.floor);
    perQuery.push({ query, filters, total: m.total, cold: percentiles(m.cold).p50, warm: percentiles(m.warm).p50, floor: m.floor.length ? percentiles(m.floor).p50 : null });
  });
  const floor = percentiles(raw);
  const ratio = (l: Latency) => ({ p50: round(l.p50 / floor.p50), p95: round(l.p95 / floor.p95) });
  const [c, w, n] = [percentiles(cold), percentiles(warm), percentiles(lean)];
  return {
    columnsMs: round(columnsMs), cold: c, warm: w, withoutFacets: n, rawFullText: floor,
    ratioToFloor: { cold: ratio(c), warm: ratio(w), withoutFacets: ratio(n) }, perQuery,
  };
}

const fmt = (n: number, d = 1): string => n.toFixed(d);

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'referat-bench-'));
  let pg: TestPostgres | null = null;
  const results: Record<string, unknown>[] = [];
  const started = performance.now();
  const dir = path.join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const save = (complete: boolean): number => {
    const totalSeconds = Math.round((performance.now() - started) / 100) / 10;
    const out = {
      date: new Date().toISOString(),
      node: process.version,
      complete,
      mb: 'MB = 10^6 bytes of document text (UTF-8)',
      targets: { sqliteImportMbPerSec: 10, sqliteSearchP95MsAt100k: 20 },
      queries: QUERIES.map(([q, f]) => ({ query: q, filters: f })),
      reps: REPS,
      totalSeconds,
      results,
    };
    writeFileSync(path.join(dir, 'store.json'), JSON.stringify(out, null, 2) + '\n');
    return totalSeconds;
  };
  try {
    for (const size of SIZES) {
      for (const dialect of DIALECTS) {
        let store: Store;
        if (dialect === 'postgres') {
          pg ??= await startPostgres();
          store = await openStore(await pg.createDatabase(`bench_${size}`));
        } else {
          store = await openStore(path.join(tmp, `bench-${size}.db`));
        }
        try {
          process.stdout.write(`\n== ${size} items, ${dialect}\n`);
          const imp = await importCorpus(store, size, dialect === 'sqlite' ? path.join(tmp, `floor-${size}.db`) : null);
          process.stdout.write(
            `import   ${imp.documents} documents, ${imp.items} items, ${fmt(imp.mb)} MB in ${fmt(imp.seconds, 2)} s: ${fmt(imp.mbPerSec, 2)} MB/s, ${fmt(imp.itemsPerSec, 0)} items/s; ` +
              `${fmt(imp.cpuSeconds, 2)} s CPU: ${fmt(imp.cpuMbPerSec, 2)} MB per CPU-second (optimize ${fmt(imp.optimizeSeconds, 2)} s)\n`,
          );
          if (imp.floorMbPerSec !== null && imp.ratioToFloor !== null) {
            process.stdout.write(`engine alone (same text into one FTS5 table)  ${fmt(imp.floorMbPerSec, 2)} MB/s: import at ${fmt(imp.ratioToFloor, 2)}× the floor\n`);
          }
          const counts = await rowCounts(store);
          const s = await benchSearch(store);
          const line = (name: string, l: Latency, r?: { p50: number; p95: number }): string =>
            `${name.padEnd(26)} p50 ${fmt(l.p50, 2).padStart(7)} ms  p95 ${fmt(l.p95, 2).padStart(7)} ms  p99 ${fmt(l.p99, 2).padStart(7)} ms  (n=${l.samples})` +
            (r ? `  ×floor p50 ${fmt(r.p50, 2)} p95 ${fmt(r.p95, 2)}` : '') + '\n';
          process.stdout.write(`first search after import (load item columns) ${fmt(s.columnsMs, 0)} ms\n`);
          process.stdout.write(line('search + facets, cold', s.cold, s.ratioToFloor.cold));
          process.stdout.write(line('search + facets, warm', s.warm, s.ratioToFloor.warm));
          process.stdout.write(line('search, no facets, warm', s.withoutFacets, s.ratioToFloor.withoutFacets));
          process.stdout.write(line('raw full-text (floor)', s.rawFullText));
          const slow = [...s.perQuery].sort((a, b) => b.cold - a.cold).slice(0, 3);
          process.stdout.write(
            `slowest cold  ${slow.map((q) => `${JSON.stringify(q.query)}${Object.keys(q.filters).length ? '+filters' : ''} ${fmt(q.cold, 1)} ms (floor ${q.floor === null ? '–' : fmt(q.floor, 1)} ms, ${q.total} hits)`).join(' · ')}\n`,
          );
          let endToEnd: Awaited<ReturnType<typeof importEndToEnd>> | null = null;
          if (dialect === 'sqlite' && size <= 10_000) {
            const e2eStore = await openStore(path.join(tmp, `e2e-${size}.db`));
            try {
              endToEnd = await importEndToEnd(e2eStore, size);
              process.stdout.write(`parse+import (text → SQLite) ${fmt(endToEnd.mb)} MB in ${fmt(endToEnd.seconds, 2)} s: ${fmt(endToEnd.mbPerSec, 2)} MB/s, ${fmt(endToEnd.itemsPerSec, 0)} items/s\n`);
            } finally {
              await e2eStore.close();
            }
          }
          results.push({ size, dialect, loadAverage: loadavg().map((x) => Math.round(x * 100) / 100), import: imp, endToEnd, rows: counts, search: s });
          save(false);
          process.stdout.write(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} cores (other processes skew the figures)\n`);
        } finally {
          await store.close();
        }
      }
    }
  } finally {
    await pg?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  const total = save(true);
  process.stdout.write(`\nwritten to bench/results/store.json (${total} s in all)\n`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
