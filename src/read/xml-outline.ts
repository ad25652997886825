/**
 * XML from a system we do not know (not one of the case-system exports of `esdh/`) → reader blocks
 * in the shape of printed minutes, so that the one parser reads it as it reads any other layout.
 *
 * Such exports say in their element names what each value is, in English or Danish and in each
 * vendor's spelling (`MeetingDate`, `Mødedato`, `meeting_date`). Names are compared folded
 * (lower case, letters and digits only) against a small vocabulary of roles:
 *
 * - header fields (municipality, committee, date, time, place, kind) become labelled lines
 *   ("Udvalg: …", "Dato: …"), which the header parser reads as it reads any labelled header;
 * - a record with a title and a number, case number or text fields (an agenda item) becomes an
 *   item heading "N. Title" with "Sagsnr.: …" and "Lukket punkt" lines under it;
 * - a caption/content pair (`<Field><Name>Beslutning</Name><Content>…</Content></Field>`) and a
 *   text element with a section's name (`<Decision>`, `<Beslutning>`) become a section heading
 *   and its text; HTML inside a text (escaped or CDATA) goes through the HTML reader;
 * - records of people become participant lines "Name (Party)", absent ones under "Fraværende:".
 *
 * Values are taken from child elements and attributes alike (`<Item number="3">`). Identifiers,
 * GUIDs, URLs and flags are left out. Everything else is kept as a line of text in document order,
 * so nothing the export says is lost to the parser's warnings.
 */
import type { Block } from './block.js';
import { htmlBlocks, textBlocks, ws } from './esdh/common.js';
import { deepText, type XEl, type XmlDoc } from './esdh/xml.js';

type Role =
  | 'municipality' | 'committee' | 'date' | 'start' | 'end' | 'location' | 'kind'
  | 'number' | 'title' | 'case' | 'closed' | 'open' | 'access' | 'caption' | 'content'
  | 'name' | 'party' | 'role' | 'absent' | 'present' | 'attendance' | 'participants' | 'skip';

/** Folded element name → role. */
const ROLES = new Map<string, Role>();
const roles = (role: Role, names: string): void => {
  for (const n of names.split(' ')) ROLES.set(n, role);
};
roles('municipality', 'municipality kommune municipalityname kommunenavn authority myndighed');
roles('committee', 'committee committeename udvalg udvalgsnavn board forum committeetitle meetinggroup gremium organ');
roles('date', 'date dato meetingdate mødedato moededato modedato meetingday startdate startdatetime meetingstart datetime when tidspunkt');
roles('start', 'starttime start starttid starttidspunkt mødestart tid mødetid mødetidspunkt begin begintime fromtime fra');
roles('end', 'endtime end enddate enddatetime slut sluttid sluttidspunkt totime til mødeslut meetingend meetingendtime endat');
roles('location', 'location place sted mødested moedested lokale room venue meetingplace meetinglocation address adresse');
roles('kind', 'documenttype doctype agendatype kind dokumenttype type publicationtype status');
roles('number', 'number nr no nummer itemnumber itemno punktnummer punktnr punkt agendaitemnumber agendanumber sagsnrpådagsorden position');
roles('title', 'title titel overskrift heading itemtitle agendaitemtitle punktoverskrift subject emne sagstitel casetitle');
roles('case', 'casenumber caseno sagsnummer sagsnr sagsid journalnumber journalnummer journalnr casereference esdhnumber sag caseid caseref sagid dossiernumber filenumber');
roles('closed', 'closed lukket isclosed confidential fortrolig isconfidential');
roles('open', 'public offentlig ispublic isopen åben aaben open');
roles('access', 'access adgang accesslevel accesstype accesscode aktindsigt publicity offentlighed');
roles('caption', 'caption label fieldname feltnavn rubrik');
roles('content', 'content text tekst indhold value værdi body html fieldvalue');
roles('name', 'name navn fullname personname membername fuldtnavn');
roles('party', 'party parti partyletter partibogstav group gruppe');
roles('role', 'role rolle function funktion');
roles('absent', 'absent fraværende fravær fravaerende fravaer afbud isabsent');
roles('present', 'present tilstede attended deltog ispresent');
// The members as one text ("Mads Jensen (A), Lise Holm (V)"), where they are not records.
roles('participants', 'deltagere participants attendees medlemmer members tilstede fremmødte');
// A member's attendance in words: "Present", "Absent", "Til stede", "Afbud".
roles('attendance', 'attendance attendancestatus fremmøde fremmoede deltagelse participation');
roles('skip', 'id guid uuid url uri href link sortorder sequence version created modified updated');

