/**
 * Writes the sample corpus to a folder, one file per document as it is generated (constant memory),
 * with the truth as JSON Lines (default), as a JSON file beside each document, or not at all, and a
 * manifest.json with the options and counts.
 *
 *   <dir>/<municipality>/<date>-<committee>-referat.txt|.md
 *   <dir>/truth.jsonl          {"fileName": …, "layout": …, "truth": MeetingDocument} per line
 *   <dir>/manifest.json
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCorpus, resolvedOptions, type SampleDocument, type SampleOptions, type SampleSummary } from './generate.js';

export interface WriteOptions extends SampleOptions {
  /** Where the truth goes: one truth.jsonl (default), a `<file>.truth.json` beside each document, or nowhere. */
  truth?: 'jsonl' | 'files' | 'none';
  /** Called after each document (for progress output). */
  onDocument?: (doc: SampleDocument, written: WriteSummary) => void;
}

export interface WriteSummary extends SampleSummary {
  dir: string;
  /** Files written, the manifest and truth included. */
  files: number;
  /** Bytes written for the documents themselves. */
  bytes: number;
  /** Bytes written for truth files. */
  truthBytes: number;
  seconds: number;
}

function pathFor(dir: string, fileName: string): string {
  const parts = fileName.split('/');
  if (parts.some((p) => p === '..' || p === '')) throw new Error(`sample: unsafe file name ${fileName}`);
  return join(dir, ...parts);
}

/** Synchronous writer: the fastest path, used by writeSample. */
export function writeSampleSync(dir: string, options: WriteOptions = {}): WriteSummary {
  const started = process.hrtime.bigint();
  const truthMode = options.truth ?? 'jsonl';
  mkdirSync(dir, { recursive: true });
  const summary: WriteSummary = { dir, documents: 0, items: 0, bytes: 0, municipalities: [], files: 0, truthBytes: 0, seconds: 0 };
  const madeDirs = new Set<string>();
  const truthFd = truthMode === 'jsonl' ? openSync(join(dir, 'truth.jsonl'), 'w') : null;
  try {
    const gen = generateCorpus(options);
    for (;;) {
      const next = gen.next();
      if (next.done) {
        summary.municipalities = next.value.municipalities;
        break;
      }
      const doc = next.value;
      const target = pathFor(dir, doc.fileName);
      const folder = dirname(target);
      if (!madeDirs.has(folder)) {
        mkdirSync(folder, { recursive: true });
        madeDirs.add(folder);
      }
      const bytes = Buffer.from(doc.text, 'utf8');
      writeFileSync(target, bytes);
      summary.files++;
      summary.documents++;
      summary.items += doc.truth.items.length;
      summary.bytes += bytes.length;
      if (truthFd !== null) {
        const line = Buffer.from(JSON.stringify({ fileName: doc.fileName, layout: doc.layout, format: doc.format, truth: doc.truth }) + '\n', 'utf8');
        writeSync(truthFd, line);
        summary.truthBytes += line.length;
      } else if (truthMode === 'files') {
        const json = Buffer.from(JSON.stringify(doc.truth, null, 1), 'utf8');
        writeFileSync(`${target}.truth.json`, json);
        summary.truthBytes += json.length;
        summary.files++;
      }
      options.onDocument?.(doc, summary);
    }
  } finally {
    if (truthFd !== null) {
      closeSync(truthFd);
      summary.files++;
    }
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { onDocument: _ignored, ...plain } = options;
  const manifest = {
    generator: 'referat sample',
    options: { ...plain, resolved: { ...resolvedOptions(options), totalItems: Number.isFinite(resolvedOptions(options).totalItems) ? resolvedOptions(options).totalItems : null } },
    documents: summary.documents,
    items: summary.items,
    bytes: summary.bytes,
    truth: truthMode,
    municipalities: summary.municipalities,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  summary.files++;
  return summary;
}

/** Writes the sample corpus into `dir` (created when missing). */
export async function writeSample(dir: string, options: WriteOptions = {}): Promise<WriteSummary> {
  return writeSampleSync(dir, options);
}
