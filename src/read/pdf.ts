/**
 * PDF → Block stream. The words and their boxes come from poppler (`pdftotext -bbox-layout`) when it
 * is installed, else from pdf.js; from there one layout pass builds lines (words on the same
 * baseline, columns kept apart by a tab) and paragraphs (a vertical gap clearly above the body line
 * pitch starts a new one), then `mend.ts` removes running headers/footers and joins paragraphs a page
 * break cut in two.
 *
 * `gapBefore` = (white space above the line + body line height) / body pitch, so an ordinary line
 * is 1 and, between two body lines, it is exactly their baseline distance over the body pitch.
 * `size` = line height / the body's most common line height.
 */
import { ReferatError } from '../errors.js';
import { EMPTY_CELL, type Block, type ParagraphBlock } from './block.js';
import { mendPages, type PageTitle } from './mend.js';
import { extractPdfjs } from './pdf-pdfjs.js';
import { extractPoppler, findPdftotext } from './pdf-poppler.js';

/** A word (poppler) or text run (pdf.js) with its box in points, y growing downwards. */
export interface PdfWord {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

export type PdfEngine = 'poppler' | 'pdfjs';

export interface ReadPdfOptions {
  /** Default: poppler when `pdftotext` is on PATH, else pdf.js (`REFERAT_PDF_ENGINE` overrides). */
  engine?: PdfEngine | 'auto';
  /** Give up after this long (default 60 s + 10 s per MB). */
  timeoutMs?: number;
  /** Remove running headers/footers and join split paragraphs (default true). */
  mend?: boolean;
  /** Receives the running headers' and footers' texts when mending. */
  title?: PageTitle;
}

/** A new paragraph starts where the gap before a line exceeds this (in body line pitches). */
export const PARAGRAPH_GAP = 1.2;
/** Lines whose heights differ by more than this factor are not in one paragraph. */
const SIZE_STEP = 1.12;

export function pdfEngineAvailable(engine: PdfEngine): boolean {
  return engine === 'pdfjs' || findPdftotext() !== null;
}

export function defaultPdfEngine(): PdfEngine {
  const forced = process.env.REFERAT_PDF_ENGINE;
  if (forced === 'pdfjs') return 'pdfjs';
  if (forced === 'poppler' && findPdftotext()) return 'poppler';
  return findPdftotext() ? 'poppler' : 'pdfjs';
}

export async function readPdf(bytes: Uint8Array, name: string, options: ReadPdfOptions = {}): Promise<Block[]> {
  const pages = await extractPdfPages(bytes, name, options);
  let blocks = layoutPages(pages);
  if (options.mend !== false) blocks = mendPages(blocks, options.title);
  if (!blocks.some((b) => b.type !== 'pageBreak')) {
    throw new ReferatError(
      'E_PDF_UNREADABLE',
      `${name}: the PDF has no text layer (a scanned document?); text recognition (OCR) is not supported`,
    );
  }
  return blocks;
}

/** The words of every page, from the chosen engine. */
export async function extractPdfPages(bytes: Uint8Array, name: string, options: ReadPdfOptions = {}): Promise<PdfPage[]> {
  checkPdfBytes(bytes, name);
  const auto = !options.engine || options.engine === 'auto';
  const engine = auto ? defaultPdfEngine() : options.engine!;
  const timeoutMs = options.timeoutMs ?? 60_000 + Math.ceil(bytes.byteLength / 1_048_576) * 10_000;
  if (engine === 'pdfjs') return extractPdfjs(bytes, name, timeoutMs);
  try {
    return await extractPoppler(bytes, name, timeoutMs);
  } catch (e) {
    // Left to choose, a damaged file poppler gives up on gets a second chance with pdf.js (not after
    // a time-out or for a password).
    if (!auto || !(e instanceof ReferatError) || e.code !== 'E_PDF_UNREADABLE' || /took longer|password/.test(e.message)) throw e;
    try {
      return await extractPdfjs(bytes, name, timeoutMs);
    } catch {
      throw e;
    }
  }
}

/**
 * Cheap structural checks before any engine runs: empty, not a PDF, or cut off (no `%%EOF` at the
 * end; a linearized PDF cut in half still has the first-page `%%EOF`, so what follows the last
 * marker must not be more PDF).
 */
export function checkPdfBytes(bytes: Uint8Array, name: string): void {
  if (bytes.byteLength === 0) throw new ReferatError('E_PDF_TRUNCATED', `${name}: the PDF is empty (0 bytes)`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = buf.subarray(0, 1024);
  if (head.indexOf('%PDF-', 0, 'latin1') < 0) {
    throw new ReferatError('E_PDF_UNREADABLE', `${name}: not a PDF (no %PDF- header)`);
  }
  const eof = buf.lastIndexOf('%%EOF', undefined, 'latin1');
  if (eof < 0) {
    // Some writers omit the marker; a complete file still ends with `startxref <offset>` pointing
    // at its cross-reference table or stream.
    const tail = /startxref\s+(\d+)\s*$/.exec(buf.subarray(Math.max(0, buf.byteLength - 1024)).toString('latin1'));
    const at = tail ? Number(tail[1]) : -1;
    if (at > 0 && at < buf.byteLength && /^\s*(?:xref|\d+\s+\d+\s+obj)/.test(buf.subarray(at, at + 32).toString('latin1'))) return;
    throw new ReferatError('E_PDF_TRUNCATED', `${name}: the PDF is incomplete (no %%EOF end marker; a cut-off download?)`);
  }
  const rest = buf.subarray(eof + 5);
  if (rest.byteLength > 64 && /\bendobj\b|\bstartxref\b|\bxref\b/.test(rest.toString('latin1'))) {
    throw new ReferatError('E_PDF_TRUNCATED', `${name}: the PDF is incomplete (it ends inside the file structure)`);
  }
}

// ---------------------------------------------------------------------------------------------
// Layout: words → lines → paragraphs

export interface PdfLine {
  text: string;
  top: number;
  bottom: number;
  /** Height of the line's main text (char-weighted median word height; the body height for a body line mixing fonts). */
  h: number;
  x0: number;
  x1: number;
  /** The words, left to right. */
  words: PdfWord[];
}

/** Private-use bullets of the Symbol/Wingdings fonts, ligatures, soft hyphens, control chars. */
export function normalizeWordText(s: string): string {
  let t = s;
  if (/[\u0000-\u001f\u007f\u00ad\ufb00-\ufb06\uf000-\uf0ff\u2028\u2029\ufeff]/.test(t)) {
    t = t
      .replace(/[\uf0b7\uf0a7\uf0a8\uf0d8\uf076\uf06e\uf0fc\uf0e0\uf02d]/g, '•')
      .replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'))
      .replace(/\u00ad$/, '-')
      .replace(/[\u00ad\ufeff]/g, '')
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, ' ')
      .replace(/\t/g, ' ');
  }
  return t;
}

interface Group {
  top: number;
  bottom: number;
  seedH: number;
  words: PdfWord[];
  /** Words that start a table cell though only a word space comes before them (snapToColumns). */
  cellStarts?: Set<PdfWord>;
  /** Empty cells before a word that starts a cell: the columns of its table the row leaves empty (withEmptyCells). */
  emptyBefore?: Map<PdfWord, number>;
}

/** A gap between two words wide enough to be a column gap (table cells, "1.\tTitle", dot leaders' page numbers). */
const isColumnGap = (gap: number, em: number): boolean => gap > 0.8 * em;

/** Groups a page's words into lines (by vertical overlap), ordered top to bottom. */
export function buildLines(page: PdfPage): PdfLine[] {
  const words: PdfWord[] = [];
  for (const w of page.words) {
    const text = normalizeWordText(w.text);
    if (!text.trim()) continue;
    const h = w.bottom - w.top;
    const wd = w.x1 - w.x0;
    if (!(h > 0) || wd < 0) continue;
    // Vertical text (poppler reports rotated words as tall narrow boxes; a horizontal word of five
    // or more letters is always wider than high).
    if (text.trim().length >= 5 && h > 2 * wd) continue;
    // Off the page (hidden text outside the media box).
    if (page.width > 0 && (w.x1 < 0 || w.x0 > page.width || w.bottom < 0 || w.top > page.height)) continue;
    words.push(text === w.text ? w : { ...w, text });
  }
  words.sort((a, b) => a.top + a.bottom - (b.top + b.bottom) || a.x0 - b.x0);
  const groups: Group[] = [];
  for (const w of words) {
    const h = w.bottom - w.top;
    let target: Group | null = null;
    for (let k = groups.length - 1; k >= 0 && k >= groups.length - 8; k--) {
      const g = groups[k]!;
      const overlap = Math.min(g.bottom, w.bottom) - Math.max(g.top, w.top);
      if (overlap >= 0.6 * Math.min(h, g.bottom - g.top)) {
        target = g;
        break;
      }
    }
    if (!target) {
      groups.push({ top: w.top, bottom: w.bottom, seedH: h, words: [w] });
      continue;
    }
    target.words.push(w);
    // Grow the line box only with words of a similar size (a big glyph must not swallow lines).
    if (h <= 2 * target.seedH && h >= 0.5 * target.seedH) {
      target.top = Math.min(target.top, w.top);
      target.bottom = Math.max(target.bottom, w.bottom);
    }
  }
  const lines = groups.map(groupToLine);
  lines.sort((a, b) => a.top + a.bottom - (b.top + b.bottom) || a.x0 - b.x0);
  return lines;
}

function groupToLine(g: Group): PdfLine {
  const words = g.words.sort((a, b) => a.x0 - b.x0);
  // Char-weighted median height = the line's main text size.
  const hs = words.map((w) => ({ h: w.bottom - w.top, n: w.text.length })).sort((a, b) => a.h - b.h);
  const total = hs.reduce((s, x) => s + x.n, 0);
  let acc = 0;
  let h = hs[hs.length - 1]!.h;
  for (const x of hs) {
    acc += x.n;
    if (acc * 2 >= total) {
      h = x.h;
      break;
    }
  }
  let top = Infinity;
  let bottom = -Infinity;
  let text = '';
  let prevX1 = -Infinity;
  let first = true;
  let last: PdfWord | null = null;
  for (const w of words) {
    const wh = w.bottom - w.top;
    // Text printed twice at (almost) the same place, e.g. fake bold: keep one copy.
    if (last && last.text === w.text && Math.abs(last.x0 - w.x0) < 0.3 * h && Math.abs(last.top - w.top) < 0.3 * h) continue;
    last = w;
    if (wh >= 0.85 * h && wh <= 1.15 * h) {
      top = Math.min(top, w.top);
      bottom = Math.max(bottom, w.bottom);
    }
    if (!first) {
      const gap = w.x0 - prevX1;
      const em = Math.max(h, 1);
      // A column gap (table cells, "title ....\t3", "1.\tTitle", two-column lists) becomes a tab.
      if (isColumnGap(gap, em) || g.cellStarts?.has(w)) text = text.trimEnd() + `\t${EMPTY_CELL}`.repeat(g.emptyBefore?.get(w) ?? 0) + '\t' + w.text.trimStart();
      // Words apart, or a word starting well inside the previous one (overprinted text): a space.
      else if ((gap > 0.12 * em || gap < -0.3 * em) && !/\s$/.test(text) && !/^\s/.test(w.text)) text += ' ' + w.text;
      else text += w.text;
    } else text = w.text;
    first = false;
    prevX1 = Math.max(prevX1, w.x1);
  }
  // A bullet is not a table column: "•\tText" → "• Text". A page number after dot leaders is one
  // (a table of contents): "Title ......3" / "Title..... 3" → "Title ......\t3".
  text = text
    .replace(/ {2,}/g, ' ')
    .replace(/ *\t */g, '\t')
    .replace(/^([•▪◦●■\-–])\t/, '$1 ')
    .replace(/(\.{4,}|…{2,}) ?(\d{1,4})$/, '$1\t$2')
    .trim();
  let x1 = -Infinity;
  for (const w of words) x1 = Math.max(x1, w.x1);
  return { text, top, bottom, h, x0: words[0]!.x0, x1, words };
}

/**
 * A line that mixes the body font with another font at the same size (a word in another typeface)
 * gets its height from the other font's box when that font has more letters; fonts differ in
 * ascent/descent. When at least a fifth of the letters have the body height, it is a body line.
 */
function fitToBody(line: PdfLine, bodyH: number): void {
  const tol = 0.03 * bodyH;
  if (Math.abs(line.h - bodyH) <= tol) return;
  let n = 0;
  let total = 0;
  let top = Infinity;
  let bottom = -Infinity;
  for (const w of line.words) {
    total += w.text.length;
    if (Math.abs(w.bottom - w.top - bodyH) <= tol) {
      n += w.text.length;
      top = Math.min(top, w.top);
      bottom = Math.max(bottom, w.bottom);
    }
  }
  if (n > 0 && n >= 0.2 * total) {
    line.h = bottom - top;
    line.top = top;
    line.bottom = bottom;
  }
}

export interface BodyMetrics {
  /** The most common line height (weighted by characters). */
  height: number;
  /** The most common baseline-to-baseline distance between consecutive body lines. */
  pitch: number;
}

export function bodyMetrics(pages: PdfLine[][]): BodyMetrics {
  const heights = new Map<number, number>();
  for (const lines of pages) {
    for (const l of lines) {
      const bin = Math.round(l.h * 4) / 4;
      heights.set(bin, (heights.get(bin) ?? 0) + l.text.length);
    }
  }
  const hBin = modeOf(heights);
  if (hBin === null) return { height: 10, pitch: 12 };
  // Refine: the mean of the heights in the winning bin.
  let hs = 0;
  let hn = 0;
  for (const lines of pages) {
    for (const l of lines) {
      if (Math.abs(l.h - hBin) <= 0.125) {
        hs += l.h;
        hn++;
      }
    }
  }
  const height = hn ? hs / hn : hBin;
  const pitches = new Map<number, number>();
  const samples: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      if (Math.abs(a.h - height) > 0.1 * height || Math.abs(b.h - height) > 0.1 * height) continue;
      const d = b.bottom - a.bottom;
      if (d < 0.6 * height || d > 3 * height) continue;
      samples.push(d);
      const bin = Math.round(d * 4) / 4;
      pitches.set(bin, (pitches.get(bin) ?? 0) + 1);
    }
  }
  const pBin = modeOf(pitches);
  if (pBin === null) return { height, pitch: height * 1.15 };
  let ps = 0;
  let pn = 0;
  for (const d of samples) {
    if (Math.abs(d - pBin) <= 0.5) {
      ps += d;
      pn++;
    }
  }
  return { height, pitch: pn ? ps / pn : pBin };
}

