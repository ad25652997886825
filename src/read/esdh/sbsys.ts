/**
 * SBSYS eDagsorden publications: `Publication/Agendas/Agenda` with `Meeting` (`When`, `Until`,
 * `Where`, `Members/MeetingMember` with `ParticipationStatusAsText`), `Committee` (`Name`,
 * `CommitteeGroup`, `PeriodStart/End`) and `Items/Item` (`Number`, `Caption`, `IsPublic`,
 * `Case/Number`, `Fields/ItemField` = caption + HTML content, `IsFeedback=True` marking decision
 * fields, `Enclosures/Enclosure`). `PublicationTypeAsEnum` Draft/Final is an agenda, Minutes a
 * referat. Values are in CDATA, HTML with entities.
 *
 * A decision field may collect several meetings' decisions under date labels ("18. september 2012:
 * …", "25. september 2012:"); only the label of this meeting's date counts, and "Tomt indhold" is a
 * placeholder, not a decision. A later body's field ("REGIONSRÅDETS BESLUTNING" on a
 * Forretningsudvalg agenda) is not this meeting's.
 *
 * The GetOrganized publication of Aarhus (`getorganized.ts`) shares this shape and this reader.
 */
import type { AbsentFromItem, Attachment, MeetingDocument, Participant, Section, SourceFormat } from '../../model/index.js';
import { ReferatError } from '../../errors.js';
import { type XEl, type XmlDoc, attr, child, children, deepText, descendants, isFalse, isTrue, path, val } from './xml.js';
import {
  type DatedEntry,
  type ExplicitDecision,
  type ItemDraft,
  blocksText,
  cleanTitle,
  finishMeeting,
  hrefOf,
  htmlBlocks,
  memberOf,
  numberKey,
  plain,
  section,
  splitDatedEntries,
  unshout,
  ws,
} from './common.js';
import { detectMunicipality } from '../../parse/danish/municipalities.js';
import { findDate, findTime } from '../../parse/danish/dates.js';

export function isPublication(doc: XmlDoc): boolean {
  const r = doc.root;
  return r.name.toLowerCase() === 'publication' && !!path(r, 'Agendas/Agenda');
}

export type PublicationVariant = 'sbsys' | 'getorganized';

const ABSENT_STATUS = /not\s*participat|notattending|absent|afbud|fravær|declin|cancel|deltager ikke/i;

interface ParticipationRaw {
  participant: Participant;
  flag: 'present' | 'absent' | 'unknown';
}

function membersOf(meeting: XEl | null, committee: XEl | null): Participant[] {
  const raws: ParticipationRaw[] = [];
  let members = descendants(child(meeting, 'Members'), 'MeetingMember');
  if (!members.length) members = descendants(child(committee, 'Members'), 'CommitteeMember');
  for (const m of members) {
    const nameText = val(m, 'Name') || val(child(m, 'Member'), 'Name');
    const status = val(m, 'ParticipationStatusAsText');
    const participate = val(m, 'Participate');
    let flag: ParticipationRaw['flag'] = 'unknown';
    if (ABSENT_STATUS.test(status)) flag = 'absent';
    else if (/^participat|attending|present|deltager/i.test(status)) flag = 'present';
    else if (isTrue(participate)) flag = 'present';
    else if (isFalse(participate)) flag = 'absent';
    const roles = ws(deepText(child(m, 'MeetingMemberRoles'))) || ws(deepText(child(m, 'MeetingMemberRolesList')));
    const p = memberOf(nameText, { role: roles || null });
    if (p) raws.push({ participant: p, flag });
  }
  // `Participate` 0 on every member (GetOrganized) means attendance was not recorded.
  const allAbsent = raws.length > 0 && raws.every((r) => r.flag === 'absent');
  const recorded = !(allAbsent && participateOnly(members));
  for (const r of raws) if (recorded && r.flag === 'absent') r.participant.absent = true;
  return raws.map((r) => r.participant);
}

/** True when attendance comes only from a `Participate` 0/1 flag (GetOrganized). */
function participateOnly(members: XEl[]): boolean {
  return members.every((m) => !val(m, 'ParticipationStatusAsText') && !!child(m, 'Participate'));
}

