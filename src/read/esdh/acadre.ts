/**
 * Acadre (Formpipe/Traen) meeting XML: `root/table[@name]/fields/field[@name]` rows.
 * `table[agenda]` (name "Referat"/"Dagsorden") holds `table[committee]` (+ `commember`),
 * `table[meeting]` (date, finish, location, address, `meetmember` with `absent`) and one
 * `table[agendaitemparents]` per item (`sort` = the printed number, numbered through the year) with
 * `table[agendaitem]` (name, caseno, access), its `bullet` sections (`bulletname`, HTML
 * `bulletcontent`; "Beslutning i <udvalg> den DD-MM-YYYY" bullets are decisions of that meeting)
 * and `enclosure` attachments.
 *
 * The publication manifest `XML_<id>.xml` (`root/org`, `table[producedAgenda]` with attribute-style
 * fields) names the content XML by `xmlfilename`; it is followed case-insensitively in the same
 * folder (and the `filesfolder` it names) when the reader knows the folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Attachment, MeetingDocument, Participant, Section } from '../../model/index.js';
import { ReferatError } from '../../errors.js';
import { decodeText } from '../encoding.js';
import { type XEl, type XmlDoc, attr, children, deepText, descendants, loadXml } from './xml.js';
import {
  type ExplicitDecision,
  type ItemDraft,
  blocksText,
  cleanTitle,
  finishMeeting,
  htmlBlocks,
  memberOf,
  numberKey,
  plain,
  plainLines,
  section,
  ws,
} from './common.js';
import { detectMunicipality } from '../../parse/danish/municipalities.js';
import { findDate, findTime } from '../../parse/danish/dates.js';
import { itemKindFromLabel } from '../../parse/item-kind.js';

type Row = Map<string, string>;

const tablesNamed = (el: XEl | null | undefined, name: string): XEl[] =>
  children(el, 'table').filter((t) => (attr(t, 'name') ?? '').toLowerCase() === name.toLowerCase());

const allTablesNamed = (el: XEl | null | undefined, name: string): XEl[] =>
  descendants(el, 'table').filter((t) => (attr(t, 'name') ?? '').toLowerCase() === name.toLowerCase());

/** `<fields><field name="x">value</field>…</fields>` → Map (first `fields` group). */
function rowOf(table: XEl | null | undefined): Row {
  const row: Row = new Map();
  const fields = children(table, 'fields')[0];
  for (const f of children(fields, 'field')) {
    const key = attr(f, 'name');
    if (key && !row.has(key.toLowerCase())) row.set(key.toLowerCase(), deepText(f));
  }
  return row;
}

/** Manifest style: `<field xmlfilename="3687981.xml"></field>` → one Map per `fields` group. */
function attrRows(table: XEl | null | undefined): Row[] {
  return children(table, 'fields').map((fields) => {
    const row: Row = new Map();
    for (const f of children(fields, 'field')) for (const [k, v] of Object.entries(f.attrs)) if (!row.has(k.toLowerCase())) row.set(k.toLowerCase(), v);
    return row;
  });
}

const get = (row: Row, key: string): string => ws(row.get(key.toLowerCase()));

export function isAcadreManifest(doc: XmlDoc): boolean {
  const r = doc.root;
  if (r.name.toLowerCase() !== 'root') return false;
  return tablesNamed(r, 'producedAgenda').length > 0 || descendants(r, 'field').some((f) => attr(f, 'xmlfilename') !== null);
}

export function isAcadre(doc: XmlDoc): boolean {
  const r = doc.root;
  if (r.name.toLowerCase() !== 'root') return false;
  const agenda = tablesNamed(r, 'agenda')[0];
  if (!agenda) return false;
  return tablesNamed(agenda, 'meeting').length > 0 || tablesNamed(agenda, 'agendaitemparents').length > 0 || tablesNamed(agenda, 'committee').length > 0;
}

interface ManifestInfo {
  committee: string | null;
  meetingName: string | null;
  date: string | null;
  startTime: string | null;
  kind: 'agenda' | 'minutes' | null;
}

function closedAccess(access: string, accessName: string): boolean {
  if (/lukket|fortrolig|ikke\s+offentlig|closed/i.test(accessName)) return true;
  if (/^åben|offentlig|open/i.test(accessName)) return false;
  return !!access && access !== '1';
}

function membersOf(agenda: XEl): Participant[] {
  const meeting = tablesNamed(agenda, 'meeting')[0];
  let members = allTablesNamed(tablesNamed(meeting, 'meetmember')[0], 'member');
  if (!members.length) members = allTablesNamed(tablesNamed(tablesNamed(agenda, 'committee')[0], 'commember')[0], 'member');
  const out: Participant[] = [];
  for (const m of members) {
    const row = rowOf(m);
    const p = memberOf(get(row, 'name'), {
      party: get(row, 'party') || null,
      role: get(row, 'role') || null,
      absent: /^(?:1|true|ja)$/i.test(get(row, 'absent')),
    });
    if (p) out.push(p);
  }
  return out;
}

