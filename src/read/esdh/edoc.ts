/**
 * eDoc (KMD) `eDocAgendaPublishing.xml`: root `Meeting` with `Committee`, `MeetingDate`,
 * `MeetingState` and `MeetingAgendaTypes/MeetingAgendaType` (one per agenda type: "Åben dagsorden",
 * "Lukket dagsorden"), each with `MeetingAgendaItems/MeetingAgendaItem` (`AgendaItemNumber`,
 * `Document/Title`, `Document/Attachments`, the item's plain-text `FullText`) and the whole
 * agenda/minutes as plain text in the type's own `FullText`.
 *
 * There is no decision field: the decision follows the line "<Committee>s beslutning den DD.MM.YYYY
 * Punkt N" in the item's FullText, so the text is split into sections at its heading lines. Items
 * appear out of order in the file and are sorted by number.
 */
import type { AbsentFromItem, Attachment, Participant } from '../../model/index.js';
import type { Section } from '../../model/index.js';
import { ReferatError } from '../../errors.js';
import { type XEl, type XmlDoc, child, children, deepText, descendants, val } from './xml.js';
import {
  type ExplicitDecision,
  type ItemDraft,
  cleanTitle,
  finishMeeting,
  hrefOf,
  memberOf,
  numberKey,
  section,
  textBlocks,
  ws,
} from './common.js';
import { detectMunicipality } from '../../parse/danish/municipalities.js';
import { findDate, findTime } from '../../parse/danish/dates.js';
import { itemKindFromLabel } from '../../parse/item-kind.js';
import type { MeetingDocument } from '../../model/index.js';
import { textToBlocks } from '../text.js';
import { sectionKind } from '../../parse/sections.js';

export function isEdoc(doc: XmlDoc, name: string): boolean {
  const r = doc.root;
  if (r.name.toLowerCase() === 'eDocAgendaPublishing'.toLowerCase()) return true;
  if (r.name.toLowerCase() !== 'meeting') return false;
  return !!child(r, 'MeetingAgendaTypes') || (!!child(r, 'MeetingDate') && !!child(r, 'Committee')) || /edocagendapublishing/i.test(name);
}

const CLOSED_TYPE = /lukket|fortrolig|ikke\s+offentlig|closed/i;

/** A decision heading: "<Udvalget>s beslutning den 04.12.2012 Punkt 7", "Beslutning", "Beslutning i X den …". */
const DECISION_HEADING = /(?:^|\s)beslutning(?:\s|:|$)/i;
const EARLIER_LABEL = /^(?:tidligere|sagsforløb|behandlet)/i;
const ENUMERATOR = /^(?:[a-zæøå]|\d{1,2}|[ivx]{1,4})[.)]$/i;
const ATTENDANCE_HEADING = /^(?:følgende\s+deltog\s+ikke|fraværende|afbud|fravær\b|inhabil)/i;

interface RawSection {
  heading: string;
  lines: string[];
  enumerated: boolean;
}

export interface PlainContext {
  committee: string | null;
  meetingDate: string | null;
}

/**
 * "<Udvalget>s beslutning den 04.12.2012 Punkt 7", "Beslutning", and — where a template leaves out
 * the word — "<Udvalget> den 04.12.2012 Punkt 7" dated this meeting.
 */
function isDecisionHeading(t: string, ctx: PlainContext): boolean {
  if (!t || t.length > 140) return false;
  if (DECISION_HEADING.test(t)) return !EARLIER_LABEL.test(t) && !/træffes\s+af|kompetence/i.test(t);
  const c = ctx.committee?.toLowerCase();
  return !!c && !!ctx.meetingDate && t.toLowerCase().startsWith(c) && findDate(t) === ctx.meetingDate;
}

function isHeadingLine(t: string, next: string, current: RawSection, ctx: PlainContext): boolean {
  if (isDecisionHeading(t, ctx)) return true;
  if (current.heading && isDecisionHeading(current.heading, ctx)) return ATTENDANCE_HEADING.test(t) || /^bilag:?$/i.test(t);
  if (ATTENDANCE_HEADING.test(t) && t.length <= 90) return true;
  if (t.length > 90) return false;
  if (/^\d{3,}/.test(t)) return false;
  if (!/^[\p{Lu}\d]/u.test(t)) return false;
  if (t.endsWith(':')) return next === '' || t.split(/\s+/).length <= 4;
  if (/[.,;!?]$/.test(t)) return false;
  // A table flattened to lines: a label followed by its amount ("Sygeplejeklinik …" / "200.000 kr.").
  if (/^[-–]?\s*[\d.,]+\s*(?:kr\.?|mio\.?(?:\s*kr\.?)?|mia\.?(?:\s*kr\.?)?|%|pct\.?)?\s*$/i.test(next)) return false;
  if (t.split(/\s+/).length > 8) return false;
  if (next === '') return sectionKind(t) !== 'other';
  return true;
}

