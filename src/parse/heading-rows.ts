/**
 * Item headings printed as a row under column headers: templates that repeat "Nr. | Titel | Sagsnr."
 * above each item and print the item's number, title and case number in the row below it
 * ("2. | Forslag til lokalplan … | 01.02.05-P16-2-24", the title wrapping within its column). A
 * reader sees the row as a heading with its case number; the header row itself is no text. The row
 * is rewritten into the lines a printed item has ("2. Forslag til lokalplan …", "Sagsnr.: …")
 * before the parser reads the document. A header row over several rows is an overview (a table of
 * contents) and is left alone.
 *
 * Without column headers, a heading line with the case number set to the right of the title
 * ("2. Budgetopfølgning 1. kvartal          00.30.14-S00-2-24") reaches the parser as a row of its
 * own (a one-row table, or a line with a column gap opening a paragraph); it is rewritten the same
 * way.
 */
import type { Block } from '../read/block.js';
import { caseNumberLine, isCaseNumberLabel } from './case-number.js';
import { inlineSection, knownSectionKind } from './sections.js';

type Column = 'number' | 'title' | 'case' | 'access' | 'other';

const NUMBER_LABEL = /^(?:nr\.?|punkt|pkt\.?|punkt ?nr\.?|dagsordenspunkt|#)$/i;
const TITLE_LABEL = /^(?:titel|emne|overskrift|sag|sagens titel|sagstitel|punktets titel|beskrivelse)$/i;
const ACCESS_LABEL = /^(?:åben\s?\/\s?lukket|åben|status|adgang)$/i;
const OTHER_LABEL = /^(?:side|type|sagstype|sagsbehandler|ansvarlig)$/i;

function columnOf(cell: string): Column | null {
  const c = cell.trim().replace(/\s*:$/, '');
  if (NUMBER_LABEL.test(c)) return 'number';
  if (TITLE_LABEL.test(c)) return 'title';
  if (isCaseNumberLabel(c)) return 'case';
  if (ACCESS_LABEL.test(c)) return 'access';
  if (OTHER_LABEL.test(c)) return 'other';
  return null;
}

/** The columns a header row names, or null when it is no such row (a title column and a number or case column). */
function headerColumns(cells: string[]): Column[] | null {
  if (cells.length < 2) return null;
  const cols: Column[] = [];
  for (const c of cells) {
    const col = columnOf(c);
    if (!col) return null;
    cols.push(col);
  }
  return cols.includes('title') && (cols.includes('number') || cols.includes('case')) ? cols : null;
}

/** The lines an item row becomes, or null when the row does not fit the columns. */
function itemLines(cols: Column[], cells: string[], more: string[]): string[] | null {
  // An empty trailing cell is not printed: a row may have fewer cells than the header.
  if (cells.length > cols.length || cells.length < 2) return null;
  const value = (col: Column): string => cells.map((c, k) => (cols[k] === col ? c.trim() : '')).filter(Boolean).join(' ');
  const number = value('number').replace(/\.$/, '');
  const title = [value('title'), ...more].join(' ').replace(/\s+/g, ' ').trim();
  if (!title || (cols.includes('number') && !/^\d{1,4}[a-z]?$/i.test(number))) return null;
  const out = [number ? `${number}. ${title}` : title];
  const caseNumber = value('case');
  if (caseNumber) out.push(`Sagsnr.: ${caseNumber}`);
  if (/lukket/i.test(value('access'))) out.push('Lukket punkt');
  return out;
}

const cellsOf = (line: string): string[] => line.split('\t');

/** A line that goes on with the title in its column: no column gap, no label or section of its own. */
function continuesTitle(line: string): boolean {
  const t = line.trim();
  return !!t && !t.includes('\t') && t.length <= 160 && !knownSectionKind(t) && !inlineSection(t) && !/^\p{L}[\p{L} .]{0,30}:/u.test(t);
}

/**
 * A paragraph's lines with each header row and the one item row under it rewritten, or null when
 * the paragraph has none. `pending`: the columns of a header row that ended the paragraph before,
 * whose item row opens this one.
 */
function rewriteLines(lines: string[], pending: Column[] | null): { paras: string[][]; pending: Column[] | null } | null {
  const out: string[][] = [];
  let current: string[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!.includes('\t') ? headerColumns(cellsOf(lines[i]!)) : null;
    const cols = header ?? (i === 0 ? pending : null);
    if (!cols) {
      current.push(lines[i]!);
      continue;
    }
    // The row under the header (or this line, under the last paragraph's header), its title's
    // further lines, and no further row before the next header or text.
    const at = header ? i + 1 : i;
    const row = lines[at];
    if (row === undefined) {
      // A header row that ends the paragraph: its item row opens the next one.
      if (current.length) out.push(current);
      return { paras: out, pending: cols };
    }
    let end = at + 1;
    while (end < lines.length && continuesTitle(lines[end]!)) end++;
    const nextIsRow = lines[end] !== undefined && lines[end]!.includes('\t') && !headerColumns(cellsOf(lines[end]!));
    const item = row.includes('\t') && !nextIsRow ? itemLines(cols, cellsOf(row), lines.slice(at + 1, end)) : null;
    if (!item) {
      // Rows of an overview, or a header over text: left as they are.
      if (header) return null;
      current.push(lines[i]!);
      continue;
    }
    changed = true;
    if (current.length) out.push(current);
    current = [];
    out.push([item[0]!], ...item.slice(1).map((l) => [l]));
    i = end - 1;
  }
  if (current.length) out.push(current);
  return changed ? { paras: out, pending: null } : null;
}

/** "2. Title", "Punkt 2: Title", "Sag nr. 2 Title": a cell that opens with an item number and holds a title. */
const NUMBERED_TITLE = /^(?:(?:punkt|pkt\.?|dagsordenspunkt|sag\s?nr\.?)\s?)?(\d{1,4}[a-z]?)(?:\.|:|\)|\s[-–])?\s+(\p{L}.*)$/iu;
/** How a heading row opens: its number, or "Punkt"/"Pkt."/"Sag nr."/"Dagsordenspunkt". */
const HEADING_START = /^(?:\d|punkt|pkt|sag|dagsordenspunkt)/i;
const ACCESS_CELL = /^(?:åben|åbent|offentlig|lukket|lukket punkt|fortrolig)$/i;

