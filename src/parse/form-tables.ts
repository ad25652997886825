/**
 * Items laid out as forms: word-processor templates (and portals built from them) print each item
 * as a table, one row opening the item ("Punkt 3" | "Title", or "3." | "Title") and rows of a label
 * and its text under it ("Sagsnr." | "27.00.00-A00-1-24", "Beslutning" | "Godkendt."). Such a table
 * is no table of the item's content: it is the item, and it is unrolled into the lines a printed
 * item has (heading, "Sagsnr.: …", section heading, section text) before the parser reads the
 * document. Tables without an item's opening row and a label row (header tables, budgets) are kept.
 */
import type { Block, TableBlock } from '../read/block.js';
import { isCaseNumberLabel } from './case-number.js';
import { knownSectionKind } from './sections.js';

/** "Punkt 3", "Pkt. 3:", "Sag nr. 12", "Dagsordenspunkt 4" alone in the first cell, or "3." / "3". */
const OPENER_CELL = /^(?:(?:punkt|pkt\.?|sag(?:\s*nr\.?)?|dagsordenspunkt)\s*\d{1,4}[a-z]?\s*[:.]?|\d{1,4}[a-z]?\.?)$/i;
/** "Punkt 3: Title" in one cell. */
const OPENER_TEXT = /^(?:punkt|pkt\.?|sag(?:\s*nr\.?)?|dagsordenspunkt)\s*\d{1,4}[a-z]?\s*[:.\-–]?\s+\p{L}/iu;

const cells = (row: string[]): string[] => row.map((c) => c.trim()).filter(Boolean);

function opener(row: string[]): string | null {
  const c = cells(row);
  if (!c.length) return null;
  if (c.length >= 2 && OPENER_CELL.test(c[0]!) && /\p{L}{2}/u.test(c[1]!)) return `${c[0]} ${c.slice(1).join(' ')}`.replace(/\s*\n\s*/g, ' ');
  if (c.length === 1 && OPENER_TEXT.test(c[0]!)) return c[0]!.replace(/\s*\n\s*/g, ' ');
  return null;
}

function labelOf(row: string[]): { label: string; kind: 'case' | 'section'; value: string } | null {
  const c = cells(row);
  if (c.length < 2) return null;
  const label = c[0]!;
  const value = c.slice(1).join('\n');
  if (isCaseNumberLabel(label)) return { label, kind: 'case', value };
  const bare = label.replace(/\s*:$/, '');
  if (bare.length <= 60 && knownSectionKind(bare)) return { label: bare, kind: 'section', value };
  return null;
}

/** The labels that make a row an item's: its case number, recommendation or decision. */
const ITEM_LABEL_KINDS = new Set(['recommendation', 'decision']);

/**
 * Whether the table is one or more items as forms: an opening row and a label row under it. Under a
 * bare number ("1." | "Ny cykelsti") the label must be an item's own (case number, recommendation,
 * decision): a table of projects in the case text ("Formål", "Økonomi") is content.
 */
function isItemForm(table: TableBlock): boolean {
  let opened: 'word' | 'number' | null = null;
  for (const row of table.rows) {
    if (opener(row)) opened = /^\d/.test(cells(row)[0]!) ? 'number' : 'word';
    else if (opened) {
      const l = labelOf(row);
      if (!l) continue;
      if (opened === 'word' || l.kind === 'case') return true;
      const kind = knownSectionKind(l.label);
      if (kind && ITEM_LABEL_KINDS.has(kind)) return true;
    }
  }
  return false;
}

function unroll(table: TableBlock): Block[] {
  const out: Block[] = [];
  for (const row of table.rows) {
    const open = opener(row);
    if (open) {
      out.push({ type: 'paragraph', lines: [open], bold: true });
      continue;
    }
    const l = labelOf(row);
    if (l?.kind === 'case') out.push({ type: 'paragraph', lines: [`${l.label.replace(/\s*:?$/, ':')} ${l.value.replace(/\n/g, ' ')}`] });
    else if (l) {
      out.push({ type: 'paragraph', lines: [l.label], bold: true });
      for (const para of l.value.split(/\n\s*\n/)) {
        const lines = para.split('\n').map((s) => s.trim()).filter(Boolean);
        if (lines.length) out.push({ type: 'paragraph', lines });
      }
    } else {
      const c = cells(row);
      if (c.length) out.push({ type: 'paragraph', lines: [c.join(' ').replace(/\s*\n\s*/g, ' ')] });
    }
  }
  return out;
}

/** "Sagsbehandler", "Dokumentnr.": an item's metadata labels beside its case number and sections. */
const META_LABEL = /^(?:sagsbehandler|sagsansvarlig|ansvarlig|dokumentnr\.?|dok\.\s?nr\.?|forfatter|sagstype|åben\s?\/\s?lukket)\s*:?$/i;

/**
 * An item's text as a table of label and text rows under its heading ("Sagsnr." | "2024-012345",
 * "Beslutning" | "Godkendt."): every row a case-number, metadata or section label, one of them a
 * section. A header's table ("Mødedato" | …) has other labels and is left alone.
 */
function isLabelForm(table: TableBlock): boolean {
  let section = false;
  for (const row of table.rows) {
    const c = cells(row);
    if (!c.length) continue;
    const l = labelOf(row);
    if (l?.kind === 'section') section = true;
    else if (!l && !(c.length >= 2 && META_LABEL.test(c[0]!))) return false;
  }
  return section;
}

const isForm = (b: Block): b is TableBlock => b.type === 'table' && (isItemForm(b) || isLabelForm(b));

/** A table of one cell: a box around text (a decision set apart in a shaded frame), no table of data. */
const isBox = (b: Block): b is TableBlock => {
  if (b.type !== 'table' || b.rows.length !== 1 || b.rows[0]!.length > 2) return false;
  const c = cells(b.rows[0]!);
  // A box that opens with a section's name ("Beslutning"); "Referat" opens a document's header box.
  const first = c.length === 1 ? c[0]!.split('\n')[0]!.trim() : '';
  return !!first && !!knownSectionKind(first) && !/^(?:referat|dagsorden|protokol)/i.test(first);
};

/** The box's text as the lines of a printed text: a section name on its first line is its heading. */
function unbox(table: TableBlock): Block[] {
  const out: Block[] = [];
  for (const para of cells(table.rows[0]!)[0]!.split(/\n\s*\n/)) {
    const lines = para.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length > 1 && knownSectionKind(lines[0]!)) out.push({ type: 'paragraph', lines: [lines.shift()!], bold: true });
    if (lines.length) out.push({ type: 'paragraph', lines });
  }
  return out;
}

/** The blocks with every item form and text box unrolled; the same array when there is none. */
export function unrollItemForms(blocks: Block[]): Block[] {
  if (!blocks.some((b) => isForm(b) || isBox(b))) return blocks;
  return blocks.flatMap((b) => (isForm(b) ? unroll(b) : isBox(b) ? unbox(b) : [b]));
}
