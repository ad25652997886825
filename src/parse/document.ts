/**
 * Block stream → MeetingDocument. The one parser for every layout: find the table of contents,
 * the item headings and the header before them, then read each item's body.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { AgendaItem, MeetingDocument, SourceFormat, Warning } from '../model/index.js';
import { bareItem } from '../model/agenda-item.js';
import { ReferatError } from '../errors.js';
import type { Block } from '../read/block.js';
import { readBytes } from '../read/index.js';
import { findMunicipality, headerFromTitle, isDateLabel, parseHeader } from './header.js';
import { parseMeetingApologies } from './attendance.js';
import { parseItem } from './item.js';
import { findItemHeadings } from './items.js';
import type { Line } from './lines.js';
import { isStandalone, toLines } from './lines.js';
import { unrollItemForms } from './form-tables.js';
import { unrollHeadingRows } from './heading-rows.js';
import type { Toc } from './toc.js';
import { findToc, squash, tocMatches } from './toc.js';
import { knownSectionKind } from './sections.js';

const PART_MARKER = /^(?:(åben|åbent|åbne|lukket|lukkede)\s+(?:dagsorden|referat|punkter|sager|del|møde)|(tillægsdagsorden|supplerende dagsorden|ekstra dagsorden))$/i;
const CLOSED_PART_HEADING = /^(?:lukket|lukkede|fortrolige?)\s+(?:punkt|punkter|sag|sager)$/i;
/** A line set as a heading: a heading element, bold, or larger than the text. */
const isPartHeading = (l: Line): boolean => (l.kind === 'heading' || (l.kind === 'text' && (l.bold || (l.size ?? 1) > 1.12))) && isStandalone(l);
/** "Underskrifter", "Underskriftsblad": the signatures after the items. */
const SIGNATURES = /^(?:underskrifter|underskriftsblad|underskriftside|underskrift)\s*:?$/i;
const NEXT_MEETING = /^næste møde\s*:/i;
/** A page's box of meeting facts, printed after the items (a sidebar): "Mødeinformation". */
const MEETING_INFO = /^(?:mødeinformation(?:er)?|mødeinfo|mødeoplysninger|oplysninger om mødet|information om mødet|om mødet|praktiske oplysninger)\s*:?$/i;
const MEETING_END = /^mødet\s+(?:sluttede|slut|hævet|blev hævet|afsluttet|afsluttedes|sluttet)\s*(?:kl\.?|klokken)?\s*(\d{1,2})(?:[.:](\d{2}))?\.?$/i;

export interface ParseContext {
  format: SourceFormat;
  name: string | null;
  /** An HTML page's <title>, which may name the municipality. */
  title?: string | null;
}

/** Items that the table of contents names but the body never reaches (an agenda list, a cut document). */
function itemsFromToc(toc: Toc, found: AgendaItem[]): AgendaItem[] {
  const extra: AgendaItem[] = [];
  const keys = found.map((it) => squash(it.title));
  const plain = (n: string): string => n.replace(/^0+(?=\d)/, '');
  const matched = toc.entries.map((e) => found.some((it, k) => (e.number && plain(e.number) === it.number) || tocMatches(keys[k]!, e, true)));
  const lastMatched = matched.lastIndexOf(true);
  if (found.length && lastMatched < 0) return [];
  const lastNumber = found.length ? Number(found[found.length - 1]!.number.split('.')[0]) : 0;
  toc.entries.forEach((e, i) => {
    if (matched[i] || (found.length && i < lastMatched)) return;
    const number = e.number ? plain(e.number) : (Number.isFinite(lastNumber) ? String(lastNumber + (i - lastMatched)) : String(i + 1));
    extra.push(emptyItem(number, e.title));
  });
  return extra;
}

/**
 * A heading set in capitals ("AFFALDSPLAN 2024-2030 - ENDELIG VEDTAGELSE") takes its title as the
 * table of contents writes it, when that is the same text in ordinary case.
 */
function titleCaseFromToc(toc: Toc, items: AgendaItem[]): void {
  for (const it of items) {
    if (/\p{Ll}/u.test(it.title) || !/\p{Lu}.*\p{Lu}/u.test(it.title)) continue;
    const key = squash(it.title);
    const entry = toc.entries.find((e) => /\p{Ll}/u.test(e.title) && (e.key ?? squash(e.title)) === key);
    if (entry) it.title = entry.title.replace(/\s+/g, ' ').trim();
  }
}

