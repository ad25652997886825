/**
 * Storing one parsed document: idempotent, versioned, one transaction per document.
 *
 * - The same bytes again (SHA-256 of the file) change nothing: status `unchanged`.
 * - A meeting is identified by municipality + committee + date + start time. A document for a
 *   meeting already stored is compared with the meeting's current source:
 *     same public content                   → recorded as another form of it   (`unchanged`)
 *     a weaker source (see sourceRank)       → recorded as another form of it   (`alternate`)
 *     an equal or better source, other text  → replaces the content           (`updated`)
 *   A replacement keeps the previous version: the meeting_version row of the old document stays,
 *   with its content (document.content_json), so corrections are visible versions.
 * - Closed items keep only number, title and the closed flag: nothing else of them is ever
 *   written to the database (publicContent), so nothing can leak from it.
 */
import { createHash } from 'node:crypto';
import type { ControlledTransaction, Insertable, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { AgendaItem, MeetingDocument, PersonRef, SourceFormat } from '../model/index.js';
import { analyzeItem } from '../search/item-text.js';
import type { IndexRow } from './dialect.js';
import { isStaff } from './attendance.js';
import { binaryChunks } from './dialect.js';
import { foldSectionsBack } from './content.js';
import { bumpGeneration } from './generation.js';
import { caseKey, committeeKey, municipalityKey, normalizeTerm, partyKey, termOfDate } from './keys.js';
import { PersonIndex } from './persons.js';
import { prepared, preparedRows } from './prepared.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';
import { StoreError } from './store.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Case-system exports are exact; then DOCX, HTML, text, PDF (layout guessing). */
const FORMAT_RANK: Record<SourceFormat, number> = {
  edoc: 5, 'edoc-fujitsu': 5, acadre: 5, sbsys: 5, getorganized: 5, docx: 4, html: 3, xml: 3, markdown: 2, text: 2, pdf: 1,
};

/** Minutes always outrank the agenda of the same meeting; within a kind, the format decides. */
export function sourceRank(doc: Pick<MeetingDocument, 'kind' | 'source'>): number {
  return (doc.kind === 'minutes' ? 10 : 0) + (FORMAT_RANK[doc.source.format] ?? 0);
}

function closedItem(it: AgendaItem): AgendaItem {
  return {
    number: it.number, title: it.title, caseNumber: null, closed: true, kind: null, sections: [], recommendation: null,
    decision: null, votes: [], absentMembers: [], guests: [], route: [], attachments: [],
  };
}

/** The document as it may be published: closed items reduced to number, title and the flag. */
export function publicContent(doc: MeetingDocument): MeetingDocument {
  return { ...doc, items: doc.items.map((it) => (it.closed ? closedItem(it) : it)) };
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Content identity: everything but where it came from and the parser's warnings. */
export function contentHash(pub: MeetingDocument): string {
  return serialize(pub).hash;
}

/** A public document as stored: its content hash, its JSON and each item's sections as JSON. */
export interface Serialized {
  /** SHA-256 of JSON.stringify({ ...pub, source: null, warnings: null }). */
  hash: string;
  /**
   * The content_json of the meeting's current version: JSON.stringify({ ...pub, warnings: [] })
   * with each item's sections null, for they are the items' sections_json (content.ts).
   */
  json: string;
  /** JSON.stringify(item.sections) per item: agenda_item.sections_json. */
  sections: string[];
  /** JSON.stringify({ ...pub, warnings: [] }): the content_json of any other document. */
  whole(): string;
}

/**
 * The serialisations of a document, with each item (the bulk of the text) stringified once: the
 * same strings as JSON.stringify of the objects named in Serialized, assembled from pieces. The
 * hash is fed the pieces, so the whole text is never built unless whole() asks for it.
 */
export function serialize(pub: MeetingDocument): Serialized {
  const n = pub.items.length;
  const sections = new Array<string>(n);
  const around = new Array<[string, string]>(n);
  for (let i = 0; i < n; i++) {
    const it = pub.items[i]!;
    sections[i] = JSON.stringify(it.sections);
    around[i] = jsonAround(it, 'sections');
  }
  const h = createHash('sha256');
  const [head, tail] = jsonAround({ ...pub, source: null, warnings: null }, 'items');
  h.update(head).update('[');
  let stored = '[';
  for (let i = 0; i < n; i++) {
    const [before, after] = around[i]!;
    if (i) {
      h.update(',');
      stored += ',';
    }
    h.update(before).update(sections[i]!).update(after);
    stored += before + 'null' + after;
  }
  h.update(']').update(tail);
  const [docHead, docTail] = jsonAround({ ...pub, warnings: [] }, 'items');
  const whole = (): string => `${docHead}[${around.map(([before, after], i) => before + sections[i]! + after).join(',')}]${docTail}`;
  return { hash: h.digest('hex'), json: `${docHead}${stored}]${docTail}`, sections, whole };
}

/** A value no data holds: its JSON (`"\u0000…"`) marks where a member's value goes. */
const MARK = '\u0000referat';
const MARK_JSON = JSON.stringify(MARK);

/** JSON.stringify({ ...obj, [key]: … }) cut around the member's value (the member goes last when obj lacks it). */
function jsonAround(obj: object, key: string): [string, string] {
  const json = JSON.stringify({ ...obj, [key]: MARK });
  // Quotes inside strings are escaped: `"key":"\u0000referat"` can only be the member itself.
  const at = json.indexOf(`${JSON.stringify(key)}:${MARK_JSON}`) + JSON.stringify(key).length + 1;
  return [json.slice(0, at), json.slice(at + MARK_JSON.length)];
}

export interface SourceInfo {
  /** The file name shown to people ("000_f7ee1aa3897fbd74.txt", an export folder's name). */
  fileName: string;
  path: string | null;
  /** SHA-256 of the bytes. */
  sha256: string;
  size: number;
}

export type ImportStatus = 'new' | 'updated' | 'alternate' | 'unchanged';

export interface ImportOutcome {
  status: ImportStatus;
  meetingId: number | null;
  documentId: number | null;
  version: number | null;
  /** Why, in Danish, for the summary ("samme indhold som …"). */
  note: string | null;
  /** "Beskæftigelses- og Socialudvalget, Odense, 2021-10-05 08:30". */
  meeting: string | null;
}

interface Contribution {
  personId: number;
  role: string | null;
  party: string | null;
  date: string;
}

interface MembershipState {
  role: string | null;
  party: string | null;
  first_date: string | null;
  last_date: string | null;
}

/** Folds one contribution into a membership: dates widen, role and party follow the latest. */
export function foldMembership(m: MembershipState | null, c: Contribution): MembershipState {
  if (!m) return { role: c.role, party: c.party, first_date: c.date, last_date: c.date };
  const later = !m.last_date || c.date >= m.last_date;
  return {
    first_date: !m.first_date || c.date < m.first_date ? c.date : m.first_date,
    last_date: later ? c.date : m.last_date,
    role: later ? (c.role ?? m.role) : (m.role ?? c.role),
    party: later ? (c.party ?? m.party) : (m.party ?? c.party),
  };
}


/** Rows that no later read of the same run depends on: written in bulk at the end of a batch. */
class Staged {
  vote: Insertable<Database['vote']>[] = [];
  vote_party: Insertable<Database['vote_party']>[] = [];
  item_attendance: Insertable<Database['item_attendance']>[] = [];
  item_guest: Insertable<Database['item_guest']>[] = [];
  route_step: Insertable<Database['route_step']>[] = [];
  attachment: Insertable<Database['attachment']>[] = [];
  item_person: Insertable<Database['item_person']>[] = [];
  item_party: Insertable<Database['item_party']>[] = [];
  index: IndexRow[] = [];
  /** Items deleted by this document whose index rows are still staged in the batch: dropped on absorb. */
  dropIndex: number[] = [];
  /** committee → person → membership widening. */
  memberships = new Map<number, Map<number, MembershipState>>();

  get empty(): boolean {
    return !this.index.length && !this.memberships.size && !this.vote.length && !this.item_person.length && !this.attachment.length;
  }

  addContribution(committeeId: number, c: Contribution): void {
    let m = this.memberships.get(committeeId);
    if (!m) this.memberships.set(committeeId, (m = new Map()));
    m.set(c.personId, foldMembership(m.get(c.personId) ?? null, c));
  }

  /** Moves another document's staged rows into this batch. */
  absorb(o: Staged): void {
    this.vote.push(...o.vote);
    this.vote_party.push(...o.vote_party);
    this.item_attendance.push(...o.item_attendance);
    this.item_guest.push(...o.item_guest);
    this.route_step.push(...o.route_step);
    this.attachment.push(...o.attachment);
    this.item_person.push(...o.item_person);
    this.item_party.push(...o.item_party);
    if (o.dropIndex.length) {
      const dropped = new Set(o.dropIndex);
      this.index = this.index.filter((r) => !dropped.has(r.itemId));
    }
    this.index.push(...o.index);
    for (const [committeeId, persons] of o.memberships) {
      for (const [personId, st] of persons) {
        if (st.first_date) this.addContribution(committeeId, { personId, role: null, party: null, date: st.first_date });
        if (st.last_date) this.addContribution(committeeId, { personId, role: st.role, party: st.party, date: st.last_date });
      }
    }
  }
}

function meetingLabel(doc: MeetingDocument): string {
  const parts = [doc.committee ?? 'ukendt udvalg', doc.municipality ?? 'ukendt kommune', `${doc.date ?? '?'}${doc.startTime ? ' ' + doc.startTime : ''}`];
  return parts.join(', ');
}

export interface SessionOptions {
  /**
   * Documents per commit (default 1: a transaction per document). With more, each document still
   * goes in atomically, in its own savepoint inside the batch's transaction (a document that fails
   * is rolled back alone), and the batch is committed every `batchDocuments` documents or
   * `batchMillis` milliseconds, whichever comes first, and by flush(). FTS5 and PostgreSQL write
   * far fewer, larger index segments that way.
   */
  batchDocuments?: number;
  batchMillis?: number;
}

/** The statements run for every document, compiled once (prepared.ts). */
const Q = {
  documentByHash: prepared((db, p: { sha256: string }) => db.selectFrom('document').select(['id', 'meeting_id', 'file_name']).where('sha256', '=', p.sha256)),
  meetingsOfDay: prepared((db, p: { municipalityId: number; committeeKey: string; date: string }) =>
    db
      .selectFrom('meeting')
      .select(['id', 'document_id', 'version', 'start_time', 'start_key'])
      .where('municipality_id', '=', p.municipalityId)
      .where('committee_key', '=', p.committeeKey)
      .where('date', '=', p.date),
  ),
  meetingsOfDayByName: prepared((db, p: { municipalityKey: string; committeeKey: string; date: string }) =>
    db
      .selectFrom('meeting as m')
      .innerJoin('municipality as mu', 'mu.id', 'm.municipality_id')
      .select(['m.id', 'm.document_id', 'm.version', 'm.start_time', 'm.start_key'])
      .where('mu.key', '=', p.municipalityKey)
      .where('m.committee_key', '=', p.committeeKey)
      .where('m.date', '=', p.date),
  ),
  insertDocument: prepared((db, p: Insertable<Database['document']>) =>
    db
      .insertInto('document')
      .values({
        sha256: p.sha256, file_name: p.file_name, path: p.path, format: p.format, kind: p.kind, size: p.size, imported_at: p.imported_at,
        meeting_id: p.meeting_id, content_hash: p.content_hash, content_json: p.content_json, warnings_json: p.warnings_json,
        source_rank: p.source_rank, role: p.role,
      })
      .returning('id'),
  ),
  insertMeeting: prepared((db, p: Insertable<Database['meeting']>) =>
    db
      .insertInto('meeting')
      .values({
        municipality_id: p.municipality_id, committee_id: p.committee_id, committee_key: p.committee_key, date: p.date, start_time: p.start_time,
        start_key: p.start_key, end_time: p.end_time, location: p.location, locations_json: p.locations_json, kind: p.kind,
        document_id: p.document_id, version: p.version, created_at: p.created_at, updated_at: p.updated_at,
      })
      .returning('id'),
  ),
  setDocumentMeeting: prepared((db, p: { meetingId: number; documentId: number }) =>
    db.updateTable('document').set({ meeting_id: p.meetingId }).where('id', '=', p.documentId),
  ),
  /** Cases created or widened: first and last date widen, the title follows the latest meeting. */
  upsertCases: preparedRows((db, rows: Insertable<Database['case_file']>[]) => {
    const later = sql<boolean>`(case_file.last_date IS NULL OR excluded.last_date >= case_file.last_date)`;
    return db
      .insertInto('case_file')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'key']).doUpdateSet({
          title: sql`CASE WHEN ${later} THEN excluded.title ELSE case_file.title END`,
          first_date: sql`CASE WHEN case_file.first_date IS NULL OR excluded.first_date < case_file.first_date THEN excluded.first_date ELSE case_file.first_date END`,
          last_date: sql`CASE WHEN ${later} THEN excluded.last_date ELSE case_file.last_date END`,
        }),
      )
      .returning(['id', 'key']);
  }),
  /** Memberships widened: dates widen; role and party follow the latest meeting (the SET expressions see the old row). */
  upsertMemberships: preparedRows((db, rows: Insertable<Database['membership']>[]) => {
    const later = sql<boolean>`(membership.last_date IS NULL OR excluded.last_date >= membership.last_date)`;
    return db
      .insertInto('membership')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['committee_id', 'person_id']).doUpdateSet({
          first_date: sql`CASE WHEN membership.first_date IS NULL OR excluded.first_date < membership.first_date THEN excluded.first_date ELSE membership.first_date END`,
          last_date: sql`CASE WHEN ${later} THEN excluded.last_date ELSE membership.last_date END`,
          role: sql`CASE WHEN ${later} THEN coalesce(excluded.role, membership.role) ELSE coalesce(membership.role, excluded.role) END`,
          party: sql`CASE WHEN ${later} THEN coalesce(excluded.party, membership.party) ELSE coalesce(membership.party, excluded.party) END`,
        }),
      );
  }),
  insertVersion: prepared((db, p: { meeting_id: number; version: number; document_id: number; reason: string; valid_from: string }) =>
    db.insertInto('meeting_version').values({ meeting_id: p.meeting_id, version: p.version, document_id: p.document_id, reason: p.reason, valid_from: p.valid_from, valid_to: null }),
  ),
};

