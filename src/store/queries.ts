/**
 * The public query layer: what the CLI, the portal and the API read. Every function returns only
 * public data. Closed items are stored with number, title and the closed flag only (import.ts),
 * and these functions never return sections, decisions, votes or attendance for them anyway.
 */
import { sql } from 'kysely';
import type { DecisionOutcome, MeetingDocument, RecommendationClause, Section } from '../model/index.js';
import { contentJson } from './content.js';
import { caseKey, municipalityKey, personKey } from './keys.js';
import { similarNames } from './persons.js';
import type { Store } from './store.js';

// --- shapes --------------------------------------------------------------------------------------

export interface MeetingRef {
  meetingId: number;
  municipality: string;
  committee: string;
  term: string;
  date: string;
  startTime: string | null;
}

export interface ItemSummary {
  itemId: number;
  number: string;
  title: string;
  closed: boolean;
  caseNumber: string | null;
  outcome: DecisionOutcome | null;
}

export interface MeetingView extends MeetingRef {
  kind: 'agenda' | 'minutes';
  endTime: string | null;
  location: string | null;
  locations: string[];
  version: number;
  participants: { personId: number; name: string; party: string | null; role: string | null; absent: boolean; substituteFor: string | null }[];
  items: ItemSummary[];
  versions: VersionInfo[];
  /** Every file stored for this meeting: its versions and other forms of it (PDF of an XML …). */
  sources: { documentId: number; fileName: string; format: string; kind: string; importedAt: string; role: string }[];
}

export interface VersionInfo {
  version: number;
  reason: string;
  documentId: number;
  fileName: string;
  format: string;
  validFrom: string;
  validTo: string | null;
}

export interface VoteView {
  option: string | null;
  choice: 'for' | 'against' | 'abstain' | 'reservation';
  personId: number;
  name: string;
  party: string | null;
}

export interface ItemView extends ItemSummary {
  meeting: MeetingRef;
  kind: string | null;
  /** Empty for closed items. */
  sections: Section[];
  recommendation: { text: string; by: string | null; clauses: RecommendationClause[] } | null;
  decision: { text: string; outcome: DecisionOutcome } | null;
  votes: VoteView[];
  partyVotes: { option: string | null; choice: string; party: string }[];
  absent: { personId: number; name: string; party: string | null; reason: string; text: string }[];
  guests: string[];
  route: { body: string; date: string | null; itemNumber: string | null; decision: string | null }[];
  attachments: { title: string; href: string | null }[];
}

export interface CaseView {
  caseId: number;
  number: string;
  municipality: string;
  title: string | null;
  firstDate: string | null;
  lastDate: string | null;
  /** The case's items in date order: its path through meetings and committees. */
  items: (ItemSummary & MeetingRef & { decisionText: string | null; route: { body: string; date: string | null; itemNumber: string | null; decision: string | null }[] })[];
}

export interface PersonView {
  personId: number;
  name: string;
  /** Other spellings seen. */
  aliases: string[];
  party: string | null;
  municipality: string;
  memberships: { committee: string; term: string; role: string | null; party: string | null; firstDate: string | null; lastDate: string | null }[];
  attendance: (MeetingRef & { absent: boolean; role: string | null; substituteFor: string | null })[];
  itemAbsences: (MeetingRef & { itemId: number; itemNumber: string; title: string; reason: string; text: string })[];
  votes: (MeetingRef & { itemId: number; itemNumber: string; title: string; option: string | null; choice: string; party: string | null })[];
}

const bool = (v: number | null | undefined): boolean => v === 1;

// --- meetings and items --------------------------------------------------------------------------

const meetingRefColumns = [
  'mt.id as meetingId', 'mu.name as municipality', 'co.name as committee', 'co.term as term', 'mt.date as date', 'mt.start_time as startTime',
] as const;

function meetingsJoined(store: Store) {
  return store.db
    .selectFrom('meeting as mt')
    .innerJoin('municipality as mu', 'mu.id', 'mt.municipality_id')
    .innerJoin('committee as co', 'co.id', 'mt.committee_id');
}

