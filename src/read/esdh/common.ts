/**
 * What the ESDH readers share: field text as plain lines, members from an export's member records,
 * section building from HTML/text fields, picking this meeting's decision among dated entries, and
 * turning an item draft into the model's AgendaItem (closed items lose their content here, in one
 * place). Danish dates, times, names, roles, placeholders and committee terms are read by the
 * shared parsers in `src/parse` (`danish/dates.ts`, `danish/people.ts`, `decision.ts`, `header.ts`).
 */
import { parseDocument } from 'htmlparser2';
import type {
  AbsentFromItem,
  AgendaItem,
  Attachment,
  Decision,
  ItemKind,
  MeetingDocument,
  Participant,
  Section,
  SourceFormat,
  Warning,
} from '../../model/index.js';
import { bareItem } from '../../model/agenda-item.js';
import type { Block } from '../block.js';
import { htmlToBlocks, textOf } from '../html.js';
import { buildSection } from '../../parse/sections.js';
import { deriveItemFacts } from '../../parse/item-facts.js';
import type { ItemContext } from '../../parse/context.js';
import { dateLabel } from '../../parse/danish/dates.js';
import { parsePerson, roleOfField } from '../../parse/danish/people.js';
import { isFieldPlaceholder } from '../../parse/decision.js';
import { splitTerm } from '../../parse/header.js';

// ---------------------------------------------------------------------------------------------
// Text

/** Collapses all whitespace (incl. no-break and zero-width space) to single spaces and trims. */
export function ws(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u200b\u00ad]+/g, ' ').trim();
}

/** A field value that may carry HTML tags or entities, as one line of plain text. */
export function plain(s: string | null | undefined): string {
  const t = s ?? '';
  if (!/[<&]/.test(t)) return ws(t);
  return ws(textOf(parseDocument(t, { decodeEntities: true })).replace(/\n/g, ' '));
}

/** A field value that may carry HTML, as plain text keeping line breaks ("<br>" → "\n"). */
export function plainLines(s: string | null | undefined): string[] {
  const t = s ?? '';
  const text = /[<&]/.test(t) ? textOf(parseDocument(t, { decodeEntities: true })) : t;
  return text.split('\n').map(ws).filter(Boolean);
}

/** "FORRETNINGSUDVALGET" → "Forretningsudvalget"; mixed-case names are kept as written. */
export function unshout(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return s;
  return s.charAt(0) + s.slice(1).toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// People

/**
 * A participant from an export's member record: the name field as printed ("Lolan Ottesen (A) -
 * formand", "Jesper  Mathiesen (A)", "Hans Hammann (Fravær)") read by the shared person parser, with
 * any name taken as it stands, completed by the record's own party, role and attendance fields. In
 * a name field a short label in parentheses that is no party, role or absence names the member's
 * list or group ("(Spejderforeninger)"), and stands as the party.
 */
export function memberOf(
  nameField: string,
  fields: { party?: string | null; role?: string | null; absent?: boolean } = {},
): Participant | null {
  const p = parsePerson(ws(nameField), { anyName: true });
  if (!p) return null;
  const group = p.note && p.note.length <= 20 && !/\d/.test(p.note) ? p.note : null;
  return {
    name: p.name,
    party: p.party ?? group ?? (ws(fields.party) || null),
    role: p.role ?? roleOfField(fields.role),
    absent: p.absent || !!fields.absent,
  };
}

// ---------------------------------------------------------------------------------------------
// Sections

/** A field's HTML as reader blocks, with placeholder-only content dropped. */
export function htmlBlocks(html: string | null | undefined): Block[] {
  const h = html ?? '';
  if (!h.trim()) return [];
  const blocks = h.includes('<') || h.includes('&') ? htmlToBlocks(h) : textBlocks(h);
  if (isFieldPlaceholder(blocksText(blocks))) return [];
  return blocks;
}

/** Plain text → paragraphs on blank lines, lines kept. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n')) {
    const l = ws(raw);
    if (!l) {
      if (lines.length) blocks.push({ type: 'paragraph', lines });
      lines = [];
    } else lines.push(l);
  }
  if (lines.length) blocks.push({ type: 'paragraph', lines });
  return blocks;
}

/** Reader blocks → text: a paragraph's lines and list items on lines of their own. */
export function blocksText(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(...b.lines.map(ws).filter(Boolean));
    else if (b.type === 'heading') out.push(ws(b.text));
    else if (b.type === 'list') out.push(...b.items.map(ws).filter(Boolean));
    else if (b.type === 'table') for (const r of b.rows) out.push(r.map(ws).filter(Boolean).join(' '));
  }
  return out.filter(Boolean).join('\n');
}