/**
 * An import run: caches of municipalities, committees, persons and cases that live as long as the
 * run, and are dropped when a document's writes are rolled back. Call flush() at the end.
 */
export class ImportSession {
  private municipalities = new Map<string, number>();
  private committees = new Map<string, number>();
  private persons = new Map<number, PersonIndex>();
  private batch: ControlledTransaction<Database> | null = null;
  private pending = new Staged();
  private batchCount = 0;
  private batchStarted = 0;
  private readonly batchDocuments: number;
  private readonly batchMillis: number;

  constructor(
    readonly store: Store,
    options: SessionOptions = {},
  ) {
    this.batchDocuments = Math.max(1, options.batchDocuments ?? 1);
    this.batchMillis = options.batchMillis ?? 2000;
  }

  /** Forget everything cached (after rolled-back writes). */
  reset(): void {
    this.municipalities.clear();
    this.committees.clear();
    this.persons.clear();
  }

  /** The connection to read through: the open batch, else the store. */
  private get reader(): Kysely<Database> {
    return this.batch ?? this.store.db;
  }

  /** The stored document with these bytes, if any. */
  async findDocument(hash: string): Promise<{ id: number; meetingId: number | null; fileName: string } | null> {
    const row = await Q.documentByHash.executeTakeFirst(this.reader, this.store.dialect, { sha256: hash });
    return row ? { id: row.id, meetingId: row.meeting_id, fileName: row.file_name } : null;
  }