function modeOf(counts: Map<number, number>): number | null {
  let best: number | null = null;
  let bestN = -1;
  for (const [k, n] of counts) {
    if (n > bestN || (n === bestN && best !== null && k < best)) {
      best = k;
      bestN = n;
    }
  }
  return best;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** "20.", "7", "4a": an item number; "Mødested", "Sagsbeskrivelse": a form's label. A cell of a left column. */
const CELL_TEXT = /^(?:\d{1,4}[a-z]?\.?|\p{Lu}[\p{L}.-]*(?: [\p{L}.-]+){0,2}:?)$/u;

/** The line's words left of `x` (a column's left edge), as a cell's text, with the rest; null when none or all. */
function splitAt(line: PdfLine, x: number, h: number): { cell: PdfWord[]; rest: PdfWord[] } | null {
  const cell = line.words.filter((w) => w.x1 <= x - 0.2 * h);
  if (!cell.length || cell.length === line.words.length) return null;
  return { cell, rest: line.words.filter((w) => w.x1 > x - 0.2 * h) };
}

const wordsText = (words: PdfWord[]): string => words.map((w) => w.text).join(' ');

/**
 * A cell of a left column (an item's number, a form's label) centred beside a text of several lines
 * sits between the text's lines, or on its middle line ("Trafiksikkerhedsplan … de første" / "20." /
 * "projekter på skolevejene"; "Kulturstrategien har …" / "Sagsbeskrivelse høringssvar, som …" /
 * "Forvaltningen har …"). It is moved to the front of the text's first line, as a reader sees the
 * row: "20.<TAB>Trafiksikkerhedsplan …".
 */
function withCentredCells(lines: PdfLine[]): PdfLine[] {
  const out = lines.slice();
  const adjacent = (a: PdfLine, b: PdfLine): boolean => b.top - a.bottom < 0.9 * Math.max(a.h, b.h);
  for (let i = 1; i < out.length - 1; i++) {
    const n = out[i]!;
    const below = out[i + 1]!;
    const above = out[i - 1]!;
    // The text column's left edge: where the lines above and below start.
    const x = below.x0;
    if (Math.abs(above.x0 - x) > 0.5 * n.h || !adjacent(above, n) || !adjacent(n, below)) continue;
    // The cell alone on its line (an even number of text lines), or before the middle line's text.
    const alone = n.x1 < x - 0.2 * n.h;
    const split = alone ? null : splitAt(n, x, n.h);
    const cellWords = alone ? n.words : split?.cell;
    if (!cellWords || !CELL_TEXT.test(wordsText(cellWords)) || n.x0 >= x) continue;
    // The text's lines: at one left edge, one line pitch apart, with nothing in the cell's column.
    const beside = (l: PdfLine | undefined): boolean => !!l && Math.abs(l.x0 - x) < 0.5 * n.h;
    let first = i - 1;
    let up = 1;
    while (first > 0 && beside(out[first - 1]) && adjacent(out[first - 1]!, out[first]!)) {
      first--;
      up++;
    }
    let down = 1;
    for (let k = i + 1; k + 1 < out.length && beside(out[k + 1]) && adjacent(out[k]!, out[k + 1]!); k++) down++;
    // Centred: as many text lines above as below.
    if (up !== down && !(alone && up < down)) continue;
    // On the middle line, at the pitch of the lines above and below: one cell's lines. A wider step
    // above or below is a row's border (a top-aligned row whose text ran on under it).
    if (!alone && Math.abs(n.top - above.top - (below.top - n.top)) > 0.1 * n.h) continue;
    const cellText = wordsText(cellWords);
    const head = out[first]!;
    out[first] = { ...head, text: `${cellText}\t${head.text}`, x0: n.x0, words: [...cellWords, ...head.words] };
    if (alone) {
      out.splice(i, 1);
      i--;
    } else {
      const rest = split!.rest;
      out[i] = { ...n, text: groupToLine({ top: n.top, bottom: n.bottom, seedH: n.h, words: rest }).text, x0: rest[0]!.x0, words: rest };
    }
  }
  return out;
}

/** The words of a line that start a cell after a column gap (not its first word). */
function cellStartsOf(line: PdfLine): PdfWord[] {
  const out: PdfWord[] = [];
  const em = Math.max(line.h, 1);
  for (let k = 1; k < line.words.length; k++) {
    const w = line.words[k]!;
    if (isColumnGap(w.x0 - line.words[k - 1]!.x1, em)) out.push(w);
  }
  return out;
}

/**
 * A table cell whose text fills its column leaves only a word space before the next cell ("2.<TAB>
 * Skoleårets planlægning 2024/25 Udvalget godkendte …"). Where two or more other rows of the page
 * start a cell at the same x, a word that starts there in a row with cells of its own starts a cell
 * too. Lines without a column gap (running text) are never touched, except the further lines of a
 * row's cells: a line right under a row (or under another such line) that starts at such a column
 * gets a tab for each column before it ("\tSagsnr. 24/1182" under "2.\tSkoleårets planlægning …"),
 * so that a reader of the table knows its cell.
 */
function snapToColumns(lines: PdfLine[]): PdfLine[] {
  const starts = lines.map(cellStartsOf);
  const rows = starts.filter((c) => c.length).length;
  if (rows < 3) return lines;
  /** How many rows start a cell within `tol` of x (rows of the same table: also starting one at `also`, when given). */
  const rowsStartingAt = (x: number, tol: number, except: number, also: number | null = null): number => {
    let seen = 0;
    for (let j = 0; j < lines.length && seen < 2; j++) {
      if (j === except || !starts[j]!.some((c) => Math.abs(c.x0 - x) <= tol)) continue;
      if (also === null || starts[j]!.some((c) => Math.abs(c.x0 - also) <= tol)) seen++;
    }
    return seen;
  };
  let underRow = false;
  /** Per line, the words that start its cells (gap or snapped); empty for a line without cells. */
  const cellStarts: Set<PdfWord>[] = [];
  const snappedLines = lines.map((line, i) => {
    if (!starts[i]!.length) {
      cellStarts.push(new Set());
      const tol = 0.3 * line.h;
      // A further line of a cell: the columns left of it are the distinct cell starts of the row above.
      if (underRow && rowsStartingAt(line.x0, tol, i) >= 2) {
        const row = starts.slice(0, i).findLast((c) => c.length)!;
        const before = row.filter((c) => c.x0 < line.x0 - tol).length + 1;
        return { ...line, text: '\t'.repeat(before) + line.text };
      }
      underRow = false;
      return line;
    }
    underRow = true;
    const tol = 0.3 * line.h;
    const cells = new Set(starts[i]);
    // Only right of the row's first cell gap, at a column of rows that share that gap (a bullet's or a label's text is no table).
    const first = starts[i]![0]!.x0;
    for (const w of line.words.slice(1)) {
      if (!cells.has(w) && w.x0 > first + tol && rowsStartingAt(w.x0, tol, i, first) >= 2) cells.add(w);
    }
    cellStarts.push(cells);
    return cells.size > starts[i]!.length ? relaid(line, cells) : line;
  });
  return withEmptyCells(snappedLines, cellStarts);
}

/** The line's text laid out again with these words starting cells, and empty cells before some of them. */
function relaid(line: PdfLine, cellStarts: Set<PdfWord>, emptyBefore?: Map<PdfWord, number>): PdfLine {
  const group: Group = { top: line.top, bottom: line.bottom, seedH: line.h, words: line.words.slice(), cellStarts };
  if (emptyBefore) group.emptyBefore = emptyBefore;
  return { ...line, text: groupToLine(group).text };
}

/**
 * A row that leaves a column of its table empty ("Jonas Krog | V | | X" under "Til stede | Afbud")
 * has no gap to show it: the cell after the empty one would pass for it. In a run of three or more
 * rows, the columns are where two or more rows start a cell (left-aligned), each reaching as far
 * right as its widest cell; a cell that starts right of where a column ends leaves that column
 * empty in its row, and gets an empty cell before it. Only rows that start in the first column,
 * and never a cell inside a column's reach (right-aligned numbers, centred headings stay as they are).
 */
function withEmptyCells(lines: PdfLine[], cellStarts: Set<PdfWord>[]): PdfLine[] {
  const out = lines.slice();
  /** Where each line's cells start, the first word's included. */
  const xs = lines.map((l, i) => (cellStarts[i]!.size ? [l.words[0]!.x0, ...[...cellStarts[i]!].map((w) => w.x0)] : []));
  /** How many cell starts two rows share, within a third of a line height. */
  const shared = (a: number, b: number): number => {
    const tol = 0.3 * Math.min(lines[a]!.h, lines[b]!.h);
    return xs[b]!.filter((x) => xs[a]!.some((y) => Math.abs(x - y) <= tol)).length;
  };
  let i = 0;
  while (i < lines.length) {
    if (!xs[i]!.length) {
      i++;
      continue;
    }
    // One table: rows with cells, each sharing two or more cell starts with the row above (tables
    // stacked without a line between them start a new run).
    let j = i + 1;
    while (j < lines.length && xs[j]!.length && shared(j - 1, j) >= 2) j++;
    if (j - i >= 3) fillRun(lines, i, j, cellStarts, out);
    i = j;
  }
  return out;
}

function fillRun(lines: PdfLine[], from: number, to: number, cellStarts: Set<PdfWord>[], out: PdfLine[]): void {
  const rows = lines.slice(from, to);
  const tol = 0.3 * Math.min(...rows.map((l) => l.h));
  /** Each row's cells: the first word and the words that start cells, with where each cell ends. */
  const cells = rows.map((line, r) => {
    const startsHere = cellStarts[from + r]!;
    const list: { word: PdfWord; x0: number; x1: number; row: number }[] = [];
    for (const w of line.words) {
      if (!list.length || startsHere.has(w)) list.push({ word: w, x0: w.x0, x1: w.x1, row: r });
      else list[list.length - 1]!.x1 = Math.max(list[list.length - 1]!.x1, w.x1);
    }
    return list;
  });
  // Columns: cell starts shared by two or more rows, each with its reach.
  const columns: { x0: number; x1: number }[] = [];
  const all = cells.flat().sort((a, b) => a.x0 - b.x0);
  for (let k = 0; k < all.length; ) {
    let m = k;
    while (m + 1 < all.length && all[m + 1]!.x0 - all[k]!.x0 <= tol) m++;
    const group = all.slice(k, m + 1);
    if (new Set(group.map((c) => c.row)).size >= 2) columns.push({ x0: all[k]!.x0, x1: Math.max(...group.map((c) => c.x1)) });
    k = m + 1;
  }
  if (columns.length < 3) return;
  rows.forEach((line, r) => {
    const row = cells[r]!;
    if (Math.abs(row[0]!.x0 - columns[0]!.x0) > tol) return;
    const empty = new Map<PdfWord, number>();
    let col = 1;
    let prev = row[0]!;
    for (const cell of row.slice(1)) {
      // Columns the cell before runs into are its own (a first cell that was not split at a column).
      while (col < columns.length && columns[col]!.x0 < prev.x1) col++;
      prev = cell;
      let skipped = 0;
      // Columns this cell starts beyond the reach of: empty in this row.
      while (col < columns.length && cell.x0 > columns[col]!.x1) {
        skipped++;
        col++;
      }
      if (skipped) empty.set(cell.word, skipped);
      // The cell fills the column it starts in (at its left edge, or inside its reach: centred, right-aligned).
      if (col < columns.length && cell.x0 >= columns[col]!.x0 - tol) col++;
    }
    if (empty.size) out[from + r] = relaid(line, cellStarts[from + r]!, empty);
  });
}

/** Lines → paragraphs for every page, a pageBreak between pages (empty pages are skipped). */
export function layoutPages(pages: PdfPage[]): Block[] {
  const pageLines = pages.map((p) => withCentredCells(snapToColumns(buildLines(p))));
  const { height, pitch } = bodyMetrics(pageLines);
  for (const lines of pageLines) for (const line of lines) fitToBody(line, height);
  const blocks: Block[] = [];
  for (const lines of pageLines) {
    if (!lines.length) continue;
    if (blocks.length) blocks.push({ type: 'pageBreak' });
    let para: ParagraphBlock | null = null;
    let sizes: number[] = [];
    let prev: PdfLine | null = null;
    const flush = (): void => {
      if (para) {
        sizes.sort((a, b) => a - b);
        para.size = round2(sizes[sizes.length >> 1]!);
        blocks.push(para);
      }
      para = null;
      sizes = [];
    };
    for (const line of lines) {
      const size = line.h / height;
      let gap: number | undefined;
      let newPara = true;
      if (prev) {
        gap = (line.top - prev.bottom + height) / pitch;
        const ratio = line.h > prev.h ? line.h / prev.h : prev.h / line.h;
        newPara = gap > PARAGRAPH_GAP || ratio > SIZE_STEP;
      }
      if (newPara) {
        flush();
        para = { type: 'paragraph', lines: [] };
        if (gap !== undefined) para.gapBefore = round2(gap);
      }
      para!.lines.push(line.text);
      sizes.push(size);
      prev = line;
    }
    flush();
  }
  return blocks;
}
