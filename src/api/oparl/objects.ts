/**
 * Store rows → OParl 1.1 objects. Ids are URLs under /oparl/v1/; `web` links to the portal page.
 * Referat's own data that OParl 1.1 lacks goes into extension fields with the prefix `referat:`
 * (documented in docs/api.md): the decision's outcome, votes per person and party, absence, the
 * recommendation, sections. Closed items carry number, order, name and `public: false` only.
 */
import type { RecommendationClause, Section } from '../../model/index.js';
import type { Catalog } from '../../web/catalog.js';
import { committeeLabel, KIND_LABELS, OUTCOME_LABELS, ROLE_LABELS, danishDate } from '../../web/format.js';
import { casePath, committeePath, itemPath, meetingPath, municipalityPath, personPath } from '../../web/urls.js';
import type {
  AttachmentFileRow,
  AttendanceRow,
  BodyRow,
  DeletedPart,
  DocumentFileRow,
  ItemChildren,
  ItemRow,
  LocationRow,
  MeetingRow,
  MembershipRow,
  OrganizationRow,
  PaperRow,
  PersonRow,
  TermRow,
} from './data.js';
import { locationKey } from './data.js';

export const OPARL = 'https://schema.oparl.org/1.1/';
export const PREFIX = 'referat:';

export type OParlObject = Record<string, unknown> & { id: string; type: string };

/** Builds ids and web links for one request (absolute, on the request's base URL). */
export class Urls {
  readonly api: string;
  constructor(
    readonly base: string,
    readonly cat: Catalog,
  ) {
    this.api = `${base}/oparl/v1`;
  }
  system = (): string => `${this.api}/system`;
  bodies = (): string => `${this.api}/bodies`;
  body = (id: number): string => `${this.api}/body/${id}`;
  bodyList = (id: number, list: string): string => `${this.api}/body/${id}/${list}`;
  organization = (id: number): string => `${this.api}/organization/${id}`;
  person = (id: number): string => `${this.api}/person/${id}`;
  membership = (committeeId: number, personId: number): string => `${this.api}/membership/${committeeId}-${personId}`;
  meeting = (id: number): string => `${this.api}/meeting/${id}`;
  agendaItem = (meetingId: number, seq: number): string => `${this.api}/agendaItem/${meetingId}-${seq}`;
  consultation = (meetingId: number, seq: number): string => `${this.api}/consultation/${meetingId}-${seq}`;
  paper = (id: number): string => `${this.api}/paper/${id}`;
  documentFile = (id: number): string => `${this.api}/file/d${id}`;
  attachmentFile = (meetingId: number, itemSeq: number, seq: number): string => `${this.api}/file/a${meetingId}-${itemSeq}-${seq}`;
  location = (municipalityId: number, text: string): string => `${this.api}/location/${municipalityId}-${locationKey(text)}`;
  term = (municipalityId: number, term: string): string => `${this.api}/legislativeTerm/${municipalityId}-${term}`;
  web = (path: string): string => this.base + path;
}

const type = (name: string): string => `${OPARL}${name}`;

/** A date-time from a stored ISO timestamp or a date + time. */
function dateTime(date: string, time: string | null): string {
  const t = time && /^\d\d:\d\d$/.test(time) ? time : '00:00';
  // Danish local time; the offset of the date (CET/CEST) is not stored, so use the local form with
  // Europe/Copenhagen's offset computed from the date.
  return `${date}T${t}:00${copenhagenOffset(date, t)}`;
}

