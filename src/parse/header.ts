/**
 * The document header: kind, committee and term, date, start and end time, place(s) and the
 * participant list with absence. Labels vary ("Mødedato", "Dato:", "Tid:", "Mødested", "Sted:",
 * "Mødedeltagere", "Tilstede", "Medlemmer", "Afbud:", "Fraværende:"), and some layouts print the
 * values without labels (a DOCX cover table: committee, date line, "Kl. 10:30", address lines).
 */
import type { Committee, DocumentKind, Participant } from '../model/index.js';
import { findDates, findTimeRange, findTimes } from './danish/dates.js';
import { isParty, looksLikeName, parsePerson, roleOf, splitList } from './danish/people.js';
import type { Line } from './lines.js';
import { detectMunicipality } from './danish/municipalities.js';
import { NAME_JOINERS } from './route.js';
import { PAGE_OWN_DATE } from '../read/mend.js';

export interface Header {
  kind: DocumentKind | null;
  committee: Committee | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  participants: Participant[];
}

const KIND = /^((?:udskrift|uddrag) af (?:forhandlings|beslutnings)?protokollen|forhandlingsprotokol(?:len)?|mødeprotokol|beslutningsreferat|referat|beslutningsprotokol|protokol|dagsorden|åben dagsorden|åbent referat|åben referat|offentligt referat|offentlig dagsorden|tillægsdagsorden|foreløbig dagsorden|endelig dagsorden|referat af møde|dagsorden til møde)\b/i;
const COMMITTEE_WORD = /(udvalget|udvalg|byrådet|byråd|kommunalbestyrelsen|kommunalbestyrelse|borgerrepræsentationen|borgerrepræsentation|repræsentantskabet|magistraten|regionsrådet|rådet|råd|bestyrelsen|forum|nævnet|nævn|komitéen|komiteen|kommissionen|gruppen|\([A-ZÆØÅ]{2,6}\))$/i;
// "Udvalget 2018-2021", "Udvalget (2018-2021)", "Udvalget, 2018-2021", "Udvalget - 2018/2021"
const TERM = /[\s,]*[-–(]?\s*\b((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})\)?\s*$/;

const LABELS: [RegExp, keyof Header | 'participants' | 'absent' | 'time' | 'committee' | 'secretary'][] = [
  [/^(mødedato|dato|møde(?:dato)? og tid|tidspunkt og sted|dato og tid|dato og tidspunkt|mødetidspunkt|mødetid|tidspunkt|starttidspunkt|mødestart|start|tid|mødet (?:startede|begyndte|starter|begynder|blev åbnet))(?![\p{L}])\s*:?\s*(.*)$/iu, 'date'],
  [/^(mødested|sted|mødeadresse|lokation|mødelokation)(?![\p{L}])\s*:?\s*(.*)$/iu, 'location'],
  // "Mødelokale 3, Rådhuset" is a place, not the label "Mødelokale": these are labels only with a colon or alone.
  [/^(lokale|mødelokale|adresse)(?:\s*:\s*(.*)|\s*)$/i, 'location'],
  // A portal's "Hvornår: …" / "Hvor: …" (only with the colon: "Hvor mange …" opens a sentence).
  [/^(hvornår)\s*:\s*(.*)$/i, 'date'],
  [/^(hvor)\s*:\s*(.*)$/i, 'location'],
  // The signatures after the items name the members present (document.ts reads them when the header does not).
  [/^(mødedeltagere|deltagere|til stede|tilstede|medlemmer|fremmødte|deltog|deltagende medlemmer|underskrifter|underskriftsblad|stedfortrædere|stedfortræder|suppleanter|suppleant|øvrige medlemmer|udvalgsmedlemmer|medlemmer af udvalget|fremmødte medlemmer|tilstedeværende|mødt|fremmødt|mødt var|til stede var)\s*:\s*(.*)$/i, 'participants'],
  // "Formand: Jens Hansen (V)": a member named by the role (which the member gets).
  [/^(formand|næstformand|forperson|næstforperson|borgmester)\s*:\s*(\S.*)$/i, 'participants'],
  [/^(mødedeltagere|deltagere|til stede|tilstede|medlemmer|fremmødte|deltog|deltagende medlemmer|underskrifter|underskriftsblad)\s*:?\s*(.*)$/i, 'participants'],
  [/^(afbud\s?\/\s?fraværende|afbud\s?\/\s?fravær|afbud og fravær|(?:meldt\s+)?afbud(?:\s+fra)?|fraværende medlemmer|fraværende(?:\s+med\s+afbud)?|fravær|ikke til stede|ikke mødt|forfald|forhindret|udeblevet)(?![\p{L}])\s*:?\s*(.*)$/iu, 'absent'],
  [/^(sekretær|referent|protokolfører|udvalgssekretær|mødesekretær)(?![\p{L}])\s*:?\s*(.*)$/iu, 'secretary'],
  [/^(sluttidspunkt|mødet slut|afsluttet|mødet sluttede|mødet hævet|slut)\s*:?\s*(.*)$/i, 'endTime'],
  [/^(udvalg|udvalgets navn|forum|organ|mødeforum)\s*:\s*(.*)$/i, 'committee'],
];

/** "Gæster: …", "Øvrige deltagere: …": a label of a field the header does not read. */
const OTHER_LABEL = /^\p{Lu}[\p{L} -]{1,40}:\s/u;