/** Splits an item's plain text (after its heading and Sagsnr./Dok.nr. lines) into sections. */
export function splitPlainSections(lines: string[], ctx: PlainContext): RawSection[] {
  const out: RawSection[] = [{ heading: '', lines: [], enumerated: false }];
  for (let i = 0; i < lines.length; i++) {
    const t = ws(lines[i]);
    const cur = out[out.length - 1]!;
    const prevBlank = i === 0 || !ws(lines[i - 1]);
    if (!t || !prevBlank) {
      cur.lines.push(lines[i]!);
      continue;
    }
    const next = ws(lines[i + 1]);
    if (ENUMERATOR.test(t)) {
      // "a." + title line: a sub-point heading, while not inside a recommendation or decision.
      const inList = cur.heading === '' || cur.enumerated || /^bilag:?$/i.test(cur.heading);
      if (inList && next && next.length <= 160) {
        out.push({ heading: `${t} ${next}`, lines: [], enumerated: true });
        i++;
        continue;
      }
      cur.lines.push(lines[i]!);
      continue;
    }
    if (isHeadingLine(t, next, cur, ctx)) out.push({ heading: t.replace(/:$/, '').trim() || t, lines: [], enumerated: false });
    else cur.lines.push(lines[i]!);
  }
  return out;
}

interface ItemText {
  caseNumber: string | null;
  sections: Section[];
  decision: ExplicitDecision | null | undefined;
  otherMeeting: Section[];
  absent: AbsentFromItem[];
}