/**
 * The lines of an item heading printed as one row without column headers: the numbered title (or
 * the number and the title in two cells), then the case number and perhaps an access mark. Null
 * for any other row (a page number after a title is a table of contents' row).
 */
function bareHeadingRow(cells: string[]): string[] | null {
  const cs = cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (cs.length < 2 || cs.length > 4) return null;
  let k = 0;
  let heading: string;
  const bare = /^(\d{1,4}[a-z]?)\.?$/i.exec(cs[0]!);
  if (bare) {
    if (!/^\p{L}/u.test(cs[1] ?? '')) return null;
    heading = `${bare[1]}. ${cs[1]}`;
    k = 2;
  } else {
    const m = NUMBERED_TITLE.exec(cs[0]!);
    if (!m) return null;
    heading = `${m[1]}. ${m[2]}`;
    k = 1;
  }
  let caseNumber: string | null = null;
  let closed = false;
  for (; k < cs.length; k++) {
    const c = cs[k]!;
    if (ACCESS_CELL.test(c)) closed ||= /lukket|fortrolig/i.test(c);
    else if (!caseNumber && (caseNumber = caseNumberLine(c)) !== null && /\d/.test(caseNumber)) continue;
    else return null;
  }
  if (!caseNumber) return null;
  return [heading, `Sagsnr.: ${caseNumber}`, ...(closed ? ['Lukket punkt'] : [])];
}

/**
 * A paragraph cut at each line that is a heading row of its own (bareHeadingRow), the row
 * rewritten; null when there is none. Rows next to each other are an overview and stay.
 */