/** One section from a caption and reader blocks; null when there is nothing in it (unless kept). */
export function section(caption: string, blocks: Block[], keepEmpty = false): Section | null {
  if (!keepEmpty && (!blocks.length || !blocksText(blocks))) return null;
  if (keepEmpty && !ws(caption) && !blocksText(blocks)) return null;
  return buildSection(ws(caption), blocks);
}

export interface DatedEntry {
  /** The date label as printed ("18. september 2012"), null for undated leading text. */
  label: string | null;
  date: string | null;
  blocks: Block[];
}

/**
 * A decision field that collects several meetings' decisions, each introduced by a date label
 * ("18. september 2012: Sagen udsat …", "25. september 2012:") → one entry per label.
 * Returns a single undated entry when the field has no such labels.
 */
export function splitDatedEntries(blocks: Block[]): DatedEntry[] {
  const entries: DatedEntry[] = [{ label: null, date: null, blocks: [] }];
  for (const b of blocks) {
    const label = b.type === 'paragraph' && b.lines.length ? dateLabel(ws(b.lines[0])) : null;
    if (b.type === 'paragraph' && label) {
      const rest = [ws(label.rest), ...b.lines.slice(1)].filter(Boolean);
      entries.push({ label: ws(label.label), date: label.date, blocks: rest.length ? [{ type: 'paragraph', lines: rest }] : [] });
      continue;
    }
    entries[entries.length - 1]!.blocks.push(b);
  }
  if (entries.length > 1 && !blocksText(entries[0]!.blocks)) entries.shift();
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Item drafts → AgendaItem

export interface ExplicitDecision {
  /** The decision section (already in `sections`), used to classify the outcome. */
  section: Section;
  text: string;
}

export interface ItemDraft {
  number: string;
  title: string;
  caseNumber: string | null;
  closed: boolean;
  kind: ItemKind | null;
  /** Every published section of the item, in order. */
  sections: Section[];
  /** Sections about other meetings (earlier decisions) that must not feed votes or attendance. */
  otherMeetingSections?: Section[];
  /**
   * The format's own decision: an object when it holds this meeting's decision, null when the
   * format has a decision field and it holds none for this meeting, undefined when the format has
   * no decision field (then the section parser finds it).
   */
  decision?: ExplicitDecision | null;
  attachments: Attachment[];
  /** Item-level absence stated by the export itself. */
  absentMembers?: AbsentFromItem[];
  /** Sort keys in agenda order. */
  order: Array<number | string>;
}

export function compareOrder(a: Array<number | string>, b: Array<number | string>): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return x - y;
    } else {
      const c = String(x).localeCompare(String(y), 'da', { numeric: true });
      if (c) return c;
    }
  }
  return 0;
}

/** "1.2" → [1, 2]; "12a" → [12, "a"]; used to sort items by their printed number. */
export function numberKey(n: string): Array<number | string> {
  const parts = n.match(/\d+|[^\d\s.]+/g) ?? [];
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p.toLowerCase()));
}

/** Strips "Lukket:", "Lukket punkt:" markers from a title and reports them. */
export function cleanTitle(raw: string): { title: string; closedMark: boolean } {
  let t = ws(raw);
  let closedMark = false;
  const m = /^(?:lukket(?:\s+punkt)?|fortrolig)\s*[:\-–]\s*/i.exec(t);
  if (m) {
    closedMark = true;
    t = t.slice(m[0].length);
  }
  return { title: t, closedMark };
}