/** "Erik Nørreby (V), formand": one member with a party, and a role after it. */
const ONE_MEMBER = /^(\p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]+){1,4} \([A-ZÆØÅ]{1,3}\))(?:,?\s+(\p{L}[\p{L} ]{2,30}))?$/u;
/** "Anne Lund (V)": a name with a party in parentheses. */
const PERSON_WITH_PARTY = /\p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]+)* \([A-ZÆØÅ]{1,2}\)/u;

// "kl. 18.00 i Mødesalen", "fra kl. 16 til ca. 18 på Rådhuset, mødelokale 2."
// "fra 16:00 til 18:00 i Byrådssalen", "5. marts 2024 · 16:30 · Rådhuset, lokale 2": a time with its minutes needs no "kl.".
const PLACE_AFTER_TIME = /(?:\b[Kk]l\.?\s*\d{1,2}(?:[.:]\d{2})?|(?<![\d.:])\d{1,2}[.:]\d{2}(?![.:]?\d))(?:\s*(?:[-–]|til)\s*(?:ca\.\s*)?(?:kl\.\s*)?\d{1,2}(?:[.:]\d{2})?)?(?:\s+(?:i|på)\s+|\s*[,·|]\s*(?=[A-ZÆØÅ]))([^.]{3,120})\.?$/;

function labelOf(text: string): { key: string; value: string; label: string } | null {
  for (const [re, key] of LABELS) {
    const m = re.exec(text);
    if (m) return { key, value: (m[2] ?? '').trim(), label: m[1]! };
  }
  return null;
}

/** "Beskæftigelsesudvalget 2018-2021" → the committee's name and its election term. */
export function splitTerm(name: string): Committee {
  const t = ordinaryCase(name.replace(/\s+/g, ' ').trim());
  const m = TERM.exec(t);
  if (m && m.index > 2) return { name: t.slice(0, m.index).trim(), term: `${m[1]}-${m[2]}` };
  return { name: t, term: null };
}

/** A name set in capitals as names are written: "TEKNIK- OG MILJØUDVALGET" → "Teknik- og Miljøudvalget". */
function ordinaryCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{4}/u.test(name)) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((w, k) => (k > 0 && NAME_JOINERS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** "REFERAT Beskæftigelses- og Socialudvalget 2018-2021 d. 05-10-2021" → the committee part. */
/** "Byrådsmøde", "Økonomiudvalgsmøde": the body's meeting, named in one word. */
const BODY_MEETING = /^(byråds|kommunalbestyrelses|regionsråds|\p{Lu}[\p{L}-]*udvalgs)møde(?!\p{L})/iu;

/** The body a title line names: "Referat fra Økonomiudvalgets møde den …", "Byrådsmøde 12. marts 2024". */
function committeeFromTitleLine(text: string): Committee | null {
  const t = text.trim();
  const meeting = BODY_MEETING.exec(t);
  if (meeting) {
    const stem = meeting[1]!.slice(0, -1);
    const name = /råd$/i.test(stem) ? `${stem}et` : /bestyrelse$/i.test(stem) ? `${stem}n` : `${stem}et`;
    return { name: name[0]!.toUpperCase() + name.slice(1), term: null };
  }
  const m = KIND.exec(t);
  // "Referat fra Økonomiudvalgets (ordinære) møde …": the body in the genitive; the title's second
  // line may say it alone ("Beslutningsprotokol" / "for Økonomiudvalgets møde torsdag den …").
  const genitive = /^\s*(?:fra|for|af|til)\s+(?:det\s+)?(\p{Lu}[\p{L} -]{2,80}?)s\s+(?:(?:ekstra)?ordinære?t?\s+)?møde(?!\p{L})/u.exec(m ? t.slice(m[0].length) : t);
  if (genitive && COMMITTEE_WORD.test(genitive[1]!)) return splitTerm(genitive[1]!);
  // "Økonomiudvalget - referat", "Lemvig Kommune · Økonomiudvalget · Referat · 04.06.2024": parts of
  // a title line, one of them the kind, one the body.
  const parts = t.split(/\s[-–·|•]\s/);
  if (parts.length >= 2 && parts.some((p) => kindOf(p.trim()))) {
    const body = parts.find((p) => looksLikeCommittee(p.trim()) && !kindOf(p.trim()));
    if (body) return splitTerm(body.trim());
  }
  if (!m) {
    // "fra mødet i Børne- og Ungeudvalget": the title's second line.
    const of = /^(?:fra|af|til)\s+(?:det\s+)?(?:(?:ekstra)?ordinære?t?\s+)?møde(?:t)?\s+(?:i|for)\s+(\p{Lu}[\p{L} ,-]{2,80}?)(?:\s+(?:den|d\.|mandag|tirsdag|onsdag|torsdag|fredag)\b.*)?$/u.exec(t);
    return of && COMMITTEE_WORD.test(of[1]!.trim()) ? splitTerm(of[1]!) : null;
  }
  let rest = text.trim().slice(m[0].length).replace(/^\s*(?:(?:fra|for|til|i|af)\s+)?(?:(?:det\s+)?(?:(?:ekstra)?ordinære?t?\s+)?møde(?:t)?\s+(?:i|for)\s+)?[:\-–]?\s*/i, '');
  const dates = findDates(rest);
  if (dates.length) rest = rest.slice(0, dates[0]!.index);
  // "… mandag den 6. november": the weekday and "den" before the date go with it.
  rest = rest.replace(/(?:\s+(?:d\.|den|onsdag|mandag|tirsdag|torsdag|fredag|lørdag|søndag))+\s*$/i, '').replace(/[-–,:\s]+$/, '');
  if (rest.length < 3) return null;
  return splitTerm(rest);
}

function looksLikeCommittee(text: string): boolean {
  const t = ordinaryCase(text.trim().replace(TERM, '').trim());
  // "Teknik- og Miljøudvalget", and "Udvalget for Natur og Miljø".
  const named = COMMITTEE_WORD.test(t) || /^Udvalget for \p{Lu}/u.test(t);
  return t.length >= 4 && t.length <= 100 && /^[A-ZÆØÅ]/.test(t) && named && !/[.:]$/.test(t) && t.split(' ').length <= 10;
}

/**
 * What a council member represents, after the name ("Jens Hansen, DH Lolland (formand)", "Birthe
 * Olsen, Ældre Sagen"): organisations, not further people.
 */
const ORGANISATION = /(?<!\p{L})(?:DH|Ældre ?Sagen|Center|Kommune|Region|Byrådet|A\/S|ApS)(?!\p{L})|\p{L}(?:rådet|foreningen|forening|forbundet|forbund|organisation|organisationer)(?!\p{L})|^(?:Forvaltning|Afdeling|Skole|Sekretariat)/u;

/**
 * "Name, Organisation[, Organisation] (role)": one member and what they represent, or null.
 * `known`: the list's other lines showed the layout, so what follows the name need not be a known
 * organisation ("FOF Samsø", "kommunalbestyrelsesmedlem").
 */
function memberWithOrganisation(line: string, known = false): Participant | null {
  const parts = line.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const rest = parts.slice(1).map((p) => p.replace(/\s*\([^)]*\)\s*$/, ''));
  if (!rest.every((p) => ORGANISATION.test(p) || (known && !PERSON_WITH_PARTY.test(p)))) return null;
  const person = parsePerson(parts[0]!);
  if (!person) return null;
  const role = /\(([^)]*)\)\s*$/.exec(line);
  const named = rest.map((p) => roleOf(p)).find(Boolean);
  return { name: person.name, party: person.party, role: person.role ?? (role ? roleOf(role[1]!) : null) ?? named ?? null, absent: person.absent };
}

