/**
 * The GetOrganized publication of Aarhus's OS2dagsorden import (`publication.xml`): the SBSYS
 * `Publication/Agendas/Agenda` shape with GetOrganized IDs (`Agenda ID="MDR-2016-02836"`, items
 * `N_case_MDR-…`), `Organisation`, `MeetingMember/Participate` 0/1 instead of a participation
 * status, hierarchical item numbers (1, 1.1 … 2.3) and two pseudo-items numbered 0 ("Åbent
 * referat", "Lukket referat") that only carry the PDFs and are skipped.
 */
import type { MeetingDocument } from '../../model/index.js';
import { type XmlDoc, attr, child, descendants, path } from './xml.js';
import { isPublication, readPublication } from './sbsys.js';

export function isGetOrganized(doc: XmlDoc): boolean {
  if (!isPublication(doc)) return false;
  const r = doc.root;
  const agenda = path(r, 'Agendas/Agenda');
  if (child(r, 'PublicationTypeAsEnum') || child(r, 'Published')) return false;
  if (/^[A-Z]{2,5}-\d{4}-\d+$/.test(attr(agenda, 'ID') ?? '')) return true;
  if (child(agenda, 'Organisation')) return true;
  const members = descendants(child(agenda, 'Meeting'), 'MeetingMember');
  return members.length > 0 && members.every((m) => !!child(m, 'Participate') && !child(m, 'ParticipationStatusAsText'));
}

export function readGetOrganized(doc: XmlDoc, name: string): MeetingDocument {
  return readPublication(doc, name, 'getorganized');
}
