/**
 * Page-level repairs on a Block stream with `pageBreak` blocks (PDF reader, text extracted from a
 * PDF with form feeds, Markdown from a PDF converter):
 *
 * 1. Running page headers and footers go: lines at the top or bottom of a page that repeat at the
 *    same place (n-th line from the top or bottom) on at least 60 % of the pages ("Dato:
 *    04.12.2012", a committee + date header), page stamps whose number follows the page ("Side 3 af
 *    28", "3 of 5", "Referat … Side 4"), and explicit page-number lines. Only a run from the very
 *    top (or bottom) of a page is removed, so the same text further down a page (a heading, a case
 *    number) is never touched, and a line that ends like a sentence ("Godkendt.") is never furniture.
 *    On the first page a running header with the meeting's date stays when the rest of the page
 *    has no date: a template printed the document's header there.
 * 2. A paragraph that a page break cut mid-sentence is joined again: the last paragraph of a page
 *    does not end with . : ? ! and the first one of the next page starts with a lower-case letter.
 *    The pageBreak stays only where no sentence was split. Lines are kept as they are (a hyphenated
 *    line end stays a separate line; `paragraphText()` mends it).
 */
import type { Block, ParagraphBlock } from './block.js';
import { isDigit, isSpace } from './chars.js';

/** How many lines at the top and at the bottom of a page may be a running header/footer. */
const ZONE = 6;