function splitAtHeadingRows(lines: string[]): { paras: string[][]; pending: null } | null {
  const rows = lines.map((l) => (HEADING_START.test(l) && l.includes('\t') ? bareHeadingRow(l.split('\t')) : null));
  if (!rows.some(Boolean)) return null;
  const paras: string[][] = [];
  let current: string[] = [];
  let changed = false;
  lines.forEach((l, i) => {
    const row = rows[i];
    if (!row || rows[i - 1] || rows[i + 1]) {
      current.push(l);
      return;
    }
    changed = true;
    if (current.length) paras.push(current);
    current = [];
    for (const r of row) paras.push([r]);
  });
  if (current.length) paras.push(current);
  return changed ? { paras, pending: null } : null;
}

/**
 * A table whose rows are the items themselves: a number and a title column, and a column of what
 * was decided ("Pkt. | Sag | Beslutning", "Nr. | Emne | Indstilling | Referat"). Each row becomes
 * the lines of a printed item: the numbered title, the title cell's further lines, the case number,
 * and each section column's name over its text. Null for any other table (a table of contents has
 * no section column).
 */
function itemTable(rows: string[][]): Block[] | null {
  const cols = rows.length >= 2 ? itemColumns(rows[0]!) : null;
  if (!cols) return null;
  const head = rows[0]!.map((c) => c.trim().replace(/\s*:$/, ''));
  const out: Block[] = [];
  for (const row of rows.slice(1)) {
    const cell = (k: number): string => (row[k] ?? '').trim();
    const number = cell(cols.indexOf('number')).replace(/^(?:punkt|pkt\.?|nr\.?)\s*/i, '').replace(/\.$/, '');
    const [title = '', ...more] = cell(cols.indexOf('title')).split(/\s*\n\s*/);
    // A row that is no item (a heading row of a group, an empty row) leaves the table as it is.
    if (!/^\d{1,4}[a-z]?$/i.test(number) || !/\p{L}/u.test(title)) return null;
    out.push({ type: 'paragraph', lines: [`${number}. ${title}`] });
    if (more.length) out.push({ type: 'paragraph', lines: more });
    cols.forEach((col, k) => {
      const text = cell(k);
      if (!text) return;
      if (col === 'case') out.push({ type: 'paragraph', lines: [`Sagsnr.: ${text}`] });
      else if (col === 'access' && /lukket|fortrolig/i.test(text)) out.push({ type: 'paragraph', lines: ['Lukket punkt'] });
      else if (col === 'section') out.push({ type: 'paragraph', lines: [head[k]!] }, { type: 'paragraph', lines: text.split(/\s*\n\s*/) });
    });
  }
  return out;
}

/** An item table's columns by their names: a number, a title and a section column at least; null for any other row. */
function itemColumns(names: string[]): (Column | 'section')[] | null {
  if (names.length < 3) return null;
  const head = names.map((c) => c.trim().replace(/\s*:$/, ''));
  if (!head.some((c) => NUMBER_LABEL.test(c))) return null;
  const cols = head.map((c) => columnOf(c) ?? (c && knownSectionKind(c) ? ('section' as const) : null));
  if (cols.some((c) => c === null) || !cols.includes('number') || !cols.includes('title') || !cols.includes('section')) return null;
  return cols as (Column | 'section')[];
}

const STRONG_HEADING = /^(?:punkt|pkt\.?|sag\s?nr\.?|dagsordenspunkt)\s*\d/i;
const NUMBERED_LINE = /^\d{1,3}\.?\s+\p{Lu}/u;

/**
 * Whether item headings stand outside the tables: "Punkt 3 …" lines, numbered headings, or two or
 * more paragraphs opening with a numbered title. A follow-up list ("Nr. | Sag | Beslutning | Status")
 * inside an item is then no table of the items.
 */
function hasItemHeadings(blocks: Block[]): boolean {
  let numbered = 0;
  for (const b of blocks) {
    const first = b.type === 'heading' ? b.text.trim() : b.type === 'paragraph' ? (b.lines[0] ?? '').trim() : '';
    if (STRONG_HEADING.test(first) || (b.type === 'heading' && /^\d/.test(first))) return true;
    if (NUMBERED_LINE.test(first) && ++numbered >= 2) return true;
  }
  return false;
}

