/**
 * Case-system (ESDH) XML exports → MeetingDocument. The export is recognised by its root and
 * namespace, never by file name alone:
 *
 * - eDoc `eDocAgendaPublishing` (root `Meeting` with `MeetingAgendaTypes`) → `edoc.ts`
 * - eDoc in the Fujitsu namespace `http://www.fujitsu.dk/agenda/xml/schemas/2009/03/31/` → `edoc-fujitsu.ts`
 * - Acadre meeting XML (`root/table[@name=agenda]`) and its `XML_*.xml` publication manifest → `acadre.ts`
 * - SBSYS eDagsorden `Publication/Agendas/Agenda` → `sbsys.ts`
 * - GetOrganized publication.xml (Aarhus; same shape with GetOrganized IDs) → `getorganized.ts`
 *
 * Returns null for any other XML (the caller then reads it as text). Throws
 * `ReferatError('E_XML_UNREADABLE')` when the file is recognisably one of these exports but broken
 * beyond use. Loading is lenient (see `xml.ts`): one bad character never fails the meeting, and
 * external entities are never resolved.
 */
import type { MeetingDocument } from '../../model/index.js';
import { ReferatError, isReferatError } from '../../errors.js';
import { loadXml } from './xml.js';
import { isEdoc, readEdoc } from './edoc.js';
import { isFujitsu, readFujitsu } from './edoc-fujitsu.js';
import { isAcadre, isAcadreManifest, readAcadre, readAcadreManifest } from './acadre.js';
import { isPublication, readSbsys } from './sbsys.js';
import { isGetOrganized, readGetOrganized } from './getorganized.js';

export type EsdhSystem = 'edoc' | 'edoc-fujitsu' | 'acadre' | 'acadre-manifest' | 'sbsys' | 'getorganized';

/** Which export the XML text is, or null. */
export function detectEsdh(text: string, name = ''): EsdhSystem | null {
  const doc = loadXml(text);
  if (!doc) return null;
  return systemOf(doc, name);
}

function systemOf(doc: NonNullable<ReturnType<typeof loadXml>>, name: string): EsdhSystem | null {
  if (isFujitsu(doc)) return 'edoc-fujitsu';
  if (isEdoc(doc, name)) return 'edoc';
  if (isAcadre(doc)) return 'acadre';
  if (isAcadreManifest(doc)) return 'acadre-manifest';
  if (isGetOrganized(doc)) return 'getorganized';
  if (isPublication(doc)) return 'sbsys';
  return null;
}

/**
 * Reads an ESDH XML export. `dir` is the folder the file is in (for the Acadre manifest, which names
 * its content XML); without it the folder of `name` is used when `name` is a path.
 */
export function readEsdhXml(text: string, name: string, dir?: string): MeetingDocument | null {
  const doc = loadXml(text);
  if (!doc) return null;
  const system = systemOf(doc, name);
  if (!system) return null;
  try {
    switch (system) {
      case 'edoc':
        return readEdoc(doc, name);
      case 'edoc-fujitsu':
        return readFujitsu(doc, name);
      case 'acadre':
        return readAcadre(doc, name);
      case 'acadre-manifest':
        return readAcadreManifest(doc, name, dir);
      case 'getorganized':
        return readGetOrganized(doc, name);
      case 'sbsys':
        return readSbsys(doc, name);
    }
  } catch (e) {
    if (isReferatError(e)) throw e;
    // The message names the file and the system, never the document's content.
    throw new ReferatError('E_XML_UNREADABLE', `${name}: the ${system} export could not be read`, { cause: e });
  }
}
