/**
 * PDF text with positions from pdf.js (pure JavaScript, the fallback when poppler's pdftotext is
 * not installed). Text items are turned into the same word boxes poppler reports: x from the text
 * matrix, top/bottom from the baseline and the font's ascent/descent, in top-down page coordinates.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ReferatError } from '../errors.js';
import type { PdfPage, PdfWord } from './pdf.js';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfjsModule> | null = null;

function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    // The worker module in the main thread ("fake worker"): no worker file lookup, no thread.
    const workerModule: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    if (!g.pdfjsWorker) g.pdfjsWorker = (await import(workerModule)) as unknown;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

let assetDir: string | null | undefined;
function pdfjsAssets(): string | null {
  if (assetDir !== undefined) return assetDir;
  try {
    assetDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  } catch {
    assetDir = null;
  }
  return assetDir;
}

/** Poppler's fallback when a font states no ascent/descent. */
const DEFAULT_ASCENT = 0.95;
const DEFAULT_DESCENT = -0.35;

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL: boolean;
}

function mul(m1: number[], m2: number[]): number[] {
  const [a1, b1, c1, d1, e1, f1] = m1 as [number, number, number, number, number, number];
  const [a2, b2, c2, d2, e2, f2] = m2 as [number, number, number, number, number, number];
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

export async function extractPdfjs(bytes: Uint8Array, name: string, timeoutMs: number): Promise<PdfPage[]> {
  const pdfjs = await loadPdfjs();
  const assets = pdfjsAssets();
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
    ...(assets
      ? {
          standardFontDataUrl: path.join(assets, 'standard_fonts') + path.sep,
          cMapUrl: path.join(assets, 'cmaps') + path.sep,
          cMapPacked: true,
        }
      : {}),
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ReferatError('E_PDF_UNREADABLE', `${name}: reading the PDF took longer than ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`)),
      timeoutMs,
    );
  });
  try {
    const work = readAll(task, name, performance.now() + timeoutMs, timeoutMs);
    // After a timeout the work is abandoned (and rejects when the task is destroyed): never unhandled.
    work.catch(() => undefined);
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

/**
 * pdf.js runs in this thread and may work through a whole document on microtasks alone, so a timer
 * cannot interrupt it: check the deadline and yield to the event loop between pages.
 */
async function readAll(task: ReturnType<PdfjsModule['getDocument']>, name: string, deadline: number, timeoutMs: number): Promise<PdfPage[]> {
  const checkTime = async (): Promise<void> => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (performance.now() > deadline) {
      throw new ReferatError('E_PDF_UNREADABLE', `${name}: reading the PDF took longer than ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`);
    }
  };
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    throw pdfjsError(e, name);
  }
  await checkTime();
  const pages: PdfPage[] = [];
  let failures = 0;
  let firstFailure: unknown = null;
  for (let p = 1; p <= doc.numPages; p++) {
    if (p > 1) await checkTime();
    try {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      const styles = content.styles as Record<string, { ascent?: number; descent?: number }>;
      const words: PdfWord[] = [];
      for (const raw of content.items) {
        const item = raw as Partial<TextItemLike>;
        if (typeof item.str !== 'string' || !item.transform || !item.str.trim()) continue;
        const m = mul(viewport.transform, item.transform);
        const [a, b, c, d, x, y] = m as [number, number, number, number, number, number];
        // Only horizontal text (rotated stamps and vertical margin text are skipped, as their boxes
        // would cut across lines). A shear (c ≠ 0, synthetic italics) is horizontal text.
        const size = -d;
        if (!(size > 0) || a <= 0 || Math.abs(b) > 0.05 * a || Math.abs(c) > 2 * size) continue;
        const style = styles[item.fontName ?? ''];
        let ascent = style?.ascent;
        let descent = style?.descent;
        if (typeof ascent !== 'number' || !Number.isFinite(ascent) || ascent <= 0 || ascent > 2) ascent = DEFAULT_ASCENT;
        if (typeof descent !== 'number' || !Number.isFinite(descent) || descent > 0 || descent < -1.5) descent = DEFAULT_DESCENT;
        const width = (item.width ?? 0) * viewport.scale;
        words.push({ text: item.str, x0: x, x1: x + width, top: y - ascent * size, bottom: y - descent * size });
      }
      pages.push({ width: viewport.width, height: viewport.height, words });
      page.cleanup();
    } catch (e) {
      failures++;
      firstFailure ??= e;
      pages.push({ width: 0, height: 0, words: [] });
    }
  }
  if (doc.numPages > 0 && failures === doc.numPages) throw pdfjsError(firstFailure, name);
  return pages;
}

function pdfjsError(e: unknown, name: string): ReferatError {
  if (e instanceof ReferatError) return e;
  const errName = (e as { name?: string } | null)?.name ?? '';
  const message = e instanceof Error ? e.message : String(e);
  if (errName === 'PasswordException') return new ReferatError('E_PDF_UNREADABLE', `${name}: the PDF is password-protected`, { cause: e });
  const reason = message.replace(/[^\x20-\x7e]/g, '').slice(0, 160);
  return new ReferatError('E_PDF_UNREADABLE', `${name}: the PDF is damaged or not a PDF (pdf.js: ${reason || errName || 'unknown error'})`, { cause: e });
}