/** Page stamps on their own, after digits became '#': "side #", "side # af #", "# of #", "- # -". */
const PAGE_STAMP = /^(?:(?:side|page|sida|seite|s\.|pag\.?)\s*#(?:\s*(?:af|of|ud af|fra|von|\/)\s*#)?|#\s*(?:af|of|\/)\s*#)$/;
const BARE_NUMBER = /^[-–—(]?\s*#\s*[-–—)]?$/;
const ENDS_LIKE_SENTENCE = /[.:;!?][\s"'”’»)\]]*$/;
/** A running page number is below this (a year is not a page number). */
const MAX_PAGE_NUMBER = 1000;
const PAGE_WORD = /\b(?:side|page|sida|seite|pag)\b|\bs\.\s*#|#\s*(?:af|of|ud af|\/)\s*#/;
/** A date as headers print it: "12. marts 2024", "12-03-2024", "2024-03-12" (not a KLE number's "00.01.00-A00"). */
const DATE = /\b\d{1,2}\.\s?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s\d{4}\b|\b(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:\d{4}|\d{2})(?![-\d])|\b\d{4}-\d{2}-\d{2}\b/i;

/**
 * "Publiceret 14. marts 2024", "Senest opdateret …", "Udskrevet 20.03.2024": a page's or a printout's
 * own date (in a running footer, a page's title), not the meeting's.
 */
export const PAGE_OWN_DATE = /\b(?:publiceret|opdateret|udgivet|oprettet|ændret|redigeret|udskrevet|udskriftsdato|printet|dannet|genereret)\b/i;

/** Whether the page's lines, other than the given ones, hold a date. */
function pageHasDate(blocks: Block[], indices: number[], except: Set<Unit>): boolean {
  const skip = new Set([...except].map((u) => `${u.block}:${u.line}`));
  for (const i of indices) {
    const b = blocks[i]!;
    for (let j = 0; j < lineCount(b); j++) {
      if (skip.has(`${i}:${b.type === 'heading' ? -1 : j}`)) continue;
      if (DATE.test(lineText(b, j))) return true;
    }
  }
  return false;
}
/** "Punkt 3" / "Sag nr. 129" on consecutive pages are agenda items, not page stamps. */
const ITEM_WORD = /^(?:punkt|pkt|sag|sagsnr|dagsordenspunkt|item|§)/;

/** May a number in this line be a page number (a line whose number follows the page)? */
function mayRunWithPage(key: string): boolean {
  if (PAGE_WORD.test(key)) return true;
  if (ITEM_WORD.test(key)) return false;
  return key.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3;
}

/** Position of one text line inside the block list. */
interface Unit {
  block: number;
  /** Line index in a paragraph, item index in a list, row index in a table; -1 for a heading. */
  line: number;
  text: string;
  /** furnitureKey(text), computed only for lines near a page edge. */
  k?: { key: string; nums: number[] };
}

function keyed(u: Unit): Unit & { k: { key: string; nums: number[] } } {
  u.k ??= furnitureKey(u.text);
  return u as Unit & { k: { key: string; nums: number[] } };
}

/** The normalised comparison key: case, whitespace and digits (→ '#') do not matter. */
export function furnitureKey(text: string): { key: string; nums: number[] } {
  const nums: number[] = [];
  // NFKC only matters outside Latin-1 (ligatures, full-width digits); most lines skip it.
  const src = (/[^\u0000-\u00ff]/.test(text) ? text.normalize('NFKC') : text).toLowerCase();
  // One pass: trim, each run of whitespace to one space, each run of digits to '#'. The text is
  // copied in slices between those runs (most lines have none).
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < src.length && isSpace(src.charCodeAt(i))) i++;
  from = i;
  let end = src.length;
  while (end > i && isSpace(src.charCodeAt(end - 1))) end--;
  while (i < end) {
    const c = src.charCodeAt(i);
    if (isDigit(c)) {
      parts.push(src.slice(from, i), '#');
      const digits = i;
      while (i < end && isDigit(src.charCodeAt(i))) i++;
      nums.push(Number(src.slice(digits, i)));
      from = i;
    } else if (isSpace(c) && (c !== 32 || isSpace(src.charCodeAt(i + 1)))) {
      parts.push(src.slice(from, i), ' ');
      while (i < end && isSpace(src.charCodeAt(i))) i++;
      from = i;
    } else i++;
  }
  if (!parts.length) return { key: src.slice(from, end), nums };
  parts.push(src.slice(from, end));
  return { key: parts.join(''), nums };
}

/** Splits at pageBreak blocks: the block indices of each page. */
function pageRanges(blocks: Block[]): number[][] {
  const pages: number[][] = [[]];
  blocks.forEach((b, i) => {
    if (b.type === 'pageBreak') pages.push([]);
    else pages[pages.length - 1]!.push(i);
  });
  return pages.filter((p) => p.length > 0);
}

/**
 * The first and last ZONE text lines of a page (the only places running headers live), without
 * visiting the lines between. `bottom[j]` is the j-th line from the bottom; `count` is all lines.
 */
interface PageEdges {
  top: Unit[];
  bottom: Unit[];
  count: number;
}

function lineCount(b: Block): number {
  if (b.type === 'paragraph') return b.lines.length;
  if (b.type === 'list') return b.items.length;
  if (b.type === 'table') return b.rows.length;
  return b.type === 'heading' ? 1 : 0;
}

function lineText(b: Block, j: number): string {
  if (b.type === 'paragraph') return b.lines[j]!;
  if (b.type === 'list') return b.items[j]!;
  if (b.type === 'table') return b.rows[j]!.join('\t');
  return b.type === 'heading' ? b.text : '';
}

function pageEdges(blocks: Block[], indices: number[]): PageEdges {
  const top: Unit[] = [];
  const bottom: Unit[] = [];
  let count = 0;
  const unit = (i: number, j: number): Unit | null => {
    const b = blocks[i]!;
    const text = lineText(b, j);
    return text.trim() ? { block: i, line: b.type === 'heading' ? -1 : j, text } : null;
  };
  for (const i of indices) {
    const n = lineCount(blocks[i]!);
    for (let j = 0; j < n; j++) {
      if (top.length < ZONE) {
        const u = unit(i, j);
        if (u) {
          top.push(u);
          count++;
        }
      } else if (lineText(blocks[i]!, j).trim()) count++;
    }
  }
  for (let k = indices.length - 1; k >= 0 && bottom.length < ZONE; k--) {
    const i = indices[k]!;
    for (let j = lineCount(blocks[i]!) - 1; j >= 0 && bottom.length < ZONE; j--) {
      const u = unit(i, j);
      if (u) bottom.push(u);
    }
  }
  return { top, bottom, count };
}

interface Seen {
  page: number;
  nums: number[];
}

/** "… Side 3 af 12" at the end of a running header's field: the page, not the title. */
const PAGE_STAMP_AT_END = /\s*\b(?:side|page)\s*\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?\s*$/i;

/** Distinct running header and footer texts kept for the page title (PageTitle). */
const MAX_RUNNING = 6;

interface Furniture {
  /** The line indices to remove, per block index (-1 for a heading). */
  out: Map<number, Set<number>>;
  /** Lines to open the document with (a date only a running footer names). */
  lead: string[];
  /** The running headers' and footers' texts, page stamps aside, in order of first appearance. */
  running: string[];
}

/**
 * What a document's running page headers and footers said ("Kalundborg Kommune",
 * "Økonomiudvalget – Referat – 10.04.2024"): they are removed from the text, but they may be the only
 * place that names the committee or the municipality, as an HTML page's <title> may be (the parser
 * reads it the same way, headerFromTitle). Filled in by mendPages.
 */
export interface PageTitle {
  running: string[];
}

/**
 * Which units are running headers/footers: the line indices to remove, per block index (-1 for a
 * heading). `need` pages (60 %) must agree at the same position from the top (or bottom): either
 * the very same text, or text whose number runs with the page (`Side 3`, `Side 4`, … on
 * consecutive pages). Lines ending like a sentence are never furniture.
 */
function findFurniture(blocks: Block[]): Furniture {
  const pages = pageRanges(blocks);
  const n = pages.length;
  const out = new Map<number, Set<number>>();
  const lead: string[] = [];
  const running = new Map<string, string>();
  if (n === 0) return { out, lead, running: [] };
  const need = n <= 1 ? Infinity : Math.max(2, Math.ceil(n * 0.6));
  const pageUnits = pages.map((p) => pageEdges(blocks, p));
  // Per position ("T0" = first line of a page, "B0" = last): the pages where each key stands there.
  const seen = new Map<string, Map<string, Seen[]>>();
  const stampPages = new Map<string, Set<number>>();
  const note = (pos: string, unit: Unit, page: number): void => {
    const { key, nums } = keyed(unit).k;
    let atPos = seen.get(pos);
    if (!atPos) seen.set(pos, (atPos = new Map()));
    let list = atPos.get(key);
    if (!list) atPos.set(key, (list = []));
    list.push({ page, nums });
    // Both stamp forms hold a number.
    if (key.includes('#') && (PAGE_STAMP.test(key) || BARE_NUMBER.test(key))) {
      let s = stampPages.get(key);
      if (!s) stampPages.set(key, (s = new Set()));
      s.add(page);
    }
  };
  pageUnits.forEach((edges, p) => {
    edges.top.forEach((u, i) => note('T' + i, u, p));
    edges.bottom.forEach((u, j) => note('B' + j, u, p));
  });

  // For each position key: the pages whose entry counts as furniture.
  const furniturePages = new Map<string, Set<number>>();
  for (const [pos, atPos] of seen) {
    for (const [key, list] of atPos) {
      if (list.length < need) continue;
      const pagesOk = agreeingPages(list, need, mayRunWithPage(key));
      if (pagesOk) furniturePages.set(pos + '\u0000' + key, pagesOk);
    }
  }
  const isFurniture = (pos: string, unit: Unit, page: number): boolean => {
    const { key } = keyed(unit).k;
    // A sentence ("Godkendt.", "Følgende deltog ikke …:") at the end of many pages is content.
    if (ENDS_LIKE_SENTENCE.test(key)) return false;
    if (furniturePages.get(pos + '\u0000' + key)?.has(page)) return true;
    if (PAGE_STAMP.test(key)) return n === 1 || (stampPages.get(key)?.size ?? 0) >= 2;
    if (BARE_NUMBER.test(key)) return n > 1 && (stampPages.get(key)?.size ?? 0) >= need;
    return false;
  };
  const remove = (u: Unit): void => {
    let lines = out.get(u.block);
    if (!lines) out.set(u.block, (lines = new Set()));
    lines.add(u.line);
  };
  /** A running header's or footer's text, once, unless it is only a page stamp. */
  const noteRunning = (u: Unit): void => {
    const { key } = keyed(u).k;
    if (PAGE_STAMP.test(key) || BARE_NUMBER.test(key) || running.has(key) || running.size >= MAX_RUNNING) return;
    // Column gaps part a header's fields ("Svendborg Kommune    Miljøudvalget    Referat"), as " - " parts a title's.
    const fields = u.text
      .split(/\t| {2,}/)
      .map((f) => f.replace(/\s+/g, ' ').replace(PAGE_STAMP_AT_END, '').trim())
      .filter(Boolean);
    running.set(key, fields.join(' - ').slice(0, 200));
  };
  const repeats = new RepeatedHeadings(blocks, pages);
  pageUnits.forEach(({ top, bottom, count }, p) => {
    let i = 0;
    while (i < top.length && isFurniture('T' + i, top[i]!, p)) i++;
    // Under the running header: the current item's heading printed again, "(fortsat)" or not.
    const first = top[i];
    if (p > 0 && first && repeats.isRepeat(first, p)) remove(first);
    // A template's page header on the first page is the document's header when it holds the
    // meeting's date and the rest of the page holds none: there it stays.
    const keep = p === 0 && top.slice(0, i).some((u) => DATE.test(u.text)) && !pageHasDate(blocks, pages[0]!, new Set(top.slice(0, i)));
    if (!keep) for (let k = 0; k < i; k++) remove(top[k]!);
    for (let k = 0; k < i; k++) noteRunning(top[k]!);
    let j = 0;
    for (; j < Math.min(bottom.length, count - i); j++) {
      if (!isFurniture('B' + j, bottom[j]!, p)) break;
      remove(bottom[j]!);
      noteRunning(bottom[j]!);
    }
    // A running footer that is the only place the first page names the meeting's date
    // ("Økonomiudvalget - Referat - 10.04.2024"): it goes, and its date opens the document, where
    // the header is read.
    const footer = p === 0 ? bottom.slice(0, j).filter((u) => DATE.test(u.text) && !PAGE_OWN_DATE.test(u.text)) : [];
    if (footer.length && !keep && !pageHasDate(blocks, pages[0]!, new Set([...top.slice(0, i), ...bottom.slice(0, j)]))) {
      // Only the date is taken, as the labelled line a header prints ("Mødedato: 10.04.2024").
      const date = DATE.exec(footer[0]!.text);
      if (date) lead.push(`Mødedato: ${date[0]}`);
    }
  });
  return { out, lead, running: [...running.values()] };
}

/** "… (fortsat)", "… (forts.)", "… – fortsat", "(fortsættes fra side 3)": a heading continued from the page before. */
const CONTINUED = /(?:[([]\s*forts(?:at|ættes|\.)?(?:\s+fra\s+[^)\]]{1,40})?\s*[)\]]|\s[-–—]\s*fortsat|,\s*fortsat)\s*$/i;
/** An item heading's opening, for a line repeated at the top of a later page. */
const ITEM_HEADING_START = /^(?:punkt|pkt\.?|sag(?:\s*nr\.?)?|dagsordenspunkt)\s*\d|^\d{1,3}\.?\s+\p{L}/iu;

const headingKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Item headings printed again at the top of the pages an item runs over: "Punkt 2. Budget 2024
 * (fortsat)", or the running item's heading line again. Such a line is no new item and no text of it.
 */
class RepeatedHeadings {
  /** Per page: the heading of the item running into it (the last heading-like line with text under it), built when first asked. */
  private running: (string | null)[] | null = null;

  constructor(
    private readonly blocks: Block[],
    private readonly pages: number[][],
  ) {}

  isRepeat(u: Unit, page: number): boolean {
    const text = u.text.trim();
    if (text.length > 200) return false;
    if (CONTINUED.test(text)) return true;
    if (ENDS_LIKE_SENTENCE.test(text) || !ITEM_HEADING_START.test(text)) return false;
    return this.runningHeadings()[page] === headingKey(text);
  }

  private runningHeadings(): (string | null)[] {
    if (this.running) return this.running;
    const out: (string | null)[] = [];
    let current: string | null = null;
    let pending: string | null = null;
    this.pages.forEach((indices) => {
      out.push(current);
      for (const i of indices) {
        const b = this.blocks[i]!;
        if (!lineCount(b)) continue;
        const first = lineText(b, 0).trim();
        if (!first) continue;
        if (ITEM_HEADING_START.test(first)) {
          // A heading-like line with text under it in its own block is an item's heading; one
          // followed straight by another (a table of contents) is not yet.
          pending = headingKey(first);
          if (lineCount(b) > 1) current = pending;
        } else if (pending !== null) {
          current = pending;
          pending = null;
        }
      }
    });
    return (this.running = out);
  }
}