/** Agenda items with their meeting (mt), municipality (mu) and committee (co); the base of item reads here and in search. */
function itemsJoined(store: Store) {
  return store.db
    .selectFrom('agenda_item as a')
    .innerJoin('meeting as mt', 'mt.id', 'a.meeting_id')
    .innerJoin('municipality as mu', 'mu.id', 'mt.municipality_id')
    .innerJoin('committee as co', 'co.id', 'mt.committee_id');
}

/** itemsJoined with the item's case (c), when it has one. */
export function itemsWithCaseJoined(store: Store) {
  return itemsJoined(store).leftJoin('case_file as c', 'c.id', 'a.case_id');
}

export async function getMeeting(store: Store, meetingId: number): Promise<MeetingView | null> {
  const m = await meetingsJoined(store)
    .select([...meetingRefColumns, 'mt.kind', 'mt.end_time', 'mt.location', 'mt.locations_json', 'mt.version'])
    .where('mt.id', '=', meetingId)
    .executeTakeFirst();
  if (!m) return null;
  const participants = await store.db
    .selectFrom('meeting_attendance as ma')
    .innerJoin('person as p', 'p.id', 'ma.person_id')
    .select(['p.id', 'p.name', 'ma.party', 'ma.role', 'ma.absent', 'ma.substitute_for'])
    .where('ma.meeting_id', '=', meetingId)
    .orderBy('p.name')
    .execute();
  const items = await store.db
    .selectFrom('agenda_item as a')
    .leftJoin('case_file as c', 'c.id', 'a.case_id')
    .select(['a.id', 'a.number', 'a.title', 'a.closed', 'a.outcome', 'c.number as case_number'])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('a.seq')
    .execute();
  const sources = await store.db
    .selectFrom('document')
    .select(['id', 'file_name', 'format', 'kind', 'imported_at', 'role'])
    .where('meeting_id', '=', meetingId)
    .orderBy('id')
    .execute();
  return {
    meetingId: m.meetingId, municipality: m.municipality, committee: m.committee, term: m.term, date: m.date, startTime: m.startTime,
    kind: m.kind as 'agenda' | 'minutes', endTime: m.end_time, location: m.location, locations: JSON.parse(m.locations_json) as string[], version: m.version,
    participants: participants.map((p) => ({ personId: p.id, name: p.name, party: p.party, role: p.role, absent: bool(p.absent), substituteFor: p.substitute_for })),
    items: items.map((i) => ({ itemId: i.id, number: i.number, title: i.title, closed: bool(i.closed), caseNumber: bool(i.closed) ? null : i.case_number, outcome: bool(i.closed) ? null : (i.outcome as DecisionOutcome | null) })),
    versions: await listVersions(store, meetingId),
    sources: sources.map((s) => ({ documentId: s.id, fileName: s.file_name, format: s.format, kind: s.kind, importedAt: s.imported_at, role: s.role })),
  };
}

/** The versions of a meeting, oldest first (corrections are visible versions). */
export async function listVersions(store: Store, meetingId: number): Promise<VersionInfo[]> {
  const rows = await store.db
    .selectFrom('meeting_version as v')
    .innerJoin('document as d', 'd.id', 'v.document_id')
    .select(['v.version', 'v.reason', 'v.document_id', 'd.file_name', 'd.format', 'v.valid_from', 'v.valid_to'])
    .where('v.meeting_id', '=', meetingId)
    .orderBy('v.version')
    .execute();
  return rows.map((r) => ({ version: r.version, reason: r.reason, documentId: r.document_id, fileName: r.file_name, format: r.format, validFrom: r.valid_from, validTo: r.valid_to }));
}

/** The public content of one version of a meeting, as it was (closed items without content). */
export async function getVersionContent(store: Store, meetingId: number, version: number): Promise<MeetingDocument | null> {
  const row = await store.db.selectFrom('meeting_version').select('document_id').where('meeting_id', '=', meetingId).where('version', '=', version).executeTakeFirst();
  const json = row ? await contentJson(store.db, row.document_id) : null;
  if (json === null) return null;
  const doc = JSON.parse(json) as MeetingDocument;
  // Stored content is already public; enforce it again for closed items.
  doc.items = doc.items.map((it) => (it.closed ? { ...it, caseNumber: null, sections: [], recommendation: null, decision: null, votes: [], absentMembers: [], guests: [], route: [], attachments: [] } : it));
  return doc;
}