/** "Kasper Bjerre, Samsø Spejderne": a listed member and what they represent, as the absent one. */
function memberOfList(h: Header, value: string): Participant[] | null {
  const m = memberWithOrganisation(value.trim(), true);
  return m && h.participants.some((p) => p.name === m.name) ? [{ ...m, absent: true }] : null;
}

/** One member per line, each with what they represent: when most lines name a known organisation, all are read so. */
function membersWithOrganisations(lines: string[]): Participant[] | null {
  if (lines.length < 2 || !lines.every((l) => l.includes(','))) return null;
  // A line shows the layout when what follows the name is a known organisation or a role.
  const strict = lines.filter((l) => memberWithOrganisation(l) || (l.split(',').length === 2 && roleOf(l.split(',')[1]!.replace(/\([^)]*\)/g, '').trim())));
  if (strict.length * 2 < lines.length && !(strict.length && lines.length <= 3)) return null;
  const members = lines.map((l) => memberWithOrganisation(l, true));
  return members.every(Boolean) ? (members as Participant[]) : null;
}

function participantsFrom(value: string, absent: boolean): Participant[] {
  // "Afbud: Klaus Holdorf (F). Stedfortræder Susanne Kjær (F) deltog." / "…, stedfortræder Kaj
  // Egholm (O) deltog": the substitute took part.
  if (absent && /[.,]\s+(?:stedfortræder|suppleant)/i.test(value)) {
    const [away, ...present] = value.split(/[.,]\s+(?=(?:stedfortræder|suppleant))/i);
    return [...participantsFrom(away!, true), ...present.flatMap((p) => participantsFrom(p, false))];
  }
  const out: Participant[] = [];
  if (value.includes(',')) {
    const lines = value.split('\n').filter((l) => l.trim());
    const members = lines.length === 1 ? [memberWithOrganisation(lines[0]!)] : membersWithOrganisations(lines);
    if (members?.every(Boolean)) return members.map((m) => ({ ...m!, absent: absent || m!.absent }));
  }
  for (const part of splitList(value.replace(/\n/g, ', '))) {
    const p = parsePerson(part);
    if (!p) {
      // "Tina Mandrup (V), formand, …": a role on its own belongs to the person before it.
      // "1. næstformand": an ordinal before the role.
      // "Anni Kjær, formand (DH)": the party or group may follow the role.
      const text = part.replace(/^\d{1,2}\.\s*/, '').trim();
      const g = /\(([^()]{1,12})\)$/.exec(text);
      const bare = g ? text.slice(0, g.index).trimEnd() : text;
      const group = g?.[1];
      const role = roleOf(bare);
      const last = out[out.length - 1];
      if (role && last && !last.role) {
        last.role = role;
        if (group && !last.party) last.party = group.trim();
      }
      // "Jens Hansen, V": the party letter after a comma.
      else if (last && !last.party && /^[A-ZÆØÅ]{1,2}$/.test(bare) && isParty(bare)) last.party = bare;
      continue;
    }
    const person: Participant = { name: p.name, party: p.party, role: p.role, absent: absent || p.absent };
    if (p.substituteFor) person.substituteFor = p.substituteFor;
    out.push(person);
  }
  return out;
}

