/**
 * eDoc agenda XML in the Fujitsu namespace `http://www.fujitsu.dk/agenda/xml/schemas/2009/03/31/`
 * (Middelfart's OS2dagsorden export): `Committee/Meeting` with `MeetingDateTime`, `EndDateTime`,
 * `MeetingLocation`, `MeetingParticipants/MeetingParticipant` (`Participate=false` = absent,
 * `PoliticalPartyList`), and `Agenda/AgendaElements/AgendaElement` (`AccessIsPublic`, `SortOrder`)
 * each with a `HandlingItem` (`SerialNo` = the printed number, `Title`, `NeutralTitle`,
 * `CaseNumber`, `CasePresentations/CasePresentation` HTML sections, `HandlingPlan/Handling` with
 * this meeting's `Decision`, `Attachments`).
 *
 * An internal output (`OutputFilterIsPublic=false`) carries closed items' full text; it never
 * leaves this reader: closed items keep number, (neutral) title and case number only.
 */
import type { AbsentFromItem, Attachment, MeetingDocument, Participant, Section } from '../../model/index.js';
import { ReferatError } from '../../errors.js';
import { type XEl, type XmlDoc, child, deepText, descendants, isFalse, isTrue, val } from './xml.js';
import {
  type ExplicitDecision,
  type ItemDraft,
  cleanTitle,
  dashedDate,
  finishMeeting,
  hrefOf,
  htmlBlocks,
  blocksText,
  memberOf,
  numberKey,
  section,
  ws,
} from './common.js';
import { detectMunicipality } from '../../parse/danish/municipalities.js';
import { findDate, findTime } from '../../parse/danish/dates.js';
import { itemKindFromLabel } from '../../parse/item-kind.js';

export const FUJITSU_NS = 'http://www.fujitsu.dk/agenda/xml/schemas/2009/03/31/';

export function isFujitsu(doc: XmlDoc): boolean {
  if (doc.namespaces.some((ns) => /fujitsu\.dk\/agenda/i.test(ns))) return true;
  // Without the declaration: the shape alone.
  const r = doc.root;
  return !!child(r, 'OutputTypeEnumName') && !!descendants(r, 'AgendaElement').length;
}

function participantsOf(meeting: XEl | null): Participant[] {
  const out: Participant[] = [];
  for (const p of descendants(child(meeting, 'MeetingParticipants'), 'MeetingParticipant')) {
    const partyShort = ws(val(p, 'PoliticalPartyList')) || ws(val(p, 'PoliticalParty')) || null;
    const secretary = isTrue(val(p, 'Secretary'));
    const m = memberOf(val(p, 'Name'), {
      party: partyShort,
      role: secretary ? 'sekretær' : val(p, 'RoleInMeeting'),
      absent: isFalse(val(p, 'Participate')),
    });
    if (m) out.push(m);
  }
  return out;
}

function attachmentsOf(item: XEl | null): Attachment[] {
  const out: Attachment[] = [];
  for (const a of descendants(child(item, 'Attachments'), 'Attachment')) {
    const access = `${val(a, 'AccessEnumName')} ${val(a, 'AccessName')}`;
    if (/private|fortrolig|lukket|ikke\s+offentlig|internal|confidential/i.test(access)) continue;
    const title = ws(val(a, 'Title'));
    if (title) out.push({ title, href: hrefOf(val(a, 'Link')) });
  }
  return out;
}

function absencesOf(el: XEl): AbsentFromItem[] {
  const out: AbsentFromItem[] = [];
  const abs = child(el, 'Absences');
  if (!abs) return out;
  for (const a of abs.children) {
    const name = ws(val(a, 'Name')) || (a.children.length ? '' : ws(deepText(a)));
    const p = name ? memberOf(name) : null;
    if (p) out.push({ person: { name: p.name, party: p.party, role: p.role }, reason: 'absent', text: name });
  }
  return out;
}