function attachmentsOf(item: XEl): Attachment[] {
  const out: Attachment[] = [];
  for (const e of tablesNamed(item, 'enclosure')) {
    const row = rowOf(e);
    if (closedAccess(get(row, 'access'), get(row, 'accessname'))) continue;
    const title = plain(row.get('name')) || plain(row.get('description'));
    if (title) out.push({ title, href: get(row, 'filename') || null });
  }
  return out;
}

export function readAcadre(doc: XmlDoc, name: string, manifest: ManifestInfo | null = null): MeetingDocument {
  const agenda = tablesNamed(doc.root, 'agenda')[0];
  if (!agenda) throw new ReferatError('E_XML_UNREADABLE', `${name}: an Acadre export without its agenda table`);
  const agendaRow = rowOf(agenda);
  const committeeTable = tablesNamed(agenda, 'committee')[0];
  const committeeRow = rowOf(committeeTable);
  const meetingTable = tablesNamed(agenda, 'meeting')[0];
  const meetingRow = rowOf(meetingTable);
  const committee = plain(committeeRow.get('name')) || manifest?.committee || null;
  const dateRaw = get(meetingRow, 'date');
  const date = findDate(dateRaw) ?? manifest?.date ?? null;
  const agendaData = children(doc.root, 'agendaData')[0];
  const startNo = Number(ws(deepText(children(agendaData, 'startAgendaItemNo')[0])));

  const parents = allTablesNamed(agenda, 'agendaitemparents');
  const sorts = parents.map((p) => Number(get(rowOf(p), 'sort')));
  const minSort = Math.min(...sorts.filter(Number.isFinite));
  // `sort` is the printed number when numbering runs through the year (715); an export that
  // numbers 1…n with a start number prints start + offset.
  const useOffset = Number.isFinite(startNo) && startNo > 1 && sorts.every((s) => Number.isFinite(s) && s < startNo);

  const drafts: ItemDraft[] = [];
  const openText: string[] = [];
  parents.forEach((parent, index) => {
    const item = tablesNamed(parent, 'agendaitem')[0];
    if (!item) return;
    const itemRow = rowOf(item);
    const sort = sorts[index]!;
    const number = Number.isFinite(sort) ? String(useOffset ? startNo + (sort - minSort) : sort) : String(index + 1);
    const { title, closedMark } = cleanTitle(plain(itemRow.get('name')));
    const closed = closedMark || closedAccess(get(itemRow, 'access'), get(itemRow, 'accessname'));
    const draft: ItemDraft = {
      number,
      title,
      caseNumber: get(itemRow, 'caseno') || null,
      closed,
      kind: itemKindFromLabel(get(itemRow, 'type')),
      sections: [],
      attachments: [],
      order: Number.isFinite(sort) ? [sort] : numberKey(number),
    };
    drafts.push(draft);
    if (closed) return;

    const bullets = tablesNamed(item, 'bullet')
      .map((b) => rowOf(b))
      .map((row, i) => ({ row, i, order: Number(get(row, 'bulletsortorder')) }))
      .sort((a, b) => (Number.isFinite(a.order) && Number.isFinite(b.order) ? a.order - b.order : a.i - b.i));
    const sections: Section[] = [];
    const decisions: Array<{ s: Section; date: string | null; text: string }> = [];
    for (const { row } of bullets) {
      const caption = plain(row.get('bulletname'));
      const html = row.get('bulletcontent') ?? '';
      const blocks = htmlBlocks(html);
      const s = section(caption, blocks);
      if (!s) continue;
      sections.push(s);
      openText.push(html);
      const isDecision = /^beslutning\b/i.test(caption) || (get(row, 'bullettype') === '8' && /beslutning/i.test(caption));
      if (isDecision) decisions.push({ s, date: findDate(caption), text: blocksText(blocks) });
    }
    draft.sections = sections;
    if (decisions.length) {
      const ours = decisions.filter((d) => !d.date || !date || d.date === date);
      draft.otherMeetingSections = decisions.filter((d) => !ours.includes(d)).map((d) => d.s);
      const pick = ours.find((d) => d.date) ?? ours[ours.length - 1];
      draft.decision = pick ? ({ section: pick.s, text: pick.text } satisfies ExplicitDecision) : null;
    }
    draft.attachments = attachmentsOf(item);
  });

  const agendaName = `${get(agendaRow, 'name')} ${ws(deepText(children(agendaData, 'note')[0]))}`;
  let kind: 'agenda' | 'minutes' = /referat|protokol/i.test(agendaName) ? 'minutes' : /dagsorden/i.test(agendaName) ? 'agenda' : (manifest?.kind ?? 'agenda');
  if (kind === 'agenda' && !/dagsorden/i.test(agendaName) && drafts.some((d) => d.decision)) kind = 'minutes';

  const location = plain(meetingRow.get('location')) || plainLines(meetingRow.get('address')).join(', ') || null;
  const emails = descendants(doc.root, 'field')
    .filter((f) => (attr(f, 'name') ?? '').toLowerCase() === 'email')
    .map((f) => deepText(f))
    .join(' ');
  return finishMeeting({
    format: 'acadre',
    name,
    kind,
    municipality: detectMunicipality(
      [get(committeeRow, 'departmentName'), location, plainLines(meetingRow.get('address')).join(', ')],
      openText.map((h) => plain(h)).join('\n'),
      emails,
    ),
    committee,
    date,
    startTime: findTime(dateRaw) ?? manifest?.startTime ?? null,
    endTime: findTime(get(meetingRow, 'finish')),
    location,
    participants: membersOf(agenda),
    items: drafts,
  });
}