  /** The meetings of the document's committee on its day (by the names in the document). */
  private async meetingsOfDay(db: Db, doc: MeetingDocument): Promise<SameDay[]> {
    const key = municipalityKey(doc.municipality);
    const params = { committeeKey: committeeKey(doc.committee), date: doc.date ?? '' };
    const municipalityId = this.municipalities.get(key);
    return municipalityId === undefined
      ? Q.meetingsOfDayByName.execute(db, this.store.dialect, { municipalityKey: key, ...params })
      : Q.meetingsOfDay.execute(db, this.store.dialect, { municipalityId, ...params });
  }

  /** Commits the open batch, if any. */
  async flush(): Promise<void> {
    const trx = this.batch;
    if (!trx) return;
    this.batch = null;
    this.batchCount = 0;
    try {
      await this.drain(trx, true);
      await bumpGeneration(trx);
      await trx.commit().execute();
    } catch (e) {
      this.reset();
      this.pending = new Staged();
      await trx.rollback().execute().catch(() => undefined);
      throw e;
    }
  }

  /**
   * Writes the batch's staged rows: all before a commit; all but the index rows before a
   * replacement reads them (the full-text index is written once per batch, in large segments).
   */
  private async drain(db: Db, index: boolean): Promise<void> {
    const p = this.pending;
    if (p.empty) return;
    this.pending = new Staged();
    if (!index) [this.pending.index, p.index] = [p.index, []];
    await writeStaged(db, this.store, p);
  }

