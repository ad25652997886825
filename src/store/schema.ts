/**
 * The database schema as Kysely types: one schema for SQLite and PostgreSQL (see migrations.ts).
 *
 * Conventions that keep the two dialects identical: ids are 32-bit integers; flags are integers
 * 0/1; dates are ISO text ('YYYY-MM-DD'), times 'HH:MM', timestamps ISO-8601 text; structured
 * values (sections, clauses, locations, whole documents) are JSON text. Names have a `key`: the
 * normalised form used for matching (see keys.ts).
 */
import type { Generated } from 'kysely';

export interface MunicipalityTable {
  id: Generated<number>;
  /** As printed ("Odense", "Region Hovedstaden"); '' when no document named it. */
  name: string;
  key: string;
}

/** A committee per election term: "Beskæftigelses- og Socialudvalget" 2018-2021. */
export interface CommitteeTable {
  id: Generated<number>;
  municipality_id: number;
  name: string;
  key: string;
  /** "2018-2021"; printed or inferred from the meeting date (terms start 2018, 2022, …). */
  term: string;
}

export interface PersonTable {
  id: Generated<number>;
  municipality_id: number;
  /** The first spelling seen; the others are in person_alias. */
  name: string;
  key: string;
  /** The latest party seen (by meeting date). */
  party: string | null;
  party_date: string | null;
}

/** Every spelling of a person's name seen in documents ("Tommy Hummelose", "Tommy Hummelrose"). */
export interface PersonAliasTable {
  person_id: number;
  name: string;
  key: string;
}

/** A person's seat in a committee (per term), from participant lists, votes and item attendance. */
export interface MembershipTable {
  committee_id: number;
  person_id: number;
  /** The latest role seen ("formand", "udvalgsmedlem", …). */
  role: string | null;
  party: string | null;
  first_date: string | null;
  last_date: string | null;
}

/** One imported file (or export folder): the source of a meeting version or an extra form of it. */
export interface DocumentTable {
  id: Generated<number>;
  /** SHA-256 of the file's bytes (for an export folder: of its XML files). */
  sha256: string;
  file_name: string;
  /** The path as given to the importer. */
  path: string | null;
  format: string;
  kind: string;
  size: number;
  imported_at: string;
  meeting_id: number | null;
  /** SHA-256 of the public content (the model without source and warnings). */
  content_hash: string;
  /** The public content (closed items reduced to number and title) as MeetingDocument JSON. */
  content_json: string;
  warnings_json: string;
  /** How good a source this is (minutes over agenda; case-system XML over DOCX, HTML, text, PDF). */
  source_rank: number;
  /** 'version' when it was (or is) a version of its meeting; 'alternate' when another form of it. */
  role: string;
}

export interface MeetingTable {
  id: Generated<number>;
  municipality_id: number;
  committee_id: number;
  committee_key: string;
  date: string;
  start_time: string | null;
  /** start_time or '' (part of the meeting's identity). */
  start_key: string;
  end_time: string | null;
  location: string | null;
  locations_json: string;
  kind: string;
  /** The current version's document. */
  document_id: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The history: every version a meeting has had; the content is the document's content_json. */
export interface MeetingVersionTable {
  id: Generated<number>;
  meeting_id: number;
  version: number;
  document_id: number;
  /** 'first' | 'correction' | 'better-source' | 'minutes' (minutes replacing the agenda). */
  reason: string;
  valid_from: string;
  valid_to: string | null;
}

export interface MeetingAttendanceTable {
  meeting_id: number;
  person_id: number;
  role: string | null;
  party: string | null;
  absent: number;
  substitute_for: string | null;
}

export interface CaseTable {
  id: Generated<number>;
  municipality_id: number;
  /** As printed: "15.00.00-G01-86-20", "S2020-26746". */
  number: string;
  key: string;
  /** The title of its latest item. */
  title: string | null;
  first_date: string | null;
  last_date: string | null;
}

export interface AgendaItemTable {
  id: Generated<number>;
  meeting_id: number;
  seq: number;
  number: string;
  title: string;
  closed: number;
  kind: string | null;
  case_id: number | null;
  /** Copied from the meeting for filtering. */
  municipality_id: number;
  committee_id: number;
  date: string;
  outcome: string | null;
  decision_text: string | null;
  recommendation_text: string | null;
  recommendation_by: string | null;
  /** RecommendationClause[] as JSON, or null. */
  recommendation_json: string | null;
  /** Section[] as JSON ('[]' for closed items). */
  sections_json: string;
}

export interface VoteTable {
  item_id: number;
  option_seq: number;
  option: string | null;
  person_id: number;
  party: string | null;
  role: string | null;
  /** 'for' | 'against' | 'abstain' | 'reservation' */
  choice: string;
}

/** Party letters voting as a group ("A, V og C stemte for"). */
export interface VotePartyTable {
  item_id: number;
  option_seq: number;
  option: string | null;
  party: string;
  choice: string;
}

export interface ItemAttendanceTable {
  item_id: number;
  person_id: number;
  party: string | null;
  role: string | null;
  reason: string;
  text: string;
}

export interface ItemGuestTable {
  item_id: number;
  seq: number;
  text: string;
}

export interface RouteStepTable {
  item_id: number;
  seq: number;
  body: string;
  date: string | null;
  item_number: string | null;
  decision: string | null;
}

export interface AttachmentTable {
  item_id: number;
  seq: number;
  title: string;
  href: string | null;
}

/**
 * Search links: the persons an open item involves beyond the members present at its meeting
 * (voters and members who did not take part who are not among them); store/attendance.ts.
 */
export interface ItemPersonTable {
  item_id: number;
  person_id: number;
}

/** Search links: the parties an open item involves beyond those of the members present (store/attendance.ts). */
export interface ItemPartyTable {
  item_id: number;
  party: string;
}

/** PostgreSQL only: the analysed text of an item (SQLite keeps it in the FTS5 table item_fts). */
export interface ItemSearchTable {
  item_id: number;
  tsv: string;
}

/**
 * store_meta keys: `analysis_version` (of the search index), `data_generation` (a new value with
 * every import commit; searches keep per-generation data in memory, see search/item-columns.ts).
 */
export const DATA_GENERATION = 'data_generation';

export interface StoreMetaTable {
  key: string;
  value: string;
}

export interface Database {
  municipality: MunicipalityTable;
  committee: CommitteeTable;
  person: PersonTable;
  person_alias: PersonAliasTable;
  membership: MembershipTable;
  document: DocumentTable;
  meeting: MeetingTable;
  meeting_version: MeetingVersionTable;
  meeting_attendance: MeetingAttendanceTable;
  case_file: CaseTable;
  agenda_item: AgendaItemTable;
  vote: VoteTable;
  vote_party: VotePartyTable;
  item_attendance: ItemAttendanceTable;
  item_guest: ItemGuestTable;
  route_step: RouteStepTable;
  attachment: AttachmentTable;
  item_person: ItemPersonTable;
  item_party: ItemPartyTable;
  item_search: ItemSearchTable;
  store_meta: StoreMetaTable;
}

/** Tables whose rows the importer writes, in an order that respects foreign keys (for counts). */
export const DATA_TABLES = [
  'municipality', 'committee', 'person', 'person_alias', 'membership', 'document', 'meeting', 'meeting_version',
  'meeting_attendance', 'case_file', 'agenda_item', 'vote', 'vote_party', 'item_attendance', 'item_guest',
  'route_step', 'attachment', 'item_person', 'item_party',
] as const satisfies readonly (keyof Database)[];
