/**
 * People as minutes print them: "Udvalgsmedlem Reza Javid (Ø)", "Hans Hammann (Fravær)",
 * "Jesper Mathiesen (A) - formand", and lists "A (C), B (V) og C (A)".
 */
import type { ParticipantRole, PersonRef } from '../../model/index.js';

/**
 * The roles, each with the words that name it in running text ("formanden", "Fmd.") and the stems a
 * role field of an export holds it in ("Udvalgsformand", "Kommunaldirektør"), in the order a field
 * is read (næstformand before formand). Officials and guests have stems only: "Direktør" before a
 * name is a title, not a role word.
 */
const ROLES: [ParticipantRole, RegExp | null, RegExp][] = [
  ['næstformand', /^(næstformand|næstformanden|næstfmd)$/i, /næst\s*formand|næstfmd/],
  ['formand', /^(formand|formanden|udvalgsformand|udvalgsformanden|forkvinde|fmd)$/i, /formand|\bfmd\b/],
  ['borgmester', /^(vice)?borgmester(en)?$/i, /borgmester/],
  ['rådmand', /^(rådmand|rådmanden|rådmændene)$/i, /rådmand/],
  ['stedfortræder', /^(stedfortræder|stedfortræderen)$/i, /stedfortræder/],
  ['suppleant', /^(suppleant|suppleanten)$/i, /suppleant/],
  ['sekretær', /^(sekretær|sekretæren|referent|udvalgssekretær)$/i, /sekretær|referent/],
  [
    'udvalgsmedlem',
    /^(udvalgsmedlem|udvalgsmedlemmet|udvalgsmedlemmerne|medlem|medlemmet|medlemmerne|byrådsmedlem|byrådsmedlemmet|byrådsmedlemmerne|kommunalbestyrelsesmedlem|kommunalbestyrelsesmedlemmerne|regionsrådsmedlem|regionsrådsmedlemmerne|rådsmedlem)$/i,
    /medlem/,
  ],
  ['gæst', null, /gæst|inviteret/],
  ['embedsmand', null, /direktør|chef|leder|embeds|konsulent|forvaltning/],
];

/** A role word in running text ("Borgmester", "formanden", "Fmd."), or null. */
export function roleOf(word: string): ParticipantRole | null {
  const w = word.trim().replace(/[.,:]$/, '');
  for (const [role, words] of ROLES) if (words?.test(w)) return role;
  return null;
}

/**
 * The role an export's role field states ("Formand", "Udvalgsformand", "Medlem", "Direktør",
 * "Inviteret"): 'other' for a stated role outside the list, null for an empty field.
 */
export function roleOfField(text: string | null | undefined): ParticipantRole | null {
  const t = (text ?? '').toLowerCase();
  if (!t.trim()) return null;
  for (const [role, , stem] of ROLES) if (stem.test(t)) return role;
  return 'other';
}

/** Party letters and words seen in Danish councils. */
const PARTY = /^(?:[A-ZÆØÅ]{1,2}|Løsgænger(?:e)?|løsgænger(?:e)?|Uden for parti|UP|Lokalliste|[A-ZÆØÅ][a-zæøå]+listen)$/;
const ABSENCE = /^(fravær|fraværende|afbud|afbud\s?\/?\s?fravær|syg|forfald|ikke til stede|deltog ikke|absent)$/i;

/** Party names as printed in minutes → their letter ("Dansk Folkeparti (1 stemme)" → "O"). */
const PARTY_NAMES: [RegExp, string][] = [
  [/^socialdemokrat(iet|iets|erne)/i, 'A'],
  [/^(det )?radikale venstre|^radikale/i, 'B'],
  [/^(det )?konservative( folkeparti)?/i, 'C'],
  [/^nye borgerlige/i, 'D'],
  [/^(sf|socialistisk folkeparti)/i, 'F'],
  [/^liberal alliance/i, 'I'],
  [/^kristendemokrat/i, 'K'],
  [/^moderaterne/i, 'M'],
  [/^dansk folkeparti/i, 'O'],
  [/^venstre(s)?\b/i, 'V'],
  [/^enhedslisten/i, 'Ø'],
  [/^alternativet/i, 'Å'],
  [/^danmarksdemokraterne/i, 'Æ'],
  [/^slesvigsk parti/i, 'S'],
];

/** The letter of a party named in words, or the letter itself; null for anything else. */
export function partyLetter(s: string): string | null {
  const t = s.trim().replace(/\s*\(\d+[^)]*\)$/, '').replace(/s?\s+(byrådsgruppe|gruppe|medlemmer)$/i, '');
  if (/^[A-ZÆØÅ]$/.test(t)) return t;
  for (const [re, letter] of PARTY_NAMES) if (re.test(t) && t.split(/\s+/).length <= 4) return letter;
  return null;
}

export function isParty(s: string): boolean {
  return PARTY.test(s.trim());
}

export interface ParsedPerson extends PersonRef {
  absent: boolean;
  /** Text in parentheses or after a dash that is neither party nor absence. */
  note: string | null;
  /** "stedfortræder for X": the member this person stands in for. */
  substituteFor?: string;
}

