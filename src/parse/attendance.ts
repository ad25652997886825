/**
 * Item-level attendance printed inside an item: "Rådmand Brian Dybro deltog ikke i behandlingen af
 * dette punkt", "Udvalgsmedlemmerne X og Y deltog ikke …", "X var inhabil", "X var forhindret i at
 * deltage …", and guests: "Afdelingsleder … deltager under punkt 5".
 */
import type { AbsentFromItem, Guest, PersonRef } from '../model/index.js';
import { parsePersonList } from './danish/people.js';
import { splitSentences } from './danish/sentences.js';

const ABSENCE_FORMS: [RegExp, AbsentFromItem['reason']][] = [
  [/^(.{3,400}?)\s+(?:deltog|deltager|deltog dog)\s+ikke\s+(?:i\s+)?(?:behandlingen|sagens behandling|behandling|udvalgets behandling|mødet under|drøftelsen|beslutningen|afstemningen|dette punkt|punktet)/i, 'did-not-participate'],
  // "Godkendt, idet X (V) ikke deltog i behandlingen": the clause's subject after its conjunction.
  [/(?:^|[,;]\s*|\s)(?:[Ii]det|[Dd]a|[Mm]ens|[Hh]vor)\s+(\p{Lu}.{2,200}?)\s+ikke\s+deltog\s+(?:i\s+)?(?:behandlingen|sagens behandling|behandling|udvalgets behandling|drøftelsen|beslutningen|afstemningen|dette punkt|punktet)/u, 'did-not-participate'],
  [/^(.{3,400}?)\s+(?:forlod|forlader)\s+mødet\s+(?:under|inden|før)\s+(?:behandlingen|punktet|dette punkt|sagens behandling)/i, 'did-not-participate'],
  [/^(.{3,400}?)\s+(?:var|er|blev|erklærede sig|blev erklæret)\s+inhabil/i, 'conflict-of-interest'],
  [/^(.{3,400}?)\s+(?:var|er)\s+(?:forhindret i at deltage|fraværende under|ikke til stede under)/i, 'absent'],
];

/** "Fraværende: X (A)" under an item's decision: absent from this item. */
const LABELLED_FORM = /^(fraværende|afbud|ikke til stede|fravær)\s*:\s*(.{3,400})$/i;

/** The labelled form naming someone ("Fraværende: Ingen" names no one). */
function labelledAbsence(text: string): RegExpExecArray | null {
  const m = LABELLED_FORM.exec(text);
  return m && !/^(?:ingen|intet)\b|^[-–]/i.test(m[2]!) ? m : null;
}

/** A word every absence form holds: most sentences leave before the forms are tried. */
const ABSENCE_WORD = /deltog|deltager|forlod|forlader|inhabil|forhindret|fraværende|fravær|afbud|til stede/i;

const GUEST_FORM = /\b(?:deltager|deltog|deltaget|var til stede|er til stede|er inviteret)\s+(?:under|i|ved)\s+(?:behandlingen af\s+)?(?:dette\s+)?(?:punkt|punktet|sagen)\b/i;

/** "Følgende deltog ikke i behandlingen af punktet: X (A) og Y (A)" — the names after the colon. */
const LISTED_FORM = /^(?:følgende|disse)\b[^:]{0,40}?\b(deltog ikke|var fraværende|var ikke til stede|var inhabile?|erklærede sig inhabile?)\b[^:]{0,80}:\s*(.{3,400})$/i;

export function parseItemAbsence(text: string): AbsentFromItem[] {
  const out: AbsentFromItem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim();
    // A list that runs onto the next line (a page break inside it): "… X (A) og Maja" / "Nørbygaard (A)".
    while (LISTED_FORM.test(line) && i + 1 < lines.length && /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*(?: \([^()]{1,20}\))?[.,]?$/u.test(lines[i + 1]!.trim()) && !/[.)]$/.test(line)) {
      line = `${line} ${lines[++i]!.trim()}`;
    }
    const m = LISTED_FORM.exec(line) ?? labelledAbsence(line);
    if (!m) continue;
    const reason: AbsentFromItem['reason'] = /inhabil/i.test(m[1]!) ? 'conflict-of-interest' : /deltog/i.test(m[1]!) ? 'did-not-participate' : 'absent';
    for (const p of parsePersonList(m[2]!)) out.push({ person: { name: p.name, party: p.party, role: p.role }, reason, text: line.trim() });
  }
  for (const sentence of splitSentences(text)) {
    if (sentence.length > 600 || !ABSENCE_WORD.test(sentence) || LISTED_FORM.test(sentence)) continue;
    // "… tilladelse. Fraværende: X (A)": the label inside a paragraph.
    const labelled = labelledAbsence(sentence);
    if (labelled) {
      for (const p of parsePersonList(labelled[2]!)) {
        if (!out.some((o) => o.person.name === p.name)) out.push({ person: { name: p.name, party: p.party, role: p.role }, reason: 'absent', text: sentence });
      }
      continue;
    }
    for (const [re, reason] of ABSENCE_FORMS) {
      const m = re.exec(sentence);
      if (!m) continue;
      // "X var inhabil og deltog ikke …": the subject before the first verb is the person.
      const people = parsePersonList(m[1]!.replace(/\s+(?:var|er|blev|erklærede|forlod)\b.*$/i, ''));
      if (!people.length) continue;
      const why = /\binhabil/i.test(sentence) ? 'conflict-of-interest' : reason;
      for (const p of people) {
        if (!out.some((o) => o.person.name === p.name)) {
          out.push({ person: { name: p.name, party: p.party, role: p.role }, reason: why, text: sentence });
        }
      }
      break;
    }
  }
  return out;
}

/** Guests named as taking part in an item (officials, external presenters). */
export function parseGuests(text: string): Guest[] {
  return splitSentences(text)
    .filter((s) => s.length <= 400 && GUEST_FORM.test(s) && !/\bikke\b/i.test(s))
    .map((s) => ({ text: s }));
}

/**
 * "Afbud fra X (V).", "X (V) havde meldt afbud.", "Afbud: X": a member who sent apologies for the
 * meeting, written in an item (often the first, with the approval of the agenda). Apologies are
 * for the whole meeting, not for the item.
 */
const APOLOGY_FORMS = [
  /^(?:der\s+var\s+)?(?:meldt\s+)?afbud\s+fra\s+(.{3,300}?)\.?$/i,
  /^afbud\s*:\s*(.{3,300}?)\.?$/i,
  /^(.{3,300}?)\s+(?:havde|har)\s+meldt\s+afbud(?:\s+til\s+mødet)?\.?$/i,
];

export function parseMeetingApologies(text: string): PersonRef[] {
  const out: PersonRef[] = [];
  if (!/afbud/i.test(text)) return out;
  for (const sentence of splitSentences(text)) {
    if (sentence.length > 320 || !/afbud/i.test(sentence)) continue;
    for (const re of APOLOGY_FORMS) {
      const m = re.exec(sentence.trim());
      if (!m || /^(?:ingen|intet)\b/i.test(m[1]!)) continue;
      for (const p of parsePersonList(m[1]!)) if (!out.some((o) => o.name === p.name)) out.push({ name: p.name, party: p.party, role: p.role });
      break;
    }
  }
  return out;
}
