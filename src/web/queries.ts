/**
 * The portal's read queries, written against the store's Kysely schema (src/store/schema.ts), for
 * both SQLite and PostgreSQL.
 *
 * The closed-item rule lives here: a closed item (`closed = 1`) yields its number and title and
 * nothing else — no outcome, decision, sections, votes, attendance, attachments, route or case —
 * and closed items never appear in lists that show content (decisions, cases, person pages).
 */
import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { RecommendationClause, Section } from '../model/index.js';
import type { AgendaItemTable, Database, MeetingTable } from '../store/schema.js';
import { caseKey } from '../store/keys.js';
import type { MeetingRef } from './urls.js';

type Db = Kysely<Database>;

export interface MeetingRow extends MeetingRef {
  id: number;
  kind: string;
  start_time: string | null;
  end_time: string | null;
  location: string | null;
  locations: string[];
  version: number;
  document_id: number;
  created_at: string;
  updated_at: string;
}

export interface MeetingListRow extends MeetingRow {
  items: number;
}

export interface ItemListRow {
  id: number;
  seq: number;
  number: string;
  title: string;
  closed: boolean;
  kind: string | null;
  outcome: string | null;
  caseNumber: string | null;
}

export interface DecisionRow {
  meeting: MeetingRef;
  number: string;
  title: string;
  outcome: string | null;
  decision: string | null;
}

export interface AttendanceRow {
  personId: number;
  name: string;
  role: string | null;
  party: string | null;
  absent: boolean;
  substituteFor: string | null;
}

export interface VoteRow {
  optionSeq: number;
  option: string | null;
  personId: number;
  name: string;
  party: string | null;
  choice: string;
}

export interface VotePartyRow {
  optionSeq: number;
  option: string | null;
  party: string;
  choice: string;
}

export interface ItemAbsenceRow {
  personId: number;
  name: string;
  party: string | null;
  reason: string;
  text: string;
}

export interface RouteRow {
  seq: number;
  body: string;
  date: string | null;
  itemNumber: string | null;
  decision: string | null;
}

export interface AttachmentRow {
  seq: number;
  title: string;
  href: string | null;
}

export interface AppearanceRow {
  meeting: MeetingRef;
  meetingId: number;
  number: string;
  title: string;
  outcome: string | null;
  decision: string | null;
  kind: string;
}

/** An item as its page shows it: the list row and everything else stored about it. */
export interface ItemDetail extends ItemListRow {
  decision: string | null;
  recommendation: { text: string; by: string | null; clauses: RecommendationClause[] } | null;
  sections: Section[];
  caseId: number | null;
  votes: VoteRow[];
  voteParties: VotePartyRow[];
  absences: ItemAbsenceRow[];
  guests: string[];
  route: RouteRow[];
  attachments: AttachmentRow[];
  appearances: AppearanceRow[];
  previous: { number: string; title: string } | null;
  next: { number: string; title: string } | null;
}

export interface DocumentRow {
  id: number;
  fileName: string;
  format: string;
  kind: string;
  size: number;
  sha256: string;
  importedAt: string;
  role: string;
}

export interface VersionRow {
  version: number;
  reason: string;
  validFrom: string;
  validTo: string | null;
  document: DocumentRow;
}