/** Pages that agree on the text (same numbers, or a number that runs with the page), if ≥ need. */
function agreeingPages(list: Seen[], need: number, running: boolean): Set<number> | null {
  const byNums = new Map<string, Set<number>>();
  for (const s of list) {
    const k = s.nums.join(',');
    let set = byNums.get(k);
    if (!set) byNums.set(k, (set = new Set()));
    set.add(s.page);
  }
  let best: Set<number> | null = null;
  for (const set of byNums.values()) if (set.size >= need && (!best || set.size > best.size)) best = set;
  const width = running ? list[0]!.nums.length : 0;
  for (let g = 0; g < width; g++) {
    const byOffset = new Map<number, Set<number>>();
    for (const s of list) {
      if (s.nums.length !== width || s.nums[g]! >= MAX_PAGE_NUMBER) continue;
      const off = s.nums[g]! - s.page;
      let set = byOffset.get(off);
      if (!set) byOffset.set(off, (set = new Set()));
      set.add(s.page);
    }
    for (const set of byOffset.values()) {
      if (set.size >= need && (!best || set.size > best.size)) best = set;
    }
  }
  return best;
}

/** Removes running page headers and footers (see the module comment). Returns new blocks. */
export function removePageFurniture(blocks: Block[], title?: PageTitle): Block[] {
  const { out: furniture, lead, running } = findFurniture(blocks);
  title?.running.push(...running);
  if (!furniture.size) return blocks;
  const out: Block[] = [];
  let removedAtPageTop = false;
  let pageHasContent = false;
  const push = (b: Block): void => {
    if (b.type === 'paragraph' && removedAtPageTop && !pageHasContent && b.gapBefore !== undefined) {
      // The gap was measured from the header that is gone.
      const { gapBefore: _gone, ...rest } = b;
      b = rest;
    }
    out.push(b);
    pageHasContent = true;
  };
  blocks.forEach((b, i) => {
    if (b.type === 'pageBreak') {
      if (out.length && out[out.length - 1]!.type !== 'pageBreak') out.push(b);
      removedAtPageTop = false;
      pageHasContent = false;
      return;
    }
    const removed = furniture.get(i);
    // Most blocks lose nothing.
    if (!removed) return push(b);
    const gone = (line: number): boolean => removed.has(line);
    switch (b.type) {
      case 'heading':
        if (gone(-1)) removedAtPageTop ||= !pageHasContent;
        else push(b);
        return;
      case 'paragraph': {
        const lines = b.lines.filter((_, j) => !gone(j));
        if (lines.length === b.lines.length) return push(b);
        if (!pageHasContent && gone(0)) removedAtPageTop = true;
        if (lines.length) push({ ...b, lines });
        return;
      }
      case 'list': {
        const items = b.items.filter((_, j) => !gone(j));
        if (items.length !== b.items.length && !pageHasContent && gone(0)) removedAtPageTop = true;
        if (items.length) push(items.length === b.items.length ? b : { ...b, items });
        return;
      }
      case 'table': {
        const rows = b.rows.filter((_, j) => !gone(j));
        if (rows.length !== b.rows.length && !pageHasContent && gone(0)) removedAtPageTop = true;
        if (rows.length) push(rows.length === b.rows.length ? b : { ...b, rows });
        return;
      }
    }
  });
  while (out.length && out[out.length - 1]!.type === 'pageBreak') out.pop();
  if (lead.length) out.unshift({ type: 'paragraph', lines: lead });
  return out;
}