  async importDocument(doc: MeetingDocument, src: SourceInfo): Promise<ImportOutcome> {
    const known = await this.findDocument(src.sha256);
    if (known) {
      return { status: 'unchanged', meetingId: known.meetingId, documentId: known.id, version: null, note: known.fileName !== src.fileName ? `samme fil som ${known.fileName}` : null, meeting: meetingLabel(doc) };
    }
    if (!doc.date) {
      throw new StoreError('E_NO_MEETING_DATE', `${src.fileName}: no meeting date was found, so the document cannot be filed under a meeting`);
    }
    const pub = publicContent(doc);
    const ser = serialize(pub);
    if (this.batchDocuments <= 1) {
      try {
        return await this.store.db.transaction().execute(async (trx) => {
          const staged = new Staged();
          const outcome = await this.write(trx, pub, src, ser, staged);
          await writeStaged(trx, this.store, staged);
          await bumpGeneration(trx);
          return outcome;
        });
      } catch (e) {
        this.reset();
        throw e;
      }
    }
    if (!this.batch) {
      this.batch = await this.store.db.startTransaction().execute();
      this.batchStarted = Date.now();
    }
    // A document for a meeting already stored may replace it, which reads and deletes rows:
    // write what the batch has staged first.
    const sameDay = await this.meetingsOfDay(this.batch, pub);
    if (sameDay.length) await this.drain(this.batch, false);
    const savepoint = await this.batch.savepoint('document').execute();
    const staged = new Staged();
    let outcome: ImportOutcome;
    try {
      outcome = await this.write(savepoint, pub, src, ser, staged, sameDay);
    } catch (e) {
      this.reset();
      await savepoint.rollbackToSavepoint('document').execute();
      await savepoint.releaseSavepoint('document').execute();
      throw e;
    }
    await savepoint.releaseSavepoint('document').execute();
    this.pending.absorb(staged);
    if (++this.batchCount >= this.batchDocuments || Date.now() - this.batchStarted >= this.batchMillis) await this.flush();
    return outcome;
  }

