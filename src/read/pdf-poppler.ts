/**
 * PDF text with positions from poppler: `pdftotext -bbox-layout - -` (PDF on stdin, XHTML on stdout)
 * gives every word with its box. Only the words are used; lines and paragraphs are rebuilt in
 * `pdf.ts` the same way for both engines.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { ReferatError } from '../errors.js';
import type { PdfPage, PdfWord } from './pdf.js';

let cachedBinary: string | null | undefined;

/** The `pdftotext` executable on PATH, or null. Looked up once per process. */
export function findPdftotext(): string | null {
  if (cachedBinary !== undefined) return cachedBinary;
  cachedBinary = null;
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, 'pdftotext' + ext);
      try {
        accessSync(candidate, constants.X_OK);
        cachedBinary = candidate;
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

export interface RunResult {
  stdout: Buffer;
  stderr: string;
  code: number | null;
}

/**
 * Runs `pdftotext` with the PDF on stdin. Never rejects for a non-zero exit (the caller decides);
 * rejects with a ReferatError on timeout, on a spawn failure or when the output exceeds `maxOutput`.
 */
export function runPdftotext(
  bin: string,
  args: string[],
  bytes: Uint8Array,
  name: string,
  timeoutMs: number,
  maxOutput = 512 * 1024 * 1024,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() =>
        reject(new ReferatError('E_PDF_UNREADABLE', `${name}: reading the PDF took longer than ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`)),
      );
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutput) {
        child.kill('SIGKILL');
        finish(() => reject(new ReferatError('E_TOO_LARGE', `${name}: the PDF's text is larger than ${maxOutput >> 20} MB`)));
        return;
      }
      chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 16384) stderr += chunk.toString('utf8');
    });
    child.on('error', (e) => {
      finish(() => reject(new ReferatError('E_PDF_UNREADABLE', `${name}: could not run pdftotext (${e.message})`, { cause: e })));
    });
    child.on('close', (code) => {
      finish(() => resolve({ stdout: Buffer.concat(chunks, size), stderr, code }));
    });
    // pdftotext may exit before it has read all input (a broken file): ignore EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(bytes);
  });
}

/** Words of every page, via `pdftotext -bbox-layout`. */
export async function extractPoppler(bytes: Uint8Array, name: string, timeoutMs: number): Promise<PdfPage[]> {
  const bin = findPdftotext();
  if (!bin) throw new ReferatError('E_PDF_UNREADABLE', `${name}: pdftotext (poppler-utils) is not installed`);
  const { stdout, stderr, code } = await runPdftotext(bin, ['-bbox-layout', '-enc', 'UTF-8', '-', '-'], bytes, name, timeoutMs);
  const pages = parseBboxXhtml(stdout.toString('utf8'));
  if (code !== 0) {
    // Poppler warns ("Syntax Error ...") and still extracts damaged files; only a failure without any
    // page is an error.
    if (pages.length && pages.some((p) => p.words.length)) return pages;
    throw popplerError(stderr, code, name);
  }
  return pages;
}

function popplerError(stderr: string, code: number | null, name: string): ReferatError {
  if (/password/i.test(stderr)) return new ReferatError('E_PDF_UNREADABLE', `${name}: the PDF is password-protected`);
  const last = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^Syntax Warning/i.test(l));
  // Poppler's messages name PDF structures, never document text; keep one short line.
  const reason = (last.find((l) => /xref|trailer|not a pdf|may not be|couldn't|error opening/i.test(l)) ?? last[last.length - 1] ?? '')
    .replace(/[^\x20-\x7e]/g, '')
    .slice(0, 160);
  const why = reason ? `: ${reason}` : '';
  // Truncation was ruled out before (readPdf checks the end of the file): this file is damaged.
  return new ReferatError('E_PDF_UNREADABLE', `${name}: the PDF is damaged or not a PDF (pdftotext exit ${code}${why})`);
}

const TOKEN =
  /<page width="([^"]*)" height="([^"]*)">|<word xMin="([^"]*)" yMin="([^"]*)" xMax="([^"]*)" yMax="([^"]*)">([^<]*)<\/word>/g;

/** Parses poppler's `-bbox` / `-bbox-layout` XHTML into pages of words, in one pass. */
export function parseBboxXhtml(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = [];
  let page: PdfPage | null = null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xhtml); m; m = TOKEN.exec(xhtml)) {
    if (m[1] !== undefined) {
      page = { width: Number(m[1]) || 0, height: Number(m[2]) || 0, words: [] };
      pages.push(page);
      continue;
    }
    if (!page) continue;
    const raw = m[7]!;
    const text = raw.includes('&') ? decodeEntities(raw) : raw;
    const word: PdfWord = { text, x0: Number(m[3]), top: Number(m[4]), x1: Number(m[5]), bottom: Number(m[6]) };
    if (Number.isFinite(word.x0) && Number.isFinite(word.x1) && Number.isFinite(word.top) && Number.isFinite(word.bottom)) {
      page.words.push(word);
    }
  }
  return pages;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, ent: string) => {
    if (ent[0] === '#') {
      const cp = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return NAMED[ent] ?? all;
  });
}