function emptyItem(number: string, rawTitle: string): AgendaItem {
  const closed = /^lukket\b/i.test(rawTitle);
  const title = rawTitle.replace(/^lukket\s*(punkt)?\s*[:.-]?\s*/i, '').trim();
  return bareItem({ number, title, closed });
}

/** "Referat_Økonomiudvalget_2024-06-04.pdf" → "Referat - Økonomiudvalget - 2024-06-04": parts as a page title's. */
function titleOfFileName(name: string): string {
  return name.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/_+/g, ' - ');
}

function allText(lines: Line[]): string {
  let out = '';
  for (const l of lines) {
    out += l.text + '\n';
    if (out.length > 2_000_000) break;
  }
  return out;
}

export function parseBlocks(blocks: Block[], ctx: ParseContext): MeetingDocument {
  const lines = toLines(unrollHeadingRows(unrollItemForms(blocks)));
  const warnings: Warning[] = [];
  const toc = findToc(lines);
  const headings = findItemHeadings(lines, toc);
  const firstItemLine = headings[0]?.line ?? lines.length;
  const headerLines = lines.slice(0, firstItemLine).filter((_, i) => !toc || i < toc.start || i >= toc.end);
  const header = parseHeader(headerLines);
  // A portal page may name the committee and date only in its title (the date is taken last: a
  // box of meeting facts after the items has the time and place too).
  const fromTitle = ctx.title && (!header.committee || !header.date) ? headerFromTitle(ctx.title) : null;
  header.committee ??= fromTitle?.committee ?? null;
  // Last, the file's name ("Referat_Økonomiudvalget_2024-06-04.pdf"), which a download was given.
  const fromName = ctx.name && (!header.committee || !header.date) ? headerFromTitle(titleOfFileName(ctx.name)) : null;
  header.committee ??= fromName?.committee ?? null;
  const text = allText(lines);
  const municipality = findMunicipality(header, text, ctx.title ?? null);
  const sectionGap = typicalSectionGap(lines);
  const itemCtx = { meetingDate: header.date, committee: header.committee?.name ?? null, minutes: header.kind === 'minutes', agenda: header.kind === 'agenda' };

  // Between the items: part markers ("Lukket referat" closes the items after it) and the line
  // that ends the meeting ("Mødet sluttede kl. 15.50"), which belong to no item.
  let closedPart = false;
  let endTime = header.endTime;
  // What follows the end of the meeting or a signature heading ("Underskrifter") belongs to no item:
  // signatures, "Næste møde", and in some layouts the attendance.
  const trailer: Line[] = [];
  const items: AgendaItem[] = headings.map((h, k) => {
    const end = headings[k + 1]?.line ?? lines.length;
    const closed = h.closed || closedPart;
    const body: Line[] = [];
    let after = false;
    const bodyLines = lines.slice(h.bodyStart, end);
    let lastText = bodyLines.length - 1;
    while (lastText >= 0 && bodyLines[lastText]!.kind === 'pageBreak') lastText--;
    for (const [at, l] of bodyLines.entries()) {
      const text = l.kind === 'text' || l.kind === 'heading' ? l.text.trim() : '';
      if (after) {
        trailer.push(l);
        continue;
      }
      const part = PART_MARKER.exec(text);
      // "Lukket punkt" as a heading of its own between two items (set larger or bold, right before
      // the next item): the part of the closed items. Under an item's own heading it is that item's mark.
      const closedHeading = at === lastText && k < headings.length - 1 && isPartHeading(l) && CLOSED_PART_HEADING.test(text);
      if (part || closedHeading) {
        // An addendum ("Tillægsdagsorden") keeps the access of the part it follows.
        if (closedHeading || part![1]) closedPart = closedHeading || /^lukke/i.test(part![1]!);
        continue;
      }
      const ended = MEETING_END.exec(text);
      if (ended) {
        endTime ??= `${ended[1]!.padStart(2, '0')}:${ended[2] ?? '00'}`;
        after = true;
        continue;
      }
      // "Næste møde: …" as a paragraph of its own after the last item is the document's, not the item's;
      // so are the meeting's facts after the last item when the header before the items has none.
      const last = k === headings.length - 1;
      const meetingInfo = last && !header.date && (MEETING_INFO.test(text) || (isStandalone(l) && isDateLabel(text)));
      if (SIGNATURES.test(text) || meetingInfo || (last && l.lineNo === 0 && l.lineCount === 1 && NEXT_MEETING.test(text))) {
        after = true;
        trailer.push(l);
        continue;
      }
      body.push(l);
    }
    return parseItem({ number: h.number, title: h.title.replace(/\s+/g, ' ').trim(), closed, typeLabel: h.typeLabel, body, sectionGap }, itemCtx);
  });
  if (toc) {
    titleCaseFromToc(toc, items);
    items.push(...itemsFromToc(toc, items));
  }
  // Attendance printed after the items (with the signatures) when the header has none, and the
  // meeting's facts from a box after the items (a page's sidebar).
  const after = parseHeader(trailer);
  const participants = header.participants.length ? header.participants : after.participants;
  // Apologies written in an item ("Godkendt. Afbud fra Jens Hansen (V).") are for the meeting.
  for (const it of items) {
    for (const p of parseMeetingApologies(it.decision?.text ?? '')) {
      const known = participants.find((q) => q.name === p.name);
      if (known) known.absent = true;
      else participants.push({ name: p.name, party: p.party, role: p.role, absent: true });
    }
  }
  if (!header.date && after.date) {
    header.date = after.date;
    header.startTime ??= after.startTime;
    endTime ??= after.endTime;
    header.location ??= after.location;
  }
  // A file name's date only for a document that shows itself as minutes or an agenda by its items.
  header.date ??= fromTitle?.date ?? (items.length ? fromName?.date : null) ?? null;
  if (!items.length) warnings.push({ code: 'W_NO_ITEMS', message: 'no agenda items were found' });

  const hasDecisions = items.some((it) => it.decision);
  const kind = header.kind ?? (hasDecisions ? 'minutes' : 'agenda');
  if (!header.date && !items.length) {
    throw new ReferatError('E_NOT_MINUTES', `${ctx.name ?? 'input'}: no meeting date and no agenda items: this does not look like an agenda or minutes`);
  }
  return {
    kind,
    municipality,
    committee: header.committee?.name ?? null,
    committeeInfo: header.committee,
    date: header.date,
    startTime: header.startTime,
    endTime,
    location: header.location,
    locations: splitLocations(header.location),
    participants,
    items,
    warnings,
    source: { format: ctx.format, name: ctx.name },
  };
}