/** Finds a file by name, case-insensitively, in a folder; null when absent or unreadable. */
function findFile(dir: string, fileName: string): string | null {
  try {
    const want = fileName.toLowerCase();
    const hit = readdirSync(dir).find((f) => f.toLowerCase() === want);
    if (!hit) return null;
    const full = join(dir, hit);
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

function findDir(dir: string, folderName: string): string | null {
  try {
    const want = folderName.toLowerCase();
    const hit = readdirSync(dir).find((f) => f.toLowerCase() === want);
    if (!hit) return null;
    const full = join(dir, hit);
    return statSync(full).isDirectory() ? full : null;
  } catch {
    return null;
  }
}

/** The largest export we follow from a manifest (the content XML is some tens of KB). */
const MAX_CONTENT_BYTES = 64 * 1024 * 1024;

export function readAcadreManifest(doc: XmlDoc, name: string, dir?: string): MeetingDocument {
  const r = doc.root;
  const committee = attrRows(tablesNamed(r, 'committee')[0])[0];
  const meeting = attrRows(tablesNamed(r, 'meeting')[0])[0];
  const agenda = attrRows(tablesNamed(r, 'agenda')[0])[0];
  const produced = attrRows(tablesNamed(r, 'producedAgenda')[0]);
  const meetingDate = meeting ? get(meeting, 'date') : '';
  const agendaName = agenda ? get(agenda, 'name') : '';
  const info: ManifestInfo = {
    committee: committee ? plain(committee.get('name')) || null : null,
    meetingName: meeting ? plain(meeting.get('name')) || null : null,
    date: findDate(meetingDate),
    startTime: findTime(meetingDate),
    kind: /referat|protokol/i.test(agendaName) ? 'minutes' : /dagsorden/i.test(agendaName) ? 'agenda' : null,
  };
  // The published produced agenda; the minutes (type 2) before the agenda when both are.
  const candidates = produced.filter((p) => get(p, 'xmlfilename'));
  const published = candidates.filter((p) => get(p, 'publish') !== '0');
  const pool = published.length ? published : candidates;
  const chosen =
    pool.find((p) => get(p, 'type') === '2' || /referat/i.test(get(p, 'comment'))) ?? pool[pool.length - 1] ?? null;

  const folder = dir ?? (/[\\/]/.test(name) ? dirname(name) : undefined);
  if (chosen && folder) {
    // Only a bare file name is followed: never a path out of the export's folder.
    const fileName = basename(get(chosen, 'xmlfilename').replace(/\\/g, '/'));
    const filesFolder = basename(get(chosen, 'filesfolder').replace(/\\/g, '/'));
    const places = [folder];
    const sub = filesFolder ? findDir(folder, filesFolder) : null;
    if (sub) places.push(sub);
    let found: string | null = null;
    for (const p of places) {
      found = findFile(p, fileName);
      if (found) break;
    }
    if (found) {
      let bytes: Buffer;
      try {
        if (statSync(found).size > MAX_CONTENT_BYTES) throw new ReferatError('E_TOO_LARGE', `${name}: ${fileName} is too large`);
        bytes = readFileSync(found);
      } catch (e) {
        if (e instanceof ReferatError) throw e;
        throw new ReferatError('E_IO', `${name}: ${fileName} named by the Acadre manifest could not be read`, { cause: e });
      }
      const content = loadXml(decodeText(bytes).text);
      if (!content || !isAcadre(content)) {
        throw new ReferatError('E_XML_UNREADABLE', `${name}: ${fileName} named by the Acadre manifest is not an Acadre meeting XML`);
      }
      const result = readAcadre(content, name, info);
      return result;
    }
  }
  // Without the content XML only the header is known.
  const missing = chosen ? get(chosen, 'xmlfilename') : null;
  return finishMeeting({
    format: 'acadre',
    name,
    kind: info.kind ?? 'agenda',
    municipality: null,
    committee: info.committee,
    date: info.date,
    startTime: info.startTime,
    endTime: null,
    location: null,
    participants: [],
    items: [],
    warnings: [
      {
        code: 'W_ACADRE_CONTENT_MISSING',
        message: missing
          ? `${name}: the manifest names ${basename(missing)}, which was not found next to it`
          : `${name}: the manifest names no published meeting XML`,
      },
    ],
  });
}
