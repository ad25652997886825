/**
 * Parse throughput (`npm run bench:parse`, compiled to dist/bench/parse.js).
 *
 * 1. PDF: `readPdf` with the poppler engine and with the pdf.js engine over the corpus PDFs, against
 *    plain `pdftotext FILE -` (no bbox, text to stdout) timed in the same run as the reference.
 *    Ratios are median pass time(ours) / median pass time(pdftotext); the target for poppler is ≤ 3.
 * 2. Text parser: `parseBytes` (src/parse/document.ts) on text made by repeating the seed minutes
 *    to ~1 MB and ~10 MB (the two sizes show whether the time grows linearly).
 *
 * Every timing runs warm-up passes for BENCH_WARMUP_MS first (see timePasses).
 * Results go to stdout and to bench/results/parse.json. MB = 10^6 bytes.
 * Environment: BENCH_REPS (default 5), BENCH_TEXT_MB (default 10), BENCH_SKIP_TEXT=1,
 * BENCH_WARMUP_MS (default 3000).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { findPdftotext } from '../src/read/pdf-poppler.js';
import { pdfEngineAvailable, readPdf, type PdfEngine } from '../src/read/pdf.js';

const run = promisify(execFile);

function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found');
    dir = up;
  }
}

const ROOT = projectRoot();
const SHARED = path.join(ROOT, '..', 'shared');
const CORPUS = path.join(SHARED, 'corpus');
const SEEDS = path.join(SHARED, 'seeds');
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 5) || 5);
const PDFS = [
  'aarhus-byraad-2025-08-27-referat.pdf',
  'ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04-referat.pdf',
  'syddjurs-puk-2013-06-20-referat.pdf',
];

interface Timing {
  /** Total bytes processed over all repetitions. */
  bytes: number;
  /** Total time of the timed passes. */
  seconds: number;
  /** From the median pass: a shared machine's slow spells move the mean, not the median. */
  mbPerSec: number;
  /** From the mean pass. */
  meanMbPerSec: number;
  /** Median time of one pass over all files, in ms. */
  medianPassMs: number;
  /** The first (cold) pass, in ms: what a one-off run of a fresh process sees. */
  firstPassMs: number;
}

/**
 * V8 reaches its optimised code for the parser only after several passes over the documents
 * (measured: the first pass over the generated documents runs at a fifth of the later ones), so
 * the passes before the timed ones run for at least WARMUP_MS.
 */
const WARMUP_MS = Math.max(0, Number(process.env.BENCH_WARMUP_MS ?? 3000) || 0);

async function timePasses(reps: number, totalBytes: number, pass: () => Promise<void>): Promise<Timing> {
  // Warm-up: module loading, JIT tiers, file cache.
  const t0 = performance.now();
  await pass();
  const firstPassMs = performance.now() - t0;
  while (performance.now() - t0 < WARMUP_MS) await pass();
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    await pass();
    times.push(performance.now() - t0);
  }
  const seconds = times.reduce((s, t) => s + t, 0) / 1000;
  const bytes = totalBytes * reps;
  times.sort((a, b) => a - b);
  const medianPassMs = times[times.length >> 1]!;
  return { bytes, seconds, mbPerSec: totalBytes / 1e6 / (medianPassMs / 1000), meanMbPerSec: bytes / 1e6 / seconds, medianPassMs, firstPassMs };
}

const fmt = (t: Timing): string => `${t.mbPerSec.toFixed(2).padStart(7)} MB/s  (median pass ${t.medianPassMs.toFixed(1)} ms; mean ${t.meanMbPerSec.toFixed(2)} MB/s)`;

interface PdfResult {
  files: { name: string; bytes: number }[];
  reps: number;
  pdftotext: Timing | null;
  engines: Partial<Record<PdfEngine, Timing & { ratioToPdftotext: number | null }>>;
  perFile: Record<string, Partial<Record<PdfEngine | 'pdftotext', number>>>;
  skipped?: string;
}