/** "+01:00" or "+02:00" for a date in Denmark (EU summer time: last Sunday of March to last Sunday of October). */
export function copenhagenOffset(date: string, time = '12:00'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastSunday = (month: number): number => {
    const last = new Date(Date.UTC(y, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const hour = Number(time.slice(0, 2));
  const startDay = lastSunday(3);
  const endDay = lastSunday(10);
  const summer =
    (m > 3 && m < 10) || (m === 3 && (d > startDay || (d === startDay && hour >= 2))) || (m === 10 && (d < endDay || (d === endDay && hour < 3)));
  return summer ? '+02:00' : '+01:00';
}

function termDates(term: string): { startDate?: string; endDate?: string } {
  const m = /^(\d{4})-(\d{4})$/.exec(term);
  if (!m) return {};
  return { startDate: `${m[1]}-01-01`, endDate: `${m[2]}-12-31` };
}

function classify(name: string): string {
  const n = name.toLowerCase();
  if (/byråd|kommunalbestyrelse|borgerrepræsentation|regionsråd/.test(n)) return 'Kommunalbestyrelse';
  if (/økonomiudvalg|forretningsudvalg/.test(n)) return 'Økonomiudvalg';
  if (/råd(et)?$/.test(n)) return 'Råd';
  if (/udvalg/.test(n)) return 'Udvalg';
  return 'Gremium';
}

export function systemObject(u: Urls, times: { created: string; modified: string }): OParlObject {
  return {
    id: u.system(),
    type: type('System'),
    oparlVersion: OPARL,
    body: u.bodies(),
    name: 'Referat – åbne referater fra kommunernes udvalg',
    website: u.web('/'),
    vendor: u.web('/om'),
    product: u.web('/om'),
    created: times.created,
    modified: times.modified,
    web: u.web('/'),
  };
}

export function bodyObject(u: Urls, b: BodyRow, terms: TermRow[]): OParlObject {
  const label = b.name || 'Ukendt kommune';
  const name = !b.name ? label : /^region\b/i.test(b.name) || /kommune$/i.test(b.name) ? b.name : `${b.name} Kommune`;
  return {
    id: u.body(b.id),
    type: type('Body'),
    system: u.system(),
    name,
    shortName: label,
    classification: /^region\b/i.test(b.name) ? 'Region' : 'Kommune',
    organization: u.bodyList(b.id, 'organizations'),
    person: u.bodyList(b.id, 'persons'),
    meeting: u.bodyList(b.id, 'meetings'),
    paper: u.bodyList(b.id, 'papers'),
    agendaItem: u.bodyList(b.id, 'agendaItems'),
    consultation: u.bodyList(b.id, 'consultations'),
    file: u.bodyList(b.id, 'files'),
    locationList: u.bodyList(b.id, 'locations'),
    legislativeTermList: u.bodyList(b.id, 'legislativeTerms'),
    membership: u.bodyList(b.id, 'memberships'),
    legislativeTerm: terms.map((t) => termObject(u, t)),
    created: b.created,
    modified: b.modified,
    web: u.web(municipalityPath(u.cat, b.id)),
  };
}

export function termObject(u: Urls, t: TermRow): OParlObject {
  return {
    id: u.term(t.municipality_id, t.term),
    type: type('LegislativeTerm'),
    body: u.body(t.municipality_id),
    name: `Valgperiode ${t.term}`,
    ...termDates(t.term),
    created: t.created,
    modified: t.modified,
  };
}

export function organizationObject(u: Urls, o: OrganizationRow, memberships: MembershipRow[]): OParlObject {
  return {
    id: u.organization(o.id),
    type: type('Organization'),
    body: u.body(o.municipality_id),
    name: o.term ? `${committeeLabel(o.name)} ${o.term}` : committeeLabel(o.name),
    shortName: committeeLabel(o.name),
    organizationType: 'Gremium',
    classification: classify(o.name),
    membership: memberships.map((m) => u.membership(m.committee_id, m.person_id)),
    meeting: `${u.organization(o.id)}/meetings`,
    consultation: `${u.organization(o.id)}/consultations`,
    ...termDates(o.term),
    [`${PREFIX}term`]: o.term,
    created: o.created,
    modified: o.modified,
    web: u.web(committeePath(u.cat, o.id)),
  };
}

export function membershipObject(u: Urls, m: MembershipRow): OParlObject {
  return {
    id: u.membership(m.committee_id, m.person_id),
    type: type('Membership'),
    person: u.person(m.person_id),
    organization: u.organization(m.committee_id),
    ...(m.role ? { role: ROLE_LABELS[m.role] ?? m.role } : {}),
    votingRight: !m.role || !['sekretær', 'embedsmand', 'gæst'].includes(m.role),
    ...(m.first_date ? { startDate: m.first_date } : {}),
    ...(m.last_date ? { endDate: m.last_date } : {}),
    [`${PREFIX}party`]: m.party,
    [`${PREFIX}role`]: m.role,
    created: m.created,
    modified: m.modified,
  };
}

export function personObject(u: Urls, p: PersonRow, memberships: MembershipRow[]): OParlObject {
  const parts = p.name.trim().split(/\s+/);
  return {
    id: u.person(p.id),
    type: type('Person'),
    body: u.body(p.municipality_id),
    name: p.name,
    ...(parts.length > 1 ? { familyName: parts[parts.length - 1], givenName: parts.slice(0, -1).join(' ') } : {}),
    membership: memberships.map((m) => membershipObject(u, m)),
    [`${PREFIX}party`]: p.party,
    created: p.created,
    modified: p.modified,
    web: u.web(personPath(u.cat, p.id)),
  };
}

function locationObject(u: Urls, municipalityId: number, text: string, created: string, modified: string): OParlObject {
  return {
    id: u.location(municipalityId, text),
    type: type('Location'),
    description: text,
    bodies: [u.body(municipalityId)],
    created,
    modified,
  };
}

export function locationListObject(u: Urls, l: LocationRow): OParlObject {
  return locationObject(u, l.municipality_id, l.location, l.created, l.modified);
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
  markdown: 'text/markdown',
};

/** A stored source document: its public content (closed items reduced), as JSON; the original is described. */
export function documentFileObject(u: Urls, d: DocumentFileRow, meeting: { date: string; committee_id: number }): OParlObject {
  const committee = u.cat.committeeById.get(meeting.committee_id);
  return {
    id: u.documentFile(d.id),
    type: type('File'),
    name: `${KIND_LABELS[d.kind] ?? d.kind}, ${committee?.name || 'ukendt udvalg'} ${danishDate(meeting.date)} (offentligt indhold)`,
    fileName: `referat-dokument-${d.id}.json`,
    mimeType: 'application/json',
    date: d.imported_at.slice(0, 10),
    accessUrl: `${u.api}/file/d${d.id}/content`,
    downloadUrl: `${u.api}/file/d${d.id}/content`,
    meeting: [u.meeting(d.meeting_id)],
    [`${PREFIX}source`]: {
      fileName: d.file_name,
      format: d.format,
      mimeType: MIME[d.format] ?? 'application/xml',
      size: Number(d.size),
      sha256: d.sha256,
      importedAt: d.imported_at,
      role: d.role,
    },
    created: d.created,
    modified: d.modified,
  };
}

export function attachmentFileObject(u: Urls, a: AttachmentFileRow, itemWeb: string | null): OParlObject {
  const external = a.href && /^https?:\/\/[^\s]+$/i.test(a.href) ? a.href : null;
  return {
    id: u.attachmentFile(a.meeting_id, a.item_seq, a.seq),
    type: type('File'),
    name: a.title,
    accessUrl: external ?? (itemWeb ? `${itemWeb}#bilag-${a.seq + 1}` : u.agendaItem(a.meeting_id, a.item_seq)),
    agendaItem: [u.agendaItem(a.meeting_id, a.item_seq)],
    meeting: [u.meeting(a.meeting_id)],
    [`${PREFIX}published`]: external !== null,
    ...(a.href && !external ? { [`${PREFIX}reference`]: a.href } : {}),
    created: a.created,
    modified: a.modified,
  };
}

export interface MeetingLookup {
  /** Meeting refs for links (portal URLs). */
  meetings: Map<number, { municipality_id: number; committee_id: number; committee_key: string; date: string; start_key: string }>;
  /** Case numbers by case id. */
  cases: Map<number, string>;
}

function itemWebPath(u: Urls, lookup: MeetingLookup, i: { meeting_id: number; number: string }): string | null {
  const m = lookup.meetings.get(i.meeting_id);
  return m ? u.web(itemPath(u.cat, m, i.number)) : null;
}

function consultationRole(i: ItemRow): string {
  switch (i.kind) {
    case 'orientering':
      return 'Orientering';
    case 'drøftelse':
    case 'tema':
      return 'Drøftelse';
    default:
      return i.outcome === 'recommended' ? 'Indstilling' : 'Beslutning';
  }
}

export function consultationObject(u: Urls, i: ItemRow): OParlObject {
  return {
    id: u.consultation(i.meeting_id, i.seq),
    type: type('Consultation'),
    paper: u.paper(i.case_id!),
    agendaItem: u.agendaItem(i.meeting_id, i.seq),
    meeting: u.meeting(i.meeting_id),
    organization: [u.organization(i.committee_id)],
    authoritative: i.outcome === 'approved' || i.outcome === 'rejected' || i.outcome === 'approved_with_changes',
    role: consultationRole(i),
    created: i.created,
    modified: i.modified,
  };
}

const parseJson = <T>(s: string | null, fallback: T): T => {
  if (!s) return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

export function agendaItemObject(u: Urls, i: ItemRow, children: ItemChildren, lookup: MeetingLookup): OParlObject {
  const web = itemWebPath(u, lookup, i);
  const common: OParlObject = {
    id: u.agendaItem(i.meeting_id, i.seq),
    type: type('AgendaItem'),
    meeting: u.meeting(i.meeting_id),
    number: i.number,
    order: i.seq + 1,
    name: i.title,
    public: i.closed === 0,
  };
  if (i.closed !== 0) return { ...common, created: i.created, modified: i.modified, ...(web ? { web } : {}) };
  const votes = children.votes.filter((v) => v.item_id === i.id);
  const parties = children.voteParties.filter((v) => v.item_id === i.id);
  const absent = children.absences.filter((a) => a.item_id === i.id);
  const attachments = children.attachments.filter((a) => a.item_id === i.id);
  const guests = children.guests.filter((g) => g.item_id === i.id);
  const route = children.route.filter((r) => r.item_id === i.id);
  return {
    ...common,
    ...(i.case_id !== null ? { consultation: u.consultation(i.meeting_id, i.seq) } : {}),
    ...(i.outcome ? { result: OUTCOME_LABELS[i.outcome] ?? i.outcome } : {}),
    ...(i.decision_text ? { resolutionText: i.decision_text } : {}),
    auxiliaryFile: attachments.map((a) =>
      attachmentFileObject(u, { item_id: i.id, meeting_id: i.meeting_id, item_seq: i.seq, seq: a.seq, title: a.title, href: a.href, municipality_id: i.municipality_id, created: i.created, modified: i.modified }, web),
    ),
    [`${PREFIX}kind`]: i.kind,
    [`${PREFIX}caseNumber`]: i.case_id !== null ? (lookup.cases.get(i.case_id) ?? null) : null,
    [`${PREFIX}paper`]: i.case_id !== null ? u.paper(i.case_id) : null,
    [`${PREFIX}outcome`]: i.outcome,
    [`${PREFIX}recommendation`]:
      i.recommendation_text !== null ? { text: i.recommendation_text, by: i.recommendation_by, clauses: parseJson<RecommendationClause[]>(i.recommendation_json, []) } : null,
    [`${PREFIX}votes`]: votes.map((v) => ({ option: v.option, optionIndex: v.option_seq, person: u.person(v.person_id), party: v.party, choice: v.choice })),
    [`${PREFIX}partyVotes`]: parties.map((v) => ({ option: v.option, optionIndex: v.option_seq, party: v.party, choice: v.choice })),
    [`${PREFIX}absent`]: absent.map((a) => ({ person: u.person(a.person_id), party: a.party, reason: a.reason, text: a.text })),
    [`${PREFIX}guests`]: guests.map((g) => g.text),
    [`${PREFIX}route`]: route.map((r) => ({ body: r.body, date: r.date, itemNumber: r.item_number, decision: r.decision })),
    [`${PREFIX}sections`]: parseJson<Section[]>(i.sections_json, []),
    created: i.created,
    modified: i.modified,
    ...(web ? { web } : {}),
  };
}

export function meetingObject(
  u: Urls,
  m: MeetingRow,
  items: ItemRow[],
  children: ItemChildren,
  attendance: AttendanceRow[],
  documents: DocumentFileRow[],
  lookup: MeetingLookup,
): OParlObject {
  const committee = u.cat.committeeById.get(m.committee_id);
  const current = documents.find((d) => d.id === m.document_id);
  const others = documents.filter((d) => d.id !== m.document_id);
  const mine = attendance.filter((a) => a.meeting_id === m.id);
  const protocol = current ? documentFileObject(u, current, m) : null;
  return {
    id: u.meeting(m.id),
    type: type('Meeting'),
    name: `${committeeLabel(committee?.name)} ${danishDate(m.date)}`,
    meetingState: m.kind === 'minutes' ? 'Referat godkendt' : 'Dagsorden offentliggjort',
    cancelled: false,
    start: dateTime(m.date, m.start_time),
    ...(m.end_time ? { end: dateTime(m.date, m.end_time) } : {}),
    ...(m.location ? { location: locationObject(u, m.municipality_id, m.location, m.created, m.modified) } : {}),
    organization: [u.organization(m.committee_id)],
    participant: mine.filter((a) => a.absent === 0).map((a) => u.person(a.person_id)),
    ...(protocol ? (m.kind === 'minutes' ? { resultsProtocol: protocol } : { invitation: protocol }) : {}),
    auxiliaryFile: others.map((d) => documentFileObject(u, d, m)),
    agendaItem: items.filter((i) => i.meeting_id === m.id).map((i) => agendaItemObject(u, i, children, lookup)),
    [`${PREFIX}kind`]: m.kind,
    [`${PREFIX}version`]: m.version,
    [`${PREFIX}absent`]: mine.filter((a) => a.absent !== 0).map((a) => u.person(a.person_id)),
    created: m.created,
    modified: m.modified,
    web: u.web(meetingPath(u.cat, m)),
  };
}

export function paperObject(u: Urls, p: PaperRow, items: ItemRow[]): OParlObject {
  const mine = items.filter((i) => i.case_id === p.id);
  const committees = [...new Set(mine.map((i) => i.committee_id))];
  return {
    id: u.paper(p.id),
    type: type('Paper'),
    body: u.body(p.municipality_id),
    name: p.title ?? p.number,
    reference: p.number,
    ...(p.first_date ? { date: p.first_date } : {}),
    paperType: 'Sag',
    underDirectionOf: committees.slice(0, 1).map((c) => u.organization(c)),
    consultation: mine.map((i) => consultationObject(u, i)),
    [`${PREFIX}lastDate`]: p.last_date,
    created: p.created,
    modified: p.modified,
    web: u.web(casePath(u.cat, p.municipality_id, p.number)),
  };
}

export function deletedObject(u: Urls, d: DeletedPart): OParlObject {
  const typeName = d.kind === 'agendaItem' ? 'AgendaItem' : d.kind === 'consultation' ? 'Consultation' : 'File';
  return { id: `${u.api}/${d.kind}/${d.key}`, type: type(typeName), created: d.created, modified: d.modified, deleted: true };
}