/** "Følgende deltog ikke i behandlingen af punktet:" + one name per line (or "X (A) og Y (V)"). */
function itemAbsence(heading: string, lines: string[]): AbsentFromItem[] {
  const out: AbsentFromItem[] = [];
  const reason: AbsentFromItem['reason'] = /inhabil/i.test(heading) ? 'conflict-of-interest' : 'did-not-participate';
  for (const line of lines.map(ws).filter(Boolean)) {
    const parts = (line.match(/\(/g) ?? []).length > 1 ? line.split(/\s*(?:,|\bog\b)\s*/) : [line];
    for (const part of parts) {
      const p = memberOf(part);
      if (p && p.name.split(' ').length <= 6) out.push({ person: { name: p.name, party: p.party, role: p.role }, reason, text: line });
    }
  }
  return out;
}

function readItemText(fullText: string, ctx: PlainContext): ItemText {
  const all = fullText.replace(/\f/g, '\n').split('\n');
  let start = 0;
  while (start < all.length && !ws(all[start])) start++;
  // The heading line "7.<tab>Title".
  if (start < all.length && /^\s*\d+[a-z]?\.?\s*\t/.test(all[start]!)) start++;
  let caseNumber: string | null = null;
  const lines: string[] = [];
  all.slice(start).forEach((line, i) => {
    // The item's metadata lines come first: "Sagsnr.: 2012-28504", "Dok.nr.: 2012-203438".
    if (i < 12) {
      const m = /^\s*(?:sagsnr|sags\s*nr|sagsnummer|sagsid|j\.?\s*nr)\.?\s*:\s*(\S.*)$/i.exec(line);
      if (m && !caseNumber) {
        caseNumber = ws(m[1]);
        return;
      }
      if (/^\s*(?:dok\.?\s*nr|dokumentnr)\.?\s*:/i.test(line)) return;
    }
    lines.push(line);
  });
  const raw = splitPlainSections(lines, ctx);
  const sections: Section[] = [];
  const decisions: Array<{ s: Section; date: string | null; text: string }> = [];
  const absent: AbsentFromItem[] = [];
  for (const r of raw) {
    if (/deltog\s+ikke|inhabil/i.test(r.heading) && ATTENDANCE_HEADING.test(r.heading)) absent.push(...itemAbsence(r.heading, r.lines));
    const body = r.lines.join('\n');
    const isDecision = isDecisionHeading(r.heading, ctx);
    const blocks = isDecision ? textBlocks(body) : textToBlocks(body);
    // A sub-point heading ("a. Møder og konferencer") is kept even when nothing follows it.
    const s = section(r.heading, blocks, r.enumerated);
    if (!s) continue;
    sections.push(s);
    if (isDecision) {
      const text = r.lines.map(ws).filter(Boolean).join('\n');
      decisions.push({ s, date: findDate(r.heading), text });
    }
  }
  let decision: ExplicitDecision | null | undefined = undefined;
  const otherMeeting: Section[] = [];
  if (decisions.length) {
    const ours = decisions.filter((d) => !d.date || !ctx.meetingDate || d.date === ctx.meetingDate);
    for (const d of decisions) if (!ours.includes(d)) otherMeeting.push(d.s);
    const pick = ours.find((d) => d.date) ?? ours[ours.length - 1];
    decision = pick && pick.text ? { section: pick.s, text: pick.text } : null;
  }
  return { caseNumber, sections, decision, otherMeeting, absent };
}

/** Header of the meeting-level FullText: date line, place, "Tilstede", "Afbud/Fraværende". */
function readHeader(fullText: string): { location: string | null; participants: Participant[]; startTime: string | null } {
  const lines = fullText.split(/\n/);
  const participants: Participant[] = [];
  let location: string | null = null;
  let startTime: string | null = null;
  let mode: 'none' | 'present' | 'absent' = 'none';
  const addMember = (text: string, absent: boolean): void => {
    const p = memberOf(text, { absent });
    if (!p || p.name.split(' ').length > 6) return;
    const known = participants.find((q) => q.name.toLowerCase() === p.name.toLowerCase());
    if (known) known.absent = known.absent || p.absent;
    else participants.push(p);
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.includes('\f') || /^\s*indholdsfortegnelse\s*$/i.test(raw) || /^\s*\d+\.\t/.test(raw)) break;
    const t = ws(raw);
    if (!t) {
      if (mode !== 'none' && participants.length) mode = 'none';
      continue;
    }
    const present = /^(?:tilstede|til stede|mødedeltagere|deltagere|fremmødte|udvalgsmedlemmer|medlemmer)(?:\s*:\s*(.*))?$/i.exec(t);
    const absentHead = /^(?:afbud\s*\/\s*fraværende|fraværende\s*\/\s*afbud|afbud og fravær|fraværende|fravær|afbud)(?:\s*:\s*(.*))?$/i.exec(t);
    const head = present ?? absentHead;
    if (head) {
      mode = present ? 'present' : 'absent';
      // Names on the same line: "Afbud: Hans Hansen (V), Per Olsen (A)".
      for (const part of ws(head[1]).split(/\s*(?:,|;|\bog\b)\s*(?![^()]*\))/).filter(Boolean)) addMember(part, mode === 'absent');
      continue;
    }
    if (/^(?:sekretær|referent|mødeleder|øvrige deltagere)\s*:?$/i.test(t)) {
      mode = 'none';
      continue;
    }
    if (mode !== 'none') {
      addMember(t, mode === 'absent');
      continue;
    }
    if (!startTime && findDate(t) && /\bkl\.?\s*\d/i.test(t)) {
      startTime = findTime(t);
      const inline = /\bkl\.?\s*\d{1,2}[:.]?\d{0,2}\s*,?\s+(?:i|på)\s+(.+)$/i.exec(t);
      if (inline) location = ws(inline[1]);
      else {
        const nextLine = ws(lines[i + 1]);
        const m = /^(?:i|på)\s+(.+)$/i.exec(nextLine);
        if (m) location = ws(m[1]);
      }
      continue;
    }
    const loc = /^(?:mødested|sted|lokale)\s*:\s*(.+)$/i.exec(t);
    if (loc && !location) location = ws(loc[1]);
  }
  return { location, participants, startTime };
}