  /** Writes one document; `sameDay`: the meetings of its committee that day, when already read. */
  private async write(trx: Transaction<Database>, doc: MeetingDocument, src: SourceInfo, ser: Serialized, staged: Staged, sameDay?: SameDay[]): Promise<ImportOutcome> {
    const { hash } = ser;
    const now = new Date().toISOString();
    const date = doc.date!;
    const municipalityId = await this.municipality(trx, doc.municipality);
    const ckey = committeeKey(doc.committee);
    const term = normalizeTerm(doc.committeeInfo?.term) ?? termOfDate(date);
    const committeeId = await this.committee(trx, municipalityId, doc.committee ?? '', ckey, term);
    const rank = sourceRank(doc);
    const label = meetingLabel(doc);
    const dialect = this.store.dialect;
    const insertDocument = async (meetingId: number | null, role: 'version' | 'alternate'): Promise<number> => {
      const row = await Q.insertDocument.executeTakeFirst(trx, dialect, {
        sha256: src.sha256, file_name: src.fileName, path: src.path, format: doc.source.format, kind: doc.kind, size: src.size,
        imported_at: now, meeting_id: meetingId, content_hash: hash, content_json: role === 'version' ? ser.json : ser.whole(), warnings_json: JSON.stringify(doc.warnings),
        source_rank: rank, role,
      });
      return row!.id;
    };

    const meeting = pickMeeting(sameDay ?? (await Q.meetingsOfDay.execute(trx, dialect, { municipalityId, committeeKey: ckey, date })), doc.startTime);
    if (!meeting) {
      const documentId = await insertDocument(null, 'version');
      const m = (await Q.insertMeeting.executeTakeFirst(trx, dialect, {
        municipality_id: municipalityId, committee_id: committeeId, committee_key: ckey, date, start_time: doc.startTime,
        start_key: doc.startTime ?? '', end_time: doc.endTime, location: doc.location, locations_json: JSON.stringify(doc.locations),
        kind: doc.kind, document_id: documentId, version: 1, created_at: now, updated_at: now,
      }))!;
      await Q.setDocumentMeeting.execute(trx, dialect, { meetingId: m.id, documentId });
      await Q.insertVersion.execute(trx, dialect, { meeting_id: m.id, version: 1, document_id: documentId, reason: 'first', valid_from: now });
      await this.writeContent(trx, { id: m.id, municipalityId, committeeId, date }, doc, ser.sections, staged);
      return { status: 'new', meetingId: m.id, documentId, version: 1, note: null, meeting: label };
    }

    const current = await trx.selectFrom('document').select(['id', 'file_name', 'content_hash', 'source_rank', 'kind', 'format']).where('id', '=', meeting.document_id).executeTakeFirstOrThrow();
    if (current.content_hash === hash) {
      const documentId = await insertDocument(meeting.id, 'alternate');
      return { status: 'unchanged', meetingId: meeting.id, documentId, version: meeting.version, note: `samme indhold som ${current.file_name}`, meeting: label };
    }
    if (rank < current.source_rank) {
      const documentId = await insertDocument(meeting.id, 'alternate');
      return {
        status: 'alternate', meetingId: meeting.id, documentId, version: meeting.version,
        note: `mødet er allerede gemt fra ${current.file_name} (${describeSource(current.kind, current.format)}); filen er registreret som en anden udgave`,
        meeting: label,
      };
    }
    // Replace: a correction (same kind of source) or a better source.
    const reason = rank === current.source_rank ? 'correction' : doc.kind === 'minutes' && current.kind === 'agenda' ? 'minutes' : 'better-source';
    const documentId = await insertDocument(meeting.id, 'version');
    const version = meeting.version + 1;
    await trx.updateTable('meeting_version').set({ valid_to: now }).where('meeting_id', '=', meeting.id).where('valid_to', 'is', null).execute();
    await Q.insertVersion.execute(trx, dialect, { meeting_id: meeting.id, version, document_id: documentId, reason, valid_from: now });
    await foldSectionsBack(trx, meeting.id, meeting.document_id);
    const old = await this.deleteContent(trx, meeting.id, staged);
    await trx
      .updateTable('meeting')
      .set({
        committee_id: committeeId, start_time: doc.startTime ?? meeting.start_time, start_key: doc.startTime ?? meeting.start_key,
        end_time: doc.endTime, location: doc.location, locations_json: JSON.stringify(doc.locations), kind: doc.kind,
        document_id: documentId, version, updated_at: now,
      })
      .where('id', '=', meeting.id)
      .execute();
    const written = await this.writeContent(trx, { id: meeting.id, municipalityId, committeeId, date }, doc, ser.sections, staged);
    // Memberships and cases are recomputed from what is stored, for the persons and cases the old
    // and the new content touch: write this document's rows first.
    const persons = [...new Set([...old.personIds, ...(staged.memberships.get(committeeId)?.keys() ?? [])])];
    await writeStaged(trx, this.store, staged, { memberships: false, index: this.batchDocuments <= 1 });
    for (const c of new Set([...old.committeeIds, committeeId])) await this.rebuildMemberships(trx, c, persons);
    await this.rebuildCases(trx, [...new Set([...old.caseIds, ...written.caseIds])]);
    await pruneOrphanPersons(trx, old.personIds);
    this.persons.delete(municipalityId);
    const why = reason === 'correction' ? 'ny udgave (rettelse)' : reason === 'minutes' ? 'referatet erstatter dagsordenen' : `bedre kilde end ${current.file_name}`;
    return { status: 'updated', meetingId: meeting.id, documentId, version, note: `version ${version}: ${why}`, meeting: label };
  }

  private async municipality(db: Db, name: string | null): Promise<number> {
    const key = municipalityKey(name);
    const cached = this.municipalities.get(key);
    if (cached !== undefined) return cached;
    let row = await db.selectFrom('municipality').select('id').where('key', '=', key).executeTakeFirst();
    row ??= await db.insertInto('municipality').values({ name: name?.trim() ?? '', key }).returning('id').executeTakeFirstOrThrow();
    this.municipalities.set(key, row.id);
    return row.id;
  }

  private async committee(db: Db, municipalityId: number, name: string, key: string, term: string): Promise<number> {
    const ck = `${municipalityId}|${key}|${term}`;
    const cached = this.committees.get(ck);
    if (cached !== undefined) return cached;
    let row = await db.selectFrom('committee').select('id').where('municipality_id', '=', municipalityId).where('key', '=', key).where('term', '=', term).executeTakeFirst();
    row ??= await db.insertInto('committee').values({ municipality_id: municipalityId, name: name.trim(), key, term }).returning('id').executeTakeFirstOrThrow();
    this.committees.set(ck, row.id);
    return row.id;
  }