/** A participant table's column headers: name, party, and a remark that may say the member was away. */
const NAME_COLUMN = /^(navn|medlem|medlemmer|deltager|deltagere)$/i;
const PARTY_COLUMN = /^(parti|partibogstav|liste)$/i;
const REMARK_COLUMN = /^(bemærkning(er)?|fravær|fremmøde|status|afbud|note)$/i;
const ROLE_COLUMN = /^(rolle|funktion|hverv)$/i;
/** Columns of marks ("X", "✓", "Ja"): present, or away. */
const PRESENT_COLUMN = /^(til stede|tilstede|deltog|mødt|fremmødt)$/i;
const AWAY_COLUMN = /^(afbud|fravær|fraværende|ikke til stede|ikke mødt)$/i;
const MARK = /^(?:x|✓|✔|☑|ja|j|1|•|\+)$/i;
const NO_MARK = /^(?:nej|n|0|-|–|✗|✘)$/i;
const AWAY = /\b(afbud|fravær|fraværende|syg|forfald|ikke til stede|deltog ikke)\b/i;

/** A participant table's row of column names: a name column, and nothing but known columns. */
function isParticipantColumns(cells: string[]): boolean {
  const head = cells.map((c) => c.trim().replace(/[:.]$/, ''));
  // One cell ("Medlemmer:") is a label over a list, not column names.
  return head.length >= 2 && head.some((c) => NAME_COLUMN.test(c)) && head.every((c) => NAME_COLUMN.test(c) || PARTY_COLUMN.test(c) || REMARK_COLUMN.test(c) || ROLE_COLUMN.test(c) || PRESENT_COLUMN.test(c) || AWAY_COLUMN.test(c));
}

/**
 * A participant table read by its columns (Navn | Parti | Bemærkning): the party from its column,
 * a role or an absence ("Afbud") from the remark. Null when the first row names no name column.
 */
function participantsFromTable(rows: string[][], absent: boolean): Participant[] | null {
  const head = rows[0]?.map((c) => c.trim().replace(/[:.]$/, '')) ?? [];
  const name = head.findIndex((c) => NAME_COLUMN.test(c));
  if (name < 0) return null;
  const party = head.findIndex((c) => PARTY_COLUMN.test(c));
  const remark = head.findIndex((c) => REMARK_COLUMN.test(c));
  const roleAt = head.findIndex((c) => ROLE_COLUMN.test(c));
  const presentAt = head.findIndex((c) => PRESENT_COLUMN.test(c));
  const awayAt = head.findIndex((c) => AWAY_COLUMN.test(c));
  const cell = (row: string[], at: number): string => (at >= 0 ? (row[at] ?? '').trim() : '');
  // A column of marks: an empty cell in the present column means away only where others are marked and no away column says it.
  const presentMarked = presentAt >= 0 && rows.slice(1).some((r) => MARK.test(cell(r, presentAt)));
  const out: Participant[] = [];
  for (const row of rows.slice(1)) {
    const marked = (at: number): boolean => MARK.test(cell(row, at));
    const away = (awayAt >= 0 && marked(awayAt)) || (presentAt >= 0 && NO_MARK.test(cell(row, presentAt))) || (presentMarked && awayAt < 0 && !cell(row, presentAt));
    const partyText = cell(row, party);
    const p = parsePerson(partyText ? `${row[name] ?? ''} (${partyText})` : (row[name] ?? ''));
    if (!p) continue;
    const note = cell(row, remark);
    const roleText = roleAt >= 0 ? cell(row, roleAt) : note;
    const person: Participant = { name: p.name, party: p.party, role: p.role ?? (roleText.trim() ? roleOf(roleText) : null), absent: absent || p.absent || AWAY.test(note) || away };
    if (p.substituteFor) person.substituteFor = p.substituteFor;
    out.push(person);
  }
  return out;
}

/**
 * "Dagsorden og referat", "Dagsorden/referat": one title for both stages of a meeting's document,
 * which says nothing of which this is (the decisions do: document.ts).
 */
const EITHER_KIND = /^(?:dagsorden\s*(?:og|med|\/|&)\s*(?:referat|beslutninger|beslutningsprotokol)|referat\s*(?:og|\/|&)\s*dagsorden)\b/i;

/** The kind a title line names; 'either' for a title of both ("Dagsorden og referat"); null for no kind line. */
function kindOf(text: string): DocumentKind | 'either' | null {
  const t = text.trim();
  if (EITHER_KIND.test(t)) return 'either';
  const m = KIND.exec(t);
  if (!m) return null;
  return /dagsorden/i.test(m[1]!) ? 'agenda' : 'minutes';
}