const ENDS_SENTENCE = /[.:?!…][\s"'”’»)\]]*$/;
const STARTS_LOWER = /^[\s"'“”„«»([]*\p{Ll}/u;

function sizesCompatible(a: ParagraphBlock, b: ParagraphBlock): boolean {
  if (a.size === undefined || b.size === undefined) return true;
  const r = a.size > b.size ? a.size / b.size : b.size / a.size;
  return r <= 1.12;
}

/** Joins a paragraph split by a page break mid-sentence; keeps the other page breaks. */
export function joinSplitParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'pageBreak') {
      const prev = out[out.length - 1];
      const next = blocks[i + 1];
      if (prev?.type === 'paragraph' && next?.type === 'paragraph' && prev.lines.length && next.lines.length) {
        const last = prev.lines[prev.lines.length - 1]!.trim();
        const first = next.lines[0]!.trim();
        if (last && !ENDS_SENTENCE.test(last) && STARTS_LOWER.test(first) && sizesCompatible(prev, next)) {
          out[out.length - 1] = { ...prev, lines: [...prev.lines, ...next.lines] };
          i++;
          continue;
        }
      }
    }
    out.push(b);
  }
  return out;
}

/** Both repairs: running headers/footers out, then split paragraphs joined. */
export function mendPages(blocks: Block[], title?: PageTitle): Block[] {
  if (!blocks.some((b) => b.type === 'pageBreak')) {
    // Without page breaks (Markdown and text from some converters) the page stamps ("Side 3 af 6")
    // still mark where pages end: two or more of them make page breaks, so that running headers
    // are found and sentences split by the page are joined. A lone stamp ("Side 1") is dropped.
    const stamps = blocks.filter(isPageStampBlock).length;
    if (stamps < 2) return blocks.filter((b) => !isPageStampBlock(b));
    blocks = blocks.flatMap((b): Block[] => (isPageStampBlock(b) ? [b, { type: 'pageBreak' }] : [b]));
  }
  return joinSplitParagraphs(removePageFurniture(blocks, title));
}

function isPageStampBlock(b: Block): boolean {
  return b.type === 'paragraph' && b.lines.length === 1 && b.lines[0]!.length < 30 && /\d|[^\u0000-\u00ff]/.test(b.lines[0]!) && PAGE_STAMP.test(furnitureKey(b.lines[0]!).key);
}