export async function getItem(store: Store, itemId: number): Promise<ItemView | null> {
  const a = await itemsWithCaseJoined(store)
    .select([
      ...meetingRefColumns, 'a.id', 'a.number', 'a.title', 'a.closed', 'a.kind', 'a.outcome', 'a.decision_text', 'a.recommendation_text',
      'a.recommendation_by', 'a.recommendation_json', 'a.sections_json', 'c.number as case_number',
    ])
    .where('a.id', '=', itemId)
    .executeTakeFirst();
  if (!a) return null;
  const meeting: MeetingRef = { meetingId: a.meetingId, municipality: a.municipality, committee: a.committee, term: a.term, date: a.date, startTime: a.startTime };
  const closed = bool(a.closed);
  const base: ItemView = {
    itemId: a.id, number: a.number, title: a.title, closed, caseNumber: null, outcome: null, meeting, kind: null, sections: [], recommendation: null,
    decision: null, votes: [], partyVotes: [], absent: [], guests: [], route: [], attachments: [],
  };
  if (closed) return base;
  const [votes, partyVotes, absent, guests, route, attachments] = await Promise.all([
    store.db
      .selectFrom('vote as v')
      .innerJoin('person as p', 'p.id', 'v.person_id')
      .select(['v.option', 'v.choice', 'p.id', 'p.name', 'v.party', 'v.option_seq'])
      .where('v.item_id', '=', itemId)
      .orderBy('v.option_seq')
      .orderBy('p.name')
      .execute(),
    store.db.selectFrom('vote_party').select(['option', 'choice', 'party']).where('item_id', '=', itemId).orderBy('option_seq').orderBy('party').execute(),
    store.db
      .selectFrom('item_attendance as ia')
      .innerJoin('person as p', 'p.id', 'ia.person_id')
      .select(['p.id', 'p.name', 'ia.party', 'ia.reason', 'ia.text'])
      .where('ia.item_id', '=', itemId)
      .orderBy('p.name')
      .execute(),
    store.db.selectFrom('item_guest').select('text').where('item_id', '=', itemId).orderBy('seq').execute(),
    store.db.selectFrom('route_step').select(['body', 'date', 'item_number', 'decision']).where('item_id', '=', itemId).orderBy('seq').execute(),
    store.db.selectFrom('attachment').select(['title', 'href']).where('item_id', '=', itemId).orderBy('seq').execute(),
  ]);
  return {
    ...base,
    caseNumber: a.case_number,
    outcome: a.outcome as DecisionOutcome | null,
    kind: a.kind,
    sections: JSON.parse(a.sections_json) as Section[],
    recommendation: a.recommendation_text !== null ? { text: a.recommendation_text, by: a.recommendation_by, clauses: a.recommendation_json ? (JSON.parse(a.recommendation_json) as RecommendationClause[]) : [] } : null,
    decision: a.decision_text !== null ? { text: a.decision_text, outcome: (a.outcome ?? 'other') as DecisionOutcome } : null,
    votes: votes.map((v) => ({ option: v.option, choice: v.choice as VoteView['choice'], personId: v.id, name: v.name, party: v.party })),
    partyVotes,
    absent: absent.map((x) => ({ personId: x.id, name: x.name, party: x.party, reason: x.reason, text: x.text })),
    guests: guests.map((g) => g.text),
    route: route.map((r) => ({ body: r.body, date: r.date, itemNumber: r.item_number, decision: r.decision })),
    attachments,
  };
}

// --- cases ---------------------------------------------------------------------------------------