  private async personIndex(db: Db, municipalityId: number): Promise<PersonIndex> {
    let index = this.persons.get(municipalityId);
    if (!index) {
      index = await PersonIndex.load(db, municipalityId);
      this.persons.set(municipalityId, index);
    }
    return index;
  }

  /**
   * The cases of one meeting's items, created or updated in one upsert: first and last date widen,
   * the title follows the latest meeting. Returns the id per case key.
   */
  private async upsertCases(db: Db, municipalityId: number, date: string, items: readonly AgendaItem[]): Promise<Map<string, number>> {
    const byKey = new Map<string, { number: string; title: string }>();
    for (const it of items) if (!it.closed && it.caseNumber?.trim()) byKey.set(caseKey(it.caseNumber), { number: it.caseNumber.trim(), title: it.title });
    const ids = new Map<string, number>();
    if (!byKey.size) return ids;
    const rows = [...byKey].map(([key, c]) => ({ municipality_id: municipalityId, number: c.number, key, title: c.title, first_date: date, last_date: date }));
    for (const chunk of binaryChunks(rows, 64)) for (const r of await Q.upsertCases.execute(db, this.store.dialect, chunk)) ids.set(r.key, r.id);
    return ids;
  }

  /** Writes participants, items and everything under them, memberships and the search index. */
  private async writeContent(
    trx: Transaction<Database>,
    m: { id: number; municipalityId: number; committeeId: number; date: string },
    doc: MeetingDocument,
    sectionsJson: readonly string[],
    staged: Staged,
  ): Promise<{ caseIds: number[] }> {
    const persons = await this.personIndex(trx, m.municipalityId);
    const contributions: Contribution[] = [];
    const partyOf = new Map<number, string | null>();
    const person = async (ref: { name: string; party: string | null }): Promise<number> => {
      const r = await persons.resolve(trx, ref.name, ref.party, m.date);
      const p = partyKey(ref.party);
      if (p || !partyOf.has(r.id)) partyOf.set(r.id, p ?? partyOf.get(r.id) ?? null);
      return r.id;
    };

    // Meeting attendance (one row per person, even when a document lists a name twice).
    const attendance = new Map<number, Insertable<Database['meeting_attendance']>>();
    for (const p of doc.participants) {
      if (!p.name.trim()) continue;
      const id = await person(p);
      const prev = attendance.get(id);
      attendance.set(id, {
        meeting_id: m.id, person_id: id, role: prev?.role ?? p.role, party: prev?.party ?? partyKey(p.party),
        absent: prev ? Math.min(prev.absent, p.absent ? 1 : 0) : p.absent ? 1 : 0, substitute_for: prev?.substitute_for ?? p.substituteFor ?? null,
      });
      if (!isStaff(p.role)) contributions.push({ personId: id, role: p.role, party: partyKey(p.party), date: m.date });
    }
    await this.store.ops.insertRows(trx, 'meeting_attendance', [...attendance.values()]);
    // The members present are involved in every open item; item_person and item_party get only
    // what an item adds to them (store/attendance.ts).
    const presentRows = [...attendance.values()].filter((a) => !a.absent && !isStaff(a.role));
    const present = new Set(presentRows.map((a) => a.person_id));
    const presentParties = new Set(presentRows.map((a) => a.party));

    // Items.
    const caseIds = await this.upsertCases(trx, m.municipalityId, m.date, doc.items);
    const itemRows: Insertable<Database['agenda_item']>[] = [];
    for (let seq = 0; seq < doc.items.length; seq++) {
      const it = doc.items[seq]!;
      const caseId = !it.closed && it.caseNumber?.trim() ? (caseIds.get(caseKey(it.caseNumber)) ?? null) : null;
      itemRows.push({
        meeting_id: m.id, seq, number: it.number, title: it.title, closed: it.closed ? 1 : 0, kind: it.kind, case_id: caseId,
        municipality_id: m.municipalityId, committee_id: m.committeeId, date: m.date, outcome: it.decision?.outcome ?? null,
        decision_text: it.decision?.text ?? null, recommendation_text: it.recommendation?.text ?? null,
        recommendation_by: it.recommendation?.by ?? null, recommendation_json: it.recommendation ? JSON.stringify(it.recommendation.clauses) : null,
        sections_json: sectionsJson[seq]!,
      });
    }
    const ids = await this.store.ops.insertItems(trx, itemRows);

    const { vote: votes, vote_party: voteParties, item_attendance: itemAttendance, item_guest: guests, route_step: routes, attachment: attachments } = staged;
    const { item_person: itemPersons, item_party: itemParties, index } = staged;

    for (let seq = 0; seq < doc.items.length; seq++) {
      const it = doc.items[seq]!;
      const itemId = ids[seq]!;
      index.push({
        itemId,
        text: analyzeItem({
          title: it.title, caseNumber: it.closed ? null : it.caseNumber, closed: it.closed, sections: it.sections,
          decisionText: it.decision?.text ?? null, recommendationText: it.recommendation?.text ?? null,
        }),
      });
      if (it.closed) continue;
      const involved = new Set<number>(present);
      const parties = new Set<string>();
      const seen = new Set<string>();
      for (let k = 0; k < it.votes.length; k++) {
        const v = it.votes[k]!;
        const groups: [string, PersonRef[]][] = [['for', v.for], ['against', v.against], ['abstain', v.abstain], ['reservation', v.reservation]];
        for (const [choice, refs] of groups) {
          for (const ref of refs) {
            if (!ref.name.trim()) continue;
            const pid = await person(ref);
            const dedupe = `${k}|${pid}|${choice}`;
            if (seen.has(dedupe)) continue;
            seen.add(dedupe);
            const party = partyKey(ref.party);
            votes.push({ item_id: itemId, option_seq: k, option: v.option, person_id: pid, party, role: ref.role, choice });
            involved.add(pid);
            if (party) parties.add(party);
            if (!isStaff(ref.role)) contributions.push({ personId: pid, role: ref.role, party, date: m.date });
          }
        }
        const groupParties: [string, string[] | undefined][] = [['for', v.partiesFor], ['against', v.partiesAgainst], ['abstain', v.partiesAbstain]];
        for (const [choice, list] of groupParties) {
          for (const raw of list ?? []) {
            const party = partyKey(raw);
            if (!party) continue;
            voteParties.push({ item_id: itemId, option_seq: k, option: v.option, party, choice });
            parties.add(party);
          }
        }
      }
      for (const a of it.absentMembers) {
        if (!a.person.name.trim()) continue;
        const pid = await person(a.person);
        const party = partyKey(a.person.party);
        itemAttendance.push({ item_id: itemId, person_id: pid, party, role: a.person.role, reason: a.reason, text: a.text });
        involved.add(pid);
        if (!isStaff(a.person.role)) contributions.push({ personId: pid, role: a.person.role, party, date: m.date });
      }
      it.guests.forEach((g, i) => guests.push({ item_id: itemId, seq: i, text: g.text }));
      it.route.forEach((r, i) => routes.push({ item_id: itemId, seq: i, body: r.body, date: r.date, item_number: r.itemNumber, decision: r.decision }));
      it.attachments.forEach((a, i) => attachments.push({ item_id: itemId, seq: i, title: a.title, href: a.href ?? null }));
      for (const pid of involved) {
        if (!present.has(pid)) itemPersons.push({ item_id: itemId, person_id: pid });
        const party = partyOf.get(pid) ?? null;
        if (party) parties.add(party);
      }
      for (const party of parties) if (!presentParties.has(party)) itemParties.push({ item_id: itemId, party });
    }

    for (const c of contributions) staged.addContribution(m.committeeId, c);
    return { caseIds: [...caseIds.values()] };
  }

