/**
 * What the ESDH readers share: dates and times as the exports write them, member names with party
 * and role, section building from HTML/text fields, picking this meeting's decision among dated
 * entries, and turning an item draft into the model's AgendaItem (closed items lose their content
 * here, in one place).
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
  ParticipantRole,
  Section,
  SourceFormat,
  Warning,
} from '../../model/index.js';
import type { Block } from '../block.js';
import { htmlToBlocks, textOf } from '../html.js';
import { buildSection } from '../../parse/sections.js';
import { deriveItemFacts } from '../../parse/item-facts.js';
import type { ItemContext } from '../../parse/context.js';

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
// Dates

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 100) y += 2000;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first date in a string: ISO, DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY or "4. december 2012". */
export function findDate(s: string | null | undefined): string | null {
  const t = s ?? '';
  let m = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(t);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /(?<!\d)(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})(?![\d])/.exec(t);
  if (m) return isoDate(+m[3]!, +m[2]!, +m[1]!);
  m = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s*(${MONTH_ALT})\\.?\\s+(\\d{4})`, 'i').exec(t);
  if (m) return isoDate(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  return null;
}

/** "04-12-2012 13:00:00" → "13:00"; "kl. 15.45" → "15:45". A bare midnight counts as no time. */
export function findTime(s: string | null | undefined, allowMidnight = false): string | null {
  const t = s ?? '';
  // The time after a date, or after "kl.".
  const m =
    /(?:\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}-\d{2}-\d{2})[T\s,]+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})/i.exec(t) ??
    /\bkl\.?\s*(\d{1,2})(?:[:.](\d{2}))?/i.exec(t) ??
    /^\s*(\d{1,2})[:.](\d{2})(?::\d{2})?\s*$/.exec(t);
  if (!m) return null;
  const h = +m[1]!;
  const min = m[2] === undefined ? 0 : +m[2];
  if (h > 23 || min > 59) return null;
  if (h === 0 && min === 0 && !allowMidnight) return null;
  return `${pad(h)}:${pad(min)}`;
}

// ---------------------------------------------------------------------------------------------
// People

const PARTY = /^(?:[A-ZÆØÅ]|SF|RV|DF|EL|LA|KF|Løsgænger|Uden for parti|UP|Løsgængere)$/u;

export function roleOf(s: string | null | undefined): ParticipantRole | null {
  const t = (s ?? '').toLowerCase();
  if (!t.trim()) return null;
  if (/næst\s*formand|næstfmd/.test(t)) return 'næstformand';
  if (/formand|\bfmd\b/.test(t)) return 'formand';
  if (/borgmester/.test(t)) return 'borgmester';
  if (/rådmand/.test(t)) return 'rådmand';
  if (/stedfortræder/.test(t)) return 'stedfortræder';
  if (/suppleant/.test(t)) return 'suppleant';
  if (/sekretær|referent/.test(t)) return 'sekretær';
  if (/medlem/.test(t)) return 'udvalgsmedlem';
  if (/gæst|inviteret/.test(t)) return 'gæst';
  if (/direktør|chef|leder|embeds|konsulent|forvaltning/.test(t)) return 'embedsmand';
  return 'other';
}

const ABSENT_MARK = /^(?:fravær|fraværende|afbud|forfald|syg|absent)$/i;

/**
 * "Lolan Ottesen (A) - formand", "Jesper  Mathiesen (A)", "Hans Hammann (Fravær)",
 * "Formand Allan Buch (A)" → name, party, role, absent.
 */
export function parseMember(raw: string, extra: { party?: string | null; role?: string | null; absent?: boolean } = {}): Participant | null {
  let s = ws(raw);
  if (!s) return null;
  let party: string | null = null;
  let role: ParticipantRole | null = null;
  let absent = !!extra.absent;
  // Trailing " - role" / ", role".
  const roleTail = /\s*[-–,]\s*(næstformand|formand|borgmester|rådmand|udvalgsmedlem|medlem|suppleant|stedfortræder[^,]*|sekretær|afbud|fraværende|fravær)\s*$/i.exec(s);
  if (roleTail) {
    if (ABSENT_MARK.test(roleTail[1]!)) absent = true;
    else role = roleOf(roleTail[1]);
    s = s.slice(0, roleTail.index).trim();
  }
  // Leading role word.
  const roleHead = /^(næstformand|formand|borgmester|rådmand|udvalgsmedlem|suppleant)\s+/i.exec(s);
  if (roleHead) {
    role = role ?? roleOf(roleHead[1]);
    s = s.slice(roleHead[0].length);
  }
  // Parenthesised party or absence mark(s).
  s = s.replace(/\s*\(([^()]*)\)/g, (_m, inner: string) => {
    const v = ws(inner);
    if (ABSENT_MARK.test(v)) absent = true;
    else if (/^(?:næst)?formand$|^(?:udvalgs)?medlem$|^suppleant$|^stedfortræder|^borgmester$|^rådmand$/i.test(v)) role = role ?? roleOf(v);
    else if (PARTY.test(v) && !party) party = v;
    else if (!party && v.length <= 20 && !/\d/.test(v)) party = v;
    return '';
  });
  const name = ws(s);
  if (!name) return null;
  const xParty = ws(extra.party);
  if (xParty && !party) party = xParty;
  if (extra.role && !role) role = roleOf(extra.role);
  return { name, party, role, absent };
}

// ---------------------------------------------------------------------------------------------
// Items

export function itemKindOf(s: string | null | undefined): ItemKind | null {
  const t = (s ?? '').toLowerCase();
  if (!t.trim()) return null;
  if (/initiativ/.test(t)) return 'initiativret';
  if (/fællesmøde/.test(t)) return 'fællesmøde';
  if (/temadrøft|temamøde|^tema/.test(t)) return 'tema';
  if (/drøft/.test(t)) return 'drøftelse';
  if (/orienter|efterretning/.test(t)) return 'orientering';
  if (/godkend|beslut|indstill/.test(t)) return 'beslutning';
  return null;
}

/** Values that hold a place where a decision will come, not a decision. */
const PLACEHOLDER = /^(?:tomt indhold|beslutning ikke frigivet|ikke frigivet|ingen beslutning|intet|-+|\.+|…)$/i;

export function isPlaceholder(text: string | null | undefined): boolean {
  const t = ws(text).replace(/[.:]+$/, '');
  return !t || PLACEHOLDER.test(t);
}

/** A field's HTML as reader blocks, with placeholder-only content dropped. */
export function htmlBlocks(html: string | null | undefined): Block[] {
  const h = html ?? '';
  if (!h.trim()) return [];
  const blocks = h.includes('<') || h.includes('&') ? htmlToBlocks(h) : textBlocks(h);
  if (isPlaceholder(blocksText(blocks))) return [];
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

const DATE_LABEL = new RegExp(
  `^((?:\\d{1,2}\\.?\\s*(?:${MONTH_ALT})\\.?\\s+\\d{4})|(?:\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}))\\s*:\\s*(.*)$`,
  'i',
);

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
    if (b.type === 'paragraph' && b.lines.length) {
      const m = DATE_LABEL.exec(ws(b.lines[0]));
      const date = m ? findDate(m[1]) : null;
      if (m && date) {
        const rest = [ws(m[2]), ...b.lines.slice(1)].filter(Boolean);
        entries.push({ label: ws(m[1]), date, blocks: rest.length ? [{ type: 'paragraph', lines: rest }] : [] });
        continue;
      }
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
  const base: AgendaItem = {
    number: d.number,
    title: d.title,
    caseNumber: d.caseNumber,
    closed: d.closed,
    kind: d.kind,
    sections: [],
    recommendation: null,
    decision: null,
    votes: [],
    absentMembers: [],
    guests: [],
    route: [],
    attachments: [],
  };
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

/** "Beskæftigelsesudvalget 2018-2021" → name and term. */
export function splitTerm(raw: string | null): { name: string | null; term: string | null } {
  const s = ws(raw);
  if (!s) return { name: null, term: null };
  const m = /^(.*?)[\s,]+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})$/.exec(s);
  if (m && m[1]) return { name: m[1], term: `${m[2]}-${m[3]}` };
  return { name: s, term: null };
}

export function finishMeeting(m: MeetingDraft): MeetingDocument {
  const warnings: Warning[] = [...(m.warnings ?? [])];
  const { name: committee, term } = splitTerm(m.committee);
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
export function danishDate(iso: string | null): string {
  if (!iso) return '';
  const [y, mo, d] = iso.split('-');
  return `${d}-${mo}-${y}`;
}