/** Every case with this number (one per municipality that uses it), with its items in date order. */
export async function getCase(store: Store, number: string, options: { municipality?: string | null } = {}): Promise<CaseView[]> {
  let q = store.db
    .selectFrom('case_file as c')
    .innerJoin('municipality as mu', 'mu.id', 'c.municipality_id')
    .select(['c.id', 'c.number', 'c.title', 'c.first_date', 'c.last_date', 'mu.name as municipality'])
    .where('c.key', '=', caseKey(number));
  if (options.municipality) q = q.where('mu.key', '=', municipalityKey(options.municipality));
  const cases = await q.orderBy('mu.name').execute();
  const out: CaseView[] = [];
  for (const c of cases) {
    const items = await itemsJoined(store)
      .select([...meetingRefColumns, 'a.id', 'a.number', 'a.title', 'a.closed', 'a.outcome', 'a.decision_text'])
      .where('a.case_id', '=', c.id)
      .where('a.closed', '=', 0)
      .orderBy('mt.date')
      .orderBy('mt.start_key')
      .orderBy('a.seq')
      .execute();
    const routes = items.length
      ? await store.db.selectFrom('route_step').select(['item_id', 'body', 'date', 'item_number', 'decision']).where('item_id', 'in', items.map((i) => i.id)).orderBy('item_id').orderBy('seq').execute()
      : [];
    out.push({
      caseId: c.id, number: c.number, municipality: c.municipality, title: c.title, firstDate: c.first_date, lastDate: c.last_date,
      items: items.map((i) => ({
        meetingId: i.meetingId, municipality: i.municipality, committee: i.committee, term: i.term, date: i.date, startTime: i.startTime,
        itemId: i.id, number: i.number, title: i.title, closed: false, caseNumber: c.number, outcome: i.outcome as DecisionOutcome | null,
        decisionText: i.decision_text,
        route: routes.filter((r) => r.item_id === i.id).map((r) => ({ body: r.body, date: r.date, itemNumber: r.item_number, decision: r.decision })),
      })),
    });
  }
  return out;
}

// --- persons -------------------------------------------------------------------------------------

/**
 * Persons matching a name: the same spelling, a known variant (similar-name rule), or — when none
 * — every person whose name contains the words given ("Javid" finds "Reza Javid").
 */