/** The median gap before standalone section headings, where the reader measured gaps. */
function typicalSectionGap(lines: Line[]): number | null {
  const gaps = lines
    .filter((l) => l.kind === 'text' && l.lineNo === 0 && l.gapBefore !== null && knownSectionKind(l.text))
    .map((l) => l.gapBefore!)
    .sort((a, b) => a - b);
  return gaps.length >= 3 ? gaps[Math.floor(gaps.length / 2)]! : null;
}

/** "starter på Rådhuset i lokale 224 og fortsætter i Udvalgsværelset på Skulkenborg" → two places. */
export function splitLocations(location: string | null): string[] {
  if (!location) return [];
  const m = /^(?:.*?\b)?(?:starter|begynder)\s+(?:på|i)\s+(.+?)\s+og\s+fortsætter\s+(?:på|i)\s+(.+)$/i.exec(location);
  if (m) return [m[1]!.trim(), m[2]!.trim()];
  return [location];
}

/** Reads and parses one file of any supported form. */
export async function parseFile(path: string): Promise<MeetingDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new ReferatError('E_IO', `${path}: ${reason}`, { cause: e });
  }
  return parseBytes(bytes, basename(path), dirname(path));
}

export async function parseBytes(bytes: Uint8Array, name: string, dir?: string): Promise<MeetingDocument> {
  const read = await readBytes(bytes, name, dir ? { dir } : {});
  if (read.type === 'document') return read.document;
  return parseBlocks(read.blocks, { format: read.format, name, title: read.title ?? null });
}

