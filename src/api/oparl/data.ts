/**
 * The OParl API's reads. Every list is a derived table with `created` and `modified` columns, so the
 * OParl time filters apply the same way to every object type, on SQLite and PostgreSQL alike.
 *
 * Timestamps: meetings carry their own (created_at, updated_at). Everything under a meeting (agenda
 * items, consultations, attachments) takes its meeting's. Entities that the store derives from many
 * meetings (body, organization, person, membership, paper, location, legislative term) take the
 * earliest `created_at` and the latest `updated_at` of the meetings they come from, so a client that
 * mirrors with `modified_since` sees them again whenever one of those meetings changed.
 *
 * Deleted objects: a new version of a meeting replaces its items. Items (and their consultations
 * and attachments) that an earlier version had and the current one lacks are reported as deleted,
 * with the meeting's `updated_at` as their `modified`.
 */
import { createHash } from 'node:crypto';
import type { Kysely, RawBuilder, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { MeetingDocument } from '../../model/index.js';
import type { AgendaItemTable, Database } from '../../store/schema.js';

type Db = Kysely<Database>;

export const EPOCH = '1970-01-01T00:00:00.000Z';

export interface TimeFilter {
  createdSince?: string;
  createdUntil?: string;
  modifiedSince?: string;
  modifiedUntil?: string;
}

export interface Paged<R> {
  total: number;
  rows: R[];
}

function where(f: TimeFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (f.createdSince) parts.push(sql`t.created >= ${f.createdSince}`);
  if (f.createdUntil) parts.push(sql`t.created <= ${f.createdUntil}`);
  if (f.modifiedSince) parts.push(sql`t.modified >= ${f.modifiedSince}`);
  if (f.modifiedUntil) parts.push(sql`t.modified <= ${f.modifiedUntil}`);
  return sql.join(parts, sql` AND `);
}

export function inTime(f: TimeFilter, created: string, modified: string): boolean {
  if (f.createdSince && created < f.createdSince) return false;
  if (f.createdUntil && created > f.createdUntil) return false;
  if (f.modifiedSince && modified < f.modifiedSince) return false;
  if (f.modifiedUntil && modified > f.modifiedUntil) return false;
  return true;
}

async function paged<R>(db: Db, inner: RawBuilder<unknown>, order: RawBuilder<unknown>, f: TimeFilter, offset: number, limit: number): Promise<Paged<R>> {
  const w = where(f);
  const [count, rows] = await Promise.all([
    sql<{ n: number | string }>`SELECT count(*) AS n FROM (${inner}) t WHERE ${w}`.execute(db),
    sql<R>`SELECT * FROM (${inner}) t WHERE ${w} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`.execute(db),
  ]);
  return { total: Number(count.rows[0]?.n ?? 0), rows: rows.rows };
}

async function single<R>(db: Db, inner: RawBuilder<unknown>): Promise<R | null> {
  const r = await sql<R>`SELECT * FROM (${inner}) t`.execute(db);
  return r.rows[0] ?? null;
}

const muniFilter = (col: RawBuilder<unknown>, bodyId: number | null): RawBuilder<unknown> => (bodyId === null ? sql`1 = 1` : sql`${col} = ${bodyId}`);

// --- Bodies ----------------------------------------------------------------------------------------

export interface BodyRow {
  id: number;
  name: string;
  created: string;
  modified: string;
}

const bodiesInner = (idFilter: RawBuilder<unknown>): RawBuilder<unknown> => sql`
  SELECT mu.id AS id, mu.name AS name,
         coalesce(min(m.created_at), ${EPOCH}) AS created, coalesce(max(m.updated_at), ${EPOCH}) AS modified
  FROM municipality mu LEFT JOIN meeting m ON m.municipality_id = mu.id
  WHERE ${idFilter}
  GROUP BY mu.id, mu.name`;

export const listBodies = (db: Db, f: TimeFilter, offset: number, limit: number): Promise<Paged<BodyRow>> => paged(db, bodiesInner(sql`1 = 1`), sql`t.id`, f, offset, limit);
export const getBody = (db: Db, id: number): Promise<BodyRow | null> => single(db, bodiesInner(sql`mu.id = ${id}`));

/** The earliest and latest meeting timestamps overall (for System). */
export async function systemTimes(db: Db): Promise<{ created: string; modified: string }> {
  const r = await sql<{ created: string | null; modified: string | null }>`SELECT min(created_at) AS created, max(updated_at) AS modified FROM meeting`.execute(db);
  return { created: r.rows[0]?.created ?? EPOCH, modified: r.rows[0]?.modified ?? EPOCH };
}

// --- Legislative terms -----------------------------------------------------------------------------

export interface TermRow {
  municipality_id: number;
  term: string;
  created: string;
  modified: string;
}

const termsInner = (bodyId: number | null, term: string | null): RawBuilder<unknown> => sql`
  SELECT c.municipality_id AS municipality_id, c.term AS term,
         coalesce(min(m.created_at), ${EPOCH}) AS created, coalesce(max(m.updated_at), ${EPOCH}) AS modified
  FROM committee c LEFT JOIN meeting m ON m.committee_id = c.id
  WHERE ${muniFilter(sql`c.municipality_id`, bodyId)} AND ${term === null ? sql`1 = 1` : sql`c.term = ${term}`}
  GROUP BY c.municipality_id, c.term`;

export const listTerms = (db: Db, bodyId: number | null, f: TimeFilter, offset: number, limit: number): Promise<Paged<TermRow>> =>
  paged(db, termsInner(bodyId, null), sql`t.municipality_id, t.term`, f, offset, limit);
export const getTerm = (db: Db, bodyId: number, term: string): Promise<TermRow | null> => single(db, termsInner(bodyId, term));

// --- Organizations ---------------------------------------------------------------------------------

export interface OrganizationRow {
  id: number;
  municipality_id: number;
  name: string;
  term: string;
  created: string;
  modified: string;
}

const organizationsInner = (bodyId: number | null, id: number | null): RawBuilder<unknown> => sql`
  SELECT c.id AS id, c.municipality_id AS municipality_id, c.name AS name, c.term AS term,
         coalesce(min(m.created_at), ${EPOCH}) AS created, coalesce(max(m.updated_at), ${EPOCH}) AS modified
  FROM committee c LEFT JOIN meeting m ON m.committee_id = c.id
  WHERE ${muniFilter(sql`c.municipality_id`, bodyId)} AND ${id === null ? sql`1 = 1` : sql`c.id = ${id}`}
  GROUP BY c.id, c.municipality_id, c.name, c.term`;

export const listOrganizations = (db: Db, bodyId: number | null, f: TimeFilter, offset: number, limit: number): Promise<Paged<OrganizationRow>> =>
  paged(db, organizationsInner(bodyId, null), sql`t.id`, f, offset, limit);
export const getOrganization = (db: Db, id: number): Promise<OrganizationRow | null> => single(db, organizationsInner(null, id));

// --- Persons ---------------------------------------------------------------------------------------

export interface PersonRow {
  id: number;
  municipality_id: number;
  name: string;
  party: string | null;
  created: string;
  modified: string;
}

const personsInner = (bodyId: number | null, id: number | null): RawBuilder<unknown> => sql`
  SELECT p.id AS id, p.municipality_id AS municipality_id, p.name AS name, p.party AS party,
         coalesce(min(x.created_at), ${EPOCH}) AS created, coalesce(max(x.updated_at), ${EPOCH}) AS modified
  FROM person p LEFT JOIN (
    SELECT ma.person_id AS person_id, m.created_at AS created_at, m.updated_at AS updated_at
      FROM meeting_attendance ma JOIN meeting m ON m.id = ma.meeting_id
    UNION ALL
    SELECT ip.person_id AS person_id, m.created_at AS created_at, m.updated_at AS updated_at
      FROM item_person ip JOIN agenda_item i ON i.id = ip.item_id JOIN meeting m ON m.id = i.meeting_id
  ) x ON x.person_id = p.id
  WHERE ${muniFilter(sql`p.municipality_id`, bodyId)} AND ${id === null ? sql`1 = 1` : sql`p.id = ${id}`}
  GROUP BY p.id, p.municipality_id, p.name, p.party`;

export const listPersons = (db: Db, bodyId: number | null, f: TimeFilter, offset: number, limit: number): Promise<Paged<PersonRow>> =>
  paged(db, personsInner(bodyId, null), sql`t.id`, f, offset, limit);
export const getPerson = (db: Db, id: number): Promise<PersonRow | null> => single(db, personsInner(null, id));

// --- Memberships -----------------------------------------------------------------------------------

export interface MembershipRow {
  committee_id: number;
  person_id: number;
  municipality_id: number;
  role: string | null;
  party: string | null;
  first_date: string | null;
  last_date: string | null;
  created: string;
  modified: string;
}

const membershipsInner = (filter: RawBuilder<unknown>): RawBuilder<unknown> => sql`
  SELECT ms.committee_id AS committee_id, ms.person_id AS person_id, c.municipality_id AS municipality_id, ms.role AS role, ms.party AS party,
         ms.first_date AS first_date, ms.last_date AS last_date,
         coalesce(min(m.created_at), ${EPOCH}) AS created, coalesce(max(m.updated_at), ${EPOCH}) AS modified
  FROM membership ms JOIN committee c ON c.id = ms.committee_id LEFT JOIN meeting m ON m.committee_id = ms.committee_id
  WHERE ${filter}
  GROUP BY ms.committee_id, ms.person_id, c.municipality_id, ms.role, ms.party, ms.first_date, ms.last_date`;

export const listMemberships = (db: Db, bodyId: number | null, f: TimeFilter, offset: number, limit: number): Promise<Paged<MembershipRow>> =>
  paged(db, membershipsInner(muniFilter(sql`c.municipality_id`, bodyId)), sql`t.committee_id, t.person_id`, f, offset, limit);
export const getMembership = (db: Db, committeeId: number, personId: number): Promise<MembershipRow | null> =>
  single(db, membershipsInner(sql`ms.committee_id = ${committeeId} AND ms.person_id = ${personId}`));

export async function membershipsOf(db: Db, by: { personIds?: number[]; committeeIds?: number[] }): Promise<MembershipRow[]> {
  const ids = by.personIds ?? by.committeeIds ?? [];
  if (!ids.length) return [];
  const col = by.personIds ? sql`ms.person_id` : sql`ms.committee_id`;
  const r = await sql<MembershipRow>`SELECT * FROM (${membershipsInner(sql`${col} IN (${sql.join(ids)})`)}) t ORDER BY t.committee_id, t.person_id`.execute(db);
  return r.rows;
}

// --- Meetings --------------------------------------------------------------------------------------

export interface MeetingRow {
  id: number;
  municipality_id: number;
  committee_id: number;
  committee_key: string;
  date: string;
  start_key: string;
  start_time: string | null;
  end_time: string | null;
  location: string | null;
  kind: string;
  version: number;
  document_id: number;
  created: string;
  modified: string;
}

const meetingsInner = (filter: RawBuilder<unknown>): RawBuilder<unknown> => sql`
  SELECT m.id AS id, m.municipality_id AS municipality_id, m.committee_id AS committee_id, m.committee_key AS committee_key, m.date AS date,
         m.start_key AS start_key, m.start_time AS start_time, m.end_time AS end_time, m.location AS location, m.kind AS kind,
         m.version AS version, m.document_id AS document_id, m.created_at AS created, m.updated_at AS modified
  FROM meeting m WHERE ${filter}`;

export const listMeetings = (db: Db, by: { bodyId?: number; committeeId?: number }, f: TimeFilter, offset: number, limit: number): Promise<Paged<MeetingRow>> =>
  paged(
    db,
    meetingsInner(by.committeeId !== undefined ? sql`m.committee_id = ${by.committeeId}` : muniFilter(sql`m.municipality_id`, by.bodyId ?? null)),
    sql`t.id`,
    f,
    offset,
    limit,
  );
export const getMeeting = (db: Db, id: number): Promise<MeetingRow | null> => single(db, meetingsInner(sql`m.id = ${id}`));

export interface AttendanceRow {
  meeting_id: number;
  person_id: number;
  absent: number;
}

export async function attendanceOf(db: Db, meetingIds: number[]): Promise<AttendanceRow[]> {
  if (!meetingIds.length) return [];
  return db.selectFrom('meeting_attendance').select(['meeting_id', 'person_id', 'absent']).where('meeting_id', 'in', meetingIds).orderBy('meeting_id').orderBy('person_id').execute();
}

// --- Agenda items ----------------------------------------------------------------------------------

/** The agenda_item columns itemsInner selects, as the table holds them, with the meeting's timestamps. */
export interface ItemRow
  extends Pick<
    Selectable<AgendaItemTable>,
    | 'id'
    | 'meeting_id'
    | 'municipality_id'
    | 'committee_id'
    | 'seq'
    | 'number'
    | 'title'
    | 'closed'
    | 'kind'
    | 'case_id'
    | 'outcome'
    | 'decision_text'
    | 'recommendation_text'
    | 'recommendation_by'
    | 'recommendation_json'
    | 'sections_json'
  > {
  created: string;
  modified: string;
}

const itemsInner = (filter: RawBuilder<unknown>): RawBuilder<unknown> => sql`
  SELECT i.id AS id, i.meeting_id AS meeting_id, m.municipality_id AS municipality_id, m.committee_id AS committee_id, i.seq AS seq, i.number AS number,
         i.title AS title, i.closed AS closed, i.kind AS kind, i.case_id AS case_id, i.outcome AS outcome, i.decision_text AS decision_text,
         i.recommendation_text AS recommendation_text, i.recommendation_by AS recommendation_by, i.recommendation_json AS recommendation_json,
         i.sections_json AS sections_json, m.created_at AS created, m.updated_at AS modified
  FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE ${filter}`;

export const listItems = (db: Db, bodyId: number | null, f: TimeFilter, offset: number, limit: number): Promise<Paged<ItemRow>> =>
  paged(db, itemsInner(muniFilter(sql`m.municipality_id`, bodyId)), sql`t.meeting_id, t.seq`, f, offset, limit);
export const getItem = (db: Db, meetingId: number, seq: number): Promise<ItemRow | null> => single(db, itemsInner(sql`i.meeting_id = ${meetingId} AND i.seq = ${seq}`));

export async function itemsOfMeetings(db: Db, meetingIds: number[]): Promise<ItemRow[]> {
  if (!meetingIds.length) return [];
  const r = await sql<ItemRow>`SELECT * FROM (${itemsInner(sql`i.meeting_id IN (${sql.join(meetingIds)})`)}) t ORDER BY t.meeting_id, t.seq`.execute(db);
  return r.rows;
}

export async function itemsOfCases(db: Db, caseIds: number[]): Promise<ItemRow[]> {
  if (!caseIds.length) return [];
  const r = await sql<ItemRow>`SELECT * FROM (${itemsInner(sql`i.case_id IN (${sql.join(caseIds)}) AND i.closed = 0`)}) t ORDER BY t.case_id, t.created, t.meeting_id, t.seq`.execute(db);
  return r.rows;
}

/** Consultations: open items that belong to a case. */
export const listConsultations = (db: Db, by: { bodyId?: number; committeeId?: number }, f: TimeFilter, offset: number, limit: number): Promise<Paged<ItemRow>> =>
  paged(
    db,
    itemsInner(
      sql`i.case_id IS NOT NULL AND i.closed = 0 AND ${by.committeeId !== undefined ? sql`m.committee_id = ${by.committeeId}` : muniFilter(sql`m.municipality_id`, by.bodyId ?? null)}`,
    ),
    sql`t.meeting_id, t.seq`,
    f,
    offset,
    limit,
  );

export interface ItemChildren {
  votes: { item_id: number; option_seq: number; option: string | null; person_id: number; party: string | null; choice: string }[];
  voteParties: { item_id: number; option_seq: number; option: string | null; party: string; choice: string }[];
  absences: { item_id: number; person_id: number; party: string | null; reason: string; text: string }[];
  attachments: { item_id: number; seq: number; title: string; href: string | null }[];
  guests: { item_id: number; seq: number; text: string }[];
  route: { item_id: number; seq: number; body: string; date: string | null; item_number: string | null; decision: string | null }[];
}

/** Votes, absences, attachments, guests and route of open items (never of closed ones). */
export async function childrenOf(db: Db, items: ItemRow[]): Promise<ItemChildren> {
  const ids = items.filter((i) => i.closed === 0).map((i) => i.id);
  if (!ids.length) return { votes: [], voteParties: [], absences: [], attachments: [], guests: [], route: [] };
  const [votes, voteParties, absences, attachments, guests, route] = await Promise.all([
    db.selectFrom('vote').select(['item_id', 'option_seq', 'option', 'person_id', 'party', 'choice']).where('item_id', 'in', ids).orderBy('item_id').orderBy('option_seq').orderBy('person_id').execute(),
    db.selectFrom('vote_party').select(['item_id', 'option_seq', 'option', 'party', 'choice']).where('item_id', 'in', ids).orderBy('item_id').orderBy('option_seq').orderBy('party').execute(),
    db.selectFrom('item_attendance').select(['item_id', 'person_id', 'party', 'reason', 'text']).where('item_id', 'in', ids).orderBy('item_id').orderBy('person_id').execute(),
    db.selectFrom('attachment').select(['item_id', 'seq', 'title', 'href']).where('item_id', 'in', ids).orderBy('item_id').orderBy('seq').execute(),
    db.selectFrom('item_guest').select(['item_id', 'seq', 'text']).where('item_id', 'in', ids).orderBy('item_id').orderBy('seq').execute(),
    db.selectFrom('route_step').select(['item_id', 'seq', 'body', 'date', 'item_number', 'decision']).where('item_id', 'in', ids).orderBy('item_id').orderBy('seq').execute(),
  ]);
  return { votes, voteParties, absences, attachments, guests, route };
}

// --- Papers (cases) --------------------------------------------------------------------------------

export interface PaperRow {
  id: number;
  municipality_id: number;
  number: string;
  title: string | null;
  first_date: string | null;
  last_date: string | null;
  created: string;
  modified: string;
}

const papersInner = (filter: RawBuilder<unknown>): RawBuilder<unknown> => sql`
  SELECT c.id AS id, c.municipality_id AS municipality_id, c.number AS number, c.title AS title, c.first_date AS first_date, c.last_date AS last_date,
         min(m.created_at) AS created, max(m.updated_at) AS modified
  FROM case_file c JOIN agenda_item i ON i.case_id = c.id AND i.closed = 0 JOIN meeting m ON m.id = i.meeting_id
  WHERE ${filter}
  GROUP BY c.id, c.municipality_id, c.number, c.title, c.first_date, c.last_date`;

export const listPapers = (db: Db, bodyId: number | null, f: TimeFilter, offset: number, limit: number): Promise<Paged<PaperRow>> =>
  paged(db, papersInner(muniFilter(sql`c.municipality_id`, bodyId)), sql`t.id`, f, offset, limit);
export const getPaper = (db: Db, id: number): Promise<PaperRow | null> => single(db, papersInner(sql`c.id = ${id}`));

// --- Files -----------------------------------------------------------------------------------------

export interface DocumentFileRow {
  id: number;
  meeting_id: number;
  municipality_id: number;
  file_name: string;
  format: string;
  kind: string;
  size: number;
  sha256: string;
  imported_at: string;
  role: string;
  created: string;
  modified: string;
}

const documentsInner = (filter: RawBuilder<unknown>): RawBuilder<unknown> => sql`
  SELECT d.id AS id, d.meeting_id AS meeting_id, m.municipality_id AS municipality_id, d.file_name AS file_name, d.format AS format, d.kind AS kind,
         d.size AS size, d.sha256 AS sha256, d.imported_at AS imported_at, d.role AS role, d.imported_at AS created, d.imported_at AS modified
  FROM document d JOIN meeting m ON m.id = d.meeting_id WHERE ${filter}`;

export const listDocuments = (db: Db, bodyId: number | null, f: TimeFilter, offset: number, limit: number): Promise<Paged<DocumentFileRow>> =>
  paged(db, documentsInner(muniFilter(sql`m.municipality_id`, bodyId)), sql`t.id`, f, offset, limit);
export const getDocument = (db: Db, id: number): Promise<DocumentFileRow | null> => single(db, documentsInner(sql`d.id = ${id}`));

export async function documentsOfMeetings(db: Db, meetingIds: number[]): Promise<DocumentFileRow[]> {
  if (!meetingIds.length) return [];
  const r = await sql<DocumentFileRow>`SELECT * FROM (${documentsInner(sql`d.meeting_id IN (${sql.join(meetingIds)})`)}) t ORDER BY t.id`.execute(db);
  return r.rows;
}

export interface AttachmentFileRow {
  item_id: number;
  meeting_id: number;
  item_seq: number;
  seq: number;
  title: string;
  href: string | null;
  municipality_id: number;
  created: string;
  modified: string;
}

const attachmentsInner = (filter: RawBuilder<unknown>): RawBuilder<unknown> => sql`
  SELECT a.item_id AS item_id, i.meeting_id AS meeting_id, i.seq AS item_seq, a.seq AS seq, a.title AS title, a.href AS href,
         m.municipality_id AS municipality_id, m.created_at AS created, m.updated_at AS modified
  FROM attachment a JOIN agenda_item i ON i.id = a.item_id AND i.closed = 0 JOIN meeting m ON m.id = i.meeting_id WHERE ${filter}`;

export const listAttachments = (db: Db, bodyId: number | null, f: TimeFilter, offset: number, limit: number): Promise<Paged<AttachmentFileRow>> =>
  paged(db, attachmentsInner(muniFilter(sql`m.municipality_id`, bodyId)), sql`t.meeting_id, t.item_seq, t.seq`, f, offset, limit);
export const getAttachment = (db: Db, meetingId: number, itemSeq: number, seq: number): Promise<AttachmentFileRow | null> =>
  single(db, attachmentsInner(sql`i.meeting_id = ${meetingId} AND i.seq = ${itemSeq} AND a.seq = ${seq}`));

// --- Locations -------------------------------------------------------------------------------------

export interface LocationRow {
  municipality_id: number;
  location: string;
  created: string;
  modified: string;
}

/** A location's id part: a short hash of its text (stable for the same text in the same municipality). */
export function locationKey(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

const locationsInner = (filter: RawBuilder<unknown>): RawBuilder<unknown> => sql`
  SELECT m.municipality_id AS municipality_id, m.location AS location, min(m.created_at) AS created, max(m.updated_at) AS modified
  FROM meeting m WHERE m.location IS NOT NULL AND m.location <> '' AND ${filter}
  GROUP BY m.municipality_id, m.location`;

export const listLocations = (db: Db, bodyId: number | null, f: TimeFilter, offset: number, limit: number): Promise<Paged<LocationRow>> =>
  paged(db, locationsInner(muniFilter(sql`m.municipality_id`, bodyId)), sql`t.municipality_id, t.location`, f, offset, limit);

export async function findLocation(db: Db, bodyId: number, key: string): Promise<LocationRow | null> {
  const r = await sql<LocationRow>`SELECT * FROM (${locationsInner(sql`m.municipality_id = ${bodyId}`)}) t`.execute(db);
  return r.rows.find((x) => locationKey(x.location) === key) ?? null;
}

// --- Deleted objects -------------------------------------------------------------------------------

export interface DeletedPart {
  kind: 'agendaItem' | 'consultation' | 'file';
  /** The OParl id's last segment: "12-5" (meeting-seq) or "a12-5-0" (attachment). */
  key: string;
  meetingId: number;
  municipalityId: number;
  created: string;
  modified: string;
}

/**
 * Items, consultations and attachment files that earlier versions of meetings had and the current
 * versions lack, for meetings changed within the filter's modification window.
 */
export async function deletedParts(db: Db, bodyId: number | null, f: TimeFilter, meetingId?: number): Promise<DeletedPart[]> {
  let q = db.selectFrom('meeting').select(['id', 'municipality_id', 'created_at', 'updated_at']).where('version', '>', 1);
  if (bodyId !== null) q = q.where('municipality_id', '=', bodyId);
  if (meetingId !== undefined) q = q.where('id', '=', meetingId);
  if (f.modifiedSince) q = q.where('updated_at', '>=', f.modifiedSince);
  if (f.modifiedUntil) q = q.where('updated_at', '<=', f.modifiedUntil);
  const meetings = await q.orderBy('id').execute();
  const out: DeletedPart[] = [];
  for (const m of meetings) {
    if (!inTime(f, m.created_at, m.updated_at)) continue;
    const docs = await db
      .selectFrom('meeting_version as v')
      .innerJoin('document as d', 'd.id', 'v.document_id')
      .select(['v.version', 'd.content_json'])
      .where('v.meeting_id', '=', m.id)
      .orderBy('v.version')
      .execute();
    const current = docs[docs.length - 1];
    if (!current || docs.length < 2) continue;
    const parse = (json: string): MeetingDocument | null => {
      try {
        return JSON.parse(json) as MeetingDocument;
      } catch {
        return null;
      }
    };
    const now = parse(current.content_json);
    if (!now) continue;
    const hadItem = new Set<number>();
    const hadConsultation = new Set<number>();
    const hadAttachment = new Set<string>();
    for (const d of docs.slice(0, -1)) {
      const doc = parse(d.content_json);
      doc?.items.forEach((it, seq) => {
        hadItem.add(seq);
        if (!it.closed && it.caseNumber) hadConsultation.add(seq);
        if (!it.closed) it.attachments.forEach((_a, k) => hadAttachment.add(`${seq}-${k}`));
      });
    }
    const base = { meetingId: m.id, municipalityId: m.municipality_id, created: m.created_at, modified: m.updated_at };
    for (const seq of [...hadItem].sort((a, b) => a - b)) {
      const it = now.items[seq];
      if (!it) out.push({ ...base, kind: 'agendaItem', key: `${m.id}-${seq}` });
    }
    for (const seq of [...hadConsultation].sort((a, b) => a - b)) {
      const it = now.items[seq];
      if (!it || it.closed || !it.caseNumber) out.push({ ...base, kind: 'consultation', key: `${m.id}-${seq}` });
    }
    for (const k of [...hadAttachment].sort()) {
      const [seq, a] = k.split('-').map(Number) as [number, number];
      const it = now.items[seq];
      if (!it || it.closed || !it.attachments[a]) out.push({ ...base, kind: 'file', key: `a${m.id}-${seq}-${a}` });
    }
  }
  return out;
}