export function readEdoc(doc: XmlDoc, name: string): MeetingDocument {
  const r = doc.root;
  const meeting: XEl = r.name.toLowerCase() === 'meeting' ? r : (child(r, 'Meeting') ?? r);
  const committee = ws(val(meeting, 'Committee')) || null;
  const dateRaw = val(meeting, 'MeetingDate');
  const date = findDate(dateRaw);
  const types = descendants(meeting, 'MeetingAgendaType');
  if (!types.length && !date && !committee) {
    throw new ReferatError('E_XML_UNREADABLE', `${name}: an eDoc export without meeting date, committee or agenda`);
  }

  const drafts: ItemDraft[] = [];
  const openText: string[] = [];
  let header: ReturnType<typeof readHeader> | null = null;
  for (const type of types) {
    const typeName = val(type, 'AgendaType');
    const closedType = CLOSED_TYPE.test(typeName);
    const typeText = deepText(child(type, 'FullText')).replace(/\r\n?/g, '\n');
    const segments = closedType ? new Map<string, string>() : itemSegments(typeText);
    if (!closedType && typeText.trim()) {
      openText.push(typeText);
      if (!header || !header.participants.length) header = readHeader(typeText);
    }
    const items = descendants(type, 'MeetingAgendaItem');
    items.forEach((it, index) => {
      const docEl = child(it, 'Document');
      const number = ws(val(it, 'AgendaItemNumber')) || ws(val(docEl, 'AgendaItemNumber')) || String(index + 1);
      const publishing = `${val(docEl, 'PublishingType')} ${val(docEl, 'PublicAccess')}`;
      const closedMarkByPublishing = /ikke|lukket|fortrolig/i.test(publishing);
      const rawTitle = val(docEl, 'Title') || val(it, 'Title');
      const { title: openTitle, closedMark } = cleanTitle(rawTitle);
      const closed = closedType || closedMark || closedMarkByPublishing;
      const neutral = cleanTitle(val(docEl, 'NeutralTitle')).title;
      const title = closed ? neutral || openTitle : openTitle || neutral;
      // "Til godkendelse", "Til drøftelse", "Til orientering" for this meeting's committee.
      const own = descendants(docEl, 'AgendaItem').find((a) => ws(val(a, 'Committee')) === committee) ?? descendants(docEl, 'AgendaItem')[0];
      const kind = itemKindFromLabel(val(own, 'AgendaItemType'));
      const caseEl = child(docEl, 'Case');
      const fieldCase =
        ws(val(caseEl, 'CaseLogicIdentifier')) || ws(val(docEl, 'CaseLogicIdentifier')) || ws(val(caseEl, 'CaseSerialNumber')) || null;
      const draft: ItemDraft = {
        number,
        title,
        caseNumber: fieldCase,
        closed,
        kind,
        sections: [],
        attachments: [],
        order: numberKey(number),
      };
      if (!closed) {
        // The item's own text, else its part of the agenda type's whole text.
        const own = deepText(child(it, 'FullText')).replace(/\r\n?/g, '\n');
        const fullText = own.trim() ? own : (segments.get(number) ?? '');
        if (fullText.trim()) {
          if (own.trim()) openText.push(fullText);
          const parsed = readItemText(fullText, { committee, meetingDate: date });
          draft.caseNumber = draft.caseNumber ?? parsed.caseNumber;
          draft.sections = parsed.sections;
          draft.otherMeetingSections = parsed.otherMeeting;
          draft.decision = parsed.decision;
          draft.absentMembers = parsed.absent;
        }
        draft.attachments = attachmentsOf(docEl);
      }
      drafts.push(draft);
    });
  }

  const h = header ?? { location: null, participants: [], startTime: null };
  const state = val(meeting, 'MeetingState');
  const isMinutes =
    /referat|protokol/i.test(state) ||
    /(?:^|\n)\s*referat\s*(?:\n|$)/i.test(openText[0]?.slice(0, 600) ?? '') ||
    drafts.some((d) => d.decision);
  const emails = openText.join('\n').match(/[\w.-]+@[\w-]+\.dk/g)?.join(' ') ?? '';
  return finishMeeting({
    format: 'edoc',
    name,
    kind: isMinutes ? 'minutes' : 'agenda',
    municipality: detectMunicipality([h.location], openText.join('\n'), emails),
    committee,
    date,
    startTime: findTime(dateRaw) ?? h.startTime,
    endTime: null,
    location: h.location,
    participants: h.participants,
    items: drafts,
  });
}

/**
 * The whole agenda/minutes text split at its item heading lines ("7.<tab>Title"; the table of
 * contents' lines end in a page number and are skipped) → number → that item's text.
 */
function itemSegments(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.trim()) return out;
  const lines = text.replace(/\f/g, '\n').split('\n');
  let current: string | null = null;
  let buf: string[] = [];
  const flush = (): void => {
    if (current !== null && !out.has(current)) out.set(current, buf.join('\n'));
  };
  for (const line of lines) {
    const m = /^\s*(\d+[a-z]?)\.\t(.*)$/.exec(line);
    if (m && !/\t\s*\d+\s*$/.test(m[2]!)) {
      flush();
      current = m[1]!;
      buf = [line];
    } else if (current !== null) buf.push(line);
  }
  flush();
  return out;
}

function attachmentsOf(docEl: XEl | null): Attachment[] {
  const out: Attachment[] = [];
  for (const a of children(child(docEl, 'Attachments'), 'Attachment')) {
    if (/ikke|lukket/i.test(val(a, 'PublishingType'))) continue;
    const title = ws(val(a, 'Title')) || ws(val(a, 'NeutralTitle'));
    if (!title) continue;
    out.push({ title, href: hrefOf(val(a, 'PDFDocument')) });
  }
  return out;
}