/** A name is 2–6 capitalised words (with particles like "von", "la", initials like "J."). */
export function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (t.length < 3 || t.length > 60) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  let capitals = 0;
  for (const w of words) {
    if (/^\p{Lu}[\p{L}'’-]*\.?$/u.test(w)) capitals++;
    else if (!/^(von|van|de|la|le|du|da|af|of|bin|el|al|ibn)$/.test(w)) return false;
  }
  return capitals >= 2 && !/(udvalget|kommune|forvaltningen|rådet|byrådet|afdelingen|folkeparti|partiet)$/i.test(t) && partyLetter(t) === null;
}

export interface PersonOptions {
  /**
   * The text is known to name one person (an export's name field): any name is taken, not only one
   * that looks like a name ("Henny test Posselt", a single name), and a leading role word is dropped
   * before a single name too.
   */
  anyName?: boolean;
}

/**
 * Parses "Rådmand Brian Dybro", "Reza Javid (Ø)", "Hans Hammann (Fravær)", "Ole Bjerregaard (V) - formand",
 * "Allan Buch (A)-formand".
 */
export function parsePerson(text: string, opts: PersonOptions = {}): ParsedPerson | null {
  let t = text.trim().replace(/[.;,]+$/, '').trim();
  let party: string | null = null;
  let absent = false;
  let note: string | null = null;
  let role: ParticipantRole | null = null;
  let substituteFor: string | null = null;
  // "Susanne Larsen (A) deltog for Ib Jensen (A)", "Stedfortræder Susanne Kjær (F) deltog".
  // "Anne Holm (A) for Susan Richter (A)", "… i stedet for …": a party before "for" says it is a name that follows.
  const attended =
    /\s+(?:deltog|deltager|mødte)(?:\s+(?:for|i stedet for|som stedfortræder for)\s+(.{3,80})|\s+i stedet|\s+som stedfortræder|\s+som suppleant)?$/i.exec(t) ??
    /\s+som (?:stedfortræder|suppleant)(?:\s+for\s+(.{3,80}))?$/i.exec(t) ??
    /(?<=\))\s+(?:i stedet\s+)?for\s+(\p{Lu}.{2,80})$/u.exec(t);
  if (attended) {
    if (attended[1]) substituteFor = attended[1].replace(/\s*\([^)]*\)\s*$/, '').trim();
    t = t.slice(0, attended.index).trim();
  }
  // Trailing parts, in any order: "(A)", "(Fravær)", "- formand", ", formand",
  // "- stedfortræder for Yasmin Ahmadi", "(DH Hjørring)".
  for (let round = 0; round < 4; round++) {
    const paren = t.endsWith(')') ? /\s?\(([^()]{1,60})\)\s?$/.exec(t) : null;
    if (paren) {
      const inner = paren[1]!.trim();
      if (isParty(inner)) party = inner;
      else if (ABSENCE.test(inner)) absent = true;
      else {
        for (const p of inner.split(/\s*[,/]\s*/)) {
          if (isParty(p)) party = p;
          else if (ABSENCE.test(p)) absent = true;
          else if (roleOf(p)) role = roleOf(p);
          else note = note ? `${note}, ${p}` : p;
        }
      }
      t = t.slice(0, paren.index).trim();
      continue;
    }
    const dash = lastTail(t);
    if (!dash) break;
    const tail = dash.tail;
    const r = roleOf(tail.split(/\s+/)[0]!);
    const sub = /^(?:stedfortræder|suppleant)\s+for\s+(.+)$/i.exec(tail);
    if (r) {
      role = r;
      if (sub) substituteFor = sub[1]!.trim();
    } else if (ABSENCE.test(tail)) absent = true;
    else break;
    t = t.slice(0, dash.index).trim();
  }
  // Leading role words: "Udvalgsmedlem Reza Javid", "Formand Jens Hansen".
  const words = t.split(/\s+/);
  while (words.length > (opts.anyName ? 1 : 2)) {
    const r = roleOf(words[0]!);
    if (!r) break;
    role ??= r;
    words.shift();
  }
  const name = words.join(' ').replace(/[:]$/, '').trim();
  if (opts.anyName ? !name : !looksLikeName(name)) return null;
  return substituteFor ? { name, party, role, absent, note, substituteFor } : { name, party, role, absent, note };
}

/**
 * The text after the last separator when it is a short phrase of words. A separator is a comma or a
 * dash with a space or a closing parenthesis beside it (" - ", "(A)-formand"), not the hyphen of
 * "Jens-Kristian".
 */
function lastTail(t: string): { index: number; tail: string } | null {
  let index = t.lastIndexOf(',');
  if (index < 0 && t.indexOf('-') < 0 && t.indexOf('–') < 0) return null;
  for (const m of t.matchAll(/(?<=[\s)])[-–]|[-–](?=\s)/g)) index = Math.max(index, m.index!);
  if (index <= 0) return null;
  const tail = t.slice(index).replace(/^\s*[-–,]\s*/, '').trim();
  return tail.length >= 3 && tail.length <= 80 && /^[\p{L}. -]+$/u.test(tail) ? { index, tail } : null;
}

/** Splits "A (C), B (V) og C (A)" into its persons; parts that are not names are dropped. */
export function parsePersonList(text: string): ParsedPerson[] {
  const leading = /^\s*([\p{L}]+)\s/u.exec(text);
  const sharedRole = leading ? roleOf(leading[1]!) : null;
  const parts = splitList(text);
  const out: ParsedPerson[] = [];
  for (const part of parts) {
    const p = parsePerson(part);
    if (p) out.push(sharedRole && !p.role ? { ...p, role: sharedRole } : p);
  }
  return out;
}

/** Splits an enumeration on commas, semicolons and the final "og"/"samt", outside parentheses. */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (c === ',' || c === ';' || c === '\n' || c === '\t')) {
      parts.push(cur);
      cur = '';
      continue;
    }
    if (depth === 0 && c === ' ') {
      const rest = text.slice(i, i + 6);
      if (rest.startsWith(' og ') || rest.startsWith(' samt ')) {
        parts.push(cur);
        cur = '';
        i += rest.startsWith(' og ') ? 3 : 5;
        continue;
      }
    }
    cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}