export function readFujitsu(doc: XmlDoc, name: string): MeetingDocument {
  const r = doc.root;
  const committeeEl = child(r, 'Committee') ?? descendants(r, 'Committee')[0] ?? null;
  const meeting = child(committeeEl, 'Meeting') ?? descendants(r, 'Meeting')[0] ?? null;
  const agenda = child(meeting, 'Agenda') ?? descendants(r, 'Agenda')[0] ?? null;
  const elements = descendants(agenda ?? r, 'AgendaElement');
  const committee = ws(val(committeeEl, 'Name')) || null;
  const dateRaw = val(meeting, 'MeetingDateTime', 'MeetingDate');
  const date = findDate(dateRaw);
  if (!meeting && !elements.length) throw new ReferatError('E_XML_UNREADABLE', `${name}: an eDoc agenda export without meeting or agenda items`);

  const drafts: ItemDraft[] = [];
  const openText: string[] = [];
  elements.forEach((el, index) => {
    const hi = child(el, 'HandlingItem');
    if (!hi) return; // headings and other non-items
    const accessPublic = val(el, 'AccessIsPublic');
    const { title: printedTitle, closedMark } = cleanTitle(val(hi, 'Title'));
    const closed = isFalse(accessPublic) || /fortrolig|lukket/i.test(val(el, 'AccessName')) || closedMark;
    const neutral = cleanTitle(val(hi, 'NeutralTitle')).title;
    const number = ws(val(hi, 'SerialNo')) || String(index + 1);
    const sort = Number(ws(val(el, 'SortOrder')));
    const draft: ItemDraft = {
      number,
      // A closed item is shown by its neutral title when it has one.
      title: closed ? neutral || printedTitle : printedTitle || neutral,
      caseNumber: ws(val(hi, 'CaseNumber')) || null,
      closed,
      kind: itemKindFromLabel(val(el, 'Category')) ?? null,
      sections: [],
      attachments: [],
      order: [Number.isFinite(sort) ? sort : index, ...numberKey(number)],
    };
    drafts.push(draft);
    if (closed) return;

    const sections: Section[] = [];
    let decisionFromPresentation: ExplicitDecision | null = null;
    for (const cp of descendants(child(hi, 'CasePresentations'), 'CasePresentation')) {
      const caption = ws(val(cp, 'Title'));
      const content = deepText(child(cp, 'Content'));
      const s = section(caption, htmlBlocks(content));
      if (!s) continue;
      sections.push(s);
      openText.push(content);
      if (isTrue(val(cp, 'IsDecision')) && !decisionFromPresentation) {
        decisionFromPresentation = { section: s, text: blocksText(htmlBlocks(content)) };
      }
    }
    // The handling plan: this meeting's handling holds the decision; earlier handlings print theirs.
    const other: Section[] = [];
    let decision: ExplicitDecision | null = null;
    for (const h of descendants(child(hi, 'HandlingPlan'), 'Handling')) {
      const placement = val(h, 'Placement');
      const hDate = findDate(val(h, 'MeetingDate'));
      const hCommittee = ws(val(h, 'CommitteeName'));
      const isThis = /^this$/i.test(placement) || (!placement && hDate === date && (!committee || hCommittee === committee));
      const blocks = htmlBlocks(deepText(child(h, 'Decision')));
      if (!blocks.length) continue;
      if (isThis) {
        const s = section('Beslutning', blocks);
        if (s) {
          sections.push(s);
          decision = { section: s, text: blocksText(blocks) };
        }
      } else if (/before|previous|earlier|tidligere/i.test(placement) || (hDate && date && hDate < date)) {
        const s = section(`Beslutning i ${hCommittee || 'tidligere udvalg'}${hDate ? ` den ${dashedDate(hDate)}` : ''}`, blocks);
        if (s) {
          sections.push(s);
          other.push(s);
        }
      }
    }
    draft.sections = sections;
    draft.otherMeetingSections = other;
    draft.decision = decision ?? decisionFromPresentation;
    draft.attachments = attachmentsOf(hi);
    draft.absentMembers = absencesOf(el);
  });

  const output = `${val(r, 'OutputTypeEnumName')} ${val(agenda, 'Type')}`;
  const isMinutes = /minute|referat|protokol|beslutningsprotokol/i.test(output) || drafts.some((d) => d.decision);
  const location = ws(val(meeting, 'MeetingLocation')) || ws(val(committeeEl, 'DefaultLocation')) || null;
  return finishMeeting({
    format: 'edoc-fujitsu',
    name,
    kind: isMinutes ? 'minutes' : 'agenda',
    municipality: detectMunicipality([location, val(committeeEl, 'Organisation'), val(r, 'Organisation')], openText.join('\n')),
    committee,
    date,
    startTime: findTime(dateRaw),
    endTime: findTime(val(meeting, 'EndDateTime')),
    location,
    participants: participantsOf(meeting),
    items: drafts,
  });
}