function attachmentsOf(item: XEl): Attachment[] {
  const out: Attachment[] = [];
  for (const e of descendants(child(item, 'Enclosures'), 'Enclosure')) {
    if (isFalse(val(e, 'IsPublic'))) continue;
    const title = plain(val(e, 'Name')) || plain(val(e, 'FileName').replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{2,4}$/i, ''));
    if (!title) continue;
    const notPublished = /^ikke offentlig/i.test(title);
    const href = notPublished ? null : hrefOf(val(e, 'InstantiationFilePathRelative') || val(e, 'DownloadUrl') || val(e, 'FileName'));
    out.push({ title, href });
  }
  return out;
}

/** Item-level attendance recorded per item (`Members/ItemMember` with a participation status). */
function itemAbsenceOf(item: XEl): AbsentFromItem[] {
  const out: AbsentFromItem[] = [];
  for (const m of descendants(child(item, 'Members'), 'ItemMember')) {
    const status = val(m, 'ParticipationStatusAsText');
    if (!ABSENT_STATUS.test(status)) continue;
    const p = memberOf(val(m, 'Name'));
    if (p) out.push({ person: { name: p.name, party: p.party, role: p.role }, reason: 'absent', text: ws(`${p.name} ${val(m, 'ParticipationNote')}`) });
  }
  return out;
}

function isOursCaption(caption: string, committee: string | null): boolean {
  const c = caption.toLowerCase();
  if (/^(?:beslutning(?:er)?|referat|udvalgets beslutning)$/i.test(ws(caption))) return true;
  return !!committee && c.includes(committee.toLowerCase());
}

function kindOf(r: XEl, agenda: XEl): 'agenda' | 'minutes' | null {
  const asEnum = `${val(r, 'PublicationTypeAsEnum')} ${val(agenda, 'PublicationTypeAsEnum')}`;
  if (/minute|referat|protokol|protocol/i.test(asEnum)) return 'minutes';
  if (/draft|final|agenda|dagsorden/i.test(asEnum)) return 'agenda';
  const asValue = ws(val(r, 'PublicationTypeAsValue')) || ws(val(agenda, 'PublicationTypeAsValue'));
  if (asValue === '2') return 'minutes';
  if (asValue === '0' || asValue === '1') return 'agenda';
  return null;
}

