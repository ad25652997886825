/**
 * `npm run bench:web`: requests/s and latency (p50, p99) of the portal's item page and search page
 * under concurrent load on loopback, with a static file served by the same server in the same run
 * as the baseline. Target: the item page at ≥ 30 % of the static file's throughput.
 *
 * The data: the bundled-sample generator, scaled (BENCH_WEB_ITEMS agenda items, default 5 000),
 * imported with the real importer into a fresh SQLite file. The server runs in a worker thread (its
 * own event loop, as in production); the load generator in the main thread uses Node's http with
 * keep-alive connections, a fixed concurrency and a fixed duration per target, cycling through many
 * different URLs (not one cached page).
 *
 * Two server configurations are measured, one after the other: the default (with the rendered-page
 * cache, which serves a page again until the next import) and the page cache switched off (every
 * request queries SQLite and renders). Targets are measured in interleaved rounds (static, item,
 * search, static, item, …) so that background load on the machine hits all of them alike.
 *
 * Environment: BENCH_WEB_ITEMS, BENCH_WEB_SECONDS (per target and round, default 3), BENCH_WEB_ROUNDS
 * (default 3), BENCH_WEB_CONNECTIONS (default 16), BENCH_WEB_DB (reuse an existing SQLite file).
 * Results: bench/results/web-<timestamp>.json and bench/results/web-latest.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { writeSampleSync } from '../src/sample/index.js';
import { importPaths } from '../src/store/importer.js';
import { openStore } from '../src/store/store.js';
import { STYLESHEET_PATH } from '../src/web/assets.js';
import { CatalogSource } from '../src/web/catalog.js';
import { buildApp } from '../src/web/server.js';
import { itemPath } from '../src/web/urls.js';

interface Target {
  name: string;
  paths: string[];
}

interface Result {
  name: string;
  urls: number;
  requests: number;
  seconds: number;
  rps: number;
  p50ms: number;
  p90ms: number;
  p99ms: number;
  maxms: number;
  errors: number;
  bytesPerResponse: number;
}

const QUERIES = [
  'borger',
  'budget',
  'beskæftigelse',
  'skole',
  'ældre',
  '"flere i fleksjob"',
  'handleplan -budget',
  'trafik OR vej',
  'godkendte',
  'lokalplan',
  'klima',
  'kultur',
  'integration',
  'sundhed',
  'udbud',
  'takster',
];

async function serve(dbPath: string, pageCache: boolean): Promise<void> {
  const store = await openStore(dbPath);
  const app = await buildApp(store, { catalogCheckMs: 1000, pageCacheBytes: pageCache ? 256 * 1024 * 1024 : 0 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  parentPort!.postMessage({ port: typeof addr === 'object' && addr ? addr.port : 0 });
  parentPort!.on('message', (m: string) => {
    if (m === 'stop') void app.close().then(() => store.close()).then(() => process.exit(0));
  });
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Run {
  latencies: number[];
  seconds: number;
  errors: number;
  bytes: number;
}

function summarize(t: Target, runs: Run[]): Result {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const elapsed = runs.reduce((n, r) => n + r.seconds, 0);
  const errors = runs.reduce((n, r) => n + r.errors, 0);
  const bytes = runs.reduce((n, r) => n + r.bytes, 0);
  const r2 = (x: number): number => Math.round(x * 100) / 100;
  return {
    name: t.name,
    urls: t.paths.length,
    requests: latencies.length,
    seconds: r2(elapsed),
    rps: Math.round(latencies.length / elapsed),
    p50ms: r2(percentile(latencies, 50)),
    p90ms: r2(percentile(latencies, 90)),
    p99ms: r2(percentile(latencies, 99)),
    maxms: r2(latencies[latencies.length - 1] ?? 0),
    errors,
    bytesPerResponse: latencies.length ? Math.round(bytes / latencies.length) : 0,
  };
}

async function load(port: number, t: Target, seconds: number, connections: number): Promise<Run> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const deadline = performance.now() + seconds * 1000;
  const one = (path: string): Promise<void> =>
    new Promise((resolve) => {
      const start = performance.now();
      const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
        let n = 0;
        res.on('data', (c: Buffer) => (n += c.length));
        res.on('end', () => {
          latencies.push(performance.now() - start);
          bytes += n;
          if (res.statusCode !== 200) errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await one(t.paths[next++ % t.paths.length]!);
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { latencies, seconds: elapsed, errors, bytes };
}

async function measure(dbPath: string, pageCache: boolean, targets: Target[], rounds: number, seconds: number, connections: number): Promise<Result[]> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { dbPath, pageCache } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (m: { port: number }) => resolve(m.port));
    worker.once('error', reject);
  });
  // Warm up: every URL once at least (JIT, SQLite's page cache, the page cache when on).
  for (const t of targets) await load(port, t, Math.min(4, Math.max(1.5, t.paths.length / 400)), connections);
  const runs = new Map<string, Run[]>(targets.map((t) => [t.name, []]));
  for (let r = 0; r < rounds; r++) for (const t of targets) runs.get(t.name)!.push(await load(port, t, seconds, connections));
  worker.postMessage('stop');
  await new Promise((resolve) => worker.once('exit', resolve));
  return targets.map((t) => summarize(t, runs.get(t.name)!));
}

async function main(): Promise<void> {
  const items = Number(process.env.BENCH_WEB_ITEMS ?? 5000);
  const seconds = Number(process.env.BENCH_WEB_SECONDS ?? 3);
  const rounds = Number(process.env.BENCH_WEB_ROUNDS ?? 3);
  const connections = Number(process.env.BENCH_WEB_CONNECTIONS ?? 16);
  let dir: string | null = null;
  let dbPath = process.env.BENCH_WEB_DB ?? '';
  if (!dbPath) {
    dir = await mkdtemp(join(tmpdir(), 'referat-bench-web-'));
    const t0 = performance.now();
    writeSampleSync(join(dir, 'sample'), { seed: 11, totalItems: items, truth: 'none' });
    dbPath = join(dir, 'referat.db');
    const store = await openStore(dbPath);
    const r = await importPaths(store, [join(dir, 'sample')]);
    await store.close();
    process.stdout.write(`data: ${r.counts.new + r.counts.updated} documents imported in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }

  // The URLs: item pages spread over the whole database, search pages over a fixed query set.
  const store = await openStore(dbPath);
  const cat = await new CatalogSource(store, 0).get();
  const itemRows = await store.db
    .selectFrom('agenda_item as i')
    .innerJoin('meeting as m', 'm.id', 'i.meeting_id')
    .select(['m.municipality_id', 'm.committee_id', 'm.committee_key', 'm.date', 'm.start_key', 'i.number', 'i.id'])
    .where('i.closed', '=', 0)
    .orderBy('i.id')
    .execute();
  const totalItems = itemRows.length;
  const step = Math.max(1, Math.floor(itemRows.length / 500));
  const itemPaths = itemRows.filter((_, i) => i % step === 0).map((r) => itemPath(cat, r, r.number));
  const municipalities = cat.municipalities.map((m) => m.name).filter(Boolean);
  const searchPaths = QUERIES.flatMap((q, i) => [
    `/sog?q=${encodeURIComponent(q)}`,
    `/sog?q=${encodeURIComponent(q)}&kommune=${encodeURIComponent(municipalities[i % municipalities.length] ?? '')}`,
  ]);
  await store.close();

  const targets: Target[] = [
    { name: 'static file (stylesheet)', paths: [STYLESHEET_PATH] },
    { name: 'item page', paths: itemPaths },
    { name: 'search page', paths: searchPaths },
  ];
  const configs: { name: string; pageCache: boolean; results: Result[] }[] = [];
  for (const [name, pageCache] of [
    ['default (page cache on)', true],
    ['page cache off', false],
  ] as const) {
    const results = await measure(dbPath, pageCache, targets, rounds, seconds, connections);
    configs.push({ name, pageCache, results });
    process.stdout.write(`\n${name}\n`);
    for (const r of results) {
      process.stdout.write(`  ${r.name.padEnd(26)} ${String(r.rps).padStart(7)} req/s   p50 ${r.p50ms.toFixed(2).padStart(7)} ms   p99 ${r.p99ms.toFixed(2).padStart(7)} ms   (${r.requests} requests, ${r.urls} URLs, ${r.errors} errors)\n`);
    }
    const [st, it, se] = results as [Result, Result, Result];
    process.stdout.write(`  item page at ${((it.rps / st.rps) * 100).toFixed(1)} % of the static file's throughput; search page at ${((se.rps / st.rps) * 100).toFixed(1)} %\n`);
  }
  const ratio = (c: (typeof configs)[number], i: number): number => c.results[i]!.rps / c.results[0]!.rps;
  const primary = configs[0]!;
  const verdict = ratio(primary, 1) >= 0.3 ? 'met' : 'NOT met';
  process.stdout.write(`\ntarget (item page ≥ 30 % of the static file, default configuration): ${verdict}\n`);

  const env = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? '', connections, secondsPerTargetAndRound: seconds, rounds, items: totalItems, database: 'SQLite' };
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dirOut = join(process.cwd(), 'bench', 'results');
  mkdirSync(dirOut, { recursive: true });
  writeFileSync(
    join(dirOut, `web-${stamp}.json`),
    JSON.stringify({ date: new Date().toISOString(), env, configurations: configs.map((c) => ({ ...c, itemToStatic: ratio(c, 1), searchToStatic: ratio(c, 2) })), target: 0.3 }, null, 2) + '\n',
  );
  const md = [
    `# bench:web — ${new Date().toISOString()}`,
    '',
    `SQLite, ${totalItems} open agenda items (generated sample); ${connections} keep-alive connections; ${rounds} interleaved rounds of ${seconds} s per target after a warm-up; server in a worker thread, load generator in the main thread, same machine (${env.cpus} × ${env.cpu}), Node ${env.node}. Item pages: ${targets[1]!.paths.length} different URLs; search pages: ${targets[2]!.paths.length} (16 queries, with and without a municipality filter).`,
    '',
    ...configs.flatMap((c) => [
      `## ${c.name}`,
      '',
      '| Target | URLs | req/s | p50 ms | p90 ms | p99 ms | errors | bytes/response |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...c.results.map((r) => `| ${r.name} | ${r.urls} | ${r.rps} | ${r.p50ms} | ${r.p90ms} | ${r.p99ms} | ${r.errors} | ${r.bytesPerResponse} |`),
      '',
      `Item page at **${(ratio(c, 1) * 100).toFixed(1)} %** of the static file's throughput; search page at ${(ratio(c, 2) * 100).toFixed(1)} %.`,
      '',
    ]),
    `Target (item page ≥ 30 % of the static file, default configuration): **${verdict}**.`,
    '',
  ].join('\n');
  writeFileSync(join(dirOut, 'web-latest.md'), md);
  if (dir) await rm(dir, { recursive: true, force: true });
  if (configs.some((c) => c.results.some((r) => r.errors > 0))) process.exitCode = 1;
}

if (isMainThread) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench:web failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
} else {
  const data = workerData as { dbPath: string; pageCache: boolean };
  void serve(data.dbPath, data.pageCache);
}
