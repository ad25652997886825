/**
 * The domain model of Referat: one Danish committee meeting document (agenda or minutes) as
 * structured data. Every reader and parser produces this shape; storage, search, the portal and the
 * API consume it. This module imports nothing, so any layer may depend on it.
 *
 * Conventions: `null` means "the document does not say"; strings are as printed, with whitespace
 * normalised; dates are ISO `YYYY-MM-DD`, times `HH:MM` (24 h).
 */

/** Dagsorden (agenda, before the meeting) or referat (minutes, with decisions). */
export type DocumentKind = 'agenda' | 'minutes';

/** The input form the document arrived in. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'xml' | 'pdf' | 'docx' | 'edoc' | 'edoc-fujitsu' | 'acadre' | 'sbsys' | 'getorganized';

export interface Committee {
  /** As printed, without the term: "Beskæftigelses- og Socialudvalget". */
  name: string;
  /** The election term (valgperiode) when printed, e.g. "2018-2021". */
  term: string | null;
}

export type ParticipantRole =
  | 'borgmester'
  | 'formand'
  | 'næstformand'
  | 'rådmand'
  | 'udvalgsmedlem'
  | 'stedfortræder'
  | 'suppleant'
  | 'sekretær'
  | 'embedsmand'
  | 'gæst'
  | 'other';

export interface Participant {
  /** The name without party or role: "Hans Hammann". */
  name: string;
  /** Party letter or word as printed ("A", "Ø", "Løsgænger"); null when not printed. */
  party: string | null;
  role: ParticipantRole | null;
  /** True when the document marks the person absent (Fravær, Afbud, Fraværende). */
  absent: boolean;
  /** Who stands in for an absent member, when printed. */
  substituteFor?: string | null;
}

/** A person named in an item-level line (votes, "deltog ikke", guests). */
export interface PersonRef {
  name: string;
  party: string | null;
  role: ParticipantRole | null;
}

export type ItemKind = 'beslutning' | 'drøftelse' | 'orientering' | 'initiativret' | 'tema' | 'fællesmøde';

/** The normalised meaning of a section heading; `other` keeps unknown headings. */
export type SectionKind =
  | 'resume'
  | 'effect'
  | 'recommendation'
  | 'decision'
  | 'caseText'
  | 'route'
  | 'economy'
  | 'attachments'
  | 'hearing'
  | 'legal'
  | 'other';

/** A Danish number as printed ("195.514.784", "12,2 mio. kr.", "74,1 %") and its value. */
export interface DanishNumber {
  text: string;
  value: number;
  unit: 'kr' | 'mio. kr' | 'mia. kr' | '%' | null;
}

export interface TableCell {
  text: string;
  /** Set when the whole cell is a Danish number. */
  number?: DanishNumber;
}

export type ContentBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; rows: TableCell[][] };

export interface Section {
  /** The heading as written: "Beslutning i Udvalget for X den 04-06-2020". */
  heading: string;
  kind: SectionKind;
  blocks: ContentBlock[];
}

export interface RecommendationClause {
  /** The clause number as printed ("1", "a") or null for "At …" lines. */
  label: string | null;
  text: string;
}

export interface Recommendation {
  /** The full text of the recommendation section. */
  text: string;
  /** Who recommends, when printed ("Beskæftigelses- og Socialforvaltningen"). */
  by: string | null;
  clauses: RecommendationClause[];
}

export type DecisionOutcome =
  | 'approved'
  | 'recommended'
  | 'discussed'
  | 'noted'
  | 'rejected'
  | 'postponed'
  | 'approved_with_changes'
  | 'other';

export interface Decision {
  /** This meeting's decision as printed; paragraphs separated by "\n". */
  text: string;
  outcome: DecisionOutcome;
}

export type VoteChoice = 'for' | 'against' | 'abstain';

export interface VoteOption {
  /** What was voted on when the text names it ("model 2"), else null (the recommendation). */
  option: string | null;
  for: PersonRef[];
  against: PersonRef[];
  abstain: PersonRef[];
  /** Members who voted with a reservation ("tog forbehold"). */
  reservation: PersonRef[];
  /** Party letters voting as a group when printed without names ("A, V og C stemte for"). */
  partiesFor?: string[];
  partiesAgainst?: string[];
  partiesAbstain?: string[];
}

export interface AbsentFromItem {
  person: PersonRef;
  /** "did-not-participate" for "deltog ikke", "conflict-of-interest" for "var inhabil". */
  reason: 'did-not-participate' | 'conflict-of-interest' | 'absent';
  /** The sentence as printed. */
  text: string;
}

export interface Guest {
  /** The guest as printed ("Afdelingsleder Ida Nørbygaard"). */
  text: string;
}

export interface RouteStep {
  /** The body: "Økonomiudvalget", "Byrådet". */
  body: string;
  date: string | null;
  /** Item number at that meeting ("pkt. 153"). */
  itemNumber: string | null;
  /** That meeting's decision when the document prints it. */
  decision: string | null;
}

export interface Attachment {
  title: string;
  /** A file name or link when the source carries one. */
  href?: string | null;
}

export interface Warning {
  /** A stable code: "W_UNPLACED_TEXT", "W_NO_ITEMS" … */
  code: string;
  message: string;
  /** Item number the warning concerns, when any. */
  item?: string | null;
}

export interface AgendaItem {
  /** As printed, without "Punkt"/"Sag nr." and trailing dot: "3", "49", "1.2". */
  number: string;
  /** The full title (from the heading, not the cut table-of-contents line), without "Lukket:". */
  title: string;
  caseNumber: string | null;
  closed: boolean;
  kind: ItemKind | null;
  sections: Section[];
  recommendation: Recommendation | null;
  decision: Decision | null;
  votes: VoteOption[];
  absentMembers: AbsentFromItem[];
  guests: Guest[];
  route: RouteStep[];
  attachments: Attachment[];
}

export interface MeetingDocument {
  kind: DocumentKind;
  /** The bare name ("Odense"), a region's name ("Region Hovedstaden"); null when not shown. */
  municipality: string | null;
  /** The committee name without term; duplicated in `committeeInfo` with the term. */
  committee: string | null;
  committeeInfo: Committee | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  /** The whole place as printed; `locations` splits it where it names several. */
  location: string | null;
  locations: string[];
  participants: Participant[];
  items: AgendaItem[];
  warnings: Warning[];
  source: {
    format: SourceFormat;
    /** The file name as given to the importer. */
    name: string | null;
  };
}