/** "Tidspunkt: 16.00" — a dotted time without "kl.", never part of a date ("12.01.2021"). */
function dottedTime(line: string): string | null {
  const m = /(?:^|[\s:])(\d{1,2})\.(\d{2})(?![.\d])/.exec(line);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

/** Navigation words that name bodies in general ("Udvalg", "Råd og nævn"), not one of them. */
const GENERIC_BODY = /^(?:udvalg|udvalgene|politiske udvalg|stående udvalg|råd og nævn|råd, nævn og udvalg|udvalg og råd|(?:byråd(?:et)?|kommunalbestyrelse(?:n)?) og udvalg(?:ene)?)$/i;

/**
 * The committee and date a page's title names ("Dagsorden - Børne- og Skoleudvalget - 12. marts
 * 2024 - Rudersdal Kommune"), for a page whose body does not print them.
 */
export function headerFromTitle(title: string): { committee: Committee | null; date: string | null } {
  let committee: Committee | null = null;
  let date: string | null = null;
  for (const part of title.split(/\s[-–|›»]\s/)) {
    const t = part.trim();
    const dates = findDates(t);
    if (!PAGE_OWN_DATE.test(t)) date ??= dates[0]?.date ?? null;
    // "Økonomiudvalget 10.04.2024": the body before the date.
    const name = dates.length && dates[0]!.index > 3 ? t.slice(0, dates[0]!.index).trim().replace(/\s+(?:den|d\.)$/i, '').replace(/[\s,–-]+$/, '') : t;
    // A breadcrumb trail goes from the general to the particular: the last body named is the one.
    if (looksLikeCommittee(name) && !kindOf(name) && !GENERIC_BODY.test(name)) committee = splitTerm(name);
  }
  return { committee, date };
}

/**
 * "Dato: 12. marts 2024", "Mødedato 12.03.2024", "Tid: kl. 16.00": the date label with its value.
 * Not a sentence that opens with the word ("Dato for næste møde: …", "Tid og sted aftales",
 * "Start på projektet …").
 */
export function isDateLabel(text: string): boolean {
  const t = text.trim();
  const field = labelOf(t);
  if (field?.key !== 'date' || field.value.length > 80) return false;
  const rest = t.slice(field.label.length);
  if (!/^\s*:|^\s+(?:\d|kl\.?\s|den\s|(?:man|tirs|ons|tors|fre|lør|søn)dag)/iu.test(rest)) return false;
  return findDates(field.value).length > 0 || findTimes(field.value).length > 0;
}

export function parseHeader(lines: Line[]): Header {
  return readHeader(lines).header;
}

type Mode = 'participants' | 'absent' | 'location' | 'secretary' | null;

/** The header, and what its last line was a part of (a list of participants may run on). */
/** A label inside a line: "Mødedato: 02.05.2024 Mødetidspunkt: 08:00 Mødested: …" is three fields. */
const INNER_LABEL = /\s+(?=(?:Mødedato|Dato|Mødetidspunkt|Mødetid|Tidspunkt|Tid|Mødested|Sted|Deltagere|Medlemmer|Afbud|Fraværende|Sluttidspunkt)\s?:\s)/g;

/** Lines that hold several labelled fields, one line per field. */
/**
 * "Dato | Tidspunkt | Sted" over "14. maj 2024 | kl. 09.00 | Rådhuset": labels in a row of their own
 * with the values in the row below, as "Label: value" lines; null when the first row is not all
 * labels or the second has more cells.
 */
function zipLabelRow(labels: string[], values: string[]): string[] | null {
  const ls = labels.map((c) => c.trim()).filter(Boolean);
  const vs = values.map((c) => c.trim());
  if (ls.length < 2 || vs.filter(Boolean).length > ls.length || vs.length > ls.length + 1) return null;
  if (!ls.every((c) => labelOf(c)?.value === '') || vs.some((c) => c && labelOf(c)?.value === '')) return null;
  const out: string[] = [];
  ls.forEach((label, k) => {
    if (vs[k]) out.push(`${label.replace(/\s*:$/, '')}: ${vs[k]}`);
  });
  return out.length ? out : null;
}

function oneFieldPerLine(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const zipped = l.kind === 'text' && next?.kind === 'text' && l.text.includes('\t') && next.text.includes('\t') ? zipLabelRow(l.text.split('\t'), next.text.split('\t')) : null;
    if (zipped) {
      out.push(...zipped.map((text, k) => ({ ...l, text, lineNo: k === 0 ? l.lineNo : 1 })));
      i++;
    } else out.push(...fieldsOfLine(l));
  }
  return out;
}

function fieldsOfLine(l: Line): Line[] {
  {
    if (l.kind !== 'text') return [l];
    // "Teknik og Miljø<TAB>Mødetid: 15:00": a column beside the fields (a logo's caption, the department).
    const tab = l.text.indexOf('\t');
    if (tab > 0) {
      // A cell may run on into a field where a reader joined two lines ("Teknisk Udvalg Mødedato: 5. marts 2024").
      const cells = l.text.split('\t').flatMap((c) => c.trim().split(INNER_LABEL));
      const at = cells.findIndex((c, k) => k > 0 && /:\s*\S/.test(c) && labelOf(c));
      if (at > 0 && !labelOf(cells[0]!)) return [{ ...l, text: cells.slice(0, at).join('\t') }, ...oneFieldPerLine([{ ...l, text: cells.slice(at).join('\t'), lineNo: 1 }])];
    }
    const parts = l.text.trim().split(INNER_LABEL);
    // "Teknisk Udvalg Mødedato: 5. marts 2024": a short unlabelled text before a field.
    if (parts.length > 1 && !labelOf(parts[0]!) && parts[0]!.length <= 60 && !parts[0]!.includes(':')) return parts.map((text, k) => ({ ...l, text, lineNo: k === 0 ? l.lineNo : 1 }));
    if (!labelOf(l.text.trim()) || !l.text.includes(':', l.text.indexOf(':') + 1)) return [l];
    return parts.length < 2 ? [l] : parts.map((text, k) => ({ ...l, text, lineNo: k === 0 ? l.lineNo : 1 }));
  }
}