const parseJson = <T>(s: string | null | undefined, fallback: T): T => {
  if (!s) return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

const meetingColumns = [
  'm.id',
  'm.municipality_id',
  'm.committee_id',
  'm.committee_key',
  'm.date',
  'm.start_key',
  'm.kind',
  'm.start_time',
  'm.end_time',
  'm.location',
  'm.locations_json',
  'm.version',
  'm.document_id',
  'm.created_at',
  'm.updated_at',
] as const;

/** A meeting as the table holds it (what meetingColumns selects). */
type MeetingSelect = Selectable<MeetingTable>;

function toMeeting(r: MeetingSelect): MeetingRow {
  return {
    id: r.id,
    municipality_id: r.municipality_id,
    committee_id: r.committee_id,
    committee_key: r.committee_key,
    date: r.date,
    start_key: r.start_key,
    kind: r.kind,
    start_time: r.start_time,
    end_time: r.end_time,
    location: r.location,
    locations: parseJson<string[]>(r.locations_json, []),
    version: r.version,
    document_id: r.document_id,
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}

const refOf = (r: { municipality_id: number; committee_id: number; committee_key: string; date: string; start_key: string }): MeetingRef => ({
  municipality_id: r.municipality_id,
  committee_id: r.committee_id,
  committee_key: r.committee_key,
  date: r.date,
  start_key: r.start_key,
});

async function withItemCounts(db: Db, rows: MeetingRow[]): Promise<MeetingListRow[]> {
  if (!rows.length) return [];
  const counts = await db
    .selectFrom('agenda_item')
    .select(['meeting_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where(
      'meeting_id',
      'in',
      rows.map((r) => r.id),
    )
    .groupBy('meeting_id')
    .execute();
  const byId = new Map(counts.map((c) => [c.meeting_id, Number(c.n)]));
  return rows.map((r) => ({ ...r, items: byId.get(r.id) ?? 0 }));
}

// --- Front page ------------------------------------------------------------------------------------

export async function latestMeetings(db: Db, limit: number, municipalityId?: number): Promise<MeetingListRow[]> {
  let q = db.selectFrom('meeting as m').select(meetingColumns);
  if (municipalityId !== undefined) q = q.where('m.municipality_id', '=', municipalityId);
  const rows = await q.orderBy('m.date', 'desc').orderBy('m.start_key', 'desc').orderBy('m.id', 'desc').limit(limit).execute();
  return withItemCounts(db, rows.map(toMeeting));
}

export async function latestDecisions(db: Db, limit: number, municipalityId?: number): Promise<DecisionRow[]> {
  let q = db
    .selectFrom('agenda_item as i')
    .innerJoin('meeting as m', 'm.id', 'i.meeting_id')
    .select(['m.municipality_id', 'm.committee_id', 'm.committee_key', 'm.date', 'm.start_key', 'i.number', 'i.title', 'i.outcome', 'i.decision_text'])
    .where('i.closed', '=', 0)
    .where('i.decision_text', 'is not', null)
    .where('i.outcome', 'not in', ['other'])
    .where('i.kind', 'is distinct from', 'orientering');
  if (municipalityId !== undefined) q = q.where('i.municipality_id', '=', municipalityId);
  const rows = await q.orderBy('i.date', 'desc').orderBy('i.meeting_id', 'desc').orderBy('i.seq').limit(limit).execute();
  return rows.map((r) => ({ meeting: refOf(r), number: r.number, title: r.title, outcome: r.outcome, decision: r.decision_text }));
}

export interface Totals {
  municipalities: number;
  meetings: number;
  items: number;
  cases: number;
}

export async function totals(db: Db): Promise<Totals> {
  const [mu, me, it, ca] = await Promise.all([
    db.selectFrom('municipality').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    db.selectFrom('meeting').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    db.selectFrom('agenda_item').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    db.selectFrom('case_file').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { municipalities: Number(mu?.n ?? 0), meetings: Number(me?.n ?? 0), items: Number(it?.n ?? 0), cases: Number(ca?.n ?? 0) };
}

// --- Municipality and committee --------------------------------------------------------------------

export interface CommitteeStats {
  committeeId: number;
  meetings: number;
  first: string | null;
  last: string | null;
}

export async function committeeStats(db: Db, municipalityId: number): Promise<Map<number, CommitteeStats>> {
  const rows = await db
    .selectFrom('meeting')
    .select(['committee_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('date').as('first'), (eb) => eb.fn.max('date').as('last')])
    .where('municipality_id', '=', municipalityId)
    .groupBy('committee_id')
    .execute();
  return new Map(rows.map((r) => [r.committee_id, { committeeId: r.committee_id, meetings: Number(r.n), first: r.first, last: r.last }]));
}

export async function meetingsOfCommittees(db: Db, committeeIds: number[]): Promise<MeetingListRow[]> {
  if (!committeeIds.length) return [];
  const rows = await db
    .selectFrom('meeting as m')
    .select(meetingColumns)
    .where('m.committee_id', 'in', committeeIds)
    .orderBy('m.date', 'desc')
    .orderBy('m.start_key', 'desc')
    .orderBy('m.id', 'desc')
    .execute();
  return withItemCounts(db, rows.map(toMeeting));
}

export interface MemberRow {
  committeeId: number;
  personId: number;
  name: string;
  role: string | null;
  party: string | null;
  first: string | null;
  last: string | null;
}

export async function membersOfCommittees(db: Db, committeeIds: number[]): Promise<MemberRow[]> {
  if (!committeeIds.length) return [];
  const rows = await db
    .selectFrom('membership as ms')
    .innerJoin('person as p', 'p.id', 'ms.person_id')
    .select(['ms.committee_id', 'ms.person_id', 'p.name', 'ms.role', 'ms.party', 'ms.first_date', 'ms.last_date'])
    .where('ms.committee_id', 'in', committeeIds)
    .orderBy('p.name')
    .orderBy('ms.person_id')
    .execute();
  return rows.map((r) => ({ committeeId: r.committee_id, personId: r.person_id, name: r.name, role: r.role, party: r.party, first: r.first_date, last: r.last_date }));
}

// --- Meeting ---------------------------------------------------------------------------------------

/** The meeting of a committee (any term with that key) on a date; with `start`, the one starting then. */
export async function findMeeting(db: Db, municipalityId: number, committeeKey: string, date: string, start: string | null): Promise<MeetingRow | null> {
  let q = db
    .selectFrom('meeting as m')
    .select(meetingColumns)
    .where('m.municipality_id', '=', municipalityId)
    .where('m.committee_key', '=', committeeKey)
    .where('m.date', '=', date);
  if (start) q = q.where('m.start_key', '=', start);
  const r = await q.orderBy('m.start_key').orderBy('m.id').limit(1).executeTakeFirst();
  return r ? toMeeting(r) : null;
}

export async function meetingById(db: Db, id: number): Promise<MeetingRow | null> {
  const r = await db.selectFrom('meeting as m').select(meetingColumns).where('m.id', '=', id).executeTakeFirst();
  return r ? toMeeting(r) : null;
}

export async function itemsOfMeeting(db: Db, meetingId: number): Promise<ItemListRow[]> {
  return (await itemsOfMeetings(db, [meetingId])).get(meetingId) ?? [];
}

/** The items of several meetings at once, by meeting id; a closed item shows number and title only. */
export async function itemsOfMeetings(db: Db, meetingIds: number[]): Promise<Map<number, ItemListRow[]>> {
  const out = new Map<number, ItemListRow[]>();
  for (let i = 0; i < meetingIds.length; i += 500) {
    const rows = await db
      .selectFrom('agenda_item as i')
      .leftJoin('case_file as c', 'c.id', 'i.case_id')
      .select(['i.id', 'i.meeting_id', 'i.seq', 'i.number', 'i.title', 'i.closed', 'i.kind', 'i.outcome', 'c.number as case_number'])
      .where('i.meeting_id', 'in', meetingIds.slice(i, i + 500))
      .orderBy('i.meeting_id')
      .orderBy('i.seq')
      .execute();
    for (const r of rows) {
      const closed = r.closed !== 0;
      const list = out.get(r.meeting_id) ?? [];
      list.push({
        id: r.id,
        seq: r.seq,
        number: r.number,
        title: r.title,
        closed,
        kind: closed ? null : r.kind,
        outcome: closed ? null : r.outcome,
        caseNumber: closed ? null : r.case_number,
      });
      out.set(r.meeting_id, list);
    }
  }
  return out;
}

export async function attendanceOfMeeting(db: Db, meetingId: number): Promise<AttendanceRow[]> {
  const rows = await db
    .selectFrom('meeting_attendance as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select(['a.person_id', 'p.name', 'a.role', 'a.party', 'a.absent', 'a.substitute_for'])
    .where('a.meeting_id', '=', meetingId)
    .execute();
  const order = (role: string | null): number => ['borgmester', 'formand', 'næstformand', 'rådmand', 'udvalgsmedlem'].indexOf(role ?? '') + 1 || 9;
  return rows
    .map((r) => ({ personId: r.person_id, name: r.name, role: r.role, party: r.party, absent: r.absent !== 0, substituteFor: r.substitute_for }))
    .sort((a, b) => order(a.role) - order(b.role) || a.name.localeCompare(b.name, 'da'));
}

function toDocument(r: { id: number; file_name: string; format: string; kind: string; size: number; sha256: string; imported_at: string; role: string }): DocumentRow {
  return { id: r.id, fileName: r.file_name, format: r.format, kind: r.kind, size: r.size, sha256: r.sha256, importedAt: r.imported_at, role: r.role };
}

const documentColumns = ['d.id', 'd.file_name', 'd.format', 'd.kind', 'd.size', 'd.sha256', 'd.imported_at', 'd.role'] as const;

export async function documentById(db: Db, id: number): Promise<DocumentRow | null> {
  const r = await db.selectFrom('document as d').select(documentColumns).where('d.id', '=', id).executeTakeFirst();
  return r ? toDocument(r) : null;
}

/** Every version of the meeting, newest first, with its source document. */
export async function versionsOfMeeting(db: Db, meetingId: number): Promise<VersionRow[]> {
  const rows = await db
    .selectFrom('meeting_version as v')
    .innerJoin('document as d', 'd.id', 'v.document_id')
    .select(['v.version', 'v.reason', 'v.valid_from', 'v.valid_to', ...documentColumns])
    .where('v.meeting_id', '=', meetingId)
    .orderBy('v.version', 'desc')
    .execute();
  return rows.map((r) => ({ version: r.version, reason: r.reason, validFrom: r.valid_from, validTo: r.valid_to, document: toDocument(r) }));
}

/** Other forms of the same meeting (e.g. the PDF beside the case-system XML). */
export async function alternateDocuments(db: Db, meetingId: number): Promise<DocumentRow[]> {
  const rows = await db
    .selectFrom('document as d')
    .select(documentColumns)
    .where('d.meeting_id', '=', meetingId)
    .where('d.role', '=', 'alternate')
    .orderBy('d.id')
    .execute();
  return rows.map(toDocument);
}

// --- Agenda item -----------------------------------------------------------------------------------

/** The item columns findItemPage reads under their own names, as the table holds them. */
type ItemPageColumns = Pick<
  Selectable<AgendaItemTable>,
  'seq' | 'number' | 'title' | 'closed' | 'outcome' | 'decision_text' | 'recommendation_text' | 'recommendation_by' | 'recommendation_json' | 'sections_json' | 'case_id'
>;

/**
 * The item page in three round trips (the hot path of the portal): the meeting with the item and its
 * neighbours; everything under the item in one UNION ALL; the case's other appearances.
 * The meeting is the first of that committee on that date (or the one starting at `start`), as
 * findMeeting; null when it or the item does not exist.
 */
export async function findItemPage(
  db: Db,
  municipalityId: number,
  committeeKey: string,
  date: string,
  start: string | null,
  number: string,
): Promise<{ meeting: MeetingRow; item: ItemDetail } | null> {
  const startFilter = start === null ? sql`1 = 1` : sql`x.start_key = ${start}`;
  const r = await sql<
    MeetingSelect &
      ItemPageColumns & {
      item_id: number;
      item_kind: string | null;
      case_number: string | null;
      prev_number: string | null;
      prev_title: string | null;
      next_number: string | null;
      next_title: string | null;
    }
  >`
    SELECT m.id AS id, m.municipality_id AS municipality_id, m.committee_id AS committee_id, m.committee_key AS committee_key, m.date AS date,
           m.start_key AS start_key, m.kind AS kind, m.start_time AS start_time, m.end_time AS end_time, m.location AS location,
           m.locations_json AS locations_json, m.version AS version, m.document_id AS document_id, m.created_at AS created_at, m.updated_at AS updated_at,
           i.id AS item_id, i.seq AS seq, i.number AS number, i.title AS title, i.closed AS closed, i.kind AS item_kind, i.outcome AS outcome,
           i.decision_text AS decision_text, i.recommendation_text AS recommendation_text, i.recommendation_by AS recommendation_by,
           i.recommendation_json AS recommendation_json, i.sections_json AS sections_json, i.case_id AS case_id, c.number AS case_number,
           (SELECT p.number FROM agenda_item p WHERE p.meeting_id = m.id AND p.seq < i.seq ORDER BY p.seq DESC LIMIT 1) AS prev_number,
           (SELECT p.title FROM agenda_item p WHERE p.meeting_id = m.id AND p.seq < i.seq ORDER BY p.seq DESC LIMIT 1) AS prev_title,
           (SELECT n.number FROM agenda_item n WHERE n.meeting_id = m.id AND n.seq > i.seq ORDER BY n.seq LIMIT 1) AS next_number,
           (SELECT n.title FROM agenda_item n WHERE n.meeting_id = m.id AND n.seq > i.seq ORDER BY n.seq LIMIT 1) AS next_title
    FROM meeting m
    JOIN agenda_item i ON i.meeting_id = m.id
    LEFT JOIN case_file c ON c.id = i.case_id
    WHERE m.id = (SELECT x.id FROM meeting x WHERE x.municipality_id = ${municipalityId} AND x.committee_key = ${committeeKey} AND x.date = ${date} AND ${startFilter}
                  ORDER BY x.start_key, x.id LIMIT 1)
      AND i.number = ${number}
    ORDER BY i.seq
    LIMIT 1`.execute(db);
  const row = r.rows[0];
  if (!row) return null;
  const meeting = toMeeting(row);
  const previous = row.prev_number !== null ? { number: row.prev_number, title: row.prev_title ?? '' } : null;
  const next = row.next_number !== null ? { number: row.next_number, title: row.next_title ?? '' } : null;
  const item: ItemDetail = {
    id: row.item_id,
    seq: row.seq,
    number: row.number,
    title: row.title,
    closed: row.closed !== 0,
    kind: null,
    outcome: null,
    decision: null,
    recommendation: null,
    sections: [],
    caseId: null,
    caseNumber: null,
    votes: [],
    voteParties: [],
    absences: [],
    guests: [],
    route: [],
    attachments: [],
    appearances: [],
    previous,
    next,
  };
  if (item.closed) return { meeting, item };
  item.kind = row.item_kind;
  item.outcome = row.outcome;
  item.decision = row.decision_text;
  item.recommendation =
    row.recommendation_text !== null ? { text: row.recommendation_text, by: row.recommendation_by, clauses: parseJson<RecommendationClause[]>(row.recommendation_json, []) } : null;
  item.sections = parseJson<Section[]>(row.sections_json, []);
  item.caseId = row.case_id;
  item.caseNumber = row.case_number;
  const id = row.item_id;
  const [children, appearances] = await Promise.all([
    sql<{ k: number; n: number; a: string | null; b: string | null; c: string | null; d: string | null; e: number | null }>`
      SELECT 1 AS k, v.option_seq AS n, v.option AS a, p.name AS b, v.party AS c, v.choice AS d, v.person_id AS e
        FROM vote v JOIN person p ON p.id = v.person_id WHERE v.item_id = ${id}
      UNION ALL SELECT 2, option_seq, option, CAST(NULL AS text), party, choice, CAST(NULL AS integer) FROM vote_party WHERE item_id = ${id}
      UNION ALL SELECT 3, 0, a.reason, p.name, a.party, a.text, a.person_id FROM item_attendance a JOIN person p ON p.id = a.person_id WHERE a.item_id = ${id}
      UNION ALL SELECT 4, seq, text, CAST(NULL AS text), CAST(NULL AS text), CAST(NULL AS text), CAST(NULL AS integer) FROM item_guest WHERE item_id = ${id}
      UNION ALL SELECT 5, seq, body, date, item_number, decision, CAST(NULL AS integer) FROM route_step WHERE item_id = ${id}
      UNION ALL SELECT 6, seq, title, href, CAST(NULL AS text), CAST(NULL AS text), CAST(NULL AS integer) FROM attachment WHERE item_id = ${id}`.execute(db),
    row.case_id === null ? Promise.resolve([] as AppearanceRow[]) : appearancesOfCase(db, row.case_id),
  ]);
  const rows = children.rows.map((x) => ({ ...x, k: Number(x.k), n: Number(x.n), e: x.e === null ? null : Number(x.e) }));
  rows.sort((x, y) => x.k - y.k || x.n - y.n || (x.b ?? '').localeCompare(y.b ?? '', 'da'));
  for (const x of rows) {
    switch (x.k) {
      case 1:
        item.votes.push({ optionSeq: x.n, option: x.a, personId: x.e!, name: x.b ?? '', party: x.c, choice: x.d ?? '' });
        break;
      case 2:
        item.voteParties.push({ optionSeq: x.n, option: x.a, party: x.c ?? '', choice: x.d ?? '' });
        break;
      case 3:
        item.absences.push({ personId: x.e!, name: x.b ?? '', party: x.c, reason: x.a ?? '', text: x.d ?? '' });
        break;
      case 4:
        item.guests.push(x.a ?? '');
        break;
      case 5:
        item.route.push({ seq: x.n, body: x.a ?? '', date: x.b, itemNumber: x.c, decision: x.d });
        break;
      case 6:
        item.attachments.push({ seq: x.n, title: x.a ?? '', href: x.b });
        break;
    }
  }
  item.appearances = appearances.filter((a) => !(a.meetingId === meeting.id && a.number === row.number));
  return { meeting, item };
}

// --- Case ------------------------------------------------------------------------------------------

export interface CaseRow {
  id: number;
  municipalityId: number;
  number: string;
  title: string | null;
  first: string | null;
  last: string | null;
}

/** A case of a municipality by its number as printed (matched by the store's case key). */
export async function findCase(db: Db, municipalityId: number, number: string): Promise<CaseRow | null> {
  const r = await db
    .selectFrom('case_file')
    .select(['id', 'municipality_id', 'number', 'title', 'first_date', 'last_date'])
    .where('municipality_id', '=', municipalityId)
    .where('key', '=', caseKey(number))
    .executeTakeFirst();
  if (!r) return null;
  // A case seen only in closed items is not public.
  const open = await db.selectFrom('agenda_item').select('id').where('case_id', '=', r.id).where('closed', '=', 0).limit(1).executeTakeFirst();
  if (!open) return null;
  return { id: r.id, municipalityId: r.municipality_id, number: r.number, title: r.title, first: r.first_date, last: r.last_date };
}

/** The open items of a case, oldest first. */
export async function appearancesOfCase(db: Db, caseId: number): Promise<AppearanceRow[]> {
  const rows = await db
    .selectFrom('agenda_item as i')
    .innerJoin('meeting as m', 'm.id', 'i.meeting_id')
    .select([
      'm.id as meeting_id',
      'm.municipality_id',
      'm.committee_id',
      'm.committee_key',
      'm.date',
      'm.start_key',
      'm.kind',
      'i.number',
      'i.title',
      'i.outcome',
      'i.decision_text',
    ])
    .where('i.case_id', '=', caseId)
    .where('i.closed', '=', 0)
    .orderBy('m.date')
    .orderBy('m.start_key')
    .orderBy('i.seq')
    .execute();
  return rows.map((r) => ({
    meeting: refOf(r),
    meetingId: r.meeting_id,
    number: r.number,
    title: r.title,
    outcome: r.outcome,
    decision: r.decision_text,
    kind: r.kind,
  }));
}

/** Route steps printed in the open items of a case (sagens gang as the documents tell it). */
export async function routeOfCase(db: Db, caseId: number): Promise<RouteRow[]> {
  const rows = await db
    .selectFrom('route_step as s')
    .innerJoin('agenda_item as i', 'i.id', 's.item_id')
    .select(['s.seq', 's.body', 's.date', 's.item_number', 's.decision'])
    .where('i.case_id', '=', caseId)
    .where('i.closed', '=', 0)
    .orderBy('i.date')
    .orderBy('s.seq')
    .execute();
  return rows.map((s) => ({ seq: s.seq, body: s.body, date: s.date, itemNumber: s.item_number, decision: s.decision }));
}

export interface CaseVoteRow {
  personId: number;
  name: string;
  party: string | null;
  meeting: MeetingRef;
  number: string;
  option: string | null;
  choice: string;
}

/** Named votes on the open items of a case, oldest first. */
export async function votesOfCase(db: Db, caseId: number): Promise<CaseVoteRow[]> {
  const rows = await db
    .selectFrom('vote as v')
    .innerJoin('agenda_item as i', 'i.id', 'v.item_id')
    .innerJoin('meeting as m', 'm.id', 'i.meeting_id')
    .innerJoin('person as p', 'p.id', 'v.person_id')
    .select(['v.person_id', 'p.name', 'v.party', 'm.municipality_id', 'm.committee_id', 'm.committee_key', 'm.date', 'm.start_key', 'i.number', 'v.option', 'v.choice'])
    .where('i.case_id', '=', caseId)
    .where('i.closed', '=', 0)
    .orderBy('m.date')
    .orderBy('i.seq')
    .orderBy('v.option_seq')
    .orderBy('p.name')
    .execute();
  return rows.map((r) => ({ personId: r.person_id, name: r.name, party: r.party, meeting: refOf(r), number: r.number, option: r.option, choice: r.choice }));
}

// --- Person ----------------------------------------------------------------------------------------

export interface PersonDetail {
  id: number;
  municipalityId: number;
  name: string;
  party: string | null;
  aliases: string[];
  memberships: MemberRow[];
  meetings: { meeting: MeetingRef; meetingId: number; absent: boolean; role: string | null; substituteFor: string | null }[];
  itemAbsences: { meeting: MeetingRef; number: string; title: string; reason: string; text: string }[];
  votes: { meeting: MeetingRef; number: string; title: string; option: string | null; choice: string; party: string | null }[];
}

export async function personDetail(db: Db, personId: number): Promise<PersonDetail | null> {
  const p = await db.selectFrom('person').select(['id', 'municipality_id', 'name', 'party']).where('id', '=', personId).executeTakeFirst();
  if (!p) return null;
  const [aliases, memberships, meetings, itemAbsences, votes] = await Promise.all([
    db.selectFrom('person_alias').select(['name']).where('person_id', '=', personId).orderBy('name').execute(),
    db
      .selectFrom('membership as ms')
      .innerJoin('committee as c', 'c.id', 'ms.committee_id')
      .select(['ms.committee_id', 'ms.person_id', 'ms.role', 'ms.party', 'ms.first_date', 'ms.last_date', 'c.name'])
      .where('ms.person_id', '=', personId)
      .orderBy('c.term', 'desc')
      .orderBy('c.name')
      .execute(),
    db
      .selectFrom('meeting_attendance as a')
      .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
      .select(['m.id', 'm.municipality_id', 'm.committee_id', 'm.committee_key', 'm.date', 'm.start_key', 'a.absent', 'a.role', 'a.substitute_for'])
      .where('a.person_id', '=', personId)
      .orderBy('m.date', 'desc')
      .orderBy('m.id', 'desc')
      .execute(),
    db
      .selectFrom('item_attendance as a')
      .innerJoin('agenda_item as i', 'i.id', 'a.item_id')
      .innerJoin('meeting as m', 'm.id', 'i.meeting_id')
      .select(['m.municipality_id', 'm.committee_id', 'm.committee_key', 'm.date', 'm.start_key', 'i.number', 'i.title', 'a.reason', 'a.text'])
      .where('a.person_id', '=', personId)
      .where('i.closed', '=', 0)
      .orderBy('m.date', 'desc')
      .orderBy('i.seq')
      .execute(),
    db
      .selectFrom('vote as v')
      .innerJoin('agenda_item as i', 'i.id', 'v.item_id')
      .innerJoin('meeting as m', 'm.id', 'i.meeting_id')
      .select(['m.municipality_id', 'm.committee_id', 'm.committee_key', 'm.date', 'm.start_key', 'i.number', 'i.title', 'v.option', 'v.choice', 'v.party'])
      .where('v.person_id', '=', personId)
      .where('i.closed', '=', 0)
      .orderBy('m.date', 'desc')
      .orderBy('i.seq')
      .orderBy('v.option_seq')
      .execute(),
  ]);
  return {
    id: p.id,
    municipalityId: p.municipality_id,
    name: p.name,
    party: p.party,
    aliases: aliases.map((a) => a.name).filter((n) => n !== p.name),
    memberships: memberships.map((r) => ({ committeeId: r.committee_id, personId: r.person_id, name: r.name, role: r.role, party: r.party, first: r.first_date, last: r.last_date })),
    meetings: meetings.map((r) => ({ meeting: refOf(r), meetingId: r.id, absent: r.absent !== 0, role: r.role, substituteFor: r.substitute_for })),
    itemAbsences: itemAbsences.map((r) => ({ meeting: refOf(r), number: r.number, title: r.title, reason: r.reason, text: r.text })),
    votes: votes.map((r) => ({ meeting: refOf(r), number: r.number, title: r.title, option: r.option, choice: r.choice, party: r.party })),
  };
}

// --- Sitemap ---------------------------------------------------------------------------------------

export async function allMeetingRefs(db: Db, offset: number, limit: number): Promise<(MeetingRef & { updated_at: string })[]> {
  return db
    .selectFrom('meeting')
    .select(['municipality_id', 'committee_id', 'committee_key', 'date', 'start_key', 'updated_at'])
    .orderBy('id')
    .offset(offset)
    .limit(limit)
    .execute();
}

export async function allItemRefs(db: Db, offset: number, limit: number): Promise<(MeetingRef & { number: string; updated_at: string })[]> {
  return db
    .selectFrom('agenda_item as i')
    .innerJoin('meeting as m', 'm.id', 'i.meeting_id')
    .select(['m.municipality_id', 'm.committee_id', 'm.committee_key', 'm.date', 'm.start_key', 'm.updated_at', 'i.number'])
    .orderBy('i.id')
    .offset(offset)
    .limit(limit)
    .execute();
}

export async function allCaseRefs(db: Db, offset: number, limit: number): Promise<{ municipality_id: number; number: string; last_date: string | null }[]> {
  return db
    .selectFrom('case_file as c')
    .select(['c.municipality_id', 'c.number', 'c.last_date'])
    .where((eb) => eb.exists(eb.selectFrom('agenda_item as i').select('i.id').whereRef('i.case_id', '=', 'c.id').where('i.closed', '=', 0)))
    .orderBy('c.id')
    .offset(offset)
    .limit(limit)
    .execute();
}

export async function countRows(db: Db, table: 'meeting' | 'agenda_item' | 'case_file'): Promise<number> {
  const r = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}