export async function findPersons(store: Store, name: string, options: { municipality?: string | null } = {}): Promise<{ id: number; name: string; municipality: string }[]> {
  const key = personKey(name);
  if (!key) return [];
  let q = store.db
    .selectFrom('person_alias as pa')
    .innerJoin('person as p', 'p.id', 'pa.person_id')
    .innerJoin('municipality as mu', 'mu.id', 'p.municipality_id')
    .select(['p.id', 'p.name', 'pa.key', 'mu.name as municipality']);
  if (options.municipality) q = q.where('mu.key', '=', municipalityKey(options.municipality));
  const all = await q.execute();
  const pick = (pred: (k: string) => boolean) => {
    const ids = new Map<number, { id: number; name: string; municipality: string }>();
    for (const a of all) if (pred(a.key)) ids.set(a.id, { id: a.id, name: a.name, municipality: a.municipality });
    return [...ids.values()];
  };
  let found = pick((k) => k === key);
  if (!found.length) found = pick((k) => similarNames(key, k));
  if (!found.length) {
    const words = key.split(' ');
    found = pick((k) => {
      const kw = k.split(' ');
      return words.every((w) => kw.includes(w));
    });
  }
  if (!found.length) found = pick((k) => k.includes(key));
  return found.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export async function getPerson(store: Store, personId: number): Promise<PersonView | null> {
  const p = await store.db
    .selectFrom('person as p')
    .innerJoin('municipality as mu', 'mu.id', 'p.municipality_id')
    .select(['p.id', 'p.name', 'p.party', 'mu.name as municipality'])
    .where('p.id', '=', personId)
    .executeTakeFirst();
  if (!p) return null;
  const aliases = await store.db.selectFrom('person_alias').select('name').where('person_id', '=', personId).orderBy('name').execute();
  const memberships = await store.db
    .selectFrom('membership as ms')
    .innerJoin('committee as co', 'co.id', 'ms.committee_id')
    .select(['co.name', 'co.term', 'ms.role', 'ms.party', 'ms.first_date', 'ms.last_date'])
    .where('ms.person_id', '=', personId)
    .orderBy('co.term', 'desc')
    .orderBy('co.name')
    .execute();
  const attendance = await meetingsJoined(store)
    .innerJoin('meeting_attendance as ma', 'ma.meeting_id', 'mt.id')
    .select([...meetingRefColumns, 'ma.absent', 'ma.role', 'ma.substitute_for'])
    .where('ma.person_id', '=', personId)
    .orderBy('mt.date', 'desc')
    .execute();
  const itemAbsences = await meetingsJoined(store)
    .innerJoin('agenda_item as a', 'a.meeting_id', 'mt.id')
    .innerJoin('item_attendance as ia', 'ia.item_id', 'a.id')
    .select([...meetingRefColumns, 'a.id', 'a.number', 'a.title', 'ia.reason', 'ia.text'])
    .where('ia.person_id', '=', personId)
    .where('a.closed', '=', 0)
    .orderBy('mt.date', 'desc')
    .orderBy('a.seq')
    .execute();
  const votes = await meetingsJoined(store)
    .innerJoin('agenda_item as a', 'a.meeting_id', 'mt.id')
    .innerJoin('vote as v', 'v.item_id', 'a.id')
    .select([...meetingRefColumns, 'a.id', 'a.number', 'a.title', 'v.option', 'v.choice', 'v.party'])
    .where('v.person_id', '=', personId)
    .where('a.closed', '=', 0)
    .orderBy('mt.date', 'desc')
    .orderBy('a.seq')
    .orderBy('v.option_seq')
    .execute();
  const ref = (r: { meetingId: number; municipality: string; committee: string; term: string; date: string; startTime: string | null }): MeetingRef => ({
    meetingId: r.meetingId, municipality: r.municipality, committee: r.committee, term: r.term, date: r.date, startTime: r.startTime,
  });
  return {
    personId: p.id, name: p.name, party: p.party, municipality: p.municipality,
    aliases: aliases.map((a) => a.name).filter((n) => n !== p.name),
    memberships: memberships.map((m) => ({ committee: m.name, term: m.term, role: m.role, party: m.party, firstDate: m.first_date, lastDate: m.last_date })),
    attendance: attendance.map((a) => ({ ...ref(a), absent: bool(a.absent), role: a.role, substituteFor: a.substitute_for })),
    itemAbsences: itemAbsences.map((a) => ({ ...ref(a), itemId: a.id, itemNumber: a.number, title: a.title, reason: a.reason, text: a.text })),
    votes: votes.map((v) => ({ ...ref(v), itemId: v.id, itemNumber: v.number, title: v.title, option: v.option, choice: v.choice, party: v.party })),
  };
}

// --- lists for filters and facets ----------------------------------------------------------------

export async function listMunicipalities(store: Store): Promise<{ id: number; name: string; key: string }[]> {
  return store.db.selectFrom('municipality').select(['id', 'name', 'key']).orderBy('name').execute();
}

export async function listCommittees(store: Store): Promise<{ id: number; municipalityId: number; name: string; key: string; term: string }[]> {
  const rows = await store.db.selectFrom('committee').select(['id', 'municipality_id', 'name', 'key', 'term']).orderBy('name').orderBy('term').execute();
  return rows.map((r) => ({ id: r.id, municipalityId: r.municipality_id, name: r.name, key: r.key, term: r.term }));
}

/** Counts of the main entities, for a status line. */
export async function storeStats(store: Store): Promise<{ meetings: number; items: number; cases: number; persons: number; documents: number }> {
  const r = await sql<{ meetings: number | string; items: number | string; cases: number | string; persons: number | string; documents: number | string }>`
    SELECT (SELECT count(*) FROM meeting) AS meetings, (SELECT count(*) FROM agenda_item) AS items,
           (SELECT count(*) FROM case_file) AS cases, (SELECT count(*) FROM person) AS persons, (SELECT count(*) FROM document) AS documents`.execute(store.db);
  const x = r.rows[0]!;
  return { meetings: Number(x.meetings), items: Number(x.items), cases: Number(x.cases), persons: Number(x.persons), documents: Number(x.documents) };
}