function readHeader(source: Line[]): { header: Header; mode: Mode } {
  const lines = oneFieldPerLine(source);
  const h: Header = { kind: null, committee: null, date: null, startTime: null, endTime: null, location: null, participants: [] };
  let mode: Mode = null;
  /** `mode` was left by a table's last row. */
  let modeOfTable = false;
  /** The previous line when nothing read it. */
  let lastUnclaimed = '';
  let seenWhen = false;
  /** The title named both kinds ("Dagsorden og referat"): no later line decides. */
  let eitherKind = false;
  /** The members were listed one per line with what they represent ("Name, Organisation"). */
  let organisations = false;
  let unlabelledPlace = 0;
  const dateLines: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'pageBreak') continue;
    if (l.kind === 'table' && l.block.type === 'table' && (mode === 'participants' || mode === 'absent') && !modeOfTable) {
      const byColumn = participantsFromTable(l.block.rows, mode === 'absent');
      if (byColumn) {
        addParticipants(h, byColumn);
        continue;
      }
      const names = l.block.rows.flat().join('\n');
      if (mode === 'absent') addParticipants(h, participantsFrom(names, true));
      else addParticipants(h, participantsFrom(names, false));
      continue;
    }
    // A participant table as a PDF prints it: a row of column names ("Navn<TAB>Parti<TAB>Bemærkning")
    // and a line per member, the cells set apart by column gaps.
    if (l.kind === 'text' && l.text.includes('\t') && mode !== 'absent' && isParticipantColumns(l.text.split('\t'))) {
      const rows = [l.text.split('\t')];
      while (lines[i + 1]?.kind === 'text' && lines[i + 1]!.text.includes('\t')) rows.push(lines[++i]!.text.split('\t'));
      addParticipants(h, participantsFromTable(rows, false) ?? []);
      mode = null;
      continue;
    }
    // The same as a table without a label before it.
    if (l.kind === 'table' && l.block.type === 'table' && mode !== 'absent' && isParticipantColumns(l.block.rows[0] ?? [])) {
      addParticipants(h, participantsFromTable(l.block.rows, false) ?? []);
      mode = null;
      continue;
    }
    if (l.kind === 'table' && l.block.type === 'table') {
      // A header laid out as a table ("Udvalg: | Teknisk Udvalg"): read each row as a line, a label
      // cell before its value; other cells are items of a list ("Deltagere | A (Ø) | B (V)", members
      // printed in two columns). A row of labels over a row of values is zipped first; a
      // participant table's column names further down start the members' table.
      const members = l.block.rows.findIndex((r, k) => k > 0 && isParticipantColumns(r));
      const rows = members > 0 ? l.block.rows.slice(0, members) : l.block.rows;
      if (members > 0) addParticipants(h, participantsFromTable(l.block.rows.slice(members), false) ?? []);
      const rowLines = rows.flatMap((r, k) => {
        const zipped = k + 1 < rows.length ? zipLabelRow(r, rows[k + 1]!) : null;
        if (zipped) return zipped;
        if (k > 0 && zipLabelRow(rows[k - 1]!, r)) return [];
        const cells = r.map((c) => c.trim()).filter(Boolean);
        // A layout cell holds lines of its own; beside a label, a cell's line breaks ("A (V)<br>B (A)")
        // separate the items of a list.
        if (cells.length === 1) return cells[0]!.split('\n');
        const value = cells.map((c) => c.replace(/\s*\n\s*/g, ', '));
        return [labelOf(value[0]!)?.value === '' ? `${value[0]} ${value.slice(1).join(', ')}` : value.join(', ')];
      });
      const sub = readHeader(rowLines.map((text) => ({ ...l, kind: 'text', text, lineNo: 0, lineCount: 1 })));
      mergeHeader(h, sub.header);
      // A list that ends in the table runs on in the text lines after it (not into another table).
      const lastRow = l.block.rows[l.block.rows.length - 1] ?? [];
      const listed = lastRow.filter((c) => c.trim()).length > 1 && sub.header.participants.length > 0;
      mode = members < 0 && listed && (sub.mode === 'participants' || sub.mode === 'absent') ? sub.mode : null;
      modeOfTable = mode !== null;
      continue;
    }
    // The meeting's facts as a list ("Mødedato Tirsdag den 9. april 2024", "Mødested …"): a line per item.
    if (l.kind === 'list' && l.block.type === 'list' && l.block.items.length <= 12 && l.block.items.filter((it) => labelOf(it.trim())).length * 2 > l.block.items.length) {
      const sub = readHeader(l.block.items.map((text) => ({ ...l, kind: 'text', text, lineNo: 0, lineCount: 1 })));
      mergeHeader(h, sub.header);
      mode = null;
      continue;
    }
    if (l.kind === 'list' && mode && mode !== 'secretary' && l.block.type === 'list') {
      // A place printed as a list ("Rådhuset" / "Lokale 3"): short items only, a list of agenda items is no place.
      if (mode === 'location') {
        if (l.block.items.every((it) => it.length <= 80)) h.location = [h.location, ...l.block.items].filter(Boolean).join(', ');
        mode = null;
      }
      else if (mode === 'absent') addParticipants(h, participantsFrom(l.block.items.join(', '), true));
      else addParticipants(h, participantsFrom(l.block.items.join(', '), false));
      continue;
    }
    const text = l.text.trim();
    const unclaimed = lastUnclaimed;
    lastUnclaimed = '';
    if (!text) continue;
    if (!h.kind && !eitherKind) {
      const kind = kindOf(text);
      if (kind === 'either') eitherKind = true;
      else h.kind = kind;
    }
    if (!h.committee) {
      const c = committeeFromTitleLine(text);
      // A name wrapped onto the paragraph's next line ("… Udvalget for Børn, Unge" / "og Kultur").
      const next = lines[i + 1];
      const wrapped = c && next?.kind === 'text' && next.block === l.block && next.lineNo > 0 && /^(?:og|samt|for|i|&)\s+\p{Lu}[\p{L} ,-]{1,40}$/u.test(next.text.trim()) ? committeeFromTitleLine(`${text} ${next.text.trim()}`) : null;
      if (wrapped && looksLikeCommittee(wrapped.name)) {
        h.committee = wrapped;
        i++;
      } else if (c && looksLikeCommittee(c.name)) h.committee = c;
    }
    // Prose headers: "Mødet blev holdt i Mødelokale 3, …".
    const heldIn = /\bmødet\s+(?:blev\s+)?(?:holdt|afholdt|afholdtes|foregik|fandt sted)\s+(?:i|på)\s+([^.]{3,120})/i.exec(text);
    if (heldIn && !h.location) h.location = heldIn[1]!.trim();
    // "Referat af mødet i … den 6. november 2023 kl. 16:00 i Mødelokale 2": the place after the time.
    const afterTime = h.location ? null : PLACE_AFTER_TIME.exec(text);
    if (afterTime) h.location = afterTime[1]!.trim();
    const label = labelOf(text);
    if (label && (label.key === 'participants' || label.key === 'absent' || label.key === 'location')) {
      // The value may wrap over the following lines of its paragraph: read them as one.
      const more: string[] = [];
      // The value runs on over the paragraph's next lines, up to a line with a label of its own.
      // A label we do not read ("Gæster: …", "Bemærkninger: …") ends it too.
      while (lines[i + 1]?.kind === 'text' && lines[i + 1]!.block === l.block && lines[i + 1]!.lineNo > 0 && !labelOf(lines[i + 1]!.text.trim()) && !OTHER_LABEL.test(lines[i + 1]!.text.trim())) {
        const next = lines[i + 1]!.text.trim();
        // The column names of a participant table start the members' list.
        if (next.includes('\t') && isParticipantColumns(next.split('\t'))) break;
        // A place holds no member ("Anne Lund (V), formand, …" is the next field's value).
        if (label.key === 'location' && PERSON_WITH_PARTY.test(next)) break;
        more.push(next);
        i++;
      }
      // A label set beside a value of two lines is printed between them in PDFs ("A (V), B (A), C" /
      // "Deltagere:" / "(F), D (O)"): an unclaimed list of members right before it starts the value.
      const before = lines[i - more.length - 1];
      if (label.key === 'participants' && !label.value && more.length && before?.block === l.block && before.text.trim() === unclaimed && PERSON_WITH_PARTY.test(unclaimed)) more.unshift(unclaimed);
      // A wrapped comma list joins with spaces; one person per line keeps its lines apart.
      const all = [label.value, ...more].filter(Boolean);
      // "Dorte Møller Skov (V), borgmester, formand": a line that is one member with roles after it.
      const perLine = label.key !== 'location' && all.length > 1 && (all.every((v) => !/,\s*$/.test(v) && participantsFrom(v, false).length === 1) || membersWithOrganisations(all) !== null);
      if (label.key === 'participants' && perLine && membersWithOrganisations(all)) organisations = true;
      label.value = all.join(label.key !== 'location' && (perLine || !all.join(' ').includes(',')) ? '\n' : ' ');
    }
    if (label) {
      mode = null;
      modeOfTable = false;
      switch (label.key) {
        case 'date':
          dateLines.push(label.value || (lines[i + 1]?.text ?? ''));
          // The value on the next line ("Tidspunkt" / "15:00") is read: it is no place or name.
          if (!label.value && lines[i + 1]?.kind === 'text' && (findDates(lines[i + 1]!.text).length || findTimes(lines[i + 1]!.text).length)) i++;
          break;
        case 'location':
          h.location ??= label.value || null;
          mode = 'location';
          if (!label.value) {
            // "Sted" / "Udvalgsværelse 2, Rådhuset" (a <dt> and its <dd>): the value is the next line.
            const next = lines[i + 1];
            const value = next?.kind === 'text' ? next.text.trim() : '';
            if (!h.location && value && value.length <= 120 && !labelOf(value) && !findDates(value).length) {
              h.location = value;
              i++;
            }
          }
          break;
        case 'participants': {
          mode = 'participants';
          const role = roleOf(label.label);
          addParticipants(h, participantsFrom(label.value, false).map((p) => (role && !p.role ? { ...p, role } : p)));
          break;
        }
        case 'absent':
          mode = 'absent';
          // "Afbud: Kasper Bjerre, Samsø Spejderne" under a list of members with what they represent: one member.
          addParticipants(h, (organisations && memberOfList(h, label.value)) || participantsFrom(label.value, true));
          markAbsentByFirstName(h, label.value);
          break;
        case 'endTime':
          h.endTime ??= findTimes(label.value)[0]?.time ?? null;
          break;
        case 'committee':
          if (label.value) h.committee ??= splitTerm(label.value);
          break;
        case 'secretary':
          mode = 'secretary';
          break;
      }
      continue;
    }
    if (mode === 'secretary') continue;
    // A label the header does not read ("Øvrige deltagere: …", "Gæster: …") ends a list of members or absentees.
    if ((mode === 'participants' || mode === 'absent') && OTHER_LABEL.test(text) && !looksLikeName(text.slice(0, text.indexOf(':')))) {
      mode = null;
      continue;
    }
    if (mode === 'participants' || mode === 'absent') {
      const ps = participantsFrom(text, mode === 'absent');
      if (ps.length) {
        if (mode === 'absent') addParticipants(h, (organisations && memberOfList(h, text)) || ps);
        else addParticipants(h, ps);
        continue;
      }
    }
    mode = null;
    modeOfTable = false;
    const meetingOf = /^(?:(?:ordinært|ekstraordinært)\s+)?møde\s+(?:i|for)\s+(.{3,100})$/i.exec(text);
    if (!h.committee && meetingOf && looksLikeCommittee(meetingOf[1]!)) {
      h.committee = splitTerm(meetingOf[1]!);
      continue;
    }
    if (!h.committee && looksLikeCommittee(text) && !kindOf(text)) {
      // "SKIVE KOMMUNE<TAB>Teknisk Udvalg": the committee's own column.
      const cell = l.kind === 'text' && l.text.includes('\t') ? l.text.split('\t').map((c) => c.trim()).filter((c) => looksLikeCommittee(c) && !kindOf(c)).pop() : undefined;
      h.committee = splitTerm(cell ?? text);
      continue;
    }
    const dates = findDates(text);
    if (dates.length && text.length < 120) {
      dateLines.push(text);
      seenWhen = true;
      continue;
    }
    // "kl. 13.00", "Fra kl. 13:00 til 15:30".
    if (/^(?:fra\s+)?kl\.?\s*\d/i.test(text)) {
      dateLines.push(text);
      seenWhen = true;
      continue;
    }
    // "Erik Nørreby (V), formand": a member alone on a line, before a list's label or without one.
    const member = ONE_MEMBER.exec(text);
    if (member && (!member[2] || roleOf(member[2]))) {
      const p = parsePerson(member[1]!);
      if (p) {
        addParticipants(h, [{ name: p.name, party: p.party, role: member[2] ? roleOf(member[2]) : p.role, absent: p.absent }]);
        continue;
      }
    }
    // Unlabelled place lines follow the date in cover layouts: "i Mødecenter C, Lokale 32 …",
    // or an address over several lines.
    if (seenWhen && !h.location && unlabelledPlace === 0 && text.length <= 100 && !kindOf(text)) {
      h.location = text.replace(/^(i|på)\s+/i, '');
      unlabelledPlace = 1;
      continue;
    }
    if (unlabelledPlace > 0 && unlabelledPlace < 4 && l.lineNo > 0 && text.length <= 60) {
      h.location = `${h.location}, ${text}`;
      unlabelledPlace++;
      continue;
    }
    unlabelledPlace = unlabelledPlace > 0 ? 99 : 0;
    lastUnclaimed = text;
  }
  for (const d of dateLines) {
    h.date ??= findDates(d)[0]?.date ?? null;
    const range = findTimeRange(d);
    if (range) {
      h.startTime ??= range.start;
      h.endTime ??= range.end;
    }
    h.startTime ??= findTimes(d)[0]?.time ?? dottedTime(d);
    const ended = /\b(?:sluttede|slut|hævet|afsluttet)\s+(?:kl\.?|klokken)\s*(\d{1,2})[.:](\d{2})/i.exec(d);
    if (ended) h.endTime ??= `${ended[1]!.padStart(2, '0')}:${ended[2]}`;
  }
  if (h.location) h.location = h.location.replace(/\s+/g, ' ').replace(/[,\s]+$/, '');
  return { header: h, mode };
}