  /**
   * Recomputes these persons' memberships of a committee from everything stored (after a
   * replacement; the others' contributions did not change).
   */
  private async rebuildMemberships(trx: Transaction<Database>, committeeId: number, personIds: number[]): Promise<void> {
    for (let i = 0; i < personIds.length; i += 200) {
      const persons = personIds.slice(i, i + 200);
      const fromAttendance = await trx
        .selectFrom('meeting_attendance as ma')
        .innerJoin('meeting as mt', 'mt.id', 'ma.meeting_id')
        .select(['ma.person_id as personId', 'ma.role as role', 'ma.party as party', 'mt.date as date'])
        .where('mt.committee_id', '=', committeeId)
        .where('ma.person_id', 'in', persons)
        .execute();
      const fromVotes = await trx
        .selectFrom('vote as v')
        .innerJoin('agenda_item as a', 'a.id', 'v.item_id')
        .select(['v.person_id as personId', 'v.role as role', 'v.party as party', 'a.date as date'])
        .where('a.committee_id', '=', committeeId)
        .where('v.person_id', 'in', persons)
        .execute();
      const fromItems = await trx
        .selectFrom('item_attendance as ia')
        .innerJoin('agenda_item as a', 'a.id', 'ia.item_id')
        .select(['ia.person_id as personId', 'ia.role as role', 'ia.party as party', 'a.date as date'])
        .where('a.committee_id', '=', committeeId)
        .where('ia.person_id', 'in', persons)
        .execute();
      const all = [...fromAttendance, ...fromVotes, ...fromItems].filter((c) => !isStaff(c.role));
      all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const merged = new Map<number, MembershipState>();
      for (const c of all) merged.set(c.personId, foldMembership(merged.get(c.personId) ?? null, c));
      await trx.deleteFrom('membership').where('committee_id', '=', committeeId).where('person_id', 'in', persons).execute();
      await this.store.ops.insertRows(trx, 'membership', [...merged].map(([person_id, s]) => ({ committee_id: committeeId, person_id, ...s })));
    }
  }

  /** Recomputes cases' dates and titles from their items; removes those with none left. */
  private async rebuildCases(trx: Transaction<Database>, caseIds: number[]): Promise<void> {
    for (let i = 0; i < caseIds.length; i += 200) {
      const cases = caseIds.slice(i, i + 200);
      const items = await trx.selectFrom('agenda_item').select(['case_id', 'title', 'date']).where('case_id', 'in', cases).orderBy('date').orderBy('id').execute();
      const span = new Map<number, { first: string; last: string; title: string }>();
      for (const it of items) {
        const c = span.get(it.case_id!);
        if (c) [c.last, c.title] = [it.date, it.title];
        else span.set(it.case_id!, { first: it.date, last: it.date, title: it.title });
      }
      for (const id of cases) {
        const c = span.get(id);
        if (c) await trx.updateTable('case_file').set({ first_date: c.first, last_date: c.last, title: c.title }).where('id', '=', id).execute();
        else await trx.deleteFrom('case_file').where('id', '=', id).execute();
      }
    }
  }

