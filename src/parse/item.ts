/**
 * One item's body (the lines between its heading and the next item) → AgendaItem: the case
 * number under the heading, a closed marker, sections split at their headings in whatever order
 * the layout prints them, and the facts derived from the sections.
 */
import type { AgendaItem, Section, SectionKind } from '../model/index.js';
import type { Block } from '../read/block.js';
import { bareCaseValue, caseNumberLine, findCaseNumber, isCaseNumberLabel, leadingCaseNumber, trailingCaseNumber } from './case-number.js';
import type { ItemContext } from './context.js';
import { classifyOutcome, proseDecision } from './decision.js';
import { deriveItemFacts } from './item-facts.js';
import { itemKindFromLabel, itemKindFromText } from './item-kind.js';
import type { Line } from './lines.js';
import { isStandalone } from './lines.js';
import { inlineSection, isMinutesOnlyHeading, isSectionName, knownSectionKind, toContentBlocks } from './sections.js';

const CLOSED_MARK = /^(lukket punkt|lukket sag|punktet er lukket|sagen er lukket|lukket|(?:(?:punktet|sagen) (?:er|blev) )?behandle[ts] for lukkede døre|fortroligt punkt|ikke offentlig|lukket dagsordenspunkt)\.?$/i;
const META = /^(sagen afgøres i|sagstype|åben sag|åbent punkt|dokumentnr|dok\.?\s?nr|sagsbehandler|ansvarlig|forfatter|mødedato)\b/i;

export interface ItemParts {
  number: string;
  title: string;
  closed: boolean;
  /** The item's type as its heading states it ("Orienteringssag"), or null. */
  typeLabel?: string | null;
  body: Line[];
  /**
   * The typical gap before a section heading in this document (PDF), or null. A gap at least this
   * large after a decision is a section break even where no heading follows.
   */
  sectionGap: number | null;
}

interface SectionDraft {
  heading: string;
  kind: SectionKind;
  lines: Line[];
}

/** Lines → reader blocks again, paragraphs regrouped by the block they came from. */
function linesToBlocks(lines: Line[]): Block[] {
  const out: Block[] = [];
  let para: { block: Block; lines: string[] } | null = null;
  const flush = (): void => {
    if (para) out.push({ type: 'paragraph', lines: para.lines });
    para = null;
  };
  for (const l of lines) {
    if (l.kind === 'text') {
      if (para && para.block === l.block && l.lineNo > 0) para.lines.push(l.text);
      else {
        flush();
        para = { block: l.block, lines: [l.text] };
      }
      continue;
    }
    flush();
    if (l.kind === 'heading') out.push({ type: 'heading', level: l.level, text: l.text });
    else if (l.kind === 'list' || l.kind === 'table') out.push(l.block);
  }
  flush();
  return out;
}

function headingKind(l: Line): SectionKind | null {
  if (l.kind !== 'text' && l.kind !== 'heading') return null;
  // In running text a section name only counts as a heading on a line of its own.
  if (!(l.kind === 'heading' || l.bold || isStandalone(l) || l.lineNo === 0 || isSectionName(l.text))) return null;
  return knownSectionKind(l.text);
}