export function readPublication(doc: XmlDoc, name: string, variant: PublicationVariant): MeetingDocument {
  const r = doc.root;
  const agendas = descendants(child(r, 'Agendas'), 'Agenda');
  const agenda = agendas[0];
  if (!agenda) throw new ReferatError('E_XML_UNREADABLE', `${name}: a publication without an agenda`);
  const meeting = child(agenda, 'Meeting');
  const committeeEl = child(agenda, 'Committee');
  const committeeRaw = ws(val(committeeEl, 'Name')) || ws(val(agenda, 'Name')) || null;
  const committee = committeeRaw ? unshout(committeeRaw) : null;
  const when = val(meeting, 'When');
  const date = findDate(when);
  const itemEls = children(child(agenda, 'Items'), 'Item');
  if (!meeting && !itemEls.length) throw new ReferatError('E_XML_UNREADABLE', `${name}: a publication without meeting or items`);
  const startYear = findDate(val(committeeEl, 'PeriodStart'))?.slice(0, 4);
  const endYear = findDate(val(committeeEl, 'PeriodEnd'))?.slice(0, 4);
  // A committee period of a whole election term (four years) is the term.
  const term = startYear && endYear && +endYear - +startYear === 3 ? `${startYear}-${endYear}` : null;

  const drafts: ItemDraft[] = [];
  const openText: string[] = [];
  itemEls.forEach((it, index) => {
    const number = ws(val(it, 'Number'));
    const caption = plain(val(it, 'Caption'));
    // GetOrganized's "Åbent referat"/"Lukket referat" (number 0) only carry the PDFs.
    if (variant === 'getorganized' && (number === '0' || /_(?:confidential?|public)_/i.test(attr(it, 'ID') ?? ''))) return;
    const { title, closedMark } = cleanTitle(caption);
    const closed = isFalse(val(it, 'IsPublic')) || closedMark;
    const caseEl = child(it, 'Case');
    // "27.00.00-A00-1-13" or, when only the combined field is filled, its part before " - ".
    const caseNo = ws(val(caseEl, 'Number')) || ws(/^(.*?\d.*?)\s+-\s+/.exec(val(caseEl, 'NumberAndTitle'))?.[1]);
    const draft: ItemDraft = {
      number: number || String(index + 1),
      title,
      caseNumber: caseNo && caseNo !== '0' ? caseNo : null,
      closed,
      kind: null,
      sections: [],
      attachments: [],
      order: number ? numberKey(number) : [index + 1],
    };
    drafts.push(draft);
    if (closed) return;

    const fields = children(child(it, 'Fields'), 'ItemField')
      .map((f, i) => ({ f, i, idx: Number(val(f, 'Index')) }))
      .sort((a, b) => (Number.isFinite(a.idx) && Number.isFinite(b.idx) ? a.idx - b.idx : a.i - b.i))
      .map((x) => x.f);
    const sections: Section[] = [];
    const other: Section[] = [];
    const feedback: Array<{ caption: string; entries: DatedEntry[]; sections: Map<DatedEntry, Section> }> = [];
    for (const f of fields) {
      const fCaption = plain(val(f, 'Caption'));
      const html = deepText(child(f, 'Content'));
      const blocks = htmlBlocks(html);
      if (blocks.length) openText.push(html);
      const feedbackFlag = val(f, 'IsFeedback');
      const isFeedback = feedbackFlag ? isTrue(feedbackFlag) : /beslutning(?:er)?$/i.test(fCaption) && !/træffes|kompetence/i.test(fCaption);
      if (isFeedback) {
        const entries = splitDatedEntries(blocks);
        const map = new Map<DatedEntry, Section>();
        for (const e of entries) {
          const s = section(e.label ? `${fCaption} den ${e.label}` : fCaption, e.blocks);
          if (s) {
            sections.push(s);
            map.set(e, s);
          }
        }
        feedback.push({ caption: fCaption, entries, sections: map });
        continue;
      }
      // A field that only repeats the item's caption and is empty adds nothing.
      const s = section(fCaption, blocks);
      if (s) sections.push(s);
    }
    if (feedback.length) {
      const ours =
        feedback.find((f) => isOursCaption(f.caption, committee)) ??
        (feedback.length === 1 ? feedback[0] : [...feedback].reverse().find((f) => f.sections.size > 0));
      let decision: ExplicitDecision | null = null;
      for (const f of feedback) {
        for (const [e, s] of f.sections) {
          const isOurs = f === ours && (!e.date || !date || e.date === date);
          if (isOurs && !decision) {
            const text = blocksText(e.blocks);
            if (text) decision = { section: s, text };
          } else if (!isOurs) other.push(s);
        }
      }
      draft.decision = decision;
    }
    draft.sections = sections;
    draft.otherMeetingSections = other;
    draft.attachments = attachmentsOf(it);
    draft.absentMembers = itemAbsenceOf(it);
  });

  const kind = kindOf(r, agenda) ?? (drafts.some((d) => d.decision) ? 'minutes' : 'agenda');
  const location = ws(val(meeting, 'Where')) || null;
  const emails = descendants(r, 'EmailAddress')
    .map((e) => deepText(e))
    .join(' ');
  const format: SourceFormat = variant;
  const warnings = agendas.length > 1 ? [{ code: 'W_SEVERAL_AGENDAS', message: `${name}: the publication holds ${agendas.length} agendas; the first is read` }] : [];
  return finishMeeting({
    format,
    name,
    kind,
    municipality: detectMunicipality(
      [location, val(committeeEl, 'DefaultMeetingPlace'), val(agenda, 'Organisation'), val(r, 'Organisation')],
      [plain(val(agenda, 'Frontpage')), ...openText.map((h) => plain(h))].join('\n'),
      emails,
    ),
    committee,
    term,
    date,
    startTime: findTime(when),
    endTime: findTime(val(meeting, 'Until')),
    location,
    participants: membersOf(meeting, committeeEl),
    items: drafts,
    warnings,
  });
}

export function readSbsys(doc: XmlDoc, name: string): MeetingDocument {
  return readPublication(doc, name, 'sbsys');
}