export function finishItem(d: ItemDraft, ctx: ItemContext, warnings: Warning[]): AgendaItem {
  const base = bareItem({ number: d.number, title: d.title, caseNumber: d.caseNumber, closed: d.closed, kind: d.kind });
  // A closed item keeps its number, title and case number; nothing of its content leaves here.
  if (d.closed) return base;

  const other = new Set(d.otherMeetingSections ?? []);
  const factSections = d.sections.filter((s) => !other.has(s));
  let facts: ReturnType<typeof deriveItemFacts> | null = null;
  try {
    facts = deriveItemFacts(factSections, ctx);
  } catch {
    warnings.push({ code: 'W_ITEM_FACTS', message: `item ${d.number}: the item's sections could not be analysed`, item: d.number });
  }

  let decision: Decision | null = facts?.decision ?? null;
  if (d.decision === null) decision = null;
  else if (d.decision) {
    let outcome = facts?.decision && ws(facts.decision.text) === ws(d.decision.text) ? facts.decision.outcome : null;
    if (!outcome) {
      try {
        outcome = deriveItemFacts([d.decision.section], ctx).decision?.outcome ?? null;
      } catch {
        outcome = null;
      }
    }
    decision = { text: d.decision.text, outcome: outcome ?? 'other' };
  }

  const absent = [...(facts?.absentMembers ?? [])];
  for (const a of d.absentMembers ?? []) {
    if (!absent.some((x) => ws(x.person.name).toLowerCase() === ws(a.person.name).toLowerCase())) absent.push(a);
  }

  return {
    ...base,
    sections: d.sections,
    recommendation: facts?.recommendation ?? null,
    decision,
    votes: facts?.votes ?? [],
    absentMembers: absent,
    guests: facts?.guests ?? [],
    route: facts?.route ?? [],
    attachments: d.attachments.length ? d.attachments : (facts?.attachments ?? []),
  };
}

export interface MeetingDraft {
  format: SourceFormat;
  name: string;
  kind: 'agenda' | 'minutes';
  municipality: string | null;
  committee: string | null;
  term?: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  participants: Participant[];
  items: ItemDraft[];
  warnings?: Warning[];
}

export function finishMeeting(m: MeetingDraft): MeetingDocument {
  const warnings: Warning[] = [...(m.warnings ?? [])];
  const { name: committee, term } = ws(m.committee) ? splitTerm(ws(m.committee)) : { name: null, term: null };
  const ctx: ItemContext = { meetingDate: m.date, committee };
  const drafts = [...m.items].sort((a, b) => compareOrder(a.order, b.order));
  const items = drafts.map((d) => finishItem(d, ctx, warnings));
  if (!items.length) warnings.push({ code: 'W_NO_ITEMS', message: `${m.name}: the export holds no agenda items` });
  // The same person listed twice (committee list and meeting list) is one participant.
  const participants: Participant[] = [];
  for (const p of m.participants) {
    const dup = participants.find((q) => q.name.toLowerCase() === p.name.toLowerCase());
    if (dup) {
      dup.absent = dup.absent || p.absent;
      dup.party = dup.party ?? p.party;
      dup.role = dup.role ?? p.role;
    } else participants.push(p);
  }
  const location = ws(m.location) || null;
  return {
    kind: m.kind,
    municipality: m.municipality,
    committee,
    committeeInfo: committee ? { name: committee, term: m.term ?? term } : null,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    location,
    locations: location ? [location] : [],
    participants,
    items,
    warnings,
    source: { format: m.format, name: m.name },
  };
}

/** Attachment href from a Windows or relative path ("\\Attachments\\x.pdf" → "Attachments/x.pdf"). */
export function hrefOf(p: string | null | undefined): string | null {
  const s = ws(p).replace(/\\/g, '/');
  if (!s) return null;
  if (/^[a-z]:\//i.test(s) || s.startsWith('//')) return s.split('/').pop() || null;
  return s.replace(/^\/+/, '');
}

/** "2013-06-20" → "20-06-2013", for headings of earlier-decision sections. */
export function dashedDate(iso: string | null): string {
  if (!iso) return '';
  const [y, mo, d] = iso.split('-');
  return `${d}-${mo}-${y}`;
}