/** Section names in English exports → the Danish names the section parser knows. */
const SECTION_NAMES: Record<string, string> = {
  decision: 'Beslutning', resolution: 'Beslutning', recommendation: 'Indstilling', proposal: 'Indstilling',
  description: 'Sagsfremstilling', casedescription: 'Sagsfremstilling', presentation: 'Sagsfremstilling',
  background: 'Baggrund', summary: 'Resumé', resume: 'Resumé', economy: 'Økonomi', attachments: 'Bilag',
  attachment: 'Bilag', enclosures: 'Bilag', caseroute: 'Sagens gang', history: 'Sagens gang',
  // Danish element names, written as headings are.
  beslutning: 'Beslutning', indstilling: 'Indstilling', sagsfremstilling: 'Sagsfremstilling', baggrund: 'Baggrund',
  økonomi: 'Økonomi', bilag: 'Bilag', sagensgang: 'Sagens gang', høring: 'Høring', vurdering: 'Vurdering',
  lovgrundlag: 'Lovgrundlag', sagsbeskrivelse: 'Sagsbeskrivelse', forslag: 'Forslag', kommunikation: 'Kommunikation',
  tidligerebeslutninger: 'Tidligere beslutninger', resumé: 'Resumé', oekonomi: 'Økonomi', hoering: 'Høring',
};

/** Where a record's access is stated in words: "Åben", "Lukket", "Closed". */
const CLOSED_WORD = /^(lukket|closed|fortrolig|confidential|ikke offentlig|private|lukket punkt)$/i;
const FLAG = /^(true|false|ja|nej|yes|no|0|1)$/i;
const GUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const URL = /^(https?|ftp|file):\/\//i;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^[\d\s:.,\-/T+Z]+$/;
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