export async function benchPdf(): Promise<PdfResult> {
  const files = PDFS.map((name) => path.join(CORPUS, name)).filter((f) => existsSync(f));
  const result: PdfResult = { files: [], reps: REPS, pdftotext: null, engines: {}, perFile: {} };
  if (!files.length) {
    result.skipped = `no corpus PDFs in ${CORPUS}`;
    console.log(`PDF: skipped (${result.skipped})`);
    return result;
  }
  const data = files.map((f) => ({ name: path.basename(f), path: f, bytes: new Uint8Array(readFileSync(f)) }));
  result.files = data.map((d) => ({ name: d.name, bytes: d.bytes.byteLength }));
  const total = data.reduce((s, d) => s + d.bytes.byteLength, 0);
  console.log(`PDF: ${data.length} files, ${(total / 1e6).toFixed(2)} MB, ${REPS} repetitions`);

  const bin = findPdftotext();
  if (bin) {
    result.pdftotext = await timePasses(REPS, total, async () => {
      for (const d of data) await run(bin, ['-q', d.path, '-'], { maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' });
    });
    console.log(`  pdftotext (plain, reference) ${fmt(result.pdftotext)}`);
  } else console.log('  pdftotext not on PATH: no reference, no poppler engine');

  for (const engine of ['poppler', 'pdfjs'] as PdfEngine[]) {
    if (!pdfEngineAvailable(engine)) continue;
    const t = await timePasses(REPS, total, async () => {
      for (const d of data) await readPdf(d.bytes, d.name, { engine });
    });
    const ratio = result.pdftotext ? t.medianPassMs / result.pdftotext.medianPassMs : null;
    result.engines[engine] = { ...t, ratioToPdftotext: ratio };
    console.log(`  readPdf ${engine.padEnd(7)}            ${fmt(t)}  ratio ${ratio === null ? 'n/a' : ratio.toFixed(2) + '×'} pdftotext`);
  }

  // The whole import of a PDF (reader + parser), which is what the target is about.
  const { parseBytes } = await import('../src/parse/document.js');
  for (const engine of ['poppler', 'pdfjs'] as PdfEngine[]) {
    if (!pdfEngineAvailable(engine)) continue;
    const saved = process.env.REFERAT_PDF_ENGINE;
    process.env.REFERAT_PDF_ENGINE = engine;
    try {
      const t = await timePasses(REPS, total, async () => {
        for (const d of data) await parseBytes(d.bytes, d.name);
      });
      const ratio = result.pdftotext ? t.medianPassMs / result.pdftotext.medianPassMs : null;
      result.engines[`parse+${engine}` as PdfEngine] = { ...t, ratioToPdftotext: ratio };
      console.log(`  parseBytes ${engine.padEnd(7)}         ${fmt(t)}  ratio ${ratio === null ? 'n/a' : ratio.toFixed(2) + '×'} pdftotext (whole parse)`);
    } finally {
      if (saved === undefined) delete process.env.REFERAT_PDF_ENGINE;
      else process.env.REFERAT_PDF_ENGINE = saved;
    }
  }

  // Per file: median ms of one parse.
  for (const d of data) {
    const row: Partial<Record<PdfEngine | 'pdftotext', number>> = {};
    if (bin) row.pdftotext = await medianMs(() => run(bin, ['-q', d.path, '-'], { maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' }));
    for (const engine of ['poppler', 'pdfjs'] as PdfEngine[]) {
      if (pdfEngineAvailable(engine)) row[engine] = await medianMs(() => readPdf(d.bytes, d.name, { engine }));
    }
    result.perFile[d.name] = row;
    const cells = Object.entries(row).map(([k, v]) => `${k} ${v!.toFixed(1)} ms`);
    const ratio = row.poppler && row.pdftotext ? ` (poppler/pdftotext ${(row.poppler / row.pdftotext).toFixed(2)}×)` : '';
    console.log(`    ${d.name.slice(0, 40).padEnd(40)} ${cells.join('  ')}${ratio}`);
  }
  return result;
}

async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

// ---------------------------------------------------------------------------------------------
// TEXT PARSER THROUGHPUT — `parseBytes` from src/parse/document.ts on generated plain text.

interface TextResult {
  sizes: { bytes: number; seconds: number; mbPerSec: number; items: number }[];
  /** time per MB at the largest size / time per MB at the smallest: ≈ 1 when parsing is linear. */
  linearity: number | null;
  /** Generated documents parsed one at a time, with the same run's decode-and-split baseline. */
  documents: { count: number; bytes: number; mbPerSec: number; coldMbPerSec: number; baselineMbPerSec: number; ratioToBaseline: number } | null;
  skipped?: string;
  error?: string;
}

/** The seed minutes repeated (separated by a page break) until the text is at least `bytes` long. */
export function generatedText(bytes: number): Uint8Array {
  const seeds = existsSync(SEEDS)
    ? readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(path.join(SEEDS, f)))
    : [];
  if (!seeds.length) return new Uint8Array(0);
  const parts: Buffer[] = [];
  let size = 0;
  const sep = Buffer.from('\n\f\n');
  for (let i = 0; size < bytes; i++) {
    const s = seeds[i % seeds.length]!;
    parts.push(s, sep);
    size += s.length + sep.length;
  }
  return new Uint8Array(Buffer.concat(parts, size));
}

export async function benchTextParser(): Promise<TextResult> {
  const result: TextResult = { sizes: [], linearity: null, documents: null };
  if (process.env.BENCH_SKIP_TEXT === '1') {
    result.skipped = 'BENCH_SKIP_TEXT=1';
    return result;
  }
  let parseBytes: (bytes: Uint8Array, name: string) => Promise<{ items: unknown[] }>;
  try {
    ({ parseBytes } = await import('../src/parse/document.js'));
  } catch (e) {
    result.error = `src/parse/document.ts could not be loaded: ${(e as Error).message}`;
    console.log(`Text parser: ${result.error}`);
    return result;
  }
  const maxMb = Math.max(1, Number(process.env.BENCH_TEXT_MB ?? 10) || 10);
  const sizesMb = maxMb > 1 ? [1, maxMb] : [1];
  if (!generatedText(1).byteLength) {
    result.skipped = `no seed files in ${SEEDS}`;
    console.log(`Text parser: skipped (${result.skipped})`);
    return result;
  }
  console.log(`Text parser (parseBytes on the seeds repeated; ${Math.min(REPS, 3)} repetitions):`);
  for (const mb of sizesMb) {
    const text = generatedText(mb * 1e6);
    try {
      let items = 0;
      const t = await timePasses(Math.min(REPS, 3), text.byteLength, async () => {
        items = (await parseBytes(text, `generated-${mb}mb.txt`)).items.length;
      });
      result.sizes.push({ bytes: text.byteLength, seconds: t.seconds, mbPerSec: t.mbPerSec, items });
      console.log(`  ${(text.byteLength / 1e6).toFixed(1).padStart(5)} MB  ${fmt(t)}  ${items} items`);
    } catch (e) {
      result.error = `parseBytes failed on ${mb} MB: ${(e as Error).message}`;
      console.log(`  ${result.error}`);
      return result;
    }
  }
  // Realistic input: generated minutes in all four layouts, parsed one document at a time, against
  // a baseline measured in the same run (decode and split into trimmed lines: the least any text
  // parser does), so the figure survives a busy machine.
  const { generateCorpus } = await import('../src/sample/index.js');
  const docs = [...generateCorpus({ seed: 9, municipalities: 4, meetingsPerCommittee: 4 })].map((d) => ({ name: d.fileName, bytes: Buffer.from(d.text) }));
  const docBytes = docs.reduce((n, d) => n + d.bytes.byteLength, 0);
  const baseline = await timePasses(REPS, docBytes, async () => {
    for (const d of docs) for (const line of new TextDecoder('utf-8', { fatal: true }).decode(d.bytes).split(/\r\n|\r|\n/)) line.trim();
  });
  // Passes of a few hundred ms: more of them for a steadier median.
  const perDoc = await timePasses(Math.max(REPS, 9), docBytes, async () => {
    for (const d of docs) await parseBytes(d.bytes, d.name);
  });
  result.documents = { count: docs.length, bytes: docBytes, mbPerSec: perDoc.mbPerSec, coldMbPerSec: docBytes / 1e6 / (perDoc.firstPassMs / 1000), baselineMbPerSec: baseline.mbPerSec, ratioToBaseline: baseline.medianPassMs / perDoc.medianPassMs };
  console.log(`  ${docs.length} generated documents (${(docBytes / 1e6).toFixed(1)} MB) one at a time: ${fmt(perDoc)}; first (cold) pass ${(docBytes / 1e6 / (perDoc.firstPassMs / 1000)).toFixed(2)} MB/s`);
  console.log(`  baseline decode + split lines:  ${fmt(baseline)}  parser at ${(100 * result.documents.ratioToBaseline).toFixed(1)} % of the baseline's throughput`);
  if (result.sizes.length > 1) {
    const first = result.sizes[0]!;
    const last = result.sizes[result.sizes.length - 1]!;
    result.linearity = first.mbPerSec / last.mbPerSec;
    console.log(`  linearity (s/MB at ${(last.bytes / 1e6).toFixed(0)} MB ÷ s/MB at ${(first.bytes / 1e6).toFixed(0)} MB): ${result.linearity.toFixed(2)}`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

async function pdftotextVersion(): Promise<string | null> {
  const bin = findPdftotext();
  if (!bin) return null;
  try {
    const { stdout, stderr } = await run(bin, ['-v']);
    return (String(stderr) + String(stdout)).split('\n')[0]!.trim();
  } catch (e) {
    const err = e as { stderr?: string };
    return err.stderr?.split('\n')[0]?.trim() ?? null;
  }
}

async function main(): Promise<void> {
  const pdf = await benchPdf();
  const text = await benchTextParser();
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    pdftotext: await pdftotextVersion(),
    mb: 'MB = 10^6 bytes',
    pdf,
    text,
  };
  const dir = path.join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'parse.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${path.relative(ROOT, path.join(dir, 'parse.json'))}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