  /** Removes a meeting's items (and all under them) and attendance; returns what they touched. */
  private async deleteContent(trx: Transaction<Database>, meetingId: number, staged: Staged): Promise<{ caseIds: number[]; committeeIds: number[]; personIds: number[] }> {
    const items = await trx.selectFrom('agenda_item').select(['id', 'case_id', 'committee_id']).where('meeting_id', '=', meetingId).execute();
    const itemIds = items.map((i) => i.id);
    const personIds = new Set<number>();
    const att = await trx.selectFrom('meeting_attendance').select('person_id').where('meeting_id', '=', meetingId).execute();
    for (const a of att) personIds.add(a.person_id);
    if (itemIds.length) {
      const linked = await trx.selectFrom('item_person').select('person_id').distinct().where('item_id', 'in', itemIds).execute();
      for (const l of linked) personIds.add(l.person_id);
      // Index rows still staged in the batch are dropped (when this document goes in), the rest deleted.
      const pending = new Set(this.pending.index.map((r) => r.itemId));
      staged.dropIndex = itemIds.filter((id) => pending.has(id));
      await this.store.ops.deleteIndex(trx, itemIds.filter((id) => !pending.has(id)));
    }
    await trx.deleteFrom('agenda_item').where('meeting_id', '=', meetingId).execute();
    await trx.deleteFrom('meeting_attendance').where('meeting_id', '=', meetingId).execute();
    const meeting = await trx.selectFrom('meeting').select('committee_id').where('id', '=', meetingId).executeTakeFirstOrThrow();
    return {
      caseIds: [...new Set(items.map((i) => i.case_id).filter((c): c is number => c !== null))],
      committeeIds: [...new Set([meeting.committee_id, ...items.map((i) => i.committee_id)])],
      personIds: [...personIds],
    };
  }
}

/** A meeting of the same municipality and committee on the same day. */
interface SameDay {
  id: number;
  document_id: number;
  version: number;
  start_time: string | null;
  start_key: string;
}

/** The meeting with this identity; a missing start time on either side matches the only meeting of that day. */
function pickMeeting(sameDay: SameDay[], startTime: string | null): SameDay | null {
  if (!sameDay.length) return null;
  const key = startTime ?? '';
  const exact = sameDay.find((m) => m.start_key === key);
  if (exact) return exact;
  if (startTime) return sameDay.find((m) => m.start_key === '') ?? null;
  return sameDay.length === 1 ? sameDay[0]! : null;
}

async function pruneOrphanPersons(trx: Transaction<Database>, personIds: number[]): Promise<void> {
  for (let i = 0; i < personIds.length; i += 200) {
    const chunk = personIds.slice(i, i + 200);
    await trx
      .deleteFrom('person')
      .where('id', 'in', chunk)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('meeting_attendance').select('person_id').whereRef('meeting_attendance.person_id', '=', 'person.id'))),
      )
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('vote').select('person_id').whereRef('vote.person_id', '=', 'person.id'))))
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('item_attendance').select('person_id').whereRef('item_attendance.person_id', '=', 'person.id'))),
      )
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('membership').select('person_id').whereRef('membership.person_id', '=', 'person.id'))))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('item_person').select('person_id').whereRef('item_person.person_id', '=', 'person.id'))))
      .execute();
  }
}

/** Widens memberships in a few multi-row upserts of fixed shapes (Q.upsertMemberships). */
async function upsertMemberships(db: Db, store: Store, memberships: Map<number, Map<number, MembershipState>>): Promise<void> {
  const rows: Insertable<Database['membership']>[] = [];
  for (const [committee_id, persons] of memberships) for (const [person_id, st] of persons) rows.push({ committee_id, person_id, ...st });
  for (const chunk of binaryChunks(rows, 512)) await Q.upsertMemberships.execute(db, store.dialect, chunk);
}


/**
 * Writes staged rows: children of items, memberships (not when replacing: they are recomputed)
 * and the search index (unless it stays staged), and clears what it wrote.
 */
async function writeStaged(db: Db, store: Store, p: Staged, write: { memberships?: boolean; index?: boolean } = {}): Promise<void> {
  for (const table of STAGED_TABLES) await store.ops.insertRows(db, table, p[table]);
  if (write.memberships !== false) await upsertMemberships(db, store, p.memberships);
  if (write.index !== false) {
    await store.ops.writeIndex(db, p.index);
    p.index = [];
  }
  for (const table of STAGED_TABLES) p[table] = [];
  p.memberships = new Map();
}

const STAGED_TABLES = ['vote', 'vote_party', 'item_attendance', 'item_guest', 'route_step', 'attachment', 'item_person', 'item_party'] as const;

export function describeSource(kind: string, format: string): string {
  const k = kind === 'minutes' ? 'referat' : 'dagsorden';
  const f: Record<string, string> = {
    edoc: 'eDoc-XML', 'edoc-fujitsu': 'eDoc-XML', acadre: 'Acadre-XML', sbsys: 'SBSYS-XML', getorganized: 'GetOrganized-XML',
    docx: 'DOCX', html: 'HTML', markdown: 'Markdown', text: 'tekst', pdf: 'PDF',
  };
  return `${k}, ${f[format] ?? format}`;
}