function fold(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The role of an element or attribute name: exact, or by a known ending ("AgendaItemTitle"). */
function roleOf(name: string): Role | null {
  const f = fold(name);
  const exact = ROLES.get(f);
  if (exact) return exact;
  if (f.endsWith('id') && f.length > 2 && /[a-z]id$/.test(f) && !f.endsWith('aid')) return 'skip';
  // Flags and settings: IsExtendedAgenda, ShowCommittee, HasAttachments.
  if (/^(?:is|has|show|can|allow|use)(?=[A-Z_])/.test(name)) return 'skip';
  for (const [suffix, role] of SUFFIXES) if (f.length > suffix.length && f.endsWith(suffix)) return role;
  return null;
}
/** Name endings: "AgendaItemTitle" is a title; "OutputFilePath" and "CreatedBy" are the system's own. */
const SUFFIXES: [string, Role][] = [
  ['casenumber', 'case'], ['sagsnummer', 'case'], ['sagsnr', 'case'], ['journalnummer', 'case'],
  ['title', 'title'], ['titel', 'title'], ['overskrift', 'title'], ['meetingdate', 'date'], ['mødedato', 'date'],
  ['meetinglocation', 'location'],
  ...'path pattern filename email emailaddress url created createdby changed lastchanged modified published publishedby asvalue asenum sort init stylesheet formatter'
    .split(' ')
    .map((s): [string, Role] => [s, 'skip']),
];

/** Generic key/value elements: `<field name="title">…</field>`, `<property key="Dato">…</property>`. */
const KEY_ATTRS = new Set(['name', 'key', 'navn', 'fieldname', 'property']);
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;

/** A value: an element's whole text (trimmed) or an attribute's. */
interface Field {
  name: string;
  role: Role | null;
  text: string;
  el: XEl | null;
  /** The caption an element carries in an attribute (`<Field caption="Beslutning">…</Field>`). */
  label?: string;
}

/**
 * An element read as one value: no child elements, or text of its own beside them (mixed content,
 * "Godkendt <b>med</b> ændringer": its whole text is the value).
 */
function isLeaf(el: XEl): boolean {
  return !el.children.length || el.ownText.trim() !== '';
}

/** The name a generic element carries in an attribute: `<field name="title">`, `<table name="committee">`. */
function keyOf(el: XEl): string | undefined {
  if (!GENERIC.has(fold(el.name))) return undefined;
  return Object.entries(el.attrs).find(([k, v]) => KEY_ATTRS.has(fold(k)) && IDENTIFIER.test(v.trim()) && !SECTION_NAMES[fold(v)])?.[1].trim();
}
const GENERIC = new Set('field felt property prop attribute attr column col table tabel entry param parameter data record row element node'.split(' '));

function fieldsOf(el: XEl): Field[] {
  const out: Field[] = [];
  const key = keyOf(el);
  for (const [k, v] of Object.entries(el.attrs)) {
    if (k.startsWith('xmlns') || (key !== undefined && v.trim() === key)) continue;
    out.push({ name: k, role: roleOf(k), text: v.trim(), el: null });
  }
  for (const c of el.children) {
    if (!isLeaf(c)) continue;
    const text = deepText(c).trim();
    const cKey = keyOf(c);
    if (cKey) {
      out.push({ name: cKey, role: roleOf(cKey), text, el: c });
      continue;
    }
    const label = Object.entries(c.attrs).find(([k, v]) => v.trim() && ['caption', 'title', 'name'].includes(roleOf(k) ?? ''))?.[1].trim();
    out.push({ name: c.name, role: label ? null : roleOf(c.name), text, el: c, ...(label ? { label } : {}) });
  }
  return out;
}

const first = (fields: Field[], role: Role): Field | undefined => fields.find((f) => f.role === role && f.text);

/** A value that says nothing to a reader of the minutes. */
function isNoise(text: string): boolean {
  return !text || GUID.test(text) || URL.test(text) || FLAG.test(text);
}

const COPENHAGEN = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A timestamp with an offset ("2024-03-12T15:00:00Z") in Danish local time, as the ISO pattern's parts. */
function inCopenhagen(text: string): RegExpExecArray | null {
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return null;
  const p = Object.fromEntries(COPENHAGEN.formatToParts(instant).map((x) => [x.type, x.value]));
  return ISO_DATETIME.exec(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`);
}

function danishDate(text: string): { date: string; time: string | null } | null {
  let m = ISO_DATETIME.exec(text.trim());
  if (!m) return null;
  // Systems that store UTC ("…T23:00:00Z" for midnight in Denmark) mean the Danish date and time.
  if (m[4] && /(?:Z|[+-]\d{2}:?\d{2})$/.test(text.trim())) m = inCopenhagen(text.trim()) ?? m;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return null;
  const time = m[4] && !(m[4] === '00' && m[5] === '00') ? `${m[4]}.${m[5]}` : null;
  return { date: `${Number(m[3])}. ${month} ${m[1]}`, time };
}

function timeOf(text: string): string {
  const d = danishDate(text);
  if (d) return d.time ?? '';
  return text;
}

const heading = (text: string, level = 2): Block => ({ type: 'heading', level, text });
const line = (text: string): Block => ({ type: 'paragraph', lines: [text] });

/** A text value as blocks: HTML through the HTML reader, plain text by its lines. */
function textValue(text: string): Block[] {
  return /<[a-z!/]/i.test(text) ? htmlBlocks(text) : textBlocks(text);
}

/** "AgendaItemDescription" → "Agenda item description", for a section named only by its element. */
function humanName(name: string): string {
  const spaced = name.replace(/[_\-.]+/g, ' ').replace(/([a-zæøå])([A-ZÆØÅ])/g, '$1 $2').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

function sectionName(name: string): string {
  return SECTION_NAMES[fold(name)] ?? humanName(name);
}

interface Emitter {
  blocks: Block[];
  /** The kind line ("Referat"), once. */
  kindDone: boolean;
}

/** Whether an element is a record of a person (a name and a party, role or presence). */
function isPerson(fields: Field[]): boolean {
  return !!first(fields, 'name') && fields.some((f) => f.role === 'party' || f.role === 'absent' || f.role === 'present' || f.role === 'role');
}

/** Whether an element is an agenda item: a title with a number, a case number or text under it. */
/** "AgendaItem", "Item", "Dagsordenspunkt", "Punkt": an element named as an agenda item. */
const ITEM_ELEMENT = /(?:item|punkt)$/i;
/** "Field", "Section", "Felt", "Afsnit": the records of an item's texts, which repeat too. */
const SECTION_ELEMENT = /(?:field|felt|section|afsnit|rubrik|part|del|tekst|text|content|indhold)s?$/i;

/**
 * An agenda item's record: a title with a number or case number, children, or long text. A titled
 * record named as an item, or one of a run of like-named titled siblings, is an item too
 * (`<AgendaItem><Title>…</Title><Body>…</Body></AgendaItem>` is no caption/content pair) unless its
 * title names a section.
 */
function isItem(el: XEl, fields: Field[], repeated = false): boolean {
  const title = first(fields, 'title');
  if (!title) return false;
  if (first(fields, 'number') || first(fields, 'case')) return true;
  const named = ITEM_ELEMENT.test(el.name) || (repeated && !SECTION_ELEMENT.test(el.name));
  if (named && SECTION_NAMES[fold(title.text)] === undefined) return true;
  return el.children.some((c) => !isLeaf(c)) || fields.some((f) => f.role === null && f.text.length > 200);
}

function isAbsent(fields: Field[]): boolean {
  const absent = first(fields, 'absent');
  if (absent) return /^(true|ja|yes|1|afbud|fraværende|absent)$/i.test(absent.text) || !FLAG.test(absent.text);
  const present = first(fields, 'present');
  if (present) return /^(false|nej|no|0)$/i.test(present.text);
  const attendance = first(fields, 'attendance');
  return !!attendance && /^(?:absent|excused|afbud|fravær|fraværende|ikke (?:til stede|mødt)|udeblevet|forfald)/i.test(attendance.text.trim());
}

function isClosed(fields: Field[]): boolean {
  for (const f of fields) {
    if (f.role === 'closed' && /^(true|ja|yes|1)$/i.test(f.text)) return true;
    if (f.role === 'open' && /^(false|nej|no|0)$/i.test(f.text)) return true;
    if ((f.role === 'closed' || f.role === 'open' || f.role === 'access') && CLOSED_WORD.test(f.text)) return true;
  }
  return false;
}

/** "Anne Sørensen (A), formand": a person record as a participant list prints it. */
function personLine(fields: Field[]): string {
  const party = first(fields, 'party')?.text;
  const role = first(fields, 'role')?.text;
  return `${first(fields, 'name')!.text}${party ? ` (${party})` : ''}${role ? `, ${role}` : ''}`;
}

function emitPeople(people: Field[][], out: Emitter): void {
  for (const [label, group] of [['Deltagere:', people.filter((p) => !isAbsent(p))], ['Fraværende:', people.filter(isAbsent)]] as const) {
    if (!group.length) continue;
    out.blocks.push(line(label));
    for (const p of group) out.blocks.push(line(personLine(p)));
  }
}

function emitItem(el: XEl, fields: Field[], position: number, out: Emitter, depth: number): void {
  const number = first(fields, 'number')?.text.replace(/\.$/, '') || String(position);
  out.blocks.push(heading(`${number}. ${ws(first(fields, 'title')!.text)}`));
  const caseNumber = first(fields, 'case');
  if (caseNumber) out.blocks.push(line(`Sagsnr.: ${caseNumber.text}`));
  if (isClosed(fields)) out.blocks.push(line('Lukket punkt'));
  const used = new Set<Field>([first(fields, 'title')!, ...(caseNumber ? [caseNumber] : [])]);
  const num = first(fields, 'number');
  if (num) used.add(num);
  for (const f of fields) {
    if (used.has(f) || f.role !== null || !f.el || isNoise(f.text)) continue;
    emitText(f, out);
  }
  for (const c of el.children) if (!isLeaf(c)) walk(c, out, depth + 1);
}

/** A free text element: a section when it is long or names a section, else a line. */
function emitText({ name, text, label }: Field, out: Emitter): void {
  const known = label !== undefined || SECTION_NAMES[fold(name)] !== undefined || /[æøå]/i.test(name) || text.length > 80 || /<[a-z]/i.test(text);
  if (known) {
    out.blocks.push(heading(label ?? sectionName(name), 3));
    out.blocks.push(...textValue(text));
  } else out.blocks.push(...textValue(text));
}

function emitHeaderField(f: Field, out: Emitter): boolean {
  switch (f.role) {
    case 'municipality':
      out.blocks.push(line(/kommune|region/i.test(f.text) ? f.text : `${f.text} Kommune`));
      return true;
    case 'committee':
      out.blocks.push(line(`Udvalg: ${f.text}`));
      return true;
    case 'date': {
      const d = danishDate(f.text);
      out.blocks.push(line(`Dato: ${d ? d.date : f.text}`));
      if (d?.time) out.blocks.push(line(`Tid: kl. ${d.time}`));
      return true;
    }
    case 'start': {
      const t = timeOf(f.text);
      if (t) out.blocks.push(line(`Tid: kl. ${t}`));
      return true;
    }
    case 'end': {
      const t = timeOf(f.text);
      if (t) out.blocks.push(line(`Sluttidspunkt: kl. ${t}`));
      return true;
    }
    case 'location':
      out.blocks.push(line(`Sted: ${f.text}`));
      return true;
    case 'participants':
      out.blocks.push(line(`Deltagere: ${ws(f.text)}`));
      return true;
    case 'absent':
      // Outside a person's record an absence field names the absent ("Ole Bach (F)"); a flag is a record's.
      if (FLAG.test(f.text.trim())) return false;
      out.blocks.push(line(`Fraværende: ${ws(f.text)}`));
      return true;
    case 'kind':
      if (!out.kindDone && /referat|dagsorden|protokol|agenda|minutes/i.test(f.text)) {
        out.kindDone = true;
        out.blocks.unshift(heading(/agenda|dagsorden/i.test(f.text) ? 'Dagsorden' : 'Referat', 1));
      }
      return true;
    default:
      return false;
  }
}

/** Nesting deeper than any export's: the rest is read as one text (and the stack stays small). */
const MAX_DEPTH = 64;

/** Emits an element with children; item positions count per parent. */
function walk(el: XEl, out: Emitter, depth = 0): void {
  if (depth > MAX_DEPTH) {
    out.blocks.push(...textBlocks(deepText(el)));
    return;
  }
  const fields = fieldsOf(el);
  // A caption/content pair: one section.
  const caption = first(fields, 'caption') ?? (first(fields, 'content') ? first(fields, 'name') ?? first(fields, 'title') : undefined);
  const content = first(fields, 'content');
  if (caption && content && fields.filter((f) => f.text).length <= 4 && el.children.every(isLeaf)) {
    out.blocks.push(heading(sectionName(caption.text), 3));
    out.blocks.push(...textValue(content.text));
    return;
  }
  // <Committee><Name>…</Name><Term>…</Term></Committee>: the element names the field, its name holds the value.
  const own = roleOf(el.name) ?? roleOf(keyOf(el) ?? '');
  const named = own === 'committee' || own === 'municipality' || own === 'location' ? (first(fields, 'name') ?? first(fields, 'title')) : undefined;
  if (named) emitHeaderField({ ...named, role: own }, out);
  for (const f of fields) {
    if (f === named || f.role === 'skip' || isNoise(f.text)) continue;
    if (emitHeaderField(f, out)) continue;
    if (f.role === 'title') out.blocks.push(line(ws(f.text)));
    else if (f.role === 'case') out.blocks.push(line(`Sagsnr.: ${f.text}`));
    // Outside items, a bare date or number the vocabulary does not name is the system's own (created, printed).
    else if (f.el && f.role === null && (f.label || !NUMERIC.test(f.text))) emitText(f, out);
  }
  // Children with children: people in a run, items numbered by position, anything else walked.
  let position = 0;
  let people: Field[][] = [];
  const flushPeople = (): void => {
    if (people.length) emitPeople(people, out);
    people = [];
  };
  const count = new Map<string, number>();
  for (const c of el.children) if (!isLeaf(c)) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  for (const c of el.children) {
    if (isLeaf(c) && !Object.keys(c.attrs).length) continue;
    const cf = fieldsOf(c);
    if (isPerson(cf)) {
      people.push(cf);
      continue;
    }
    flushPeople();
    if (isItem(c, cf, (count.get(c.name) ?? 0) > 1)) emitItem(c, cf, ++position, out, depth + 1);
    else if (!isLeaf(c)) walk(c, out, depth + 1);
  }
  flushPeople();
}

/** Reader blocks for an XML document of a system we do not know. */
export function xmlOutlineBlocks(doc: XmlDoc): Block[] {
  const out: Emitter = { blocks: [], kindDone: false };
  const fields = fieldsOf(doc.root);
  // An export of one item: the root is the item.
  if (isItem(doc.root, fields)) emitItem(doc.root, fields, 1, out, 0);
  else walk(doc.root, out);
  return out.blocks;
}