/**
 * People added to the list, each once: one named again (an absence list before or after the members,
 * a substitute named in it) keeps its first place, is absent when either says so, and gets a party
 * or role it lacked.
 */
function addParticipants(h: Header, people: Participant[]): void {
  for (const a of people) {
    // The member a substitute stood in for was away.
    if (a.substituteFor && looksLikeName(a.substituteFor)) addParticipants(h, [{ name: a.substituteFor, party: null, role: null, absent: true }]);
    const known = h.participants.find((p) => p.name === a.name);
    if (!known) {
      h.participants.push(a);
      continue;
    }
    known.absent ||= a.absent;
    known.party ??= a.party;
    known.role ??= a.role;
  }
}

/** "Afbud: Tilde": a first name alone is the one member of that first name, when there is one. */
function markAbsentByFirstName(h: Header, value: string): void {
  for (const part of splitList(value)) {
    const word = part.trim().replace(/[.,;]+$/, '');
    if (!/^\p{Lu}[\p{Ll}-]{1,30}$/u.test(word)) continue;
    const matches = h.participants.filter((p) => p.name.split(' ')[0] === word);
    if (matches.length === 1) matches[0]!.absent = true;
  }
}

function mergeHeader(into: Header, from: Header): void {
  into.kind ??= from.kind;
  into.committee ??= from.committee;
  into.date ??= from.date;
  into.startTime ??= from.startTime;
  into.endTime ??= from.endTime;
  into.location ??= from.location;
  for (const p of from.participants) {
    const known = into.participants.find((q) => q.name === p.name);
    if (!known) into.participants.push(p);
    else if (p.absent) known.absent = true;
  }
}

/**
 * The publishing body: named in the committee or place ("Aarhus Byråd", "Ballerup Rådhus"), else the
 * body the text names most ("Odense Kommune"), else the e-mail domains; only Denmark's 98
 * municipalities and 5 regions count.
 */
export function findMunicipality(header: Header, text: string, title: string | null = null): string | null {
  return detectMunicipality([header.committee?.name, header.location, title], text, text);
}
