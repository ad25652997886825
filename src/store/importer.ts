/**
 * Importing files and folders: discover (files.ts), then for each document read the bytes, skip
 * it at once when the same bytes are stored, else parse and store it (import.ts) in its own
 * transaction. A file that fails is reported with the reason and the rest go on.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { isReferatError } from '../errors.js';
import type { MeetingDocument } from '../model/index.js';
import { parseBytes } from '../parse/document.js';
import { discover, type Entry } from './files.js';
import { ImportSession, type ImportStatus, type SessionOptions } from './import.js';
import type { Store } from './store.js';

export type FileStatus = ImportStatus | 'skipped' | 'failed';

export interface FileResult {
  path: string;
  display: string;
  status: FileStatus;
  /** Why (skipped, failed) or what happened (updated: the version), in Danish. */
  reason: string | null;
  meeting: string | null;
  meetingId: number | null;
}

export interface ImportSummary {
  results: FileResult[];
  counts: Record<FileStatus, number>;
  /** Bytes of the documents read (entries only). */
  bytes: number;
  seconds: number;
}

export interface ImportOptions {
  /** Called before each document and once at the end (done === total). */
  onProgress?: (done: number, total: number, current: string | null) => void;
  session?: ImportSession;
}

const MAX_FILE_BYTES = 200_000_000;

/** How importPaths commits: every 100 documents or 2 s (each document in its own savepoint). */
export const IMPORT_BATCH: SessionOptions = { batchDocuments: 100, batchMillis: 2000 };

/** The reason of a failure in one line: the stable code and the message, never a stack trace. */
export function reasonOf(err: unknown): string {
  if (isReferatError(err)) return `${err.code}: ${err.message}`;
  const code = (err as { code?: unknown }).code;
  const msg = err instanceof Error ? err.message : String(err);
  return `${typeof code === 'string' && code.startsWith('E_') ? code + ': ' : ''}${msg.split('\n')[0]}`;
}

async function readEntry(e: Entry): Promise<{ bytes: Buffer; hash: string; size: number }> {
  const bytes = await readFile(e.path);
  if (bytes.byteLength > MAX_FILE_BYTES) throw new Error(`${e.display}: the file is larger than ${MAX_FILE_BYTES / 1e6} MB`);
  const h = createHash('sha256').update(bytes);
  let size = bytes.byteLength;
  for (const extra of e.hashFiles.slice(1)) {
    const more = await readFile(extra);
    h.update('\0' + basename(extra) + '\0').update(more);
    size += more.byteLength;
  }
  return { bytes, hash: h.digest('hex'), size };
}

async function parseEntry(e: Entry, bytes: Buffer): Promise<MeetingDocument> {
  try {
    return await parseBytes(bytes, basename(e.path), dirname(e.path));
  } catch (err) {
    if (!e.fallback) throw err;
    // An Acadre manifest that cannot be read: the content XML it names holds the meeting.
    const content = await readFile(e.fallback);
    return await parseBytes(content, basename(e.fallback), dirname(e.fallback));
  }
}

export async function importPaths(store: Store, paths: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const found = await discover(paths);
  const session = options.session ?? new ImportSession(store, IMPORT_BATCH);
  const results: FileResult[] = [];
  let bytes = 0;
  for (const m of found.missing) results.push({ path: m.path, display: m.path, status: 'failed', reason: m.reason, meeting: null, meetingId: null });
  const total = found.entries.length;
  try {
  for (let i = 0; i < total; i++) {
    const e = found.entries[i]!;
    options.onProgress?.(i, total, e.display);
    try {
      const { bytes: data, hash, size } = await readEntry(e);
      bytes += data.byteLength;
      const known = await session.findDocument(hash);
      if (known) {
        results.push({
          path: e.path, display: e.display, status: 'unchanged', reason: known.fileName !== basename(e.path) && known.fileName !== e.display ? `samme fil som ${known.fileName}` : null,
          meeting: null, meetingId: known.meetingId,
        });
        continue;
      }
      const doc = await parseEntry(e, data);
      const outcome = await session.importDocument(doc, { fileName: e.display, path: e.path, sha256: hash, size });
      results.push({ path: e.path, display: e.display, status: outcome.status, reason: outcome.note, meeting: outcome.meeting, meetingId: outcome.meetingId });
    } catch (err) {
      results.push({ path: e.path, display: e.display, status: 'failed', reason: reasonOf(err), meeting: null, meetingId: null });
    }
  }
  } finally {
    await session.flush();
  }
  await session.flush();
  options.onProgress?.(total, total, null);
  for (const s of found.skipped) results.push({ path: s.path, display: s.path, status: 'skipped', reason: s.reason, meeting: null, meetingId: null });
  const counts: Record<FileStatus, number> = { new: 0, updated: 0, alternate: 0, unchanged: 0, skipped: 0, failed: 0 };
  for (const r of results) counts[r.status]++;
  return { results, counts, bytes, seconds: (performance.now() - started) / 1000 };
}