/** A word every line of an item table's column names holds (the decision's or another section's column). */
const SECTION_COLUMN_WORD = /beslutning|referat|konklusion|indstilling|afgørelse|protokol|behandling|resum|sagsfremstilling/i;

/**
 * A table of the items as a PDF prints it: a paragraph whose line of column names (itemTable's) is
 * followed by rows ("2.<TAB>Title<TAB>Decision") and the further lines of their cells, which the
 * reader sets after a tab for each column before them ("<TAB>Sagsnr. 24/1182"). The paragraph's
 * lines before the table and after it stay.
 */
function itemTableInLines(lines: string[]): Block[] | null {
  const at = lines.findIndex((l) => SECTION_COLUMN_WORD.test(l) && l.includes('\t') && itemColumns(l.split('\t')) !== null);
  if (at < 0) return null;
  const rows: string[][] = [lines[at]!.split('\t').map((c) => c.trim())];
  let end = at + 1;
  for (; end < lines.length; end++) {
    const l = lines[end]!;
    const cells = l.split('\t');
    if (/^\d{1,4}[a-z]?\.?$/i.test(cells[0]!.trim()) && cells.length > 1) rows.push(cells.map((c) => c.trim()));
    else if (l.startsWith('\t') && rows.length > 1) {
      const row = rows[rows.length - 1]!;
      cells.forEach((c, k) => {
        if (c.trim()) row[k] = row[k] ? `${row[k]}\n${c.trim()}` : c.trim();
      });
    } else break;
  }
  const items = itemTable(rows);
  if (!items) return null;
  const before: Block[] = at ? [{ type: 'paragraph', lines: lines.slice(0, at) }] : [];
  const after: Block[] = end < lines.length ? [{ type: 'paragraph', lines: lines.slice(end) }] : [];
  return [...before, ...items, ...after];
}

/** The blocks with every item row under its column headers rewritten; the same array when there is none. */
export function unrollHeadingRows(blocks: Block[]): Block[] {
  let changed = false;
  /** Whether the document has item headings outside tables (then a table of items is a list inside an item). */
  let otherHeadings: boolean | null = null;
  let pending: Column[] | null = null;
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type === 'pageBreak') {
      out.push(b);
      continue;
    }
    const wasPending: Column[] | null = pending;
    pending = null;
    const row = b.type === 'table' && b.rows.length === 1 ? bareHeadingRow(b.rows[0]!) : null;
    if (row) {
      changed = true;
      for (const l of row) out.push({ type: 'paragraph', lines: [l] });
      continue;
    }
    const tabbed = b.type === 'paragraph' && b.lines.some((l) => l.includes('\t'));
    if (b.type === 'paragraph' && (wasPending || tabbed)) {
      const r: { paras: string[][]; pending: Column[] | null } | null = rewriteLines(b.lines, wasPending) ?? splitAtHeadingRows(b.lines);
      if (r) {
        changed = true;
        r.paras.forEach((lines, k) => out.push(k === 0 ? { ...b, lines } : { type: 'paragraph', lines }));
        pending = r.pending;
        continue;
      }
    }
    const items = b.type === 'table' ? itemTable(b.rows) : tabbed ? itemTableInLines(b.lines) : null;
    if (items && !(otherHeadings ??= hasItemHeadings(blocks))) {
      changed = true;
      out.push(...items);
      continue;
    }
    if (b.type === 'table' && b.rows.length === 2) {
      const cols = headerColumns(b.rows[0]!.map((c) => c.trim()));
      const item = cols ? itemLines(cols, b.rows[1]!.map((c) => c.replace(/\s*\n\s*/g, ' ').trim()), []) : null;
      if (item) {
        changed = true;
        for (const l of item) out.push({ type: 'paragraph', lines: [l] });
        continue;
      }
    }
    out.push(b);
  }
  return changed ? out : blocks;
}