export function parseItem(parts: ItemParts, ctx: ItemContext): AgendaItem {
  let caseNumber: string | null = null;
  let closed = parts.closed;
  const lines = parts.body;
  let start = 0;
  // The case number and markers sit right under the heading, before the first section.
  const inTitle = trailingCaseNumber(parts.title) ?? leadingCaseNumber(parts.title);
  let title = parts.title;
  if (inTitle) {
    title = inTitle.title;
    caseNumber = inTitle.caseNumber;
  }
  for (let i = 0; i < Math.min(lines.length, 8); i++) {
    const l = lines[i]!;
    if (l.kind === 'pageBreak') continue;
    // A one-row table here is a label line laid out in columns ("Sagsnr.: X    Dok.nr.: Y").
    const oneRow = l.kind === 'table' && l.block.type === 'table' && l.block.rows.length === 1;
    // A small table of labels and values under the heading ("Sagsnr. | 24/1001", "Sagsbehandler | …")
    // is the item's metadata: its case number row counts, the rest is not content.
    if (!oneRow && l.block.type === 'table' && l.block.rows.length <= 6 && l.block.rows.every((r) => r.length <= 3)) {
      const n = l.block.rows.map((r) => caseNumberLine(r.join('  '))).find(Boolean);
      if (n) {
        caseNumber ??= n;
        start = i + 1;
        continue;
      }
    }
    const text = oneRow && l.block.type === 'table' ? l.block.rows[0]!.join('  ') : l.text.trim();
    if (l.kind !== 'text' && l.kind !== 'heading' && !oneRow) break;
    // "Sagsnr.: 24/4410<TAB>Lukket sag", "Sagsnr.: 24/3301 · Lukket sag": the access in a field of the case number's row.
    const cells = oneRow && l.block.type === 'table' ? l.block.rows[0]! : text.split(/\t|\s[·•|]\s/);
    if (cells.length > 1 && cells.slice(1).some((c) => CLOSED_MARK.test(c.trim())) && findCaseNumber(cells[0]!)) closed = true;
    if (headingKind(l)) break;
    if (!caseNumber) {
      const n = caseNumberLine(text);
      if (n) {
        caseNumber = n;
        start = i + 1;
        continue;
      }
      if (isCaseNumberLabel(text)) {
        const v = lines[i + 1] ? bareCaseValue(lines[i + 1]!.text) : null;
        if (v) {
          caseNumber = v;
          start = i + 2;
          i++;
          continue;
        }
      }
      if (text.length < 200 && /^(sagsnr|sags\s?nr|sagsnummer|sagsid|j\.\s?nr|journalnr)/i.test(text)) {
        caseNumber = findCaseNumber(text);
        start = i + 1;
        continue;
      }
    }
    if (CLOSED_MARK.test(text)) {
      closed = true;
      start = i + 1;
      continue;
    }
    if (META.test(text) && text.length < 200) {
      start = i + 1;
      continue;
    }
  }
  const sections: SectionDraft[] = [];
  let current: SectionDraft | null = null;
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'pageBreak') continue;
    const kind = headingKind(l);
    if (kind) {
      current = { heading: l.text.trim(), kind, lines: [] };
      sections.push(current);
      continue;
    }
    if (l.kind === 'text' && isStandalone(l) && isCapsHeading(l.text)) {
      // An unknown heading in capitals ("PROBLEMSTILLING", "LØSNING") still ends the section before it.
      current = { heading: l.text.trim(), kind: 'other', lines: [] };
      sections.push(current);
      continue;
    }
    if (l.kind === 'heading' && !l.text.trim()) {
      // An empty heading: portals use it to end the decision before the case text.
      current = { heading: '', kind: 'other', lines: [] };
      sections.push(current);
      continue;
    }
    // "Beslutning: Godkendt." opens a paragraph, or the body right under the heading's line; a
    // form's row ("Beslutning<TAB>Godkendt.", "Beslutning Godkendt.") may be any line of one.
    if (l.kind === 'text') {
      const inline = inlineSection(l.text);
      // Inside a paragraph, a form's row: set apart by a column gap, or by a space where a sentence
      // ended on the line before it.
      const prev = lines[i - 1];
      const rowStart = l.text.includes('\t') || (prev?.kind === 'text' && /[.!?:]\s*$/.test(prev.text));
      // Steps listed under a route's heading ("Sagsforløb") stay in it: parseRoute reads them there.
      if (inline && !(inline.routeStep && current?.kind === 'route') && (l.lineNo === 0 || i === start || (inline.formRow && rowStart))) {
        current = { heading: inline.heading, kind: inline.kind, lines: [{ ...l, text: inline.text }] };
        sections.push(current);
        continue;
      }
    }
    if (
      current?.kind === 'decision' &&
      current.lines.length > 0 &&
      l.kind === 'text' &&
      l.lineNo === 0 &&
      l.gapBefore !== null &&
      parts.sectionGap !== null &&
      l.gapBefore > parts.sectionGap + 0.08 &&
      !continuesDecision(l.text)
    ) {
      current = { heading: '', kind: 'other', lines: [] };
      sections.push(current);
    }
    if (!current) {
      if (l.kind === 'heading' && l.text.trim()) {
        current = { heading: l.text.trim(), kind: 'other', lines: [] };
        sections.push(current);
        continue;
      }
      current = { heading: '', kind: 'other', lines: [] };
      sections.push(current);
    }
    current.lines.push(l);
  }
  let built: Section[] = sections
    .map((s) => ({
      heading: s.heading,
      kind: ctx.agenda && s.kind === 'decision' && isMinutesOnlyHeading(s.heading) ? ('other' as const) : s.kind,
      blocks: toContentBlocks(linesToBlocks(s.lines)),
    }))
    .filter((s) => s.heading || s.blocks.length);
  if (ctx.minutes) built = proseDecision(built, ctx.committee, ctx.meetingDate);
  // A closed item in public minutes prints only its decision, without a heading.
  if (closed && !built.some((s) => s.kind === 'decision') && built[0]?.heading === '' && built[0].blocks.length) {
    built[0] = { ...built[0], heading: 'Beslutning', kind: 'decision' };
  }
  const facts = deriveItemFacts(built, ctx);
  return {
    number: parts.number,
    title,
    caseNumber,
    closed,
    kind: itemKindFromLabel(parts.typeLabel) ?? itemKindFromText(title, sections),
    sections: built,
    ...facts,
  };
}

/** A short line in capitals only: a heading in layouts that set headings in capitals. */
function isCapsHeading(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 60 || /[.!?]$/.test(t) || !/^\p{Lu}[\p{Lu}\s,&/-]+$/u.test(t) || !/\p{Lu}{4}/u.test(t)) return false;
  // "GODKENDT" in capitals is a decision, not a heading.
  return classifyOutcome(t) === 'other';
}

/** A paragraph after a gap still belongs to the decision when it records votes or attendance. */
function continuesDecision(text: string): boolean {
  return /\b(deltog ikke|stemte|stemmer|undlod|kunne (ikke )?tiltræde|tog forbehold|var inhabil|var forhindret|erklærede sig inhabil)\b/i.test(text);
}
